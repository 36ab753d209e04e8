/**
 * The summary of one week or month beside the one before it: what `spiral summary --json`
 * prints and what the tab is laid out from. Fractions are fractions (0.25, not 25); a fraction
 * over an empty base is null; p is null where no test was run.
 */

import type { AdSection } from '../ads/ad-figures';
import type { AdRow } from '../ads/ads-sheet';
import type { PolarityRules } from '../classify/polarity';
import type { TaxonomyRow } from '../classify/taxonomy-rules';
import type { DsrSection } from '../dsr/dsr-figures';
import type { DsrRow } from '../dsr/dsr-sheet';
import type { PeriodEffects } from '../effects/period-effects';
import type { ClosureTally } from '../ingest/order-closures';
import type { OrderLine } from '../ingest/order-lines';
import type { Order, OrderRow } from '../ingest/orders';
import type { RepeatFigures } from '../repeat/repeat-figures';
import type { RoleSection } from '../roles/role-figures';
import type { AgentScoreJson } from '../scorecard/results';
import type { Product } from '../sheets/products';
import type { Inquiry, Review } from '../sheets/records';
import type { Lang } from '../sheets/template';
import type { MoneyChange, MoneyMethod } from '../stats/money-change';
import type { BandTestLabel, ChangeLabel, ComparisonLabel, TestMethod } from '../stats/proportions';
import type { Period } from '../time/periods';
import type { BuyerFigures } from './buyer-figures';
import type { DimensionRow } from './dimension-rollup';
import type { Probe, ProbeTallyRow } from './probe-tally';
import type { Trends } from './trends';

export type Interval = [number, number];

/** One month's scorecard result per agent: the `spiral kpi --json` shape without the items. */
export type ScorecardResultLike = Omit<AgentScoreJson, 'items'>;

export interface SummarySettings {
  responseThresholdSeconds: number;
  rankingSize: number;
  language: Lang;
  /** Settings repeatWindowDays (default 365): how far back a repeat buyer's earlier order may be. */
  repeatWindowDays?: number;
}

export interface SummaryInput {
  period: Period;
  /** Defaults to the period just before `period`. */
  previous?: Period;
  /** Valid rows of any date; only those in `period` and `previous` are counted. */
  inquiries: readonly Inquiry[];
  reviews: readonly Review[];
  /** Rows of this period left out upstream because of errors. */
  excludedRows: number;
  /** Rows left out whose date could not be read, so they belong to no period. */
  undatedExcludedRows?: number;
  settings: SummarySettings;
  /** Month summaries show it; ignored for weeks. */
  scorecard?: readonly ScorecardResultLike[];
  /** The Orders sheet's valid rows (any date): store sales, silent sales and whole-shop rankings. */
  orders?: readonly Order[];
  /** The item report's lines (Order lines sheet): hot and slow items per item, not per order title. */
  orderLines?: readonly OrderLine[];
  /** The Orders sheet's rows: a multi-item 主订单's rows are its items where orderLines has none. */
  orderRows?: readonly OrderRow[];
  /** The Products sheet: items are named by it, and each is ranked even when nobody bought it. */
  products?: readonly Product[];
  /** Settings attributionDays (default 1): which orders an inquiry accounts for. */
  attributionDays?: number;
  /** Month summaries tally them by question category; ignored for weeks. */
  probes?: readonly Probe[];
  /** Categories with their service-experience dimension, for the month's roll-up. */
  taxonomy?: readonly TaxonomyRow[];
  /** Review polarity keywords (Taxonomy); without them the rating alone gives each direction. */
  polarityRules?: PolarityRules;
  /** The Ads sheet's valid rows (any date): the ads-and-store-sales section. */
  ads?: readonly AdRow[];
  /** The DSR sheet's valid rows (any date): month tabs set the scores beside the reviews. */
  dsr?: readonly DsrRow[];
}

export interface Change {
  label: ChangeLabel;
  p: number | null;
}

/** Pre-sale inquiries and what came of them: per row, then per buyer (BuyerFigures). */
export interface InquiryHeadline extends BuyerFigures {
  total: number;
  converted: number;
  conversionRate: number | null;
  ci95: Interval;
  previousTotal: number;
  previousConverted: number;
  previousConversionRate: number | null;
  change: Change;
  /** Sum of `amount` over converted pre-sale inquiries. */
  sales: number;
  previousSales: number;
  /** sales / converted; null with no conversions. */
  averageOrderValue: number | null;
  previousAverageOrderValue: number | null;
  afterSaleTotal: number;
  previousAfterSaleTotal: number;
  /** Sales against the previous period, tested on the order amounts (docs/statistics.md, "Money in the findings"). */
  salesChange: MoneyChange;
  /** Average order value against the previous period: the permutation test of the mean amount. */
  averageOrderValueChange: MoneyChange;
  /** Paid orders of the previous period; null without orders. */
  previousStoreSales: number | null;
  /** Store sales (paid orders) tested as sales are; null without orders. */
  storeSalesChange: MoneyChange | null;
  /** Each headline number against the previous period. */
  deltas: Record<HeadlineMetric, Delta>;
}

export type HeadlineMetric =
  | 'total'
  | 'converted'
  | 'conversionRate'
  | 'sales'
  | 'averageOrderValue'
  | 'afterSaleTotal';

/** A change against the previous period: absolute, and relative to the previous value (null from 0 or none). */
export interface Delta {
  absolute: number | null;
  relative: number | null;
}

/** One significant change or competitor difference, as the tab's Findings lists it. */
export interface Finding {
  table: FindingTable;
  category: string;
  /** The shop of a review table (ours or a competitor's name); the competitor of a comparison. */
  shop?: string;
  /** Previous share (a change) or the competitor's share (a comparison). */
  from: number | null;
  /** This period's share, or ours. */
  to: number | null;
  label: string;
  p: number;
  text: string;
  /** The test behind p (the tab's footnote names it). */
  method: TestMethod | MoneyMethod | 'spearman';
  /** Estimated effect on sales (yuan, signed) where one can be estimated: lost buyers × average order value. */
  salesEffect: number | null;
}

export type FindingTable =
  | 'adRoi'
  | 'dsr'
  | 'repeatRate'
  | 'roleConversion'
  | 'roleSales'
  | 'roleDiscountedSales'
  | 'roleReorders'
  | 'sales'
  | 'storeSales'
  | 'averageOrderValue'
  | 'conversion'
  | 'noDealReasons'
  | 'preSaleQuestions'
  | 'afterSaleQuestions'
  | 'reviewCategories'
  | 'negativeReviews'
  | 'ratings'
  | 'agents'
  | 'reviewComparison'
  | 'negativeReviewComparison';

/** The period summarised; partial when it starts before the first logged row or ends after the last. */
export type SummaryPeriod = Period & { partial: boolean };

/** One category's share of a base, this period and last, with the change label (p after Holm). */
export interface ShareRow {
  category: string;
  count: number;
  share: number | null;
  ci95: Interval;
  previousCount: number;
  previousShare: number | null;
  label: ChangeLabel;
  p: number | null;
}

/** The denominator of a share table, this period and last. */
export interface Base {
  total: number;
  previousTotal: number;
}

/** A review category of one shop: its mentions, and its negative mentions over the same base. */
export interface ReviewCategoryRow extends ShareRow {
  negativeCount: number;
  negativeShare: number | null;
  negativeCi95: Interval;
  previousNegativeCount: number;
  previousNegativeShare: number | null;
  negativeLabel: ChangeLabel;
  negativeP: number | null;
}

/** A share of rated reviews (差评率 1–2 ★, 中评率 3 ★) with its interval and change. */
export interface RatingShare {
  count: number;
  share: number | null;
  ci95: Interval;
  previousCount: number;
  previousShare: number | null;
  label: ChangeLabel;
  p: number | null;
}

export interface ShopReviews extends Base {
  categories: ReviewCategoryRow[];
  /** Reviews with a rating, this period and last: the base of the rating shares. */
  rated: number;
  previousRated: number;
  averageRating: number | null;
  previousAverageRating: number | null;
  negativeRatingShare: number | null;
  neutralRatingShare: number | null;
  negativeRatings: RatingShare;
  neutralRatings: RatingShare;
  /** 系统默认好评 rows, this period and last: counted here, in no share's base (nor in total). */
  defaultPraise: number;
  previousDefaultPraise: number;
}

export interface ComparisonRow {
  competitor: string;
  category: string;
  oursCount: number;
  oursTotal: number;
  oursShare: number | null;
  theirsCount: number;
  theirsTotal: number;
  theirsShare: number | null;
  label: ComparisonLabel;
  p: number | null;
}

export interface AgentRow {
  agent: string;
  /** The agent's pre-sale inquiries: the conversion base. */
  inquiries: number;
  converted: number;
  conversionRate: number | null;
  ci95: Interval;
  previousInquiries: number;
  previousConverted: number;
  previousConversionRate: number | null;
  change: Change;
  /** All the agent's inquiries (pre-sale, after-sale, unstaged) that carry a first-response time. */
  responses: number;
  medianFirstResponseSeconds: number | null;
  /** Share of those responses at or under the threshold. */
  withinThresholdShare: number | null;
  /** Distinct buyers among the agent's pre-sale inquiries, and those converted by the agent. */
  buyers: number;
  paidBuyers: number;
  /** 落实客单价: the agent's converted sales per paid buyer; null with none. */
  attributedAverageOrderValue: number | null;
}

export type ResponseBandKey = 'fast' | 'medium' | 'slow';

export interface BandRow {
  band: ResponseBandKey;
  /** Lower bound, exclusive (null: from 0 inclusive) and upper bound, inclusive (null: open). */
  minSeconds: number | null;
  maxSeconds: number | null;
  inquiries: number;
  converted: number;
  conversionRate: number | null;
  ci95: Interval;
}

export type { BandTestLabel };

/** Seed 004's claim on the shop's own data: do the fastest replies convert better than the slowest? */
export interface BandTest {
  label: BandTestLabel;
  z: number | null;
  p: number | null;
}

export interface RankRow {
  /** Enum key (channel, customerType) or the text as typed; blank is the 'unrecorded' label. */
  key: string;
  inquiries: number;
  converted: number;
  conversionRate: number | null;
  sales: number;
  /** Share of the period's pre-sale inquiries. */
  share: number | null;
  previousInquiries: number;
  previousConverted: number;
  previousSales: number;
  /** Paid orders with this key, when the ranking comes from the Orders sheet (then `sales` is theirs). */
  orders?: number;
  previousOrders?: number;
}

export interface Rankings {
  /** 'orders' when product and region rank all paid orders of the shop, 'inquiries' otherwise. */
  source: 'orders' | 'inquiries';
  channel: RankRow[];
  customerType: RankRow[];
  /** The top `rankingSize` regions by inquiries. */
  region: RankRow[];
  product: {
    /** The top `rankingSize` by sales. */
    hot: RankRow[];
    /** The lowest `rankingSize` by sales among the rest asked about this period or last. */
    slow: RankRow[];
  };
}

export interface SummaryModel {
  period: SummaryPeriod;
  previous: Period;
  /** The first and last dates of any logged inquiry or review; null with none. */
  dataRange: { first: string; last: string } | null;
  /** Every significant change and competitor difference, by adjusted p then size of change. */
  findings: Finding[];
  language: Lang;
  responseThresholdSeconds: number;
  inquiries: InquiryHeadline;
  /** Base: non-converted pre-sale inquiries. */
  noDealReasons: ShareRow[];
  /** Of this period's non-converted pre-sale inquiries, those counted under a suggested reason (建议原因). */
  suggestedReasons?: number;
  /** Base: the inquiries of that stage. */
  questionCategories: { 'pre-sale': ShareRow[]; 'after-sale': ShareRow[] };
  bases: { noDealReasons: Base; 'pre-sale': Base; 'after-sale': Base };
  reviews: {
    /** Keyed by shop: OURS ('ours') or the competitor's name. */
    shops: Record<string, ShopReviews>;
    comparison: ComparisonRow[];
    /** Ours vs each competitor on the share of reviews mentioning a category negatively. */
    negativeComparison: ComparisonRow[];
  };
  agents: AgentRow[];
  responseBands: BandRow[];
  responseBandTest: BandTest;
  rankings: Rankings;
  /** Rows of this period left out for errors. */
  excludedRows: number;
  /** Rows left out whose date could not be read. */
  undatedExcludedRows: number;
  /** The last 8 weeks or 6 months up to this period. */
  trends: Trends;
  /** Paid promotion beside store sales; absent without ad rows in the two periods. */
  ads?: AdSection;
  /** Repeat buyers and 返单 from the Orders sheet; absent without paid orders in the two periods. */
  repeat?: RepeatFigures;
  /** Month summaries with a catalogue only: each item under its role (seed 002), zero-sale items listed. */
  roles?: RoleSection;
  /** Month summaries only, with DSR rows up to the month's end: the scores beside the reviews. */
  dsr?: DsrSection;
  /** The actions whose window ended by the period's end, with their verdicts; absent without actions. */
  effects?: PeriodEffects;
  /** Month summaries only. */
  scorecard?: ScorecardResultLike[];
  /** Month summaries only: who answered better in the competitor probes, by question category. */
  competitorProbes?: ProbeTallyRow[];
  /** Month summaries only: the seed 002 service-experience dimensions, this month and last. */
  dimensions?: DimensionRow[];
  /** Month summaries with orders only: closed orders per 订单关闭原因, this month and last. */
  orderClosures?: ClosureTally[];
  /** Beside orderClosures: this month's closed orders that match no pre-sale inquiry. */
  unmatchedClosures?: number;
}
