/**
 * The sheet an import writes into, read as much as the import needs. A whole import in one run (the
 * CLI) reads the sheet once. An import sent in batches (the panel: one execution per 1,000 rows)
 * reads only a hidden key column per batch: each row's key fingerprint and which import added or
 * matched it, so two identical rows of one file stay two rows whatever batch each came in, and no
 * batch re-reads the whole sheet. Rows without a key yet (typed by hand, imported by the CLI) are
 * read once and get theirs; a row keeps the key it was imported or first seen with, so a colleague's
 * later correction of it does not make the file's row new again.
 */
import type { Cell, CellUpdate, WorkbookPort } from '../../ports';
import { type HeaderMap, mapHeader } from '../sheets/header';
import { parseRow, type RowContext } from '../sheets/rows';
import type { ColumnSpec, Template } from '../sheets/template';
import { isBlank } from '../sheets/values';
import { approximateKeyOf, type KeyPlan, keyOf, keyPart } from './import-key';

/** One import sent in batches: its id (one per file import) and this batch's place in the file. */
export interface ImportSession {
  id: string;
  batch: number;
}

/** Header of the hidden column holding each row's import key (an identifier, not a sentence). */
export const IMPORT_KEY_HEADER = 'spiral:import-key';

export interface ExistingRecord {
  rows: number[];
  values: Map<number, Record<string, string>>;
}

export interface ExistingIndex {
  get(key: string): ExistingRecord | undefined;
  /** The key of the record an approximate key finds, when exactly one record has it; else null. */
  approximate(key: string | null): string | null;
}

export interface ImportTarget {
  header: HeaderMap;
  /** The records the import may match, by key (for a session: not the rows this import added itself). */
  index(context: RowContext, plan: KeyPlan): ExistingIndex;
  /** A cell as read, for an update's expected value. */
  cellAt(row: number, col: number): Cell;
  /** The row was added by this import in an earlier batch (a repeated record of the same file). */
  isOwn(row: number): boolean;
  /** A row already there stood for a file row (full-content keys: one file row per copy). */
  matched(row: number): void;
  /** Appends rows (cells of `columns`, 1-based) with their record keys; returns the first row written, or 0. */
  append(columns: readonly number[], rows: Cell[][], keys: readonly RowKey[]): number;
}

export interface RowKey {
  key: string;
  approximate: string | null;
}

export function openTarget(
  wb: WorkbookPort,
  sheet: string,
  template: Pick<Template, 'columns'>,
  session: ImportSession | undefined,
): ImportTarget {
  return session === undefined ? wholeSheet(wb, sheet, template) : keyColumn(wb, sheet, template, session);
}

function wholeSheet(wb: WorkbookPort, sheet: string, template: Pick<Template, 'columns'>): ImportTarget {
  const grid = wb.read(sheet);
  return {
    header: mapHeader(grid[0] ?? [], template),
    index: (context, plan) => indexRows(grid, 2, context, plan),
    cellAt: (row, col) => grid[row - 1]?.[col - 1] ?? '',
    isOwn: () => false,
    matched: () => {},
    append: (columns, rows) => (rows.length > 0 ? wb.appendRows(sheet, columns, rows) : 0),
  };
}

/** A 53-bit fingerprint (cyrb53) of a record key, in base 36: short enough for a cell, collisions ≈ 1e-6 at 100k rows. */
export function keyFingerprint(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `k${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** A key index entry made from a fingerprint, so `get` knows not to fingerprint it again. */
const HASHED = '\u0000';

interface KeyCell {
  key: string;
  approximate: string | null;
  /** `+id.batch` added by that import's batch, `=id.batch` matched by it, '' neither. */
  mark: string;
}

function keyCellText(cell: KeyCell): string {
  return [cell.key, cell.approximate ?? '-', cell.mark].join(' ').trim();
}

function parseKeyCell(value: Cell): KeyCell | null {
  if (typeof value !== 'string' || value === '') return null;
  const [key = '', approximate = '-', mark = ''] = value.split(' ');
  return key === '' ? null : { key, approximate: approximate === '-' ? null : approximate, mark };
}

function keyColumn(
  wb: WorkbookPort,
  sheet: string,
  template: Pick<Template, 'columns'>,
  session: ImportSession,
): ImportTarget {
  const headerCells = wb.readHeader(sheet);
  const header = mapHeader(headerCells, template);
  const found = headerCells.indexOf(IMPORT_KEY_HEADER);
  const keyCol = found >= 0 ? found + 1 : Math.max(headerCells.length, header.width) + 1;
  if (found < 0) {
    wb.write(sheet, 1, keyCol, [[IMPORT_KEY_HEADER]]);
    wb.hideColumn?.(sheet, keyCol);
  }
  const keyCells = readArea(wb, sheet, 2, keyCol, 1).map((line) => line[0] ?? '');
  const cells: (KeyCell | null)[] = keyCells.map(parseKeyCell);
  const thisBatch = [`+${session.id}.${session.batch}`, `=${session.id}.${session.batch}`];
  /** Marked by an earlier batch of this import (a batch sent again finds its own marks as any row). */
  const earlier = (cell: KeyCell | null, sign: '+' | '=' | '') => {
    const mark = cell?.mark ?? '';
    return (
      mark.slice(1).startsWith(`${session.id}.`) &&
      (sign === '' || mark.startsWith(sign)) &&
      !thisBatch.includes(mark)
    );
  };
  const width = Math.max(header.width, 1);
  // Rows without a key (typed by hand, imported by the CLI, or blank): read once, keyed below.
  const firstUnkeyed = cells.indexOf(null);
  const unkeyed = firstUnkeyed < 0 ? [] : readArea(wb, sheet, firstUnkeyed + 2, 1, width);
  const ownedCols = Object.values(header.columns);
  let lastUsed = 1; // the header row
  cells.forEach((cell, i) => {
    if (cell !== null) lastUsed = i + 2;
  });
  unkeyed.forEach((line, i) => {
    if (ownedCols.some((col) => !isBlank(line[col - 1]))) lastUsed = Math.max(lastUsed, firstUnkeyed + i + 2);
  });
  const writes = new Map<number, CellUpdate>();
  let updateValues: Cell[][] = [];
  let updateFrom = 0;
  return {
    header,
    index(context, plan) {
      // The columns an import may update are read for every row: an update is written only over what was read.
      const updateCols = plan.update.map((c) => context.columns[c.key]).filter((c) => c !== undefined);
      if (updateCols.length > 0) {
        updateFrom = Math.min(...updateCols);
        updateValues = readArea(wb, sheet, 2, updateFrom, Math.max(...updateCols) - updateFrom + 1);
      }
      const typed = indexRows(unkeyed, 0, context, plan, firstUnkeyed + 2);
      for (const [row, key] of typed.keys) {
        if (cells[row - 2] !== null) continue;
        const cell: KeyCell = { key: keyFingerprint(key.key), approximate: fingerprintOrNull(key), mark: '' };
        cells[row - 2] = cell;
        writes.set(row, { row, value: keyCellText(cell), expected: keyCells[row - 2] ?? '' });
      }
      const records = new Map<string, ExistingRecord>();
      const approximate = new Map<string, string | null>();
      cells.forEach((cell, i) => {
        if (cell === null) return;
        const row = i + 2;
        // Full-content keys: the file's own rows and the rows it already matched are not there to match again.
        if (!plan.declared && earlier(cell, '')) return;
        if (cell.approximate !== null) {
          const near = cell.approximate;
          approximate.set(
            near,
            approximate.has(near) && approximate.get(near) !== cell.key ? null : cell.key,
          );
        }
        let entry = records.get(cell.key);
        if (!entry) {
          entry = { rows: [], values: new Map() };
          records.set(cell.key, entry);
        }
        entry.rows.push(row);
        if (plan.update.length > 0) {
          const line = updateValues[i] ?? [];
          const values = Object.fromEntries(
            plan.update.map((c) => {
              const col = context.columns[c.key];
              const raw = col === undefined ? '' : (line[col - updateFrom] ?? '');
              const sparse: Cell[] = [];
              if (col !== undefined) sparse[col - 1] = raw;
              const parsed = parseRow({ ...context, present: [c] }, sparse, row);
              return [c.key, keyPart(parsed?.values[c.key], raw, false)];
            }),
          );
          entry.values.set(row, values);
        }
      });
      return {
        get: (key) => records.get(key.startsWith(HASHED) ? key.slice(1) : keyFingerprint(key)),
        approximate: (key) => {
          if (key === null) return null;
          const found = approximate.get(keyFingerprint(key));
          return found === undefined || found === null ? null : HASHED + found;
        },
      };
    },
    cellAt: (row, col) => {
      if (col >= updateFrom && updateFrom > 0) return updateValues[row - 2]?.[col - updateFrom] ?? '';
      return '';
    },
    isOwn: (row) => earlier(cells[row - 2] ?? null, '+'),
    matched(row) {
      const cell = cells[row - 2];
      if (!cell) return;
      const next = { ...cell, mark: `=${session.id}.${session.batch}` };
      cells[row - 2] = next;
      writes.set(row, { row, value: keyCellText(next), expected: keyCells[row - 2] ?? '' });
    },
    append(columns, rows, keys) {
      if (writes.size > 0) wb.updateColumn(sheet, keyCol, [...writes.values()]);
      if (rows.length === 0) return 0;
      const start = lastUsed + 1;
      const mark = `+${session.id}.${session.batch}`;
      const keyCells = keys.map((k) => [
        keyCellText({
          key: k.key.startsWith(HASHED) ? k.key.slice(1) : keyFingerprint(k.key),
          approximate: k.approximate === null ? null : keyFingerprint(k.approximate),
          mark,
        }),
      ]);
      const all = [...columns, keyCol];
      const lines = rows.map((line, i) => [...line, keyCells[i]![0]!]);
      for (const run of adjacent(all)) {
        wb.write(
          sheet,
          start,
          run.col,
          lines.map((line) => run.indexes.map((index) => line[index]!)),
        );
      }
      return start;
    },
  };
}

const fingerprintOrNull = (key: RowKey) =>
  key.approximate === null ? null : keyFingerprint(key.approximate);

/** Columns grouped into runs of adjacent ones, each written as one block. */
function adjacent(columns: readonly number[]): { col: number; indexes: number[] }[] {
  const order = columns.map((col, index) => ({ col, index })).sort((a, b) => a.col - b.col);
  const runs: { col: number; indexes: number[] }[] = [];
  for (const { col, index } of order) {
    const last = runs[runs.length - 1];
    if (last && last.col + last.indexes.length === col) last.indexes.push(index);
    else runs.push({ col, indexes: [index] });
  }
  return runs;
}

/** Rows of a sheet from `fromRow` to the last used row, `cols` columns from `col`: the port's own read where it has one. */
function readArea(wb: WorkbookPort, sheet: string, fromRow: number, col: number, cols: number): Cell[][] {
  if (wb.readArea) return wb.readArea(sheet, fromRow, col, cols);
  return wb
    .read(sheet)
    .slice(fromRow - 1)
    .map((line) => Array.from({ length: cols }, (_, j) => line[col - 1 + j] ?? ''));
}

/**
 * The records of rows (grid[first - 1] is sheet row `rowOfFirst`), by key, with the current values
 * of the columns an import may update, and each row's key.
 */
function indexRows(
  grid: readonly Cell[][],
  first: number,
  context: RowContext,
  plan: KeyPlan,
  rowOfFirst = first,
): ExistingIndex & { keys: Map<number, RowKey> } {
  const approxColumns = plan.approximate ? [plan.approximate.column, ...plan.approximate.with] : [];
  const columns: ColumnSpec[] = [...new Set([...plan.columns, ...plan.update, ...approxColumns])].filter(
    (c) => c.key in context.columns,
  );
  const approximate = new Map<string, string | null>();
  const sheetContext: RowContext = { ...context, present: columns };
  const index = new Map<string, ExistingRecord>();
  const keys = new Map<number, RowKey>();
  const start = Math.max(first - 1, 0);
  for (let r = start; r < grid.length; r++) {
    const row = rowOfFirst + (r - start);
    const cells = grid[r] ?? [];
    const parsed = parseRow(sheetContext, cells, row);
    if (parsed === null) continue;
    const raw = (k: string) => cells[(context.columns[k] ?? 0) - 1];
    const key = keyOf(plan, parsed.values, raw);
    const near = approximateKeyOf(plan, parsed.values, raw);
    keys.set(row, { key, approximate: near });
    // Two records with the same first digits, buyer and time cannot be told apart: neither is found.
    if (near !== null)
      approximate.set(near, approximate.has(near) && approximate.get(near) !== key ? null : key);
    let entry = index.get(key);
    if (!entry) {
      entry = { rows: [], values: new Map() };
      index.set(key, entry);
    }
    entry.rows.push(row);
    if (plan.update.length > 0) {
      entry.values.set(
        row,
        Object.fromEntries(plan.update.map((c) => [c.key, keyPart(parsed.values[c.key], raw(c.key), false)])),
      );
    }
  }
  return {
    keys,
    get: (key) => index.get(key),
    approximate: (key) => (key === null ? null : (approximate.get(key) ?? null)),
  };
}
