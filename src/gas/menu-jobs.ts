/** The classification and scorecard menu jobs, each under the run lock, and the month prompt. */
import { classifyNewRows } from '../core/classify/classify-new-rows';
import { wallClock } from '../core/ingest/date-time';
import { matchOrders } from '../core/matching/match-orders';
import { matchLogLine, matchSummary } from '../core/matching/match-report';
import { say } from '../core/messages/catalogue';
import { PeriodError, parsePeriod } from '../core/periods';
import { runLogged } from '../core/run';
import { computeScorecard, scorecardRunLine } from '../core/scorecard/compute-scorecard';
import { classifyMessage, scorecardMessage } from './automation-reports';
import type { UiApi } from './gas-api';
import type { GasPorts } from './gas-ports';
import { periodMessage } from './reports';

export async function classify(ports: GasPorts): Promise<string> {
  const run = await runLogged(ports, 'menu', (context) => {
    const report = classifyNewRows(context.wb);
    context.reportProblems(report.problems);
    context.did(
      say(context.settings.language, 'automation.log.classified', {
        questions: report.inquiries.filled,
        reviews: report.reviews.categorized,
      }),
    );
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
    const report = await computeScorecard(context.wb, month);
    context.reportProblems(report.problems);
    context.did(scorecardRunLine(report, context.settings.language));
    return scorecardMessage(report, context.settings.language);
  });
  return run.result ?? run.actions.join('\n');
}

const MONTH_ONLY =
  '请填写月份，例如 2026-10。 / Write a month, e.g. 2026-10 (a week such as 2026-W47 has no scorecard).';

/**
 * Asks for the month to score; a blank answer takes the default (the last closed month). Null when
 * the user cancels or types something that is not a month (already told why).
 */
export function askMonth(ui: UiApi, defaultMonth: string): string | null {
  const answer = ui.prompt(
    'Spiral',
    `计算哪个月的考核？留空即 ${defaultMonth}。 / Scorecard for which month? Leave blank for ${defaultMonth}.`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const text = answer.getResponseText().trim();
  if (text === '') return defaultMonth;
  try {
    const period = parsePeriod(text);
    if (period.kind === 'month') return period.id;
    ui.alert('Spiral', `"${text}"：${MONTH_ONLY}`, ui.ButtonSet.OK);
    return null;
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    // The reason from the period parser, then a month-only hint instead of its week-or-month one.
    ui.alert('Spiral', `${periodMessage(error).split('\n')[0]}\n${MONTH_ONLY}`, ui.ButtonSet.OK);
    return null;
  }
}
