/** The matching folder's public entry: what the shells (cli, gas, tools) import from it. */
export { type MatchReport, matchOrders } from './match-orders';
export { matchLogLine, matchSummary } from './match-report';
