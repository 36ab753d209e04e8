import type { Cell, WorkbookPort } from '../../ports';
import type { SheetKey } from '../sheets/template';
import { type ImportOptions, type ImportResult, importRecords } from './import-records';
import { inputTable } from './input-table';

export const IMPORTABLE: readonly SheetKey[] = [
  'inquiries',
  'reviews',
  'orders',
  'orderLines',
  'products',
  'ads',
  'dsr',
  'scorecard',
  'agents',
  'competitors',
  'actions',
];

/**
 * Rows already split into cells (the demo's generated data, tests) through the one import:
 * `importRecords` over a table of them, with the counts named as the demo reads them.
 */
export function importRows(
  wb: WorkbookPort,
  key: SheetKey,
  header: string[],
  rows: Cell[][],
  options?: ImportOptions,
): {
  sheet: string;
  appended: number;
  rejected: { line: number; reasons: string[] }[];
  result: ImportResult;
} {
  const result = importRecords(wb, key, inputTable(header, rows), options);
  return { sheet: result.sheet, appended: result.new, rejected: result.rejectedRows, result };
}
