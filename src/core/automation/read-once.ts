/**
 * A workbook for one run that reads each sheet once: the first read of a sheet (or of its header)
 * fetches the whole table, and every later read in the run — matching, classification, the
 * scorecard, each summary tab, the desk's tabs — gets the same table. In Sheets each read of a
 * 100,000-row log is seconds of the six-minute limit; the daily run used to read the inquiry log
 * three times.
 *
 * Writes go straight through. A column written with updateColumn is still re-read by the adapter
 * just before writing (under the run's lock: a colleague's edit since the read is kept, issue 8),
 * and the table kept here takes the cells as they then are: what was written, and what was kept.
 * Any other write to a sheet makes the next read of it fetch it again.
 */
import type { Cell, CellUpdate, ColumnUpdate, SheetFormat, TabContent, WorkbookPort } from '../../ports';

export class ReadOnceWorkbook implements WorkbookPort {
  private readonly tables = new Map<string, Cell[][]>();

  constructor(private readonly inner: WorkbookPort) {}

  get timeZone(): string {
    return this.inner.timeZone;
  }

  sheetNames(): string[] {
    return this.inner.sheetNames();
  }

  hasSheet(name: string): boolean {
    return this.inner.hasSheet(name);
  }

  addSheet(name: string): void {
    this.inner.addSheet(name);
    this.tables.delete(name);
  }

  removeSheet(name: string): void {
    this.inner.removeSheet(name);
    this.tables.delete(name);
  }

  /** The table as first read in this run, with the run's own column updates applied. */
  read(name: string): Cell[][] {
    let table = this.tables.get(name);
    if (table === undefined) {
      table = this.inner.read(name);
      this.tables.set(name, table);
    }
    return table;
  }

  /** A run reads every sheet whose header it checks, so the header comes from that one read. */
  readHeader(name: string): Cell[] {
    const header = [...(this.read(name)[0] ?? [])];
    while (header.length > 0 && header[header.length - 1] === '') header.pop();
    return header;
  }

  write(name: string, row: number, col: number, values: Cell[][]): void {
    this.inner.write(name, row, col, values);
    this.tables.delete(name);
  }

  updateColumn(name: string, col: number, updates: readonly CellUpdate[]): ColumnUpdate {
    const result = this.inner.updateColumn(name, col, updates);
    const table = this.tables.get(name);
    if (table === undefined) return result;
    const width = table[0]?.length ?? 0;
    if (col > width || result.keptValues === undefined) {
      this.tables.delete(name);
      return result;
    }
    const values = new Map(updates.map((u) => [u.row, u.value]));
    const put = (row: number, value: Cell) => {
      while (table.length < row) table.push(Array.from({ length: width }, () => ''));
      table[row - 1]![col - 1] = value;
    };
    for (const row of result.written) put(row, values.get(row)!);
    result.kept.forEach((row, i) => {
      put(row, result.keptValues![i]!);
    });
    return result;
  }

  appendRows(name: string, columns: readonly number[], rows: readonly Cell[][]): number {
    const first = this.inner.appendRows(name, columns, rows);
    this.tables.delete(name);
    return first;
  }

  clearRows(name: string, fromRow: number): void {
    this.inner.clearRows(name, fromRow);
    this.tables.delete(name);
  }

  format(name: string, format: SheetFormat): void {
    this.inner.format(name, format);
    this.tables.delete(name);
  }

  writeTab(name: string, content: TabContent): void {
    this.inner.writeTab(name, content);
    this.tables.delete(name);
  }

  cellCount(): number {
    return this.inner.cellCount();
  }
}
