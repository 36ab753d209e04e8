import type { Cell } from '../../ports';
import { wallClock } from '../time/date-time';
import { type Parsed, parseDateTime } from './values';

const pad = (n: number) => String(n).padStart(2, '0');
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/**
 * A date with its time of day as the wall clock shows it, 'YYYY-MM-DD HH:MM:SS': every form
 * values.parseDateTime reads (a date alone is midnight). Date cells go through a per-hour offset
 * cache, since an export holds hundreds of thousands of them and few distinct hours.
 */
export function parseWallClock(cell: Cell, timeZone: string): Parsed<string> {
  if (isDate(cell) && !Number.isNaN(cell.getTime())) return { ok: true, value: wallClock(cell, timeZone) };
  const parsed = parseDateTime(cell, timeZone);
  if (!parsed.ok) return parsed;
  return { ok: true, value: `${parsed.value.date} ${clock(parsed.value.seconds ?? 0)}` };
}

const clock = (seconds: number) =>
  `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
