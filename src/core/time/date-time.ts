/**
 * Wall-clock date-times ('YYYY-MM-DD HH:MM:SS' in the spreadsheet's zone) for order and chat
 * exports, compared as text (sheets/wall-clock-cell reads one from a cell).
 */
import { zonedTime } from './periods';

/** Offsets of a zone per hour: Intl is slow and an export holds a few thousand distinct hours. */
const offsets = new Map<string, number>();

/** An instant as the wall clock of `timeZone` shows it, 'YYYY-MM-DD HH:MM:SS'. */
export function wallClock(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  let offset = 0;
  if (timeZone !== 'UTC') {
    const key = `${timeZone}|${Math.floor(ms / 3_600_000)}`;
    let cached = offsets.get(key);
    if (cached === undefined) {
      const t = zonedTime(instant, timeZone);
      cached =
        Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - Math.floor(ms / 1000) * 1000;
      if (offsets.size > 100_000) offsets.clear();
      offsets.set(key, cached);
    }
    offset = cached;
  }
  return new Date(ms + offset).toISOString().slice(0, 19).replace('T', ' ');
}

/** Seconds from one wall-clock time to another (the zone's clock; China keeps no daylight saving). */
export function secondsBetween(from: string, to: string): number {
  return (epoch(to) - epoch(from)) / 1000;
}

function epoch(dateTime: string): number {
  return Date.parse(`${dateTime.replace(' ', 'T')}Z`);
}

/** A wall-clock time moved by whole days (for look-back windows). */
export function shiftDays(dateTime: string, days: number): string {
  return new Date(epoch(dateTime) + days * 86_400_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The Date a spreadsheet in `timeZone` shows as this wall-clock time. */
export function dateTimeCell(dateTime: string, timeZone: string): Date {
  const wall = epoch(dateTime);
  if (timeZone === 'UTC') return new Date(wall);
  // The offset at the wall time itself, read back through the zone.
  const guess = new Date(wall);
  const shown = epoch(wallClock(guess, timeZone));
  return new Date(wall - (shown - wall));
}
