/**
 * A date cell's value as the calendar date and time it shows: Date values (read in the sheet's
 * zone), serial day numbers and the text forms of readDateText. sheets/values adds what any cell
 * may be (blank, an error value, a yes/no) and asks this for the rest.
 */
import { message } from '../messages/catalogue';
import { type DateText, type DateTimeValue, readDateText, serialDateTime } from './date-text';
import { localDate, zonedTime } from './periods';

const pad = (n: number) => String(n).padStart(2, '0');

export const isDateValue = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

const localDates = new Map<string, string>();

/** Formatting a date in a zone is costly and a log holds few distinct days: remember each instant. */
export function cachedLocalDate(instant: Date, timeZone: string): string {
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
 * A Date value, serial day number or text as the date and time it shows: Date values in
 * `timeZone`, serials as 46356.75 is 2026-11-30 18:00 (never the next day), text by readDateText.
 */
export function readDateValue(value: Date | number | string, timeZone: string): DateText {
  if (isDateValue(value)) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: message('sheets.invalidDate') };
    return { ok: true, value: zonedDateTime(value, timeZone) };
  }
  if (typeof value === 'number') return serialDateTime(value);
  return readDateText(value);
}

/** A time of day in seconds after midnight as the wall clock shows it, 'HH:MM:SS'. */
export const clockText = (seconds: number): string =>
  `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;

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
