import type { Cell } from '../../ports';
import { clockText, isDateValue } from '../time/date-cell';
import { wallClock } from '../time/date-time';
import { type Parsed, parseDateTime } from './values';

/**
 * A date with its time of day as the wall clock shows it, 'YYYY-MM-DD HH:MM:SS': every form
 * values.parseDateTime reads (a date alone is midnight). Date cells go through a per-hour offset
 * cache, since an export holds hundreds of thousands of them and few distinct hours.
 */
export function parseWallClock(cell: Cell, timeZone: string): Parsed<string> {
  if (isDateValue(cell) && !Number.isNaN(cell.getTime()))
    return { ok: true, value: wallClock(cell, timeZone) };
  const parsed = parseDateTime(cell, timeZone);
  if (!parsed.ok) return parsed;
  return { ok: true, value: `${parsed.value.date} ${clockText(parsed.value.seconds ?? 0)}` };
}
