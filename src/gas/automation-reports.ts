/** What the automation, classification and scorecard handlers tell the user, in the workbook's language. */
import type { ClassifyReport } from '../core/classify';
import { say } from '../core/messages';
import type { ScorecardReport } from '../core/scorecard';
import type { Lang } from '../core/sheets';
import type { TriggerInstall } from './triggers';

const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

export function automationOnMessage(install: TriggerInstall, lang: Lang): string {
  const when = `${hourText(install.hour)} (${install.timeZone})`;
  const what = say(lang, `menu.automation.${install.change}`);
  return say(lang, 'menu.automation.on', { what, when });
}

export function automationOffMessage(removed: number, lang: Lang): string {
  return say(lang, removed > 0 ? 'menu.automation.off' : 'menu.automation.offNone');
}

/** When the warning item is clicked but the last automatic run is recent again. */
export function automationHealthyMessage(lang: Lang): string {
  return say(lang, 'menu.automation.healthy');
}

export function classifyMessage(report: ClassifyReport, lang: Lang): string {
  const { inquiries, reviews, problems } = report;
  const lines = [
    say(lang, 'menu.classify.inquiries', { ...inquiries }),
    say(lang, 'menu.classify.reviews', { ...reviews }),
  ];
  if (problems.length > 0) lines.push(problemsLine(problems.length, lang));
  return lines.join('\n');
}

export function scorecardMessage(report: ScorecardReport, lang: Lang): string {
  if (report.agents.length === 0 && report.unpaid.length === 0) {
    const none = say(lang, 'menu.scorecard.none', { month: report.month });
    return report.problems.length > 0 ? `${none}\n${problemsLine(report.problems.length, lang)}` : none;
  }
  const lines = [
    say(lang, 'menu.scorecard.scored', { month: report.month, agents: report.agents.length }),
    ...report.agents.map((a) =>
      say(lang, 'menu.scorecard.agent', {
        agent: a.agent,
        score: a.score,
        percent: `${(a.percent * 100).toFixed(1)}%`,
        gate: a.qualified ? '' : say(lang, 'menu.scorecard.belowGate'),
        pay: a.pay.toFixed(2),
      }),
    ),
  ];
  if (report.unpaid.length > 0) lines.push(say(lang, 'scorecard.unpaidSummary', { n: report.unpaid.length }));
  if (report.problems.length > 0) lines.push(problemsLine(report.problems.length, lang));
  return lines.join('\n');
}

function problemsLine(count: number, lang: Lang): string {
  return say(lang, 'menu.problems', { count });
}
