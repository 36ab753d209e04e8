import { say } from '../../core/messages';
import { cliLang } from '../cli-lang';
import { command } from '../command';
import { rulesCheck } from '../rules-check';
import { UsageError } from '../usage-error';

/** `spiral rules check [--dir rules]`: validates every rule file; exits 2 when any is invalid. */
export async function runRulesCheck(args: string[], values: Record<string, unknown>): Promise<number> {
  if (args[0] !== 'check') throw new UsageError(say(cliLang(values), 'cli.rulesUsage'));
  const { ok, messages } = await rulesCheck((values.dir as string | undefined) ?? 'rules');
  (ok ? process.stdout : process.stderr).write(`${messages.join('\n')}\n`);
  return ok ? 0 : 2;
}

/** `spiral rules`: its usage, arguments and options, beside its action. */
export const rulesCheckCommand = command({
  name: 'rules',
  help: 'cli.help.rules',
  args: ['check'],
  options: { dir: { type: 'string' } },
  run: runRulesCheck,
});
