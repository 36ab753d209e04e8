import type { Cell } from '../../ports';
import { type Message, message } from '../messages/catalogue';
import { cachedLocalDate, isDateValue, readDateValue } from '../time/date-cell';
import { type DateTimeValue, readMonthText } from '../time/date-text';
import { localDate } from '../time/periods';
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

const isDate = isDateValue;

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

/**
 * A date with its time of day when one is given: Date values (read in the sheet's zone), serial
 * day numbers (46356.75 is 2026-11-30 18:00, never the next day) and the text forms of
 * readDateText (year first; 11/3/2026 is refused as ambiguous).
 */
export function parseDateTime(cell: Cell, timeZone: string): Parsed<DateTimeValue> {
  if (isBlank(cell)) return blank;
  if (typeof cell === 'boolean') return fail(message('sheets.notDate', { text: String(cell) }));
  if (isErrorValue(cell)) return fail(message('sheets.errorValue', { text: String(cell).trim() }));
  const read = readDateValue(isDate(cell) || typeof cell === 'number' ? cell : String(cell), timeZone);
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
  const month = readMonthText(String(cell));
  if (month === null) {
    const date = parseDate(String(cell), timeZone);
    return date.ok ? ok(date.value.slice(0, 7)) : notMonth();
  }
  return month.ok ? ok(month.value) : fail(month.reason);
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
