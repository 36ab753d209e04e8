/** What the automation, classification and scorecard handlers tell the user, in the workbook's language. */
import type { ClassifyReport } from '../core/classify/classify-new-rows';
import { say } from '../core/messages/catalogue';
import type { ScorecardReport } from '../core/scorecard/compute-scorecard';
import type { Lang } from '../core/template';
import type { TriggerInstall } from './triggers';

const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

export function automationOnMessage(install: TriggerInstall, lang: Lang): string {
  const when = `${hourText(install.hour)} (${install.timeZone})`;
  if (lang === 'zh') {
    const what = {
      created: '已开启自动汇总',
      replaced: '已按“设置”中的时间更新自动汇总',
      kept: '自动汇总已经开启，无需更改',
    }[install.change];
    return `${what}：每天 ${when} 左右运行，补齐缺少的周报、月报和上月考核。运行记录见“运行日志”。`;
  }
  const what = {
    created: 'Automatic summaries are on',
    replaced: 'Automatic summaries now follow the hour in Settings',
    kept: 'Automatic summaries were already on; nothing changed',
  }[install.change];
  return `${what}: every day around ${when}, Spiral writes any missing weekly and monthly tabs and last month's scorecard. Each run is listed in the Run log.`;
}

export function automationOffMessage(removed: number, lang: Lang): string {
  if (lang === 'zh') {
    return removed > 0
      ? '已关闭自动汇总，定时任务已删除。'
      : '已关闭自动汇总。您在此表格中没有定时任务；若其他编辑者开启过，其任务会在下次运行时自行停止。';
  }
  return removed > 0
    ? 'Automatic summaries are off; the daily trigger is deleted.'
    : "Automatic summaries are off. You had no trigger in this spreadsheet; another editor's trigger stops itself at its next run.";
}

/** When the warning item is clicked but the last automatic run is recent again. */
export function automationHealthyMessage(lang: Lang): string {
  return lang === 'zh'
    ? '自动汇总运行正常（或未开启）。详情见“运行日志”。'
    : 'Automatic summaries are running normally (or are off). See the Run log for details.';
}

export function classifyMessage(report: ClassifyReport, lang: Lang): string {
  const { inquiries, reviews, problems } = report;
  const lines =
    lang === 'zh'
      ? [
          `已为 ${inquiries.filled} 条询单填写问题分类（${inquiries.kept} 条已有分类保持不变，${inquiries.unmatched} 条未匹配关键词）。`,
          `已为 ${reviews.categorized} 条评价写入分类（${reviews.unmatched} 条未匹配关键词）。`,
        ]
      : [
          `Filled the question category of ${inquiries.filled} inquiries (${inquiries.kept} already had one and were left alone; ${inquiries.unmatched} matched no keyword).`,
          `Categorised ${reviews.categorized} reviews (${reviews.unmatched} matched no keyword).`,
        ];
  if (problems.length > 0) lines.push(problemsLine(problems.length, lang));
  return lines.join('\n');
}

export function scorecardMessage(report: ScorecardReport, lang: Lang): string {
  if (report.agents.length === 0 && report.unpaid.length === 0) {
    const none =
      lang === 'zh'
        ? `“客服考核”中没有 ${report.month} 的记录，未做更改。`
        : `The Scorecard sheet has no rows for ${report.month}; nothing changed.`;
    return report.problems.length > 0 ? `${none}\n${problemsLine(report.problems.length, lang)}` : none;
  }
  const lines = [
    lang === 'zh'
      ? `已计算 ${report.month} 考核：${report.agents.length} 位客服，结果已写入“客服考核”。`
      : `Scored ${report.month}: ${report.agents.length} agent(s); results written to the Scorecard sheet.`,
    ...report.agents.map((a) => {
      const percent = `${(a.percent * 100).toFixed(1)}%`;
      return lang === 'zh'
        ? `${a.agent}：${a.score} 分（${percent}）${a.qualified ? '' : '，未达标'}，应发 ${a.pay.toFixed(2)}`
        : `${a.agent}: ${a.score} points (${percent})${a.qualified ? '' : ', below the gate'}, pay ${a.pay.toFixed(2)}`;
    }),
  ];
  if (report.unpaid.length > 0) lines.push(say(lang, 'scorecard.unpaidSummary', { n: report.unpaid.length }));
  if (report.problems.length > 0) lines.push(problemsLine(report.problems.length, lang));
  return lines.join('\n');
}

function problemsLine(count: number, lang: Lang): string {
  return lang === 'zh'
    ? `发现 ${count} 个数据问题，详见“问题清单”。`
    : `${count} data problem(s) found; see the Problems sheet.`;
}
