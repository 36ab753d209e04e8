/**
 * A chat export cut into batches for the panel's import (one execution each) without splitting a
 * buyer's day: importChats turns each buyer-day into one Inquiries row keyed by buyer and day, so
 * a buyer-day cut across two batches would have its second half skipped as already present.
 */
import { mapHeader } from '../sheets/header';
import { parseWallClock } from '../sheets/wall-clock-cell';
import { CHAT_EXPORT } from './chat-log';
import type { InputRow, InputTable } from './input-table';

/** Rows grouped by buyer and day (first appearance first), packed into batches of about `size` rows. */
export function chatBatches(table: InputTable, size: number): InputRow[][] {
  const { columns } = mapHeader(table.header, CHAT_EXPORT);
  const cell = (row: InputRow, key: string) => {
    const col = columns[key];
    return col === undefined ? '' : (row.cells[col - 1] ?? '');
  };
  const groups = new Map<string, InputRow[]>();
  for (const row of table.rows) {
    const time = parseWallClock(cell(row, 'time'), 'UTC');
    // A line whose time cannot be read is rejected by the import wherever it goes.
    const day = time.ok ? time.value.slice(0, 10) : `line ${row.line}`;
    const key = `${String(cell(row, 'buyer')).trim()}\u0000${day}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const batches: InputRow[][] = [];
  let current: InputRow[] = [];
  for (const group of groups.values()) {
    if (current.length > 0 && current.length + group.length > size) {
      batches.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0 || batches.length === 0) batches.push(current);
  return batches;
}

/** The panel's batches of a file for a sheet (a chat log's cut between buyer-days, never inside one). */
export function importBatches(table: InputTable, sheet: string, size: number): InputRow[][] {
  if (sheet === 'chats') return chatBatches(table, size);
  const batches: InputRow[][] = [];
  for (let from = 0; from === 0 || from < table.rows.length; from += size)
    batches.push(table.rows.slice(from, from + size));
  return batches;
}
