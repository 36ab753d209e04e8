import type { Cell } from '../../ports';
import { type Message, message } from '../messages/catalogue';
import { type DateTimeValue, readDateText, serialDateTime } from '../time/date-text';
import { localDate, zonedTime } from '../time/periods';
import { NUMBER_LIMIT } from './number-grammar';
import { readNumberText } from './number-text';
import { type EnumOption, enumOption } from './template';

export type { DateTimeValue } from '../time/date-text';
export { isRealDate } from '../time/date-text';

/** The outcome of reading one cell: a value, blank, or the reason (a catalogue message) it could not be read. */
export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; blank: true }
  | { ok: false; blank: false; reason: Message };

const blank = { ok: false, blank: true } as const;
const fail = (reason: Message) => ({ ok: false, blank: false, reason }) as const;
const ok = <T>(value: T) => ({ ok: true, value }) as const;

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The error values a spreadsheet shows for a formula that failed (Excel's and Sheets'). */
const ERROR_VALUE =
  /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|BUSY!|GETTING_DATA)$/i;

/** Whether a cell holds a formula's error value such as #N/A or #REF! (read as that text). */
export function isErrorValue(cell: Cell | undefined): boolean {
  return typeof cell === 'string' && ERROR_VALUE.test(cell.trim());
}

/** The text of a cell as the user sees it, for messages and the Problems sheet. */
export function cellText(cell: Cell | undefined, timeZone = 'UTC'): string {
  if (cell === undefined || cell === null) return '';
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : localDate(cell, timeZone);
  return String(cell);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

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

/** The date and time a Date value shows in `timeZone`. */
function zonedDateTime(instant: Date, timeZone: string): DateTimeValue {
  const t = zonedTime(instant, timeZone);
  const seconds = t.hour * 3600 + t.minute * 60 + t.second;
  return { date: cachedLocalDate(instant, timeZone), seconds };
}

/**
 * A date with its time of day when one is given: Date values (read in the sheet's zone), serial
 * day numbers (46356.75 is 2026-11-30 18:00, never the next day) and the text forms of
 * readDateText (year first; 11/3/2026 is refused as ambiguous).
 */
export function parseDateTime(cell: Cell, timeZone: string): Parsed<DateTimeValue> {
  if (isBlank(cell)) return blank;
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) return fail(message('sheets.invalidDate'));
    return ok(zonedDateTime(cell, timeZone));
  }
  if (typeof cell === 'number') {
    const serial = serialDateTime(cell);
    return serial.ok ? ok(serial.value) : fail(serial.reason);
  }
  if (typeof cell === 'boolean') return fail(message('sheets.notDate', { text: String(cell) }));
  if (isErrorValue(cell)) return fail(message('sheets.errorValue', { text: String(cell).trim() }));
  const read = readDateText(String(cell));
  return read.ok ? ok(read.value) : fail(read.reason);
}

/** A calendar date 'YYYY-MM-DD' from any form parseDateTime accepts; a time of day is checked, then dropped. */
export function parseDate(cell: Cell, timeZone: string): Parsed<string> {
  if (isDate(cell) && !Number.isNaN(cell.getTime())) return ok(cachedLocalDate(cell, timeZone));
  const parsed = parseDateTime(cell, timeZone);
  return parsed.ok ? ok(parsed.value.date) : parsed;
}

/** Months as 'YYYY-MM', 'YYYY/MM', '2026年11月', or a date within the month. */
export function parseMonth(cell: Cell, timeZone: string): Parsed<string> {
  if (isBlank(cell)) return blank;
  const notMonth = () => fail(message('sheets.notMonth', { text: cellText(cell, timeZone) }));
  if (isDate(cell) || typeof cell === 'number') {
    const date = parseDate(cell, timeZone);
    return date.ok ? ok(date.value.slice(0, 7)) : notMonth();
  }
  const text = String(cell).normalize('NFKC').trim();
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (!match) {
    const date = parseDate(text, timeZone);
    return date.ok ? ok(date.value.slice(0, 7)) : notMonth();
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return fail(message('sheets.noSuchMonth', { text }));
  return ok(`${match[1]}-${pad(month)}`);
}

/**
 * Numbers, also as text (see readNumberText): '1,234', '1.234,50', '1 234,5', full-width '６',
 * '6%' (0.06), '¥1,234.50'. NaN, Infinity and anything beyond ±NUMBER_LIMIT (1e15) are refused, so
 * no sum of read numbers reaches Infinity (not a number a cell can hold).
 */
export function parseNumber(cell: Cell): Parsed<number> {
  if (isBlank(cell)) return blank;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail(message('sheets.numberNotFinite', { text: String(cell) }));
    return Math.abs(cell) > NUMBER_LIMIT
      ? fail(message('sheets.numberTooLarge', { text: String(cell) }))
      : ok(cell);
  }
  if (typeof cell === 'boolean' || isDate(cell))
    return fail(message('sheets.notNumber', { text: cellText(cell) }));
  if (isErrorValue(cell)) return fail(message('sheets.errorValue', { text: String(cell).trim() }));
  const read = readNumberText(String(cell));
  return read.ok ? ok(read.value) : fail(read.reason);
}

export function parseEnum(cell: Cell, enumName: string): Parsed<EnumOption> {
  if (isBlank(cell)) return blank;
  const option = enumOption(enumName, String(cell));
  return option ? ok(option) : fail(message('sheets.notAllowed', { text: String(cell).trim() }));
}

export function parseBoolean(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const option = parseEnum(cell, 'yesNo');
  if (!option.ok)
    return option.blank ? blank : fail(message('sheets.notYesNo', { text: String(cell).trim() }));
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
