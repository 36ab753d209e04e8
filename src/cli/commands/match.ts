import { JOBS, runJob } from '../../core/jobs';
import { command } from '../command';
import { nowOption } from '../now-option';
import { logged, withBook } from '../xlsx/book';

/** `spiral match <book> [--now <ISO time>]`: the match job of the job table, on a workbook file. */
export async function runMatch(args: string[], values: Record<string, unknown>): Promise<number> {
  const now = nowOption(values);
  const { message } = await withBook(args[0], {}, (wb, lock) =>
    logged(
      wb,
      lock,
      (context) => runJob(JOBS.match, context, { timeZone: context.settings.timeZone }),
      () => now,
    ),
  );
  process.stdout.write(`${args[0]}:\n${message}\n`);
  return 0;
}

/** `spiral match`: its usage, arguments and options, beside its action. */
export const matchCommand = command({
  name: 'match',
  help: 'matching.help',
  args: ['book.xlsx'],
  options: { now: { type: 'string' } },
  run: runMatch,
});
