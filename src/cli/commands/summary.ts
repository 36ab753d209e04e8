import { say } from '../../core/messages/catalogue';
import { loadSummaryData, writeSummary } from '../../core/summary/generate-summary';
import { logged, withBook } from '../book';
import { monthScorecard } from '../month-scorecard';
import { periodOption } from '../period-option';

/** `spiral summary <book> --week 2026-W47 | --month 2026-11 [--json]`: writes the tab, prints the model with --json. */
export async function runSummary(args: string[], values: Record<string, unknown>): Promise<number> {
  const period = periodOption(values);
  const written = await withBook(args[0], {}, (wb, lock) =>
    logged(wb, lock, async (context) => {
      const data = loadSummaryData(wb, context.settings);
      const scorecard = await monthScorecard(wb, period, data);
      const result = writeSummary(wb, period, data, scorecard);
      context.reportProblems(data.problems);
      context.did(say(context.settings.language, 'automation.log.wroteTab', { tab: result.tabName }));
      return result;
    }),
  );
  if (values.json) process.stdout.write(`${JSON.stringify(written.model, null, 2)}\n`);
  else {
    const line = say(written.model.language, 'commands.summary.wrote', {
      book: args[0] ?? '',
      tab: written.tabName,
    });
    process.stdout.write(`${line}\n`);
  }
  return 0;
}
