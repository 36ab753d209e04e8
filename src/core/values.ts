import type { Cell } from '../ports';
import { localDate, zonedTime } from './periods';
import { type EnumOption, enumOption } from './template';

/** The outcome of reading one cell: a value, blank, or the reason it could not be read. */
export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; blank: true }
  | { ok: false; blank: false; reason: string };

const blank = { ok: false, blank: true } as const;
const fail = (reason: string) => ({ ok: false, blank: false, reason }) as const;
const ok = <T>(value: T) => ({ ok: true, value }) as const;

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The text of a cell as the user sees it, for messages and the Problems sheet. */
export function cellText(cell: Cell | undefined, timeZone = 'UTC'): string {
  if (cell === undefined || cell === null) return '';
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : localDate(cell, timeZone);
  return String(cell);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= (days[month - 1] ?? 0);
}

const localDates = new Map<string, string>();

/** Formatting a date in a zone is costly and a log holds few distinct days: remember each instant. */
function cachedLocalDate(instant: Date, timeZone: string): string {
  const key = `${timeZone}|${instant.getTime()}`;
  let date = localDates.get(key);
  if (date === undefined) {
    date = localDate(instant, timeZone);
    if (localDates.size > 100_000) localDates.clear();
    localDates.set(key, date);
  }
  return date;
}

const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Dates as Date values (in the sheet's zone), serial numbers, or text: YYYY-MM-DD, YYYY/MM/DD, 2026年11月2日, with or without a time. */
export function parseDate(cell: Cell, timeZone: string): Parsed<string> {
  if (isBlank(cell)) return blank;
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) return fail('not a valid date');
    return ok(cachedLocalDate(cell, timeZone));
  }
  if (typeof cell === 'number') {
    // A spreadsheet serial day number (1899-12-30 epoch), as exported dates sometimes arrive.
    if (!Number.isFinite(cell) || cell < 1 || cell > 400000) return fail('not a date');
    const ms = Math.round(cell) * 86400000 + Date.UTC(1899, 11, 30);
    return ok(new Date(ms).toISOString().slice(0, 10));
  }
  const text = String(cell).normalize('NFKC').trim();
  const match = DATE_TEXT.exec(text);
  if (!match) return fail('not a date (expected YYYY-MM-DD or YYYY/MM/DD)');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return fail(`no such date: ${text}`);
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}

/** Months as 'YYYY-MM', 'YYYY/MM', '2026年11月', or a date within the month. */
export function parseMonth(cell: Cell, timeZone: string): Parsed<string> {
  if (isBlank(cell)) return blank;
  if (isDate(cell) || typeof cell === 'number') {
    const date = parseDate(cell, timeZone);
    return date.ok ? ok(date.value.slice(0, 7)) : fail('not a month (expected YYYY-MM)');
  }
  const text = String(cell).normalize('NFKC').trim();
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (!match) {
    const date = parseDate(text, timeZone);
    return date.ok ? ok(date.value.slice(0, 7)) : fail('not a month (expected YYYY-MM)');
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return fail(`no such month: ${text}`);
  return ok(`${match[1]}-${pad(month)}`);
}

/** Numbers, also as text: '1,234', full-width '６', '6%' (0.06), '¥12.50'. */
export function parseNumber(cell: Cell): Parsed<number> {
  if (isBlank(cell)) return blank;
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('not a number');
  if (typeof cell === 'boolean' || isDate(cell)) return fail('not a number');
  let text = String(cell)
    .normalize('NFKC')
    .trim()
    .replace(/[,\s]/g, '')
    .replace(/^[¥￥$]/, '');
  // Divide rather than multiply by 0.01, so '70%' is exactly 0.7.
  let divisor = 1;
  if (text.endsWith('%')) {
    text = text.slice(0, -1);
    divisor = 100;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return fail('not a number');
  return ok(Number(text) / divisor);
}

export function parseEnum(cell: Cell, enumName: string): Parsed<EnumOption> {
  if (isBlank(cell)) return blank;
  const option = enumOption(enumName, String(cell));
  return option ? ok(option) : fail(`not one of the allowed values`);
}

export function parseBoolean(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const option = parseEnum(cell, 'yesNo');
  if (!option.ok) return option.blank ? blank : fail('expected 是/否 (yes/no)');
  return ok(option.value.value === 'yes');
}

/** A list of categories in one cell: separated by commas, 、, semicolons or new lines. */
export function splitList(cell: Cell): string[] {
  if (isBlank(cell)) return [];
  return String(cell)
    .split(/[,，、;；\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const dateCells = new Map<string, number>();

/** A calendar date as the Date a spreadsheet in `timeZone` shows as that date (midnight there). */
export function dateCell(isoDate: string, timeZone: string): Date {
  const key = `${timeZone}|${isoDate}`;
  let time = dateCells.get(key);
  if (time === undefined) {
    const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
    const utcMidnight = Date.UTC(y, m - 1, d);
    // Shift by the zone's offset at that moment so the local wall clock reads 00:00.
    const shown = zonedTime(new Date(utcMidnight), timeZone);
    time =
      utcMidnight -
      (Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute) - utcMidnight);
    if (dateCells.size > 100_000) dateCells.clear();
    dateCells.set(key, time);
  }
  return new Date(time);
}
