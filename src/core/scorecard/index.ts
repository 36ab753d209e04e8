/** The scorecard folder's public entry: what the shells (cli, gas, tools) import from it. */
export {
  computeScorecard,
  PaySettingsError,
  type ScorecardReport,
  scorecardRunLine,
  scoreMonth,
} from './compute-scorecard';
export { payTable, toCsv } from './pay-sheet';
export { type AgentScoreJson, computeScorecardResults } from './results';
