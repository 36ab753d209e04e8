/** The time folder's public entry: what the shells (cli, gas, tools) import from it. */
export {
  DATE_FOLD,
  DATE_FORMS,
  FIRST_SERIAL,
  FIRST_YEAR,
  LAST_SERIAL,
  LAST_YEAR,
  SERIAL_EPOCH,
  SERIAL_PATTERN,
} from './date-grammar';
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
  parseTypedPeriod,
  periodsBetween,
} from './periods';
