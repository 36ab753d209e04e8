import type { Entries } from './catalogue';

export const automationMessages = {
  'automation.neverRan': {
    zh: '自动汇总已开启，但还没有成功运行过。请查看“运行日志”。',
    en: 'Automatic summaries are on but have not run yet. See the Run log.',
  },
  'automation.stalled': {
    zh: '自动汇总已 {days} 天没有运行。请查看“运行日志”，或关闭后重新开启自动汇总。',
    en: 'Automatic summaries have not run for {days} days. See the Run log, or turn automation off and on again.',
  },
  'automation.reauthorize': {
    zh: '自动汇总从 {since} 起无法运行：Spiral 需要重新授权。请在表格中从菜单运行一次 Spiral（例如“上周周报”），按提示授权。',
    en: "Automatic summaries cannot run since {since}: Spiral needs to be authorised again. Run Spiral once from the menu (e.g. Last week's summary) and accept the prompt.",
  },
  'automation.reauthorizeLog': {
    zh: '未运行：需要重新授权（{url}）',
    en: 'did not run: re-authorisation needed ({url})',
  },
  'automation.busy': {
    zh: '表格正忙：另一个 Spiral 任务正在运行，请稍后再试。',
    en: 'The sheet is busy: another Spiral run is in progress; try again shortly.',
  },
  'automation.log.busy': {
    zh: '另一次运行正占用表格；本次未做任何事',
    en: 'another run held the lock; nothing done',
  },
  'automation.log.nearCellLimit': {
    zh: '注意：表格已有 {cells} 个单元格，超过 1000 万上限的 80%；请归档旧行（见 docs/automation.md“归档旧行”）',
    en: 'WARNING: the workbook holds {cells} cells, over 80% of the 10,000,000-cell limit; archive old rows (docs/automation.md: Archiving old rows)',
  },
  'automation.log.setUp': { zh: '安装模板（新建 {created} 张表）', en: 'set up sheets (created {created})' },
  'automation.log.wroteTab': { zh: '写出 {tab}', en: 'wrote {tab}' },
  'automation.log.rebuilt': { zh: '重建 {tab}', en: 'rebuilt {tab}' },
  'automation.log.tabsRemoved': {
    zh: '删除超出保留期的汇总标签：{tabs}',
    en: 'removed summary tabs past their retention: {tabs}',
  },
  'automation.log.tabsKept': {
    zh: '超出保留期但已被改动（或不是每日运行写的），保留：{tabs}',
    en: 'past their retention but edited (or not written by Spiral), kept: {tabs}',
  },
  'automation.log.nothingDue': { zh: '没有到期的任务', en: 'nothing due' },
  'automation.log.classifiedCells': { zh: '分类：填写 {cells} 个单元格', en: 'classified {cells} cell(s)' },
  'automation.log.timeUp': {
    zh: '本次时间预算已用完；留给下次运行：{pending}',
    en: 'time budget spent; left for the next run: {pending}',
  },
  'automation.log.scorecardJob': { zh: '{month} 考核', en: 'scorecard {month}' },
  'automation.log.classified': {
    zh: '分类：填写 {questions} 个问题分类，{reviews} 条评价已分类',
    en: 'classified: {questions} question categories filled, {reviews} reviews categorised',
  },
  'automation.log.on': {
    zh: '开启自动汇总：每天 {hour}:00（{zone}）运行（触发器：{change}）',
    en: 'automation on: daily at {hour}:00 {zone} (trigger {change})',
  },
  'automation.log.tookOver': {
    zh: '此前由 {owner} 的触发器运行；该触发器下次触发时会自行停止',
    en: "{owner}'s trigger ran this spreadsheet until now; it stops itself when it next fires",
  },
  'automation.log.killed': {
    zh: '上一次运行（{at} 开始）在“{step}”这一步被 Apps Script 中止；本次从头接着完成',
    en: 'the previous run (started {at}) was stopped by Apps Script during "{step}"; this run carries on',
  },
  'automation.health.killed': {
    zh: '{at} 开始的自动运行在“{step}”这一步被中止；下一次运行会接着完成。',
    en: 'The automatic run started {at} was stopped during "{step}"; the next run carries on.',
  },
  'automation.step.check': { zh: '检查表格', en: 'checking the sheets' },
  'automation.step.match': { zh: '匹配订单', en: 'matching orders' },
  'automation.step.classify': { zh: '分类', en: 'classifying' },
  'automation.step.suggest': {
    zh: '建议未成交原因与商品角色',
    en: 'suggesting no-deal reasons and product roles',
  },
  'automation.step.read': { zh: '读取记录', en: 'reading the logs' },
  'automation.step.scorecard': { zh: '计算考核', en: 'the scorecard' },
  'automation.step.summary': { zh: '写周报/月报', en: 'writing summary tabs' },
  'automation.step.desk': { zh: '效果追踪与清单', en: 'effects and queues' },
  'automation.step.retention': { zh: '删除过期汇总标签', en: 'removing old summary tabs' },
  'automation.step.rest': { zh: '其余步骤', en: 'the remaining steps' },
  'automation.unknownOwner': { zh: '另一位编辑者', en: 'another editor' },
  'automation.change.kept': { zh: '保留', en: 'kept' },
  'automation.change.replaced': { zh: '已替换', en: 'replaced' },
  'automation.change.created': { zh: '已新建', en: 'created' },
  'automation.log.off': {
    zh: '关闭自动汇总：删除 {removed} 个触发器',
    en: 'automation off: {removed} trigger(s) deleted',
  },
} satisfies Entries;
