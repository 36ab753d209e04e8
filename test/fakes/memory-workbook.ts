import {
  checkAppendWidth,
  columnRuns,
  isErrorValue,
  planColumnUpdate,
} from '../../src/core/sheets/cell-updates';
import { checkRowGroups } from '../../src/core/tabs/row-groups';
import type {
  Cell,
  CellUpdate,
  ColumnUpdate,
  RowGroup,
  SheetFormat,
  TabContent,
  WorkbookPort,
} from '../../src/ports';

/** What a person may put in a cell besides a plain value; Spiral must leave each of these alone. */
export type SpecialCell = 'formula' | 'hyperlink' | 'richText' | 'error';

/** One sheet of a MemoryWorkbook; `id` stays the same for the sheet's whole life, like a Sheets gid. */
interface MemorySheet {
  readonly id: number;
  name: string;
  cells: Cell[][];
  /** Cells holding a formula, link, rich text or error, by 'row,col'; their shown value is in `cells`. */
  special: Map<string, SpecialCell>;
  format: SheetFormat | undefined;
  tab: TabContent | undefined;
  frozenRows: number;
}

export interface MemoryWorkbookOptions {
  /** The workbook's zone; defaults to the business zone of Settings. */
  timeZone?: string;
}

/** How many times each port method was called, so tests can assert "one read, one write". */
export interface MemoryCallCounts {
  read: number;
  readHeader: number;
  write: number;
  updateColumn: number;
  appendRows: number;
  clearRows: number;
  format: number;
  writeTab: number;
}

const copyCell = (cell: Cell): Cell => (cell instanceof Date ? new Date(cell.getTime()) : cell);
/** NaN, Infinity and Invalid Date have no cell form in a file; refusing them keeps the adapters alike. */
const isStorable = (cell: Cell): boolean =>
  typeof cell === 'number' ? Number.isFinite(cell) : !(cell instanceof Date) || !Number.isNaN(cell.getTime());
const copyGrid = (grid: readonly (readonly Cell[])[]): Cell[][] => grid.map((row) => row.map(copyCell));

/**
 * An in-memory WorkbookPort that behaves like Sheets as the core sees it: reads return the
 * rectangle from A1 to the last cell with content, '' for empty cells; text is stored literally.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly timeZone: string;
  readonly calls: MemoryCallCounts = {
    read: 0,
    readHeader: 0,
    write: 0,
    updateColumn: 0,
    appendRows: 0,
    clearRows: 0,
    format: 0,
    writeTab: 0,
  };
  private readonly sheets: MemorySheet[] = [];
  private nextId = 1;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.timeZone = options.timeZone ?? 'Asia/Shanghai';
  }

  /** A workbook holding the given sheets in key order, each written from A1. */
  static from(sheets: Record<string, Cell[][]>, options: MemoryWorkbookOptions = {}): MemoryWorkbook {
    const wb = new MemoryWorkbook(options);
    for (const [name, values] of Object.entries(sheets)) {
      wb.addSheet(name);
      wb.sheet(name).cells = copyGrid(values);
    }
    return wb;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((s) => s.name === name);
  }

  addSheet(name: string): void {
    if (this.hasSheet(name)) throw new Error(`A sheet named "${name}" already exists.`);
    this.sheets.push({
      id: this.nextId++,
      name,
      cells: [],
      special: new Map(),
      format: undefined,
      tab: undefined,
      frozenRows: 0,
    });
  }

  removeSheet(name: string): void {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) throw new Error(`Sheet "${name}" not found.`);
    this.sheets.splice(index, 1);
  }

  read(name: string): Cell[][] {
    this.calls.read++;
    const cells = this.sheet(name).cells;
    let lastRow = 0;
    let lastCol = 0;
    cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === '') return;
        lastRow = Math.max(lastRow, r + 1);
        lastCol = Math.max(lastCol, c + 1);
      });
    });
    const out: Cell[][] = [];
    for (let r = 0; r < lastRow; r++) {
      const row = cells[r] ?? [];
      out.push(Array.from({ length: lastCol }, (_, c) => copyCell(row[c] ?? '')));
    }
    return out;
  }

  readHeader(name: string): Cell[] {
    this.calls.readHeader++;
    const first = this.sheet(name).cells[0] ?? [];
    let width = first.length;
    while (width > 0 && first[width - 1] === '') width--;
    return first.slice(0, width).map(copyCell);
  }

  write(name: string, row: number, col: number, values: Cell[][]): void {
    this.calls.write++;
    const sheet = this.sheet(name);
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) {
      throw new Error(`Invalid start cell (${row}, ${col}) on "${name}": row and column are 1-based.`);
    }
    const width = values[0]?.length ?? 0;
    values.forEach((line, i) => {
      if (line.length !== width) {
        throw new Error(
          `Row ${i + 1} of the block for "${name}" has ${line.length} cells, expected ${width}.`,
        );
      }
      line.forEach((cell, j) => {
        if (!isStorable(cell)) {
          throw new Error(`Cannot write ${String(cell)} to "${name}" at row ${row + i}, column ${col + j}.`);
        }
      });
    });
    values.forEach((line, i) => {
      line.forEach((cell, j) => {
        this.put(sheet, row + i, col + j, cell);
      });
    });
  }

  updateColumn(name: string, col: number, updates: readonly CellUpdate[]): ColumnUpdate {
    this.calls.updateColumn++;
    const sheet = this.sheet(name);
    const plan = planColumnUpdate(updates, (row) => {
      const value = sheet.cells[row - 1]?.[col - 1] ?? '';
      return { value, plain: !sheet.special.has(`${row},${col}`) };
    });
    for (const run of plan.runs)
      run.values.forEach((cell, i) => {
        this.put(sheet, run.row + i, col, cell);
      });
    return { written: plan.written, kept: plan.kept, keptValues: plan.keptValues };
  }

  appendRows(name: string, columns: readonly number[], rows: readonly Cell[][]): number {
    this.calls.appendRows++;
    const sheet = this.sheet(name);
    checkAppendWidth(name, columns, rows);
    const runs = columnRuns(columns);
    let last = 0;
    sheet.cells.forEach((line, r) => {
      if (columns.some((c) => (line[c - 1] ?? '') !== '' || sheet.special.has(`${r + 1},${c}`))) last = r + 1;
    });
    rows.forEach((line, i) => {
      for (const run of runs)
        run.indexes.forEach((index, k) => {
          this.put(sheet, last + 1 + i, run.col + k, line[index]!);
        });
    });
    return last + 1;
  }

  /** Test helper: puts a formula, hyperlink, rich text or error in a cell, showing `shown`. */
  plant(name: string, row: number, col: number, kind: SpecialCell, shown: Cell): void {
    const sheet = this.sheet(name);
    this.put(sheet, row, col, shown);
    sheet.special.set(`${row},${col}`, kind);
  }

  /** Test helper: the kind of a cell that holds more than a plain value, or null. */
  specialAt(name: string, row: number, col: number): SpecialCell | null {
    const kind = this.sheet(name).special.get(`${row},${col}`);
    return kind ?? (isErrorValue(this.sheet(name).cells[row - 1]?.[col - 1] ?? '') ? 'error' : null);
  }

  private put(sheet: MemorySheet, row: number, col: number, cell: Cell): void {
    while (sheet.cells.length < row) sheet.cells.push([]);
    const target = sheet.cells[row - 1]!;
    while (target.length < col - 1) target.push('');
    target[col - 1] = copyCell(cell);
    sheet.special.delete(`${row},${col}`);
  }

  clearRows(name: string, fromRow: number): void {
    this.calls.clearRows++;
    const sheet = this.sheet(name);
    if (fromRow < 1) throw new Error(`Invalid row ${fromRow} on "${name}": rows are 1-based.`);
    sheet.cells = sheet.cells.slice(0, fromRow - 1);
    for (const key of sheet.special.keys())
      if (Number(key.split(',')[0]) >= fromRow) sheet.special.delete(key);
  }

  format(name: string, format: SheetFormat): void {
    this.calls.format++;
    const sheet = this.sheet(name);
    sheet.format = structuredClone(format);
    sheet.frozenRows = format.frozenRows;
  }

  writeTab(name: string, content: TabContent): void {
    this.calls.writeTab++;
    checkRowGroups(name, content);
    if (!this.hasSheet(name)) this.addSheet(name);
    const sheet = this.sheet(name);
    sheet.cells = copyGrid(content.values);
    sheet.special.clear();
    // A tab is rebuilt whole, like Sheets' clear(): set-up formatting does not survive it.
    sheet.format = undefined;
    sheet.tab = structuredClone(content);
    sheet.frozenRows = content.frozenRows ?? 0;
  }

  cellCount(): number {
    return this.sheets.reduce((sum, s) => {
      const cols = s.cells.reduce((max, row) => Math.max(max, row.length), 0);
      return sum + s.cells.length * cols;
    }, 0);
  }

  /** The last set-up formatting applied with `format`, or undefined. */
  formatOf(name: string): SheetFormat | undefined {
    return this.sheet(name).format;
  }

  /** The last content written with `writeTab`, or undefined. */
  tabOf(name: string): TabContent | undefined {
    return this.sheet(name).tab;
  }

  /** The tab's row groups as the last `writeTab` left them (each replaces the last), and its hidden rows. */
  rowGroupsOf(name: string): { groups: RowGroup[]; hidden: number[] } {
    const groups = structuredClone(this.sheet(name).tab?.rowGroups ?? []);
    const hidden = groups
      .filter((g) => g.collapsed)
      .flatMap((g) => Array.from({ length: g.last - g.first + 1 }, (_, i) => g.first + i));
    return { groups, hidden };
  }

  /** Frozen rows set by the last `format` or `writeTab`; 0 when none. */
  frozenRowsOf(name: string): number {
    return this.sheet(name).frozenRows;
  }

  /** A stable id of the sheet (like a Sheets gid): unchanged by writes and by `writeTab`. */
  sheetIdOf(name: string): number {
    return this.sheet(name).id;
  }

  private sheet(name: string): MemorySheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet)
      throw new Error(`Sheet "${name}" not found (sheets: ${this.sheetNames().join(', ') || 'none'}).`);
    return sheet;
  }
}
