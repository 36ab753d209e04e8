/**
 * Typed rows after a sheet has been read by header and validated. Enum values are the
 * stable English keys of DOMAIN.md; the sheet may hold them in Chinese or English.
 * Dates are calendar dates 'YYYY-MM-DD' in the spreadsheet's time zone.
 */

export const OURS = 'ours';

export type CustomerType = 'new' | 'returning' | 'wholesaler' | 'distributor';
export type Channel = 'chat' | 'phone' | 'wechat' | '1688' | 'other';
export type Stage = 'pre-sale' | 'after-sale';
export type TransactionType = 'retail' | 'wholesale' | 'distribution';
export type Role = 'pre-sale' | 'after-sale';
export type Level = 'regular' | 'senior' | 'lead';
export type Grade = 'excellent' | 'good' | 'fair' | 'poor';
export type CategoryKind = 'pre-sale' | 'after-sale' | 'review' | 'no-deal';

export interface Inquiry {
  /** 1-based sheet row, for messages and write-back. */
  row: number;
  date: string;
  /** The date cell's wall-clock time, 'YYYY-MM-DD HH:MM:SS', where a reader filled it (matching, summaries). */
  dateTime?: string;
  agent: string;
  customerId: string;
  customerType: CustomerType | null;
  channel: Channel | null;
  stage: Stage | null;
  question: string;
  /** As typed or as filled by classification; '' when blank. */
  questionCategory: string;
  /** Required for pre-sale rows; null when blank on an after-sale row. */
  converted: boolean | null;
  transactionType: TransactionType | null;
  amount: number | null;
  product: string;
  region: string;
  /** '' when blank; summaries count a blank reason on a non-converted row as unrecorded. */
  noDealReason: string;
  /** 建议原因: the no-deal reason read from the chat or the closed order ('' or absent when none). */
  suggestedReason?: string;
  followUp: string;
  firstResponseSeconds: number | null;
  note: string;
}

export interface Review {
  row: number;
  date: string;
  /** OURS for 本店 / ours, otherwise the competitor's name as written. */
  shop: string;
  product: string;
  rating: number | null;
  text: string;
  /** Auto categories (every category whose keywords the text mentions). */
  categories: string[];
  /** Manual list; where non-empty it replaces `categories`. */
  categoryOverride: string[];
  agentMentioned: string;
}

export interface ScorecardRow {
  row: number;
  /** 'YYYY-MM' */
  month: string;
  agent: string;
  role: Role;
  level: Level;
  quality: Grade | null;
  disputes: Grade | null;
  cooperation: Grade | null;
  execution: Grade | null;
  orders: number;
  refunds: number;
  late: number;
  leave: number;
  absence: number;
  lowQualityReviews: number;
  complaintPoints: number;
  praises: number;
  outstandingPoints: number;
}

export interface Competitor {
  row: number;
  name: string;
  shop: string;
  coreProduct: string;
}

export interface TaxonomyEntry {
  row: number;
  kind: CategoryKind;
  category: string;
  dimension: string;
  keywords: string[];
  /** Review polarity keywords (issue 11); absent on sheets set up before the columns existed. */
  negativeKeywords?: string[];
  positiveKeywords?: string[];
}

/** A problem found in the user's data: sheet, row, column, value, reason, severity. */
export interface Problem {
  sheet: string;
  /** 1-based sheet row; 0 for a problem with the sheet as a whole (a missing column, say). */
  row: number;
  /** Column header as the user sees it; '' when not about one column. */
  column: string;
  value: string;
  reason: string;
  /** error: the row is left out of statistics; warning: the row is counted. */
  severity: 'error' | 'warning';
}

/** The categories a review counts under: the manual override where filled, else the auto ones. */
export function effectiveCategories(review: Review): string[] {
  return review.categoryOverride.length > 0 ? review.categoryOverride : review.categories;
}
