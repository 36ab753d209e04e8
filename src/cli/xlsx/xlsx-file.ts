/** The bytes of an .xlsx file a command opens, or an error naming the file and why it cannot be read. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { say } from '../../core/messages';
import { cliLang } from '../cli-lang';
import { UsageError } from '../usage-error';

/** A refusal naming the file: not a readable Excel workbook, and why. */
export const notWorkbook = (path: string, reason: string): UsageError =>
  new UsageError(say(cliLang(), 'cli.notWorkbook', { path, reason }));

/** Reads `path`, refusing a name without .xlsx, a missing file and an unreadable one. */
export async function readXlsxFile(path: string): Promise<Buffer> {
  if (extname(path).toLowerCase() !== '.xlsx') throw new Error(say(cliLang(), 'cli.notXlsxName', { path }));
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(say(cliLang(), 'cli.workbookNotFound', { path }));
    throw notWorkbook(path, (error as Error).message);
  }
}
