import type { Cell, TabContent } from '../../../ports';
import type { SheetPart } from './book-parts';
import { cellKey, cellOfKey, type ScannedSheet } from './sheet-scan';

/** A range this small is always squared, however sparse. */
const SQUARE_ALWAYS = 65_536;

/**
 * One sheet of a streamed workbook as the command sees it: its values (read once, when first
 * needed), the cells that are a person's work, and every cell Spiral changed since it was opened,
 * so a save can rewrite only those cells (or, for a rewritten tab, the tab).
 */
export class SheetState {
  /** Values from row 1, '' for empty cells; rows may be ragged (read() squares them). */
  grid: Cell[][] = [];
  kept = new Set<number>();
  /**
   * Cells written since opening, by cellKey(row, col) ('' empties the cell): one map for the sheet,
   * not one per row (classify edits a cell in most rows: 300,000 small maps were ≈ 100 MB).
   */
  readonly edits = new Map<number, Cell>();
  /** Rows from here down were cleared: the file's rows there are dropped on save. */
  clearedFrom: number | null = null;
  /** The tab was replaced whole (writeTab): saved from this content, not from the file's XML. */
  tab: TabContent | null = null;
  /** Sheet extent as the file had it (rows, columns), for cell counts. */
  extent = { rows: 0, cols: 0 };
  loaded: boolean;

  constructor(
    public name: string,
    /** The file's part for this sheet; null for a sheet added by this command. */
    readonly part: SheetPart | null,
  ) {
    this.loaded = part === null;
  }

  load(scanned: ScannedSheet): void {
    this.grid = scanned.grid;
    this.kept = scanned.kept;
    this.extent = scanned.extent;
    this.loaded = true;
  }

  get changed(): boolean {
    return this.tab !== null || this.edits.size > 0 || this.clearedFrom !== null;
  }

  value(row: number, col: number): Cell {
    return this.grid[row - 1]?.[col - 1] ?? '';
  }

  isPlain(row: number, col: number): boolean {
    return !this.kept.has(cellKey(row, col));
  }

  set(row: number, col: number, value: Cell): void {
    let line = this.grid[row - 1];
    if (line === undefined) {
      for (let r = this.grid.length; r < row; r++) this.grid[r] ??= [];
      line = this.grid[row - 1]!;
    }
    for (let c = line.length; c < col - 1; c++) line[c] = '';
    line[col - 1] = value;
    this.kept.delete(cellKey(row, col));
    this.edits.set(cellKey(row, col), value);
  }

  /** The edits grouped by row (row → column → value), made when the sheet is saved. */
  editsByRow(): Map<number, Map<number, Cell>> {
    const rows = new Map<number, Map<number, Cell>>();
    for (const [key, value] of this.edits) {
      const { row, col } = cellOfKey(key);
      let line = rows.get(row);
      if (line === undefined) {
        line = new Map();
        rows.set(row, line);
      }
      line.set(col, value);
    }
    return rows;
  }

  clearFrom(row: number): void {
    if (this.grid.length >= row) this.grid.length = row - 1;
    for (const key of this.kept) if (key >= cellKey(row, 0)) this.kept.delete(key);
    for (const key of this.edits.keys()) if (key >= cellKey(row, 0)) this.edits.delete(key);
    this.clearedFrom = Math.min(this.clearedFrom ?? row, row);
  }

  /** Replaces everything with a tab's values. */
  replace(content: TabContent): void {
    this.grid = content.values.map((line) => [...line]);
    this.kept = new Set();
    this.edits.clear();
    this.clearedFrom = null;
    this.tab = content;
  }

  /**
   * The used range as getValues returns it: rectangular, ending at the last value — unless squaring
   * would build far more cells than the rows hold (a stray value in column XFD of a long sheet):
   * then each row ends at its own last value, and a cell past it reads as missing (`?? ''`).
   */
  values(): Cell[][] {
    let rows = 0;
    let cols = 0;
    let held = 0;
    const widths = this.grid.map((line, r) => {
      for (let c = line.length - 1; c >= 0; c--) {
        if (line[c] !== undefined && line[c] !== '') {
          rows = r + 1;
          cols = Math.max(cols, c + 1);
          held += c + 1;
          return c + 1;
        }
      }
      return 0;
    });
    const square = rows * cols <= 2 * held + SQUARE_ALWAYS;
    return Array.from({ length: rows }, (_, r) => {
      const line = this.grid[r] ?? [];
      return Array.from({ length: square ? cols : widths[r]! }, (_, c) => line[c] ?? '');
    });
  }

  /** Last row holding anything (a value or a person's formula) in any of the columns; 0 when none. */
  lastRowIn(columns: readonly number[]): number {
    let last = 0;
    this.grid.forEach((line, r) => {
      if (columns.some((c) => (line[c - 1] ?? '') !== '')) last = r + 1;
    });
    for (const key of this.kept) {
      const { row, col } = cellOfKey(key);
      if (row > last && columns.includes(col)) last = row;
    }
    return last;
  }

  cellCount(): number {
    let cols = this.extent.cols;
    for (const line of this.grid) cols = Math.max(cols, line.length);
    const rows = this.tab !== null ? this.grid.length : Math.max(this.extent.rows, this.grid.length);
    return rows * cols;
  }
}
