import { type Message, message } from '../messages/catalogue';

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
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}

/** Year first, then month and day separated by -, /, . or 年 月 日; then an optional time. */
const YEAR_FIRST =
  /^(\d{4})\s*([-/.年])\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T|\s*(?=\d))(.*))?$/;
/** A time of day: 14:05, 14:05:33, 14:05:33.250, 14时05分(33秒), then an optional zone. */
const TIME =
  /^(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})(?:\.\d+)?\s*秒?|\s*分)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;
/** Month and day before the year (11/3/2026, 3.11.2026): which comes first cannot be told. */
const YEAR_LAST = /^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}(?:[\sT].*)?$/;
/** A serial day number written as text: five digits (1927–2173), so a bare year such as 2026 is not one. */
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/** Excel's and Sheets' day 0 is 1899-12-30; serials below 61 fall in Excel's 1900 leap-year mistake. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const FIRST_SERIAL = 61;
const LAST_SERIAL = 401768; // 2999-12-31

/**
 * A spreadsheet serial day number as the date and time it shows. The whole part is the day and the
 * fraction the time of day, so 46356.75 is 2026-11-30 18:00 — on its own day, never rounded into
 * the next one.
 */
export function serialDateTime(serial: number): DateText {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1)
    return { ok: false, reason: message('sheets.serialOutOfRange', { text: String(serial) }) };
  const day = Math.floor(serial);
  const date = new Date(SERIAL_EPOCH + day * 86_400_000).toISOString().slice(0, 10);
  const fraction = serial - day;
  // Round to the second (a serial cannot hold exact seconds), staying within the day.
  const seconds = fraction === 0 ? null : Math.min(86_399, Math.round(fraction * 86_400));
  return { ok: true, value: { date, seconds } };
}

/**
 * Reads a date (and time) written as text. Accepted: 2026-11-03, 2026/11/03, 2026.11.3,
 * 2026年11月3日 (full-width digits too), each optionally followed by a time 14:05, 14:05:33(.250)
 * or 14时05分(33秒) and a zone mark (Z, +08:00) that is ignored; or a five-digit serial day number (46356.75).
 * An hour above 23, a minute or second above 59, a day the month does not have, and the
 * month-day-year shapes whose order cannot be told (11/3/2026) are refused with a reason.
 */
export function readDateText(raw: string): DateText {
  const text = raw.normalize('NFKC').trim();
  if (SERIAL.test(text)) return serialDateTime(Number(text));
  const match = YEAR_FIRST.exec(text);
  if (!match) {
    const key = YEAR_LAST.test(text) ? 'sheets.dateOrderAmbiguous' : 'sheets.notDate';
    return { ok: false, reason: message(key, { text }) };
  }
  const [, y, mark, m, d, rest] = match;
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  // 2026年11月3日 needs 年; a date written with - / . needs no 日.
  if ((mark === '年') !== /年/.test(text)) return { ok: false, reason: message('sheets.notDate', { text }) };
  if (!isRealDate(year, month, day)) return { ok: false, reason: message('sheets.noSuchDate', { text }) };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (rest === undefined || rest.trim() === '') return { ok: true, value: { date, seconds: null } };
  const seconds = timeOfDay(rest.trim());
  if (typeof seconds !== 'number') return { ok: false, reason: seconds };
  return { ok: true, value: { date, seconds } };
}

function timeOfDay(text: string): number | Message {
  const match = TIME.exec(text);
  if (!match) return message('sheets.notTime', { text });
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return message('sheets.noSuchTime', { text });
  return hour * 3600 + minute * 60 + second;
}

/**
 * A month written 2026-11, 2026/11, 2026.11 or 2026年11月 as 'YYYY-MM'; a reason for a month
 * that does not exist; null when the text is no month form (it may still be a date in the month).
 */
export function readMonthText(raw: string): DateText<string> | null {
  const text = raw.normalize('NFKC').trim();
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, reason: message('sheets.noSuchMonth', { text }) };
  return { ok: true, value: `${match[1]}-${pad(month)}` };
}
