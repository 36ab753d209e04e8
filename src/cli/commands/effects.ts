import { JOBS, runJob } from '../../core/jobs';
import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import { command } from '../command';
import { nowOption } from '../now-option';
import { logged, withBook } from '../xlsx/book';

/** `spiral effects <book> [--now ISO] [--json]`: the effects job of the job table; --json prints one row per action. */
export async function runEffects(args: string[], values: Record<string, unknown>): Promise<number> {
  const now = nowOption(values);
  let lang: Lang = 'zh';
  const { result, message } = await withBook(args[0], {}, (wb, lock) =>
    logged(
      wb,
      lock,
      (context) => {
        lang = context.settings.language;
        return runJob(JOBS.effects, context, { timeZone: context.settings.timeZone });
      },
      () => now,
    ),
  );
  for (const p of result.problems) process.stderr.write(`${say(lang, 'commands.problem', { ...p })}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(result.rows, null, 2)}\n`);
  else process.stdout.write(`${args[0]}: ${message}\n`);
  return 0;
}

/** `spiral effects`: its usage, arguments and options, beside its action. */
export const effectsCommand = command({
  name: 'effects',
  help: 'effects.help',
  args: ['book.xlsx'],
  options: { now: { type: 'string' }, json: { type: 'boolean' } },
  run: runEffects,
});
