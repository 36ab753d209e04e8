import { JOBS, runJob } from '../../core/jobs';
import { say } from '../../core/messages';
import { layoutSummary, summaryTabName } from '../../core/summary';
import { cliLang } from '../cli-lang';
import { command } from '../command';
import { folderSummaries } from '../engine/folder-summary';
import { periodOption } from '../period-option';
import { UsageError } from '../usage-error';
import { logged, withBook } from '../xlsx/book';

/**
 * `spiral summary <book> --week 2026-W47 | --month 2026-11 [--json]`: writes the tab, prints the model with --json.
 * `spiral summary --from <folder> --engine duckdb --week|--month <id> [--json]`: the same model from a folder of exports.
 */
export async function runSummary(args: string[], values: Record<string, unknown>): Promise<number> {
  const period = periodOption(values);
  if (values.from !== undefined || values.engine !== undefined) return runEngineSummary(values);
  const { result: written } = await withBook(args[0], {}, (wb, lock) =>
    logged(wb, lock, (context) =>
      runJob(JOBS.summary, context, { timeZone: context.settings.timeZone, period: period.id }),
    ),
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

async function runEngineSummary(values: Record<string, unknown>): Promise<number> {
  const lang = cliLang(values);
  const folder = values.from;
  if (typeof folder !== 'string') throw new UsageError(say(lang, 'engine.engineWithoutFrom'));
  if (values.engine !== 'duckdb') throw new UsageError(say(lang, 'engine.needsEngine'));
  const period = periodOption(values);
  const result = await folderSummaries(folder, [period], lang);
  const model = result.models[0]!;
  const l = result.settings.language;
  const tab = summaryTabName(period, l);
  for (const note of result.notes) process.stderr.write(`spiral summary: ${note}\n`);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
    return 0;
  }
  const grid = layoutSummary(model, l).values;
  process.stdout.write(`${say(l, 'engine.computed', { folder, tab, ...result.rows })}\n\n`);
  process.stdout.write(
    `${grid
      .map((row) =>
        row
          .map((c) => String(c))
          .join('\t')
          .trimEnd(),
      )
      .join('\n')}\n`,
  );
  return 0;
}

/** `spiral summary`: its usage, arguments and options, beside its action. */
export const summaryCommand = command({
  name: 'summary',
  help: 'engine.help.summary',
  args: ['book.xlsx'],
  options: {
    week: { type: 'string' },
    month: { type: 'string' },
    json: { type: 'boolean' },
    from: { type: 'string' },
    engine: { type: 'string' },
  },
  run: runSummary,
});
