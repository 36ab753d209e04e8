import { OUTCOME_LABELS, rebuildRunDueState } from '../../core/automation';
import { SHELL_JOBS } from '../../core/jobs';
import { say } from '../../core/messages';
import { readSettings } from '../../core/settings';
import { cliLang } from '../cli-lang';
import { command } from '../command';
import { FileProperties } from '../files/file-ports';
import { UsageError } from '../usage-error';
import { withBook } from '../xlsx/book';

/** `spiral run-due <book> --now <ISO date-time>`: the daily catch-up run, as the trigger does it in Sheets. */
export async function runRunDue(args: string[], values: Record<string, unknown>): Promise<number> {
  const book = args[0];
  const nowText = values.now as string | undefined;
  const now = nowText === undefined ? new Date() : new Date(nowText);
  if (Number.isNaN(now.getTime()))
    throw new UsageError(say(cliLang(values), 'commands.badNow', { text: nowText ?? '' }));
  if (!book) throw new UsageError(say(cliLang(values), 'commands.noBook'));
  const properties = FileProperties.beside(book);
  // State follows the save: the state file is replaced only once the workbook is saved.
  const report = await withBook(book, { afterSave: () => properties.save() }, async (wb, lock) => {
    if (properties.damaged !== null) {
      // Only a damaged state file is rebuilt before the run, from Settings read for that alone.
      const { language, timeZone } = readSettings(wb).settings;
      const month = rebuildRunDueState(wb, properties, now, timeZone);
      const rebuilt = say(language, month === null ? 'sheets.stateRebuiltNone' : 'sheets.stateRebuilt', {
        month: month ?? '',
      });
      process.stderr.write(
        `${say(language, 'sheets.stateDamaged', { path: properties.path, reason: properties.damaged })} ${rebuilt}\n`,
      );
    }
    return SHELL_JOBS.runDue.run({ wb, clock: { now: () => now }, lock, properties }, 'cli');
  });
  const outcome = OUTCOME_LABELS[report.outcome][report.language];
  const lines = [
    say(report.language, 'commands.runDue.outcome', { book, outcome }),
    ...report.actions.map((a) => `  ${a}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** `spiral run-due`: its usage, arguments and options, beside its action. */
export const runDueCommand = command({
  name: 'run-due',
  help: 'cli.help.runDue',
  args: ['book.xlsx'],
  options: { now: { type: 'string' } },
  run: runRunDue,
});
