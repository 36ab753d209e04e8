/**
 * ISO weeks ('2026-W47', Monday–Sunday) and calendar months ('2026-11') over calendar dates
 * 'YYYY-MM-DD'. All arithmetic is on day numbers, never on Date in local time, so the result
 * does not depend on the machine's zone; only `localDate` looks at a zone, and only through Intl.
 */

export type PeriodKind = 'week' | 'month';

/** A period and its first and last calendar day, inclusive. */
export interface Period {
  kind: PeriodKind;
  id: string;
  start: string;
  end: string;
}

export type PeriodErrorCode = 'format' | 'year' | 'week' | 'month' | 'date';

/** A period or date that cannot be read; `code` lets a shell pick its own wording. */
export class PeriodError extends Error {
  constructor(
    readonly code: PeriodErrorCode,
    readonly value: string,
    message: string,
  ) {
    super(message);
    this.name = 'PeriodError';
  }
}

const WEEK_RE = /^(\d{4})-W(\d{1,2})$/i;
const MONTH_RE = /^(\d{4})-(\d{1,2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function formatDay(days: number): string {
  const [y, m, d] = civil(days);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

function daysInMonth(y: number, m: number): number {
  return dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isDate(text: string): boolean {
  const match = DATE_RE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function parseDay(date: string): number {
  if (!isDate(date)) throw new PeriodError('date', date, `"${date}" is not a calendar date YYYY-MM-DD`);
  return dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return weekdayOf(parseDay(date));
}

function weekdayOf(days: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

export function addDays(date: string, n: number): string {
  return formatDay(parseDay(date) + n);
}

/** Monday of ISO week 1 of `year`: the week holding 4 January. */
function week1Monday(year: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - (weekdayOf(jan4) - 1);
}

/** 52 or 53. */
export function isoWeeksInYear(year: number): number {
  return (week1Monday(year + 1) - week1Monday(year)) / 7;
}

function weekPeriod(year: number, week: number): Period {
  const monday = week1Monday(year) + (week - 1) * 7;
  return {
    kind: 'week',
    id: `${pad4(year)}-W${pad2(week)}`,
    start: formatDay(monday),
    end: formatDay(monday + 6),
  };
}

function monthPeriod(year: number, month: number): Period {
  const first = dayNumber(year, month, 1);
  return {
    kind: 'month',
    id: `${pad4(year)}-${pad2(month)}`,
    start: formatDay(first),
    end: formatDay(first + daysInMonth(year, month) - 1),
  };
}

/**
 * Reads '2026-W47' (ISO week; 'w' and a one-digit week accepted) or '2026-11' (month) into its
 * range. Throws PeriodError naming the value and what is wrong with it.
 */
export function parsePeriod(text: string): Period {
  const value = String(text).trim();
  const week = WEEK_RE.exec(value);
  const month = week ? null : MONTH_RE.exec(value);
  const match = week ?? month;
  if (!match) {
    throw new PeriodError(
      'format',
      value,
      `"${value}" is not a period: write a week as 2026-W47 or a month as 2026-11`,
    );
  }
  const year = Number(match[1]);
  const n = Number(match[2]);
  if (year < 1900 || year > 9998)
    throw new PeriodError('year', value, `"${value}": year ${year} is out of range`);
  if (week) {
    const weeks = isoWeeksInYear(year);
    if (n < 1 || n > weeks) {
      throw new PeriodError('week', value, `"${value}": ${year} has ISO weeks W01 to W${weeks}`);
    }
    return weekPeriod(year, n);
  }
  if (n < 1 || n > 12) throw new PeriodError('month', value, `"${value}": months run from 01 to 12`);
  return monthPeriod(year, n);
}

/**
 * A period a person typed (the CLI's --week / --month, the menu's and the panel's prompts): read as
 * parsePeriod reads it, and refused naming what was typed when the period before it — the one every
 * tab compares with — is out of range (1900-01 would otherwise fail later, naming 1899-12).
 */
export function parseTypedPeriod(text: string): Period {
  const period = parsePeriod(text);
  try {
    parsePeriod(previousPeriod(period).id);
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    const value = String(text).trim();
    throw new PeriodError('year', value, `"${value}": the period before it is out of range`);
  }
  return period;
}

/** The week or month holding a calendar date. */
export function periodOf(kind: PeriodKind, date: string): Period {
  const days = parseDay(date);
  if (kind === 'month') return monthPeriod(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  // The ISO year is the calendar year of the Thursday of the date's week.
  const thursday = days - weekdayOf(days) + 4;
  const [isoYear] = civil(thursday);
  return weekPeriod(isoYear, Math.floor((thursday - week1Monday(isoYear)) / 7) + 1);
}

export function previousPeriod(period: Period): Period {
  return periodOf(period.kind, addDays(period.start, -1));
}

export function nextPeriod(period: Period): Period {
  return periodOf(period.kind, addDays(period.end, 1));
}

/** Calendar days in the period (7 for a week; 28–31 for a month). */
export function periodDays(period: Period): number {
  return parseDay(period.end) - parseDay(period.start) + 1;
}

export function periodContains(period: Period, date: string): boolean {
  return date >= period.start && date <= period.end;
}

/** Every period of a kind that overlaps [from, to], oldest first. */
export function periodsBetween(kind: PeriodKind, from: string, to: string): Period[] {
  const out: Period[] = [];
  if (from > to) return out;
  for (let p = periodOf(kind, from); p.start <= to; p = nextPeriod(p)) out.push(p);
  return out;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of an instant in a time zone (IANA name). */
export interface ZonedTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function zonedTime(instant: Date, timeZone: string): ZonedTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  const get = (type: string) => Number(parts[type] ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** The calendar date of an instant in a time zone (IANA name), e.g. for 'now' in Asia/Shanghai. */
export function localDate(instant: Date, timeZone: string): string {
  const t = zonedTime(instant, timeZone);
  return `${pad4(t.year)}-${pad2(t.month)}-${pad2(t.day)}`;
}

/** The latest week that has ended before today (in the zone): on any day of W48, that is W47. */
export function lastClosedWeek(now: Date, timeZone: string): Period {
  return previousPeriod(periodOf('week', localDate(now, timeZone)));
}

export function lastClosedMonth(now: Date, timeZone: string): Period {
  return previousPeriod(periodOf('month', localDate(now, timeZone)));
}

/** The `count` most recent closed periods of a kind, oldest first. */
export function closedPeriodsSince(kind: PeriodKind, now: Date, timeZone: string, count: number): Period[] {
  const out: Period[] = [];
  let p = previousPeriod(periodOf(kind, localDate(now, timeZone)));
  for (let i = 0; i < count; i++) {
    out.unshift(p);
    p = previousPeriod(p);
  }
  return out;
}
