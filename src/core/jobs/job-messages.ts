/** What each job tells the user when it ends (menu alert, panel result), in the workbook's language. */
import type { ClassifyReport } from '../classify/classify-new-rows';
import { say } from '../messages/catalogue';
import type { ScorecardReport } from '../scorecard/compute-scorecard';
import type { InstallReport } from '../setup/install';
import type { Lang } from '../sheets/template';
import type { GeneratedSummary } from '../summary/generate-summary';

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

export function installMessage(report: InstallReport): string {
  const lang = report.language;
  const list = lang === 'zh' ? '、' : ', ';
  const lines = [
    ...(report.created.length > 0
      ? [say(lang, 'menu.install.created', { sheets: report.created.join(list) })]
      : []),
    ...report.columnsAdded.map(({ sheet, columns }) =>
      say(lang, 'menu.install.columns', { sheet, columns: columns.join(list) }),
    ),
    ...report.rowsAdded.map(({ sheet, rows }) => say(lang, 'menu.install.seeded', { sheet, rows })),
    ...report.messages,
  ];
  if (lines.length === 0) lines.push(say(lang, 'menu.install.nothing'));
  return lines.join('\n');
}

export function summaryMessage(summary: GeneratedSummary): string {
  const { model, tabName, problems } = summary;
  const lang = model.language;
  const lines = [
    say(lang, 'menu.summary.wrote', {
      tab: tabName,
      inquiries: model.inquiries.total,
      start: model.period.start,
      end: model.period.end,
    }),
  ];
  if (model.excludedRows > 0 || problems.length > 0) {
    lines.push(say(lang, 'menu.summary.excluded', { rows: model.excludedRows, problems: problems.length }));
  }
  return lines.join('\n');
}
