/** The classification and scorecard menu jobs, each under the run lock, and the month prompt. */

import { runLogged } from '../core/automation';
import { classifyNewRows } from '../core/classify';
import { matchLogLine, matchOrders, matchSummary } from '../core/matching';
import { say } from '../core/messages';
import { reasonsLine, suggestReasons } from '../core/reasons';
import { computeScorecard, scorecardRunLine } from '../core/scorecard';
import type { Lang } from '../core/sheets';
import { PeriodError, parsePeriod, wallClock } from '../core/time';
import { classifyMessage, scorecardMessage } from './automation-reports';
import type { UiApi } from './gas-api';
import type { GasPorts } from './gas-ports';
import { periodMessage } from './reports';

export async function classify(ports: GasPorts): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    const report = classifyNewRows(context.wb, context.settings);
    const reasons = suggestReasons(context.wb, context.settings);
    context.reportProblems([...report.problems, ...reasons.problems]);
    context.did(
      say(context.settings.language, 'automation.log.classified', {
        questions: report.inquiries.filled,
        reviews: report.reviews.categorized,
      }),
    );
    if (reasons.blank > 0) context.did(reasonsLine(reasons, context.settings.language));
    return classifyMessage(report, context.settings.language);
  });
  return run.result ?? run.actions.join('\n');
}

export async function match(ports: GasPorts): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    const report = matchOrders(context.wb, {
      now: wallClock(context.now(), ports.timeZone),
      settings: context.settings,
    });
    context.reportProblems([...report.inquiryProblems, ...report.problems]);
    context.did(matchLogLine(report, context.settings.language));
    return matchSummary(report, context.settings.language);
  });
  return run.result ?? run.actions.join('\n');
}

export async function scorecard(ports: GasPorts, month: string): Promise<string> {
  const run = await runLogged(ports, 'menu', async (context) => {
    const report = await computeScorecard(context.wb, month, context);
    context.reportProblems(report.problems);
    context.did(scorecardRunLine(report, context.settings.language));
    return scorecardMessage(report, context.settings.language);
  });
  return run.result ?? run.actions.join('\n');
}

/**
 * Asks for the month to score; a blank answer takes the default (the last closed month). Null when
 * the user cancels or types something that is not a month (already told why).
 */
export function askMonth(ui: UiApi, defaultMonth: string, lang: Lang): string | null {
  const answer = ui.prompt(
    'Spiral',
    say(lang, 'menu.ask.month', { month: defaultMonth }),
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const text = answer.getResponseText().trim();
  if (text === '') return defaultMonth;
  try {
    const period = parsePeriod(text);
    if (period.kind === 'month') return period.id;
    ui.alert(
      'Spiral',
      `"${text}"${lang === 'zh' ? '：' : ': '}${say(lang, 'menu.monthOnly')}`,
      ui.ButtonSet.OK,
    );
    return null;
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    // The reason from the period parser, then a month-only hint instead of its week-or-month one.
    const reason = periodMessage(error, lang).split('\n')[0];
    ui.alert('Spiral', `${reason}\n${say(lang, 'menu.monthOnly')}`, ui.ButtonSet.OK);
    return null;
  }
}
