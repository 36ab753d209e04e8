/** The time folder's public entry: what the shells (cli, gas, tools) import from it. */
export { wallClock } from './date-time';
export { periodMessage } from './period-message';
export {
  addDays,
  isDate,
  isoWeekday,
  lastClosedMonth,
  lastClosedWeek,
  type Period,
  PeriodError,
  parsePeriod,
  periodsBetween,
} from './periods';
