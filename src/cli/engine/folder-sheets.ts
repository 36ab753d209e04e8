/**
 * The folder's settings.csv and taxonomy.csv as a read-only workbook, so the core's own readers
 * (readSettingsOver, readTaxonomy) read them exactly as they read the sheets.
 */

import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import type { Cell, ColumnUpdate, WorkbookPort } from '../../ports';
import { InvalidBytesError } from '../ingest/decode-text';
import { type ExportFile, ExportFileError, readExport } from '../ingest/read-export';
import { UsageError } from '../usage-error';

export class FolderSheets implements WorkbookPort {
  readonly timeZone = 'UTC';
  private constructor(private readonly grids: Map<string, Cell[][]>) {}

  /** Reads each file that exists (any encoding readExport knows) as the sheet of that key. */
  static async read(files: Readonly<Record<string, string | null>>, lang: Lang): Promise<FolderSheets> {
    const grids = new Map<string, Cell[][]>();
    for (const [sheet, path] of Object.entries(files)) {
      if (path === null) continue;
      const { table } = await readFolderFile(path, lang);
      grids.set(sheet, [table.header, ...table.rows.map((r) => r.cells)]);
    }
    return new FolderSheets(grids);
  }

  sheetNames(): string[] {
    return [...this.grids.keys()];
  }
  hasSheet(name: string): boolean {
    return this.grids.has(name);
  }
  read(name: string): Cell[][] {
    const grid = this.grids.get(name);
    if (!grid) throw new Error(`no sheet ${name}`);
    const width = Math.max(0, ...grid.map((r) => r.length));
    return grid.map((r) => [...r, ...new Array<Cell>(width - r.length).fill('')]);
  }
  readHeader(name: string): Cell[] {
    return this.read(name)[0] ?? [];
  }
  cellCount(): number {
    return [...this.grids.values()].reduce((n, g) => n + g.length * (g[0]?.length ?? 0), 0);
  }
  private readOnly(): never {
    throw new Error('the export folder is read only');
  }
  addSheet(): void {
    this.readOnly();
  }
  removeSheet(): void {
    this.readOnly();
  }
  write(): void {
    this.readOnly();
  }
  updateColumn(): ColumnUpdate {
    return this.readOnly();
  }
  appendRows(): number {
    return this.readOnly();
  }
  clearRows(): void {
    this.readOnly();
  }
  format(): void {
    this.readOnly();
  }
  writeTab(): void {
    this.readOnly();
  }
}

/** A folder's settings.csv or taxonomy.csv, or a sentence naming it and why it cannot be read. */
async function readFolderFile(file: string, lang: Lang): Promise<ExportFile> {
  try {
    return await readExport(file);
  } catch (error) {
    if (error instanceof InvalidBytesError)
      throw new UsageError(
        say(lang, 'engine.invalidBytes', { file, line: error.line, encoding: error.encoding }),
      );
    if (error instanceof ExportFileError) throw new UsageError(say(lang, 'engine.notText', { file }));
    throw error;
  }
}
