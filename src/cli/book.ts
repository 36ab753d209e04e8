import { existsSync } from 'node:fs';
import type { WorkbookPort } from '../ports';
import { UsageError } from './usage-error';
import { XlsxWorkbook } from './xlsx-workbook';

/**
 * Opens a workbook, runs the work, then saves it atomically: the file on disk is either the old
 * one or the finished new one. With `create`, a missing file starts as an empty book.
 */
export async function withBook<T>(
  path: string | undefined,
  options: { create?: boolean; save?: (result: T) => boolean },
  work: (wb: WorkbookPort) => T | Promise<T>,
): Promise<T> {
  if (!path) throw new UsageError('give the workbook path, e.g. shop.xlsx');
  if (!path.toLowerCase().endsWith('.xlsx')) throw new UsageError(`${path}: expected an .xlsx file`);
  let book: XlsxWorkbook;
  if (existsSync(path)) book = await XlsxWorkbook.open(path);
  else if (options.create) book = XlsxWorkbook.create();
  else throw new UsageError(`${path}: no such file`);
  const result = await work(book);
  if (options.save?.(result) ?? true) await book.save(path);
  return result;
}
