import type { Entries } from './catalogue';

/** What the Sheets menu's alerts, prompts and Run log lines say (the labels stay bilingual: see menu.ts). */
export const menuMessages = {
  'menu.label.showSidebar': { zh: 'Spiral 面板', en: 'Spiral panel' },
  'menu.label.setUpSheets': { zh: '安装模板', en: 'Set up sheets' },
  'menu.label.matchOrders': { zh: '匹配订单', en: 'Match orders' },
  'menu.label.classifyNewRows': { zh: '分类新记录', en: 'Classify new rows' },
  'menu.label.computeScorecard': { zh: '计算考核', en: 'Compute scorecard' },
  'menu.label.lastWeekSummary': { zh: '上周周报', en: "Last week's summary" },
  'menu.label.lastMonthSummary': { zh: '上月月报', en: "Last month's summary" },
  'menu.label.summaryFor': { zh: '指定周期…', en: 'Summary for…' },
  'menu.label.updateEffects': { zh: '效果追踪', en: 'Effects of actions' },
  'menu.label.updateQueues': { zh: '复盘与跟进清单', en: 'Review and follow-up lists' },
  'menu.label.turnOnAutomation': { zh: '开启自动汇总', en: 'Turn on automatic summaries' },
  'menu.label.turnOffAutomation': { zh: '关闭自动汇总', en: 'Turn off automatic summaries' },
  'menu.label.showAutomationWarning': { zh: '⚠ 自动汇总未运行', en: '⚠ Automatic summaries stalled' },
  'menu.failed': { zh: 'Spiral 未能完成：\n{message}', en: 'Spiral could not finish:\n{message}' },
  'menu.install.created': { zh: '已创建工作表：{sheets}', en: 'Created sheets: {sheets}' },
  'menu.install.columns': {
    zh: '已在「{sheet}」末尾添加列：{columns}',
    en: 'Added to the end of "{sheet}": {columns}',
  },
  'menu.install.seeded': {
    zh: '已在「{sheet}」写入 {rows} 行初始内容',
    en: 'Seeded {rows} row(s) in "{sheet}"',
  },
  'menu.install.nothing': {
    zh: '所有工作表和列都已就绪，无需更改。',
    en: 'Every sheet and column is already in place; nothing changed.',
  },
  'menu.summary.wrote': {
    zh: '已生成「{tab}」：{inquiries} 条询单（{start} 至 {end}）。',
    en: 'Wrote "{tab}": {inquiries} inquiries ({start} to {end}).',
  },
  'menu.summary.excluded': {
    zh: '{rows} 行因数据问题未计入；详见问题清单（共 {problems} 条）。',
    en: '{rows} row(s) left out for data problems; see the Problems sheet ({problems} in all).',
  },
  'menu.period.help': {
    zh: '请按 2026-W47（周）或 2026-11（月）填写。',
    en: 'Write a week as 2026-W47 or a month as 2026-11.',
  },
  'menu.period.year': { zh: '"{value}"：年份超出范围。', en: '"{value}": the year is out of range.' },
  'menu.period.week': { zh: '"{value}"：该年没有这一周。', en: '"{value}": that year has no such ISO week.' },
  'menu.period.month': { zh: '"{value}"：月份应为 01 至 12。', en: '"{value}": months run from 01 to 12.' },
  'menu.period.other': { zh: '"{value}" 不是周期。', en: '"{value}" is not a period.' },
  'menu.ask.period': {
    zh: '生成哪个周期的汇总？填写 2026-W47（周）或 2026-11（月）。',
    en: 'Summary for which period? 2026-W47 (week) or 2026-11 (month).',
  },
  'menu.ask.month': {
    zh: '计算哪个月的考核？留空即 {month}。',
    en: 'Scorecard for which month? Leave blank for {month}.',
  },
  'menu.monthOnly': {
    zh: '请填写月份，例如 2026-10。',
    en: 'Write a month, e.g. 2026-10 (a week such as 2026-W47 has no scorecard).',
  },
  'menu.automation.created': { zh: '已开启自动汇总', en: 'Automatic summaries are on' },
  'menu.automation.replaced': {
    zh: '已按“设置”中的时间更新自动汇总',
    en: 'Automatic summaries now follow the hour in Settings',
  },
  'menu.automation.kept': {
    zh: '自动汇总已经开启，无需更改',
    en: 'Automatic summaries were already on; nothing changed',
  },
  'menu.automation.on': {
    zh: '{what}：每天 {when} 左右运行，补齐缺少的周报、月报和上月考核。运行记录见“运行日志”。',
    en: "{what}: every day around {when}, Spiral writes any missing weekly and monthly tabs and last month's scorecard. Each run is listed in the Run log.",
  },
  'menu.automation.off': {
    zh: '已关闭自动汇总，定时任务已删除。',
    en: 'Automatic summaries are off; the daily trigger is deleted.',
  },
  'menu.automation.offNone': {
    zh: '已关闭自动汇总。您在此表格中没有定时任务；若其他编辑者开启过，其任务会在下次运行时自行停止。',
    en: "Automatic summaries are off. You had no trigger in this spreadsheet; another editor's trigger stops itself at its next run.",
  },
  'menu.automation.healthy': {
    zh: '自动汇总运行正常（或未开启）。详情见“运行日志”。',
    en: 'Automatic summaries are running normally (or are off). See the Run log for details.',
  },
  'menu.classify.inquiries': {
    zh: '已为 {filled} 条询单填写问题分类（{kept} 条已有分类保持不变，{unmatched} 条未匹配关键词）。',
    en: 'Filled the question category of {filled} inquiries ({kept} already had one and were left alone; {unmatched} matched no keyword).',
  },
  'menu.classify.reviews': {
    zh: '已为 {categorized} 条评价写入分类（{unmatched} 条未匹配关键词）。',
    en: 'Categorised {categorized} reviews ({unmatched} matched no keyword).',
  },
  'menu.scorecard.none': {
    zh: '“客服考核”中没有 {month} 的记录，未做更改。',
    en: 'The Scorecard sheet has no rows for {month}; nothing changed.',
  },
  'menu.scorecard.scored': {
    zh: '已计算 {month} 考核：{agents} 位客服，结果已写入“客服考核”。',
    en: 'Scored {month}: {agents} agent(s); results written to the Scorecard sheet.',
  },
  'menu.scorecard.agent': {
    zh: '{agent}：{score} 分（{percent}）{gate}，应发 {pay}',
    en: '{agent}: {score} points ({percent}){gate}, pay {pay}',
  },
  'menu.scorecard.belowGate': { zh: '，未达标', en: ', below the gate' },
  'menu.problems': {
    zh: '发现 {count} 个数据问题，详见“问题清单”。',
    en: '{count} data problem(s) found; see the Problems sheet.',
  },
  'menu.log.effects': { zh: '写出 {tab}：{count} 项行动', en: 'wrote {tab}: {count} action(s)' },
  'menu.log.queues': { zh: '写出 {review} 和 {followUp}', en: 'wrote {review} and {followUp}' },
  'menu.log.import': {
    zh: '导入 {sheet}：新增 {new}，更新 {updated}，跳过 {skipped}，文件内重复 {repeated}，拒绝 {rejected}',
    en: 'import {sheet}: {new} new, {updated} updated, {skipped} skipped, {repeated} repeated in the file, {rejected} rejected',
  },
  'menu.log.panelImport': {
    zh: '面板导入 {file} 第 {from}–{to} 行（共 {of} 行）→ {sheet}：新增 {new}，更新 {updated}，跳过 {skipped}，文件内重复 {repeated}，拒绝 {rejected}',
    en: 'panel import {file} rows {from}-{to} of {of} → {sheet}: {new} new, {updated} updated, {skipped} skipped, {repeated} repeated in the file, {rejected} rejected',
  },
  'menu.log.settings': { zh: '在面板中修改设置：{keys}', en: 'settings changed from the panel: {keys}' },
} satisfies Entries;
