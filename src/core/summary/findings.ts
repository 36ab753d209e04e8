/**
 * 本期要点 / Findings (issue 11 item 2, issue 23 item 5): every significant change and competitor
 * difference of a summary, one sentence each in the workbook's language. Those whose effect on
 * sales can be estimated (money changes; lost buyers × average order value) come first, largest
 * effect first; the rest follow by adjusted p and then by the size of the change.
 */
import { type MessageKey, say } from '../messages/catalogue';
import type { RoleMeasure } from '../roles/role-change';
import type { RoleItemRow } from '../roles/role-figures';
import { PRODUCT_ROLES } from '../roles/suggest-role';
import { OURS } from '../sheets/records';
import type { Lang } from '../sheets/template';
import { roundHalfAway, signedText } from '../stats/figures';
import type { MoneyChange, MoneyMethod } from '../stats/money-change';
import { proportionTestMethod } from '../stats/proportions';
import { dsrScoreName } from './layout-dsr';
import type { Base, ComparisonRow, Finding, FindingTable, ShareRow, SummaryModel } from './summary-model';
import type { AnyLabel } from './summary-text';
import { summaryText } from './summary-text';

const SIGNIFICANT: ReadonlySet<string> = new Set<AnyLabel>([
  'significant-up',
  'significant-down',
  'ours-higher',
  'ours-lower',
  'fast-higher',
  'fast-lower',
]);

export const isSignificant = (label: string): boolean => SIGNIFICANT.has(label);

/** A share as a sentence shows it: whole percent, one decimal below 1 % (0.4 %, not 0 %). */
export function percentText(x: number | null, none = '—'): string {
  if (x === null) return none;
  const pct = x * 100;
  return pct > 0 && pct < 1 ? `${pct.toFixed(1)}%` : `${roundHalfAway(pct)}%`;
}

/** Yuan in whole units with thousands separators (1,234,568); the tab's cells keep the cents. */
export function moneyText(x: number | null, none = '—'): string {
  if (x === null) return none;
  const whole = Math.round(Math.abs(x))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return x < 0 && Math.round(Math.abs(x)) !== 0 ? `-${whole}` : whole;
}

/** A change relative to the earlier value, whole percent, signed (+12%, -53%); a dash from 0 or none. */
export function relativeText(from: number | null, to: number | null): string {
  if (from === null || to === null || from === 0) return '—';
  return relativePercent((to - from) / from);
}

/** A relative change (-0.335) as whole percent, signed, halves away from zero (-34%). */
export function relativePercent(r: number): string {
  return `${signedText(r * 100)}%`;
}

/** A change between two fractions in percentage points, signed, one decimal (-2.2); null without both. */
export function signedPoints(from: number | null, to: number | null): string | null {
  if (from === null || to === null) return null;
  return signedText((to - from) * 100, 1);
}

/** `p < 0.001`, or `p = 0.012`. */
export function pText(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

interface Candidate {
  table: FindingTable;
  category: string;
  shop?: string;
  from: number | null;
  to: number | null;
  label: AnyLabel;
  p: number | null;
  subject: MessageKey;
  /** Share tables say 占比; rates (conversion, 差评率) do not; money is in yuan. */
  kind: 'share' | 'rate' | 'comparison' | 'money' | 'roi' | 'dsr' | 'count';
  /** The finding's own label where the change label only sorts it (a DSR correlation). */
  findingLabel?: string;
  /** More values for the sentence (the ROI finding names the store's sales). */
  extra?: Record<string, string>;
  /** The 2×2 table tested (previous or theirs first), or the money test's method. */
  tested: [number, number, number, number] | MoneyMethod | 'spearman' | null;
  salesEffect: number | null;
}

export function buildFindings(model: SummaryModel): Finding[] {
  const lang = model.language;
  const candidates: Candidate[] = [];
  const q = model.inquiries;
  // What one buyer more or less is worth: this period's average order value, else the previous one's.
  const buyerValue = q.averageOrderValue ?? q.previousAverageOrderValue;
  const lost = (from: number | null, to: number | null, base: number) =>
    buyerValue === null || from === null || to === null ? null : (to - from) * base * buyerValue;
  const money = (
    table: FindingTable,
    from: number | null,
    to: number | null,
    change: MoneyChange | null,
    subject: MessageKey,
    salesEffect: number | null,
  ) => {
    if (change === null) return;
    candidates.push({
      table,
      category: table,
      from,
      to,
      label: change.label,
      p: change.p,
      subject,
      kind: 'money',
      tested: change.method,
      salesEffect,
    });
  };
  const salesDelta = (from: number | null, to: number | null) =>
    from === null || to === null ? null : to - from;
  money(
    'sales',
    q.previousSales,
    q.sales,
    q.salesChange,
    'summary.findings.subject.sales',
    salesDelta(q.previousSales, q.sales),
  );
  money(
    'storeSales',
    q.previousStoreSales,
    q.storeSales,
    q.storeSalesChange,
    'summary.findings.subject.storeSales',
    salesDelta(q.previousStoreSales, q.storeSales),
  );
  money(
    'averageOrderValue',
    q.previousAverageOrderValue,
    q.averageOrderValue,
    q.averageOrderValueChange,
    'summary.findings.subject.averageOrderValue',
    q.averageOrderValue === null || q.previousAverageOrderValue === null
      ? null
      : (q.averageOrderValue - q.previousAverageOrderValue) * q.converted,
  );
  if (model.ads !== undefined) {
    const { total, store } = model.ads;
    const roiDown = total.roiChange.label === 'significant-down';
    const roiUp = total.roiChange.label === 'significant-up';
    // Seed 004: ROI read alone misleads when the shop's sales go the other way.
    const subject: MessageKey =
      roiDown && store.change.label === 'significant-up'
        ? 'summary.findings.subject.adRoiStoreRises'
        : roiDown && store.change.label !== 'significant-down'
          ? 'summary.findings.subject.adRoiStoreHolds'
          : roiUp && store.change.label === 'significant-down'
            ? 'summary.findings.subject.adRoiStoreFalls'
            : 'summary.findings.subject.adRoi';
    candidates.push({
      table: 'adRoi',
      category: 'all',
      from: total.previousRoi,
      to: total.roi,
      label: total.roiChange.label,
      p: total.roiChange.p,
      subject,
      kind: 'roi',
      tested: total.roiChange.method,
      salesEffect:
        total.roi === null || total.previousRoi === null
          ? null
          : (total.roi - total.previousRoi) * total.spend,
      extra: {
        storeFrom: moneyText(store.previousSales),
        storeTo: moneyText(store.sales),
      },
    });
  }
  const repeat = model.repeat;
  if (repeat !== undefined) {
    candidates.push({
      table: 'repeatRate',
      category: 'repeatRate',
      from: repeat.previous.rate,
      to: repeat.current.rate,
      label: repeat.label,
      p: repeat.p,
      subject: 'repeat.finding.subject',
      kind: 'rate',
      tested: [
        repeat.previous.repeatBuyers,
        repeat.previous.buyers,
        repeat.current.repeatBuyers,
        repeat.current.buyers,
      ],
      salesEffect: lost(repeat.previous.rate, repeat.current.rate, repeat.current.buyers),
    });
  }
  for (const role of PRODUCT_ROLES)
    for (const r of model.roles?.roles[role] ?? []) candidates.push(roleCandidate(r, buyerValue));
  for (const c of model.dsr?.correlations ?? []) {
    if (c.label !== 'negative' && c.label !== 'positive') continue;
    candidates.push({
      table: 'dsr',
      category: c.score,
      from: null,
      to: c.rho,
      label: c.label === 'negative' ? 'significant-down' : 'significant-up',
      findingLabel: `correlated-${c.label}`,
      p: c.p,
      subject: c.label === 'negative' ? 'dsr.finding.negative' : 'dsr.finding.positive',
      kind: 'dsr',
      tested: 'spearman',
      salesEffect: null,
      extra: {
        score: dsrScoreName(c.score, lang),
        categories: c.categories.join(lang === 'zh' ? '、' : ', '),
        pairs: String(c.pairs),
      },
    });
  }
  candidates.push({
    table: 'conversion',
    category: 'conversion',
    from: q.previousConversionRate,
    to: q.conversionRate,
    label: q.change.label,
    p: q.change.p,
    subject: 'summary.findings.subject.conversion',
    kind: 'rate',
    tested: [q.previousConverted, q.previousTotal, q.converted, q.total],
    salesEffect: lost(q.previousConversionRate, q.conversionRate, q.total),
  });
  const shares = (
    table: FindingTable,
    rows: ShareRow[],
    base: Base,
    subject: MessageKey,
    shop?: string,
    // A no-deal reason taking a larger share of the lost buyers costs those buyers' orders.
    costsBuyers = false,
  ) => {
    for (const r of rows) {
      candidates.push({
        table,
        category: r.category,
        ...(shop === undefined ? {} : { shop }),
        from: r.previousShare,
        to: r.share,
        label: r.label,
        p: r.p,
        subject,
        kind: 'share',
        tested: [r.previousCount, base.previousTotal, r.count, base.total],
        salesEffect: costsBuyers ? negate(lost(r.previousShare, r.share, base.total)) : null,
      });
    }
  };
  shares(
    'noDealReasons',
    model.noDealReasons,
    model.bases.noDealReasons,
    'summary.findings.subject.noDealReasons',
    undefined,
    true,
  );
  shares(
    'preSaleQuestions',
    model.questionCategories['pre-sale'],
    model.bases['pre-sale'],
    'summary.findings.subject.preSale',
  );
  shares(
    'afterSaleQuestions',
    model.questionCategories['after-sale'],
    model.bases['after-sale'],
    'summary.findings.subject.afterSale',
  );
  for (const [shop, table] of Object.entries(model.reviews.shops)) {
    shares('reviewCategories', table.categories, table, 'summary.findings.subject.reviews', shop);
    for (const r of table.categories) {
      candidates.push({
        table: 'negativeReviews',
        category: r.category,
        shop,
        from: r.previousNegativeShare,
        to: r.negativeShare,
        label: r.negativeLabel,
        p: r.negativeP,
        subject: 'summary.findings.subject.negativeReviews',
        kind: 'share',
        tested: [r.previousNegativeCount, table.previousTotal, r.negativeCount, table.total],
        salesEffect: null,
      });
    }
    for (const [category, share, subject] of [
      ['negative', table.negativeRatings, 'summary.findings.subject.negativeRatings'],
      ['neutral', table.neutralRatings, 'summary.findings.subject.neutralRatings'],
    ] as const) {
      candidates.push({
        table: 'ratings',
        category,
        shop,
        from: share.previousShare,
        to: share.share,
        label: share.label,
        p: share.p,
        subject,
        kind: 'rate',
        tested: [share.previousCount, table.previousRated, share.count, table.rated],
        salesEffect: null,
      });
    }
  }
  for (const a of model.agents) {
    candidates.push({
      table: 'agents',
      category: a.agent,
      from: a.previousConversionRate,
      to: a.conversionRate,
      label: a.change.label,
      p: a.change.p,
      subject: 'summary.findings.subject.agent',
      kind: 'rate',
      tested: [a.previousConverted, a.previousInquiries, a.converted, a.inquiries],
      salesEffect: lost(a.previousConversionRate, a.conversionRate, a.inquiries),
    });
  }
  const comparisons = (table: FindingTable, rows: ComparisonRow[], subject: MessageKey) => {
    for (const r of rows) {
      candidates.push({
        table,
        category: r.category,
        shop: r.competitor,
        from: r.theirsShare,
        to: r.oursShare,
        label: r.label,
        p: r.p,
        subject,
        kind: 'comparison',
        tested: [r.theirsCount, r.theirsTotal, r.oursCount, r.oursTotal],
        salesEffect: null,
      });
    }
  };
  comparisons('reviewComparison', model.reviews.comparison, 'summary.findings.subject.comparison');
  comparisons(
    'negativeReviewComparison',
    model.reviews.negativeComparison,
    'summary.findings.subject.negativeComparison',
  );
  const size = (c: Candidate) => Math.abs((c.to ?? 0) - (c.from ?? 0));
  const effect = (c: Candidate) => (c.salesEffect === null ? -1 : Math.abs(c.salesEffect));
  return candidates
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => SIGNIFICANT.has(c.label) && c.p !== null)
    .sort(
      (a, b) => effect(b.c) - effect(a.c) || a.c.p! - b.c.p! || size(b.c) - size(a.c) || a.order - b.order,
    )
    .map(({ c }) => toFinding(c, lang));
}

/** What a role item's finding says and where it comes from, by the measure its role is judged by. */
const ROLE_FINDING: Record<
  RoleMeasure,
  { table: FindingTable; subject: MessageKey; kind: Candidate['kind'] }
> = {
  conversion: { table: 'roleConversion', subject: 'roles.finding.conversion', kind: 'rate' },
  sales: { table: 'roleSales', subject: 'roles.finding.sales', kind: 'money' },
  discountedSales: { table: 'roleDiscountedSales', subject: 'roles.finding.discountedSales', kind: 'money' },
  tradeReorders: { table: 'roleReorders', subject: 'roles.finding.reorders', kind: 'count' },
};

/**
 * A role item's tested change. Its effect on sales: the sales change itself, or the buyers (or
 * re-orders) gained or lost × the item's average order value (else the shop's).
 */
function roleCandidate(r: RoleItemRow, shopValue: number | null): Candidate {
  const c = r.change;
  const { table, subject, kind } = ROLE_FINDING[c.measure];
  const value = r.averageOrderValue ?? r.previousAverageOrderValue ?? shopValue;
  const times = (n: number | null) => (n === null || value === null ? null : n * value);
  const [from, to, salesEffect]: [number | null, number | null, number | null] =
    c.measure === 'conversion'
      ? [
          r.previousConversionRate,
          r.conversionRate,
          r.conversionRate === null || r.previousConversionRate === null
            ? null
            : times((r.conversionRate - r.previousConversionRate) * r.inquiries),
        ]
      : c.measure === 'sales'
        ? [r.previousSales, r.sales, r.sales - r.previousSales]
        : c.measure === 'discountedSales'
          ? [r.previousDiscountedSales, r.discountedSales, r.discountedSales - r.previousDiscountedSales]
          : [r.previousTradeReorders, r.tradeReorders, times(r.tradeReorders - r.previousTradeReorders)];
  return {
    table,
    category: r.item,
    from,
    to,
    label: c.label,
    p: c.p,
    subject,
    kind,
    tested:
      c.method === 'z' || c.method === 'fisher'
        ? [r.previousConverted, r.previousInquiries, r.converted, r.inquiries]
        : c.method,
    salesEffect,
  };
}

const negate = (x: number | null) => (x === null ? null : -x);

function methodOf(tested: Candidate['tested']): Finding['method'] {
  if (tested === null) return 'z';
  if (typeof tested === 'string') return tested;
  return proportionTestMethod(...tested);
}

function toFinding(c: Candidate, lang: Lang): Finding {
  const t = summaryText(lang);
  const shop = c.shop === undefined ? '' : c.shop === OURS ? t.ours : c.shop;
  const subject = say(lang, c.subject, { category: c.category, shop });
  let text: string;
  if (c.kind === 'dsr') {
    text = say(lang, c.subject, { ...c.extra });
  } else if (c.kind === 'comparison') {
    const key = c.label === 'ours-higher' ? 'summary.findings.higher' : 'summary.findings.lower';
    text = say(lang, 'summary.findings.comparison', {
      subject,
      competitor: shop,
      from: percentText(c.from),
      to: percentText(c.to),
      direction: say(lang, key, { competitor: shop }),
    });
  } else if (c.kind === 'roi') {
    const up = c.label === 'significant-up';
    const two = (x: number | null) => (x === null ? '—' : x.toFixed(2));
    text = say(lang, c.subject, {
      from: two(c.from),
      to: two(c.to),
      direction: say(lang, up ? 'summary.findings.up' : 'summary.findings.down'),
      ...c.extra,
    });
  } else if (c.kind === 'count') {
    const up = c.label === 'significant-up';
    text = say(lang, c.subject, {
      category: c.category,
      from: String(c.from ?? 0),
      to: String(c.to ?? 0),
      direction: say(lang, up ? 'summary.findings.up' : 'summary.findings.down'),
    });
  } else if (c.kind === 'money') {
    const up = c.label === 'significant-up';
    text = say(lang, 'summary.findings.money', {
      subject,
      from: moneyText(c.from),
      to: moneyText(c.to),
      relative: relativeText(c.from, c.to),
      direction: say(lang, up ? 'summary.findings.up' : 'summary.findings.down'),
    });
  } else {
    const up = c.label === 'significant-up';
    // A conversion change reads in percentage points (-2.2 个百分点), never as a percent of a percent.
    const points =
      c.table === 'conversion' ||
      c.table === 'agents' ||
      c.table === 'repeatRate' ||
      c.table === 'roleConversion';
    const key =
      c.kind === 'share'
        ? 'summary.findings.change'
        : points
          ? 'summary.findings.ratePoints'
          : 'summary.findings.rate';
    text = say(lang, key, {
      subject,
      from: percentText(c.from),
      to: percentText(c.to),
      points: signedPoints(c.from ?? 0, c.to ?? 0) ?? '',
      direction: say(lang, up ? 'summary.findings.up' : 'summary.findings.down'),
    });
  }
  return {
    table: c.table,
    category: c.category,
    ...(c.shop === undefined ? {} : { shop: c.shop }),
    from: c.from,
    to: c.to,
    label: c.findingLabel ?? c.label,
    p: c.p!,
    text,
    method: methodOf(c.tested),
    salesEffect: c.salesEffect,
  };
}
