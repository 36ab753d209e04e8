import { say } from '../core/messages';
import { cliLang } from './cli-lang';
import { UsageError } from './usage-error';

/** Reads `--now` (an ISO date-time), or the present moment without it. */
export function nowOption(values: Record<string, unknown>): Date {
  const text = values.now as string | undefined;
  const now = text === undefined ? new Date() : new Date(text);
  if (Number.isNaN(now.getTime()))
    throw new UsageError(say(cliLang(values), 'commands.badNow', { text: text ?? '' }));
  return now;
}
