import { type MatchReport, matchLogLine, matchOrders, matchSummary } from '../../core/matching';
import { say } from '../../core/messages';
import { wallClock } from '../../core/time';
import { cliLang } from '../cli-lang';
import { UsageError } from '../usage-error';
import { logged, withBook } from '../xlsx/book';

/** `spiral match <book> [--now <ISO time>]`: fills blank outcome cells of pre-sale inquiries from the Orders sheet. */
export async function runMatch(args: string[], values: Record<string, unknown>): Promise<number> {
  const nowText = values.now as string | undefined;
  const now = nowText === undefined ? new Date() : new Date(nowText);
  if (Number.isNaN(now.getTime()))
    throw new UsageError(say(cliLang(values), 'commands.badNow', { text: nowText ?? '' }));
  let lang: 'zh' | 'en' = 'zh';
  const report = await withBook<MatchReport>(args[0], {}, (wb, lock) =>
    logged(wb, lock, (context) => {
      const { settings } = context;
      lang = settings.language;
      const result = matchOrders(wb, { now: wallClock(now, settings.timeZone), settings });
      context.reportProblems([...result.inquiryProblems, ...result.problems]);
      context.did(matchLogLine(result, lang));
      return result;
    }),
  );
  process.stdout.write(`${args[0]}:\n${matchSummary(report, lang)}\n`);
  return 0;
}
