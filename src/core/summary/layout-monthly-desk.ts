/** Monthly tabs: competitor probes, service-experience dimensions, and why orders were closed. */
import type { ClosureTally } from '../ingest/order-closures';
import { type MessageKey, say } from '../messages/catalogue';
import type { DimensionRow } from './dimension-rollup';
import type { LayoutContext } from './layout-context';
import type { ProbeTallyRow } from './probe-tally';

export function layoutMonthlyDesk(
  ctx: LayoutContext,
  desk: { probes: ProbeTallyRow[]; dimensions: DimensionRow[] },
): void {
  const s = (key: MessageKey) => say(ctx.lang, key);
  ctx.section(s('effects.monthly.probes'));
  if (desk.probes.length === 0) ctx.noData();
  else {
    const total = (pick: (r: ProbeTallyRow) => number) => desk.probes.reduce((n, r) => n + pick(r), 0);
    ctx.tab.table(
      [
        { header: s('effects.monthly.category') },
        { header: s('effects.monthly.oursBetter'), format: '0' },
        { header: s('effects.monthly.theirsBetter'), format: '0' },
        { header: s('effects.monthly.same'), format: '0' },
        { header: s('effects.monthly.unrated'), format: '0' },
        { header: s('effects.monthly.total'), format: '0' },
      ],
      [
        ...desk.probes.map((r) => [r.category, r.ours, r.theirs, r.same, r.unrated, r.total]),
        [
          s('effects.monthly.all'),
          total((r) => r.ours),
          total((r) => r.theirs),
          total((r) => r.same),
          total((r) => r.unrated),
          total((r) => r.total),
        ],
      ],
    );
  }
  ctx.section(s('effects.monthly.dimensions'));
  ctx.note(s('effects.monthly.dimensionsNote'));
  if (desk.dimensions.length === 0) {
    ctx.noData();
    return;
  }
  ctx.tab.table(
    [
      { header: s('effects.monthly.dimension') },
      { header: s('effects.monthly.preSale'), format: '0' },
      { header: s('effects.monthly.afterSale'), format: '0' },
      { header: s('effects.monthly.noDeal'), format: '0' },
      { header: s('effects.monthly.reviewMentions'), format: '0' },
      { header: s('effects.monthly.reviewNegative'), format: '0' },
      { header: s('effects.monthly.previousAfterSale'), format: '0' },
      { header: s('effects.monthly.previousNoDeal'), format: '0' },
      { header: s('effects.monthly.previousNegative'), format: '0' },
    ],
    desk.dimensions.map((d) => [
      d.dimension,
      d.current.preSale,
      d.current.afterSale,
      d.current.noDeal,
      d.current.reviewMentions,
      d.current.reviewNegative,
      d.previous.afterSale,
      d.previous.noDeal,
      d.previous.reviewNegative,
    ]),
  );
}

/**
 * The month's closed orders per 订单关闭原因 (a ready-made lost-sale reason), with last month beside,
 * and how many of this month's match no pre-sale inquiry (issue 20: counted apart, not as no-deal reasons).
 */
export function layoutClosures(
  ctx: LayoutContext,
  closures: readonly ClosureTally[],
  unmatched: number,
): void {
  const s = (key: MessageKey) => say(ctx.lang, key);
  ctx.section(s('effects.monthly.closures'));
  ctx.note(s('effects.monthly.closuresNote'));
  if (closures.length === 0) {
    ctx.noData();
    return;
  }
  const total = (pick: (r: ClosureTally) => number) => closures.reduce((n, r) => n + pick(r), 0);
  ctx.tab.table(
    [
      { header: s('effects.monthly.closureReason') },
      { header: s('effects.monthly.closedOrders'), format: '0' },
      { header: s('effects.monthly.previousClosedOrders'), format: '0' },
    ],
    [
      ...closures.map((r) => [r.reason, r.orders, r.previousOrders]),
      [s('effects.monthly.all'), total((r) => r.orders), total((r) => r.previousOrders)],
    ],
  );
  const orders = total((r) => r.orders);
  // No closed order this month (only last month's): nothing to match.
  if (orders === 0) return;
  ctx.note(
    unmatched === 0
      ? say(ctx.lang, 'effects.monthly.closuresAllMatched', { orders })
      : say(ctx.lang, 'effects.monthly.closuresUnmatched', { count: unmatched, orders }),
  );
}
