/**
 * The longest text one cell of an import's destination holds. Google Sheets refuses a longer cell
 * outright (setValues throws "more than the maximum of 50000 characters in a single cell"), so the
 * panel rejects the row; an .xlsx keeps it and Excel cuts it when it opens the file, so the CLI warns.
 */
export interface CellLimit {
  place: 'sheets' | 'xlsx';
  length: number;
}

export const SHEETS_CELL_LIMIT: CellLimit = { place: 'sheets', length: 50_000 };
export const XLSX_CELL_LIMIT: CellLimit = { place: 'xlsx', length: 32_767 };
