/**
 * What a summary is computed from, reduced to counts: every table of the model needs only these
 * tallies, so the rows can be counted in memory (countRows) or by an engine's GROUP BY (the
 * DuckDB adapter), and summaryFromCounts turns either into the same model.
 */
import { NO_POLARITY_RULES, negativeUnder, overallOf, type PolarityRules } from '../classify/polarity';
import { isDefaultPraise } from '../ingest/default-praise';
import { type ClosureTally, closureTallies } from '../ingest/order-closures';
import { isPaid } from '../ingest/orders';
import { closuresByInquiry } from '../reasons/suggest-reasons';
import { productNameOf } from '../sheets/products';
import { effectiveCategories, type Inquiry, type Review, type Stage } from '../sheets/records';
import { type Period, periodContains, previousPeriod } from '../time/periods';
import { type BuyerSales, buyerCounts, orderSales } from './buyer-figures';
import { type OrderTally, orderTallies } from './order-rankings';
import type { SummaryInput } from './summary-model';
import { trendPeriods } from './trends';

export type Side = 'current' | 'previous';

/** Inquiries of one trend period with the same stage, outcome, question category and no-deal reason. */
export interface InquiryTally {
  /** Index into SummaryCounts.periods. */
  slot: number;
  stage: Stage | null;
  converted: boolean;
  /** Trimmed; '' when blank. */
  questionCategory: string;
  /** Trimmed; '' when blank. A lost pre-sale inquiry's suggested reason where none was typed. */
  noDealReason: string;
  /** True when noDealReason is the suggested reason (建议原因), no person having typed one. */
  suggested?: boolean;
  n: number;
  /** Sum of `amount` over the converted rows (not yet rounded). */
  sales: number;
}

/** One agent's inquiries of the period or the previous one, by stage and outcome. */
export interface AgentTally {
  side: Side;
  agent: string;
  stage: Stage | null;
  converted: boolean;
  n: number;
  sales: number;
}

/** This period's inquiries with one first-response time: an exact histogram for medians and bands. */
export interface ResponseTally {
  agent: string;
  stage: Stage | null;
  converted: boolean;
  seconds: number;
  n: number;
}

export type RankField = 'channel' | 'customerType' | 'region' | 'product';

/** Pre-sale inquiries with one value of a ranked field (null: an enum left blank; text is trimmed). */
export interface RankTally {
  side: Side;
  field: RankField;
  key: string | null;
  n: number;
  converted: number;
  sales: number;
}

/** Reviews of one trend period and shop with the same rating, categories and negative mentions. */
export interface ReviewTally {
  slot: number;
  shop: string;
  rating: number | null;
  /** The effective categories, trimmed, blanks left out, as listed (a repeat counts once). */
  categories: string[];
  /** Those the review speaks of negatively (polarity keywords, else the rating). */
  negative: string[];
  /** 系统默认好评: counted, but left out of every share (isDefaultPraise). */
  defaultPraise: boolean;
  n: number;
}

/** Orders of this period or the previous one at one amount: the money tests' input (issue 23 item 5). */
export interface AmountCount {
  side: Side;
  /** 'inquiries': converted pre-sale inquiries (the headline's sales); 'orders': paid orders (store sales). */
  source: 'inquiries' | 'orders';
  /** As typed (a converted inquiry without an amount counts 0, as in the sales). */
  amount: number;
  n: number;
}

export interface BuyerCount {
  buyers: number;
  paidBuyers: number;
}

export interface SummaryCounts {
  /** Period ids counted, oldest first: the trend window, the summarised period last, the previous before it. */
  periods: string[];
  /** The first and last dates of any logged inquiry or review; null with none. */
  dataRange: { first: string; last: string } | null;
  inquiries: InquiryTally[];
  agents: AgentTally[];
  responses: ResponseTally[];
  /** Distinct buyers among each agent's pre-sale inquiries of this period. */
  agentBuyers: { agent: string; buyers: number; paidBuyers: number }[];
  /** Distinct pre-sale buyers, this period and the previous one. */
  buyers: Record<Side, BuyerCount>;
  rankings: RankTally[];
  reviews: ReviewTally[];
  /** Order amounts of this period and the previous one, grouped by amount. */
  amounts: AmountCount[];
  /** Paid orders (store and inquiry-led sales, rankings by item and region); null without any. */
  orders: {
    sales: BuyerSales;
    paidOrders: number;
    tallies: OrderTally[];
    closures: ClosureTally[];
    /** Closed orders created this period that no pre-sale inquiry accounts for (closuresByInquiry). */
    unmatchedClosures: number;
  } | null;
  /** The Products sheet's item names, each ranked even when nobody bought it (absent: no catalogue). */
  catalogue?: string[];
}

/** The slots counted for a period: its trend window (which ends with the previous period and it). */
export function countedPeriods(period: Period): Period[] {
  const periods = trendPeriods(period);
  if (periods.length < 2 || periods[periods.length - 2]!.id !== previousPeriod(period).id)
    throw new Error(`trend window of ${period.id} does not hold its previous period`);
  return periods;
}

/** In `negative`, a review with no category that reads negative as a whole (the tables' 未分类 row). */
export const UNCLASSIFIED = '';

/** The review as the tables count it: its effective categories and the negative ones among them. */
export function reviewCategories(
  review: Pick<Review, 'text' | 'rating' | 'categories' | 'categoryOverride'>,
  rules: PolarityRules,
): CountedCategories {
  const categories = effectiveCategories(review as Review)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const defaultPraise = isDefaultPraise(review.text);
  if (categories.length === 0)
    return {
      categories,
      negative: overallOf(review.text, rules, review.rating) === 'negative' ? [UNCLASSIFIED] : [],
      defaultPraise,
    };
  const negative = categories.filter((c) => negativeUnder(review.text, c, rules, review.rating));
  return { categories, negative, defaultPraise };
}

/** How a review counts: its categories, the negative ones, and whether it is the platform's default praise. */
export interface CountedCategories {
  categories: string[];
  negative: string[];
  defaultPraise: boolean;
}

interface CountedReview {
  text: string;
  rating: number | null;
  /** The effective categories as they were (a copy), so a review edited since is counted afresh. */
  listed: string[];
  counted: CountedCategories;
}

/** reviewCategories per polarity rules and review: a run summarising eleven periods meets each review in several trend windows. */
const countedReviews = new WeakMap<PolarityRules, WeakMap<Review, CountedReview>>();

/** reviewCategories of a logged review, remembered for these rules while the review is unchanged. */
function countedCategories(review: Review, rules: PolarityRules): CountedCategories {
  let byReview = countedReviews.get(rules);
  if (byReview === undefined) {
    byReview = new WeakMap();
    countedReviews.set(rules, byReview);
  }
  const listed = effectiveCategories(review);
  const known = byReview.get(review);
  if (
    known !== undefined &&
    known.text === review.text &&
    known.rating === review.rating &&
    known.listed.length === listed.length &&
    known.listed.every((c, i) => c === listed[i])
  )
    return known.counted;
  const counted = reviewCategories(review, rules);
  byReview.set(review, { text: review.text, rating: review.rating, listed: [...listed], counted });
  return counted;
}

/** A tally's key: its parts joined by a control character no log text holds (cheaper than JSON). */
const key = (...parts: unknown[]): string => parts.map(String).join('\u0001');

/** Adds `n` (and `sales`) to the tally with the same key, or starts it. */
function tally<T extends { n: number }>(
  map: Map<string, T>,
  key: string,
  start: () => T,
  add: (t: T) => void,
) {
  let entry = map.get(key);
  if (!entry) {
    entry = start();
    map.set(key, entry);
  }
  add(entry);
}

/**
 * The reason a summary counts for an inquiry: the one a person typed, else on a lost pre-sale
 * inquiry the suggested one (建议原因, issue 20 item 4) — a typed reason always wins.
 */
export function noDealReasonOf(
  r: Pick<Inquiry, 'noDealReason' | 'suggestedReason' | 'stage'>,
  converted: boolean,
): { reason: string; suggested: boolean } {
  const typed = r.noDealReason.trim();
  if (typed !== '' || converted || r.stage !== 'pre-sale') return { reason: typed, suggested: false };
  const suggested = (r.suggestedReason ?? '').trim();
  return { reason: suggested, suggested: suggested !== '' };
}

/** Counts the rows of SummaryInput in memory: what the engine adapters compute with GROUP BY. */
export function countRows(input: SummaryInput): SummaryCounts {
  const periods = countedPeriods(input.period);
  const cur = periods.length - 1;
  const prev = periods.length - 2;
  // The trend window is consecutive periods: a date outside it is ruled out by one comparison.
  const first = periods[0]!.start;
  const last = periods[cur]!.end;
  const slotOf = (date: string): number => {
    if (date < first || date > last) return -1;
    for (let i = periods.length - 1; i >= 0; i--) if (periodContains(periods[i]!, date)) return i;
    return -1;
  };
  const inquiries = new Map<string, InquiryTally>();
  const agents = new Map<string, AgentTally>();
  const responses = new Map<string, ResponseTally>();
  const ranks = new Map<string, RankTally>();
  const amounts = new Map<string, AmountCount>();
  const preSale: Record<Side, Inquiry[]> = { current: [], previous: [] };
  const agentPre = new Map<string, Inquiry[]>();
  for (const r of input.inquiries) {
    const slot = slotOf(r.date);
    if (slot < 0) continue;
    const converted = r.converted === true;
    const sales = converted ? (r.amount ?? 0) : 0;
    const q = r.questionCategory.trim();
    const { reason, suggested } = noDealReasonOf(r, converted);
    tally(
      inquiries,
      key(slot, r.stage, converted, q, reason, suggested),
      () => ({
        slot,
        stage: r.stage,
        converted,
        questionCategory: q,
        noDealReason: reason,
        ...(suggested ? { suggested } : {}),
        n: 0,
        sales: 0,
      }),
      (t) => {
        t.n++;
        t.sales += sales;
      },
    );
    if (slot !== cur && slot !== prev) continue;
    const side: Side = slot === cur ? 'current' : 'previous';
    tally(
      agents,
      key(side, r.agent, r.stage, converted),
      () => ({ side, agent: r.agent, stage: r.stage, converted, n: 0, sales: 0 }),
      (t) => {
        t.n++;
        t.sales += sales;
      },
    );
    if (side === 'current' && r.firstResponseSeconds !== null) {
      const seconds = r.firstResponseSeconds;
      tally(
        responses,
        key(r.agent, r.stage, converted, seconds),
        () => ({ agent: r.agent, stage: r.stage, converted, seconds, n: 0 }),
        (t) => t.n++,
      );
    }
    if (r.stage !== 'pre-sale') continue;
    if (converted) {
      tally(
        amounts,
        key(side, 'inquiries', sales),
        () => ({ side, source: 'inquiries' as const, amount: sales, n: 0 }),
        (t) => t.n++,
      );
    }
    preSale[side].push(r);
    if (side === 'current') {
      const list = agentPre.get(r.agent);
      if (list) list.push(r);
      else agentPre.set(r.agent, [r]);
    }
    const keys: [RankField, string | null][] = [
      ['channel', r.channel],
      ['customerType', r.customerType],
      ['region', r.region.trim()],
      ['product', r.product.trim()],
    ];
    for (const [field, value] of keys) {
      tally(
        ranks,
        key(side, field, value),
        () => ({ side, field, key: value, n: 0, converted: 0, sales: 0 }),
        (t) => {
          t.n++;
          if (converted) t.converted++;
          t.sales += sales;
        },
      );
    }
  }
  const rules = input.polarityRules ?? NO_POLARITY_RULES;
  const reviews = new Map<string, ReviewTally>();
  for (const r of input.reviews) {
    const slot = slotOf(r.date);
    if (slot < 0) continue;
    const { categories, negative, defaultPraise } = countedCategories(r, rules);
    tally(
      reviews,
      key(slot, r.shop, r.rating, categories.join('\u0002'), negative.join('\u0002'), defaultPraise),
      () => ({ slot, shop: r.shop, rating: r.rating, categories, negative, defaultPraise, n: 0 }),
      (t) => t.n++,
    );
  }
  const orders = input.orders ?? [];
  for (const o of orders) {
    if (!isPaid(o)) continue;
    const day = o.paidAt.slice(0, 10);
    const side: Side | null = periodContains(periods[cur]!, day)
      ? 'current'
      : periodContains(periods[prev]!, day)
        ? 'previous'
        : null;
    if (side === null) continue;
    const amount = o.paidAmount ?? 0;
    tally(
      amounts,
      key(side, 'orders', amount),
      () => ({ side, source: 'orders' as const, amount, n: 0 }),
      (t) => t.n++,
    );
  }
  const sales = orderSales({
    period: input.period,
    preSale: input.inquiries.filter((r) => r.stage === 'pre-sale'),
    orders,
    attributionDays: input.attributionDays ?? 1,
  });
  return {
    periods: periods.map((p) => p.id),
    dataRange: dateRange(input),
    inquiries: [...inquiries.values()],
    agents: [...agents.values()],
    responses: [...responses.values()],
    agentBuyers: [...agentPre.entries()].map(([agent, rows]) => ({ agent, ...buyerCounts(rows) })),
    buyers: { current: buyerCounts(preSale.current), previous: buyerCounts(preSale.previous) },
    rankings: [...ranks.values()],
    reviews: [...reviews.values()],
    amounts: [...amounts.values()],
    orders:
      sales === null
        ? null
        : {
            sales,
            paidOrders: orders.filter(isPaid).length,
            tallies: orderTallies(orders, periods[cur]!, periods[prev]!, {
              lines: input.orderLines ?? [],
              orderRows: input.orderRows ?? [],
              nameOf: productNameOf(input.products ?? []),
            }),
            closures: closureTallies(orders, periods[cur]!, periods[prev]!),
            unmatchedClosures: closuresByInquiry(
              input.inquiries,
              orders,
              input.attributionDays ?? 1,
            ).unmatched.filter((o) => periodContains(periods[cur]!, (o.createdAt ?? '').slice(0, 10))).length,
          },
    catalogue: [...new Set((input.products ?? []).map((p) => p.product).filter((p) => p !== ''))],
  };
}

/** The first and last dates of the logs (valid rows of any date), or null when nothing is logged. */
function dateRange(input: SummaryInput): SummaryCounts['dataRange'] {
  let first: string | null = null;
  let last: string | null = null;
  for (const rows of [input.inquiries, input.reviews]) {
    for (const { date } of rows) {
      if (first === null || date < first) first = date;
      if (last === null || date > last) last = date;
    }
  }
  return first === null || last === null ? null : { first, last };
}
