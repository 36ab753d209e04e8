import { type Message, message } from '../messages/catalogue';
import {
  DATE_FOLD,
  DATE_FORMS,
  DATE_THEN_TEXT,
  type DateGroups,
  FIRST_SERIAL,
  FIRST_YEAR,
  LAST_SERIAL,
  LAST_YEAR,
  MONTH_PATTERN,
  SERIAL_EPOCH,
  SERIAL_PATTERN,
  YEAR_LAST,
} from './date-grammar';

/** A calendar date and, when one was written, the time of day on it (seconds after midnight). */
export interface DateTimeValue {
  /** 'YYYY-MM-DD' */
  date: string;
  /** Seconds after midnight, or null when only a date was given. */
  seconds: number | null;
}

export type DateText<T = DateTimeValue> = { ok: true; value: T } | { ok: false; reason: Message };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}

const EPOCH_MS = Date.parse(`${SERIAL_EPOCH}T00:00:00Z`);

/**
 * A spreadsheet serial day number as the date and time it shows. The whole part is the day and the
 * fraction the time of day, so 46356.75 is 2026-11-30 18:00 — on its own day, never rounded into
 * the next one.
 */
export function serialDateTime(serial: number): DateText {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1)
    return { ok: false, reason: message('sheets.serialOutOfRange', { text: String(serial) }) };
  const day = Math.floor(serial);
  const date = new Date(EPOCH_MS + day * 86_400_000).toISOString().slice(0, 10);
  const fraction = serial - day;
  // Round to the second (a serial cannot hold exact seconds), staying within the day.
  const seconds = fraction === 0 ? null : Math.min(86_399, Math.round(fraction * 86_400));
  return { ok: true, value: { date, seconds } };
}

const full = (pattern: string) => new RegExp(`^(?:${pattern})$`);
const FORMS = DATE_FORMS.map((form) => ({ ...form, regex: full(form.pattern) }));
const SERIAL = full(SERIAL_PATTERN);
const DATE_THEN = full(DATE_THEN_TEXT);
const AMBIGUOUS = full(YEAR_LAST);
const MONTH = full(MONTH_PATTERN);
/** Full-width forms and white space: a text holding neither is its own folded form. */
const FOLDED = /[\uff01-\uff5e\s]/;
const FOLD = new Map([...DATE_FOLD.from].map((c, i) => [c, DATE_FOLD.to[i]!]));

/** The text as every reader sees it: full-width forms and spaces folded, spaces around trimmed. */
export function foldDateText(raw: string): string {
  if (!FOLDED.test(raw)) return raw;
  return [...raw]
    .map((c) => FOLD.get(c) ?? c)
    .join('')
    .replace(/^ +| +$/g, '');
}

/**
 * Reads a date (and time) written as text by the grammar (date-grammar.ts): 2026-11-03,
 * 2026/11/03, 2026.11.3, 2026年11月3日 (full-width digits too), each optionally followed by a
 * time 14:05, 14:05:33(.250) with a zone mark (Z, +08:00) read as written, or 14时05分(33秒); or a
 * five-digit serial day number (46356.75). An hour above 23, a minute or second above 59, a day the
 * month does not have, and the month-day-year shapes whose order cannot be told (11/3/2026) are
 * refused with a reason.
 */
export function readDateText(raw: string): DateText {
  const text = foldDateText(raw);
  if (SERIAL.test(text)) return serialDateTime(Number(text));
  for (const form of FORMS) {
    const match = form.regex.exec(text);
    if (match) return dateOf(text, match, form.groups);
  }
  if (AMBIGUOUS.test(text)) return { ok: false, reason: message('sheets.dateOrderAmbiguous', { text }) };
  const then = DATE_THEN.exec(text);
  const clock = then?.[then.length - 1];
  if (clock !== undefined) return { ok: false, reason: message('sheets.notTime', { text: clock }) };
  return { ok: false, reason: message('sheets.notDate', { text }) };
}

function dateOf(text: string, match: RegExpExecArray, groups: DateGroups): DateText {
  const part = (group: number) => (group === 0 ? undefined : match[group]);
  const [year, month, day] = [groups.year, groups.month, groups.day].map((g) => Number(part(g)));
  if (!isRealDate(year!, month!, day!)) return { ok: false, reason: message('sheets.noSuchDate', { text }) };
  const date = `${year}-${pad(month!)}-${pad(day!)}`;
  const hour = part(groups.hour);
  if (hour === undefined) return { ok: true, value: { date, seconds: null } };
  const [h, m, s] = [hour, part(groups.minute), part(groups.second) ?? '0'].map(Number);
  if (h! > 23 || m! > 59 || s! > 59)
    return { ok: false, reason: message('sheets.noSuchTime', { text: part(groups.clock) ?? text }) };
  return { ok: true, value: { date, seconds: h! * 3600 + m! * 60 + s! } };
}

/**
 * A month written 2026-11, 2026/11, 2026.11 or 2026年11月 as 'YYYY-MM'; a reason for a month
 * that does not exist; null when the text is no month form (it may still be a date in the month).
 */
export function readMonthText(raw: string): DateText<string> | null {
  const text = foldDateText(raw);
  const match = MONTH.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, reason: message('sheets.noSuchMonth', { text }) };
  return { ok: true, value: `${match[1]}-${pad(month)}` };
}
