/** The sheets folder's public entry: what the shells (cli, gas, tools) import from it. */
export { checkAppendWidth, columnRuns, planColumnUpdate, type RowRun, sameCell } from './cell-updates';
export { mapHeader } from './header';
export {
  NUMBER_FOLD,
  NUMBER_FORMS,
  NUMBER_LIMIT,
  NUMBER_NEGATIVE,
  NUMBER_PERCENT,
  NUMBER_PREFIX,
  NUMBER_SUFFIX,
} from './number-grammar';
export { writeProblems } from './problems-sheet';
export {
  type CategoryKind,
  type Channel,
  type Competitor,
  type CustomerType,
  type Grade,
  type Inquiry,
  type Level,
  OURS,
  type Review,
  type Role,
  type ScorecardRow,
  type Stage,
  type TransactionType,
} from './records';
export { readInquiries, readScorecard, readTaxonomy } from './tables';
export {
  columnLabel,
  ENUMS,
  enumLabel,
  findSheet,
  type Lang,
  normalizeLabel,
  SHEET_KEYS,
  type SheetKey,
  sheetName,
  TEMPLATES,
} from './template';
export { cellText } from './values';
