import { say } from '../core/messages';
import { type Period, PeriodError, parseTypedPeriod, periodMessage } from '../core/time';
import { cliLang } from './cli-lang';
import { UsageError } from './usage-error';

/** The period of `--week 2026-W47` or `--month 2026-11` (exactly one of them). */
export function periodOption(values: Record<string, unknown>): Period {
  const week = values.week as string | undefined;
  const month = values.month as string | undefined;
  if ((week === undefined) === (month === undefined))
    throw new UsageError(say(cliLang(values), 'commands.onePeriod'));
  const text = (week ?? month)!;
  let period: Period;
  try {
    period = parseTypedPeriod(text);
  } catch (error) {
    if (error instanceof PeriodError) throw new UsageError(periodMessage(error, cliLang(values)));
    throw error;
  }
  if (period.kind !== (week ? 'week' : 'month'))
    throw new UsageError(say(cliLang(values), week ? 'commands.notWeek' : 'commands.notMonth', { text }));
  return period;
}
