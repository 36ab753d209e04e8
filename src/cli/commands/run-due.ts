import { runDue } from '../../core/run-due';
import { withBook } from '../book';
import { FileProperties } from '../file-ports';
import { UsageError } from '../usage-error';

/** `spiral run-due <book> --now <ISO date-time>`: the daily catch-up run, as the trigger does it in Sheets. */
export async function runRunDue(args: string[], values: Record<string, unknown>): Promise<number> {
  const book = args[0];
  const nowText = values.now as string | undefined;
  const now = nowText === undefined ? new Date() : new Date(nowText);
  if (Number.isNaN(now.getTime()))
    throw new UsageError(`--now ${nowText}: not a date-time (e.g. 2026-11-23T06:00:00+08:00)`);
  if (!book) throw new UsageError('give the workbook path, e.g. shop.xlsx');
  const report = await withBook(book, {}, (wb, lock) =>
    runDue({ wb, clock: { now: () => now }, lock, properties: FileProperties.beside(book) }, 'cli'),
  );
  const lines = [`${book}: ${report.outcome}`, ...report.actions.map((a) => `  ${a}`)];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
