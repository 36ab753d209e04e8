/** Scorecard counts taken from the logs where the sheet's cell is blank (issue 10, item 3). */
import { negativeUnder, overallOf, type PolarityRules, polarityOf, readingOf } from '../classify/polarity';
import { buyerResolver, fitsMask } from '../ingest/masked-buyer';
import type { Order } from '../ingest/orders';
import type { ScorecardFile, TaxonomyFile } from '../rules/rule-file';
import { effectiveCategories, type Inquiry, OURS, type Review, type ScorecardRow } from '../sheets/records';
import type { LoadedTable } from '../sheets/tables';
import { normalizeLabel } from '../sheets/template';
import { isBlank } from '../sheets/values';
import { addDays } from '../time/periods';

/** Counts the logs can fill, and the log each comes from. */
export const LOG_FILLED = {
  praises: 'reviews',
  lowQualityReviews: 'reviews',
  orders: 'orders',
  refunds: 'orders',
} as const;
export type LogFilled = keyof typeof LOG_FILLED;
export type LogSource = (typeof LOG_FILLED)[LogFilled];

/** Which of a row's log-fillable cells were left blank (a typed value, 0 included, always wins). */
export function blankCounts(table: Pick<LoadedTable<unknown>, 'grid' | 'columns'>, row: number): LogFilled[] {
  return (Object.keys(LOG_FILLED) as LogFilled[]).filter((key) => {
    const col = table.columns[key];
    return col === undefined || isBlank(table.grid[row - 1]?.[col - 1]);
  });
}

/** The labels a review category may carry for the rules' praise category: its id and its zh and en names. */
export function categoryLabels(taxonomy: TaxonomyFile, id: string): Set<string> {
  const labels = new Set([normalizeLabel(id)]);
  for (const rule of taxonomy.rules) {
    const p = rule.event.params;
    if (p.kind === 'review' && p.category === id) for (const l of [p.zh, p.en]) labels.add(normalizeLabel(l));
  }
  return labels;
}

/** What counting from our reviews needs besides the reviews: the labels of the categories it looks for. */
export interface ReviewLabels {
  praise: ReadonlySet<string>;
  /** The service categories (售后服务态度, 客服表扬): a negative reading in one makes a review low quality. */
  service: ReadonlySet<string>;
  polarity: PolarityRules;
}

/**
 * praises: our reviews of the month naming the agent (agentMentioned) in the praise category that
 * do not read negative; lowQualityReviews: those naming the agent that read negative in a service
 * category (its own clause, else the whole review with its rating). A complaint about the product
 * or the courier is not the agent's (issue 20).
 */
export function countsFromReviews(
  reviews: readonly Review[],
  row: Pick<ScorecardRow, 'agent' | 'month'>,
  file: ScorecardFile,
  labels: ReviewLabels,
): Pick<Record<LogFilled, number>, 'praises' | 'lowQualityReviews'> {
  const agent = normalizeLabel(row.agent);
  const mine = reviews.filter(
    (r) =>
      r.shop === OURS &&
      r.date.slice(0, 7) === row.month &&
      agent !== '' &&
      normalizeLabel(r.agentMentioned) === agent,
  );
  // Seed 003: praise is a review of the agent's service that reads positive; a low-quality review
  // one that reads negative about service or after-sales handling (由于售后原因) — the rating only
  // where the service category's own words decide nothing, never a product or courier complaint.
  const service = (r: Review) =>
    effectiveCategories(r)
      .map((c) => c.trim())
      .filter((c) => labels.service.has(normalizeLabel(c)) || labels.praise.has(normalizeLabel(c)));
  const lowRating = file.fromReviews?.lowRatingAtMost ?? 2;
  // A review filed nowhere and naming no aspect blames nothing but the agent it names.
  const unfiled = (r: Review) =>
    effectiveCategories(r).every((c) => c.trim() === '') &&
    (labels.polarity.reader === undefined ||
      readingOf(labels.polarity.reader, r.text, r.rating).aspects.length === 0);
  const negativeService = (r: Review) =>
    service(r).some((c) => negativeUnder(r.text, c, labels.polarity, r.rating)) ||
    (unfiled(r) &&
      (r.rating === null
        ? overallOf(r.text, labels.polarity, null) === 'negative'
        : r.rating <= lowRating && overallOf(r.text, labels.polarity, r.rating) === 'negative'));
  const positiveService = (r: Review) =>
    !negativeService(r) &&
    effectiveCategories(r).some(
      (c) =>
        labels.praise.has(normalizeLabel(c)) &&
        polarityOf(r.text, c.trim(), labels.polarity, r.rating) !== 'negative' &&
        overallOf(r.text, labels.polarity, r.rating) !== 'negative',
    );
  return {
    praises: mine.filter(positiveService).length,
    lowQualityReviews: mine.filter(negativeService).length,
  };
}

/** An after-sale agent's counts from the Orders sheet, and the orders a masked name kept out. */
export interface OrderCounts {
  orders: number;
  refunds: number;
  /**
   * Paid orders in the agent's window whose masked buyer name (`t**1`) fits one of the agent's
   * buyers but also another buyer who asked: counted for nobody, and said.
   */
  maskedAmbiguous: number;
}

/**
 * An after-sale agent's orders and refunds from the Orders sheet: the paid orders of the buyers
 * (客户ID = 买家会员名) the agent served in an after-sale conversation in the month, paid on the
 * conversation's day or within `paidWithinDays` before it (the order the buyer is asking about);
 * refunds are those of them with a refund amount above 0. An order counts once per agent. A masked
 * buyer name is resolved as the matching resolves it (buyerResolver over every buyer who asked):
 * it stands for a buyer only when exactly one fits.
 */
export function countsFromOrders(
  inquiries: readonly Inquiry[],
  orders: readonly Order[],
  row: Pick<ScorecardRow, 'agent' | 'month'>,
  paidWithinDays: number,
): OrderCounts {
  const agent = normalizeLabel(row.agent);
  const contacts = new Map<string, string[]>();
  for (const r of inquiries) {
    const buyer = r.customerId.trim();
    if (r.stage !== 'after-sale' || r.date.slice(0, 7) !== row.month || buyer === '') continue;
    if (agent === '' || normalizeLabel(r.agent) !== agent) continue;
    const days = contacts.get(buyer);
    if (days) days.push(r.date);
    else contacts.set(buyer, [r.date]);
  }
  const resolve = buyerResolver(inquiries.map((r) => r.customerId.trim()));
  const inWindow = (paid: string, days: readonly string[]) =>
    days.some((day) => paid <= day && paid >= addDays(day, -paidWithinDays));
  let counted = 0;
  let refunds = 0;
  let maskedAmbiguous = 0;
  for (const order of orders) {
    if (order.paidAt === null || contacts.size === 0) continue;
    const paid = order.paidAt.slice(0, 10);
    const name = order.buyer.trim();
    const resolved = resolve(name);
    if (resolved.ambiguous) {
      if ([...contacts].some(([buyer, days]) => fitsMask(name, buyer) && inWindow(paid, days)))
        maskedAmbiguous++;
      continue;
    }
    const days = resolved.buyer === null ? undefined : contacts.get(resolved.buyer);
    if (!days || !inWindow(paid, days)) continue;
    counted++;
    if ((order.refund ?? 0) > 0) refunds++;
  }
  return { orders: counted, refunds, maskedAmbiguous };
}
