import { runLogged } from '../../core/automation';
import { effectsMessage, generateEffects } from '../../core/effects';
import { say } from '../../core/messages';
import { cliLang } from '../cli-lang';
import { UsageError } from '../usage-error';
import { withBook } from '../xlsx/book';

/** Reads `--now` (an ISO date-time), or the present moment without it. */
export function nowOption(values: Record<string, unknown>): Date {
  const text = values.now as string | undefined;
  const now = text === undefined ? new Date() : new Date(text);
  if (Number.isNaN(now.getTime()))
    throw new UsageError(say(cliLang(values), 'commands.badNow', { text: text ?? '' }));
  return now;
}

/** `spiral effects <book> [--now ISO] [--json]`: rebuilds the Effects tab; --json prints one row per action. */
export async function runEffects(args: string[], values: Record<string, unknown>): Promise<number> {
  const now = nowOption(values);
  const report = await withBook(args[0], {}, async (wb, lock) => {
    const run = await runLogged({ wb, clock: { now: () => now }, lock }, 'cli', (context) => {
      const result = generateEffects(wb, now, context.settings.timeZone, context.settings);
      context.reportProblems(result.problems);
      context.did(
        say(context.settings.language, 'menu.log.effects', {
          tab: result.tabName,
          count: result.rows.length,
        }),
      );
      return { result, lang: context.settings.language };
    });
    return run.result!;
  });
  for (const p of report.result.problems)
    process.stderr.write(`${p.sheet} row ${p.row}, ${p.column}: ${p.reason}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(report.result.rows, null, 2)}\n`);
  else process.stdout.write(`${args[0]}: ${effectsMessage(report.result, report.lang)}\n`);
  return 0;
}
