import { JOBS, runJob } from '../../core/jobs';
import { say } from '../../core/messages';
import { PaySettingsError, payTable, type ScorecardReport, toCsv } from '../../core/scorecard';
import { cliLang } from '../cli-lang';
import { command } from '../command';
import { writeFileAtomic } from '../files/atomic-write';
import { UsageError } from '../usage-error';
import { logged, withBook } from '../xlsx/book';

/**
 * `spiral kpi <book> --month YYYY-MM [--json] [--csv pay.csv]`: scores the month's Scorecard rows
 * and writes the results; --csv also writes the month's pay table for the payroll system.
 */
export async function runKpi(args: string[], values: Record<string, unknown>): Promise<number> {
  const month = values.month as string | undefined;
  if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new UsageError(say(cliLang(values), 'commands.kpi.month'));
  let lang: 'zh' | 'en' = 'zh';
  const force = values.force === true;
  let report: ScorecardReport;
  try {
    report = await withBook<ScorecardReport>(args[0], {}, (wb, lock) =>
      logged(wb, lock, async (context) => {
        lang = context.settings.language;
        const input = { timeZone: context.settings.timeZone, period: month, score: { force } };
        return (await runJob(JOBS.scorecard, context, input)).result;
      }),
    );
  } catch (error) {
    if (!(error instanceof PaySettingsError)) throw error;
    throw new PaySettingsError(`${error.message}\n${say(lang, 'commands.kpi.forceHint')}`, error.refused);
  }
  // Pay computed over a setting nobody could read is said on the terminal, not only in Problems.
  if (report.forcedSettings.length > 0) {
    process.stderr.write(`${say(lang, 'commands.kpi.forced')}\n`);
    for (const p of report.forcedSettings)
      process.stderr.write(`${say(lang, 'scorecard.payProblemLine', { ...p })}\n`);
  }
  const csv = values.csv as string | undefined;
  if (csv) {
    const table = payTable(report.agents, report.unpaid, lang);
    await writeFileAtomic(csv, new TextEncoder().encode(toCsv(table)));
  }
  if (report.problems.length > 0) process.stderr.write(`${say(lang, 'commands.kpi.payProblems')}\n`);
  for (const p of report.problems) process.stderr.write(`  ${say(lang, 'commands.problem', { ...p })}\n`);
  if (values.json) {
    const { month: m, agents, unpaid } = report;
    process.stdout.write(`${JSON.stringify({ month: m, agents, unpaid }, null, 2)}\n`);
  } else {
    process.stdout.write(`${args[0]}: ${JOBS.scorecard.logLines(report, lang).join(' ')}\n`);
    for (const a of report.agents) {
      const line = say(lang, 'commands.kpi.agent', {
        agent: a.agent,
        score: a.score,
        total: a.total,
        percent: `${(a.percent * 100).toFixed(1)}%`,
        status: say(lang, a.qualified ? 'commands.kpi.qualified' : 'commands.kpi.belowGate'),
        pay: a.pay.toFixed(2),
      });
      process.stdout.write(`  ${line}\n`);
    }
    for (const u of report.unpaid) {
      const line = say(lang, 'commands.kpi.unpaid', {
        agent: u.agent,
        row: u.row,
        reasons: u.reasons.join(' '),
      });
      process.stdout.write(`  ${line}\n`);
    }
  }
  return 0;
}

/** `spiral kpi`: its usage, arguments and options, beside its action. */
export const kpiCommand = command({
  name: 'kpi',
  help: 'cli.help.kpi',
  args: ['book.xlsx'],
  options: {
    month: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'string' },
    force: { type: 'boolean' },
  },
  run: runKpi,
});
