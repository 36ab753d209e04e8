/** The summary folder's public entry: what the shells (cli, gas, tools) import from it. */
export { buildSummary } from './build-summary';
export { percentText, pText, relativePercent } from './findings';
export {
  type GeneratedSummary,
  generateSummary,
  loadSummaryData,
  type SummaryData,
  summaryTab,
  writeSummary,
} from './generate-summary';
export {
  countedPeriods,
  type InquiryTally,
  type RankField,
  type ReviewTally,
  reviewCategories,
  type SummaryCounts,
} from './summary-counts';
export { summaryFromCounts } from './summary-from-counts';
export { layoutSummary } from './summary-layout';
export type { ScorecardResultLike, SummaryModel } from './summary-model';
export { summaryText } from './summary-text';
export { parseSummaryTabName, summaryTabName } from './tab-name';
export { buildTrends } from './trends';
