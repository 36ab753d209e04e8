/**
 * Finding sheets by name. Every getSheetByName and getSheets is a billed service call, and a run
 * looks the same sheets up again and again (each read, header check and column write); within one
 * run the answers are kept, and any change this workbook makes to the set of sheets forgets them.
 */
import type { SheetApi, SpreadsheetApi } from './gas-api';

export class SheetLookup {
  private readonly found = new Map<string, SheetApi | null>();
  private names: string[] | null = null;

  /** `cached`: one run (a handler's execution); otherwise every lookup asks the spreadsheet. */
  constructor(
    private readonly spreadsheet: SpreadsheetApi,
    private readonly cached: boolean,
  ) {}

  /** The sheet of that name, or null; names compare as getSheetByName compares them (ignoring case). */
  find(name: string): SheetApi | null {
    if (!this.cached) return this.spreadsheet.getSheetByName(name);
    const key = name.toLowerCase();
    if (!this.found.has(key)) this.found.set(key, this.spreadsheet.getSheetByName(name));
    return this.found.get(key) ?? null;
  }

  /** Every sheet's name, in tab order. */
  all(): string[] {
    if (this.cached && this.names) return [...this.names];
    const names = this.spreadsheet.getSheets().map((sheet) => sheet.getName());
    if (this.cached) this.names = names;
    return [...names];
  }

  /** This workbook added, removed or renamed a sheet: later lookups ask again. */
  changed(): void {
    this.found.clear();
    this.names = null;
  }
}
