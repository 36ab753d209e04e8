import type { Entries } from './catalogue';
import { sidebarHelpMessages } from './sidebar-help';

/** The Spiral panel (HtmlService sidebar): every word it shows; the server hands the page this slice. */
export const sidebarMessages = {
  'sidebar.title': { zh: 'Spiral 面板', en: 'Spiral panel' },
  'sidebar.loading': { zh: '正在加载…', en: 'Loading…' },
  'sidebar.failed': { zh: '出错了：{message}', en: 'Something went wrong: {message}' },
  'sidebar.refresh': { zh: '刷新', en: 'Refresh' },
  /** Shown in the other language, as the switch to it: the page gets it from that language's catalogue. */
  'sidebar.languageName': { zh: '中文', en: 'English' },
  'sidebar.tab.health': { zh: '状态', en: 'Health' },
  'sidebar.tab.jobs': { zh: '任务', en: 'Jobs' },
  'sidebar.tab.rules': { zh: '规则测试', en: 'Rule tester' },
  'sidebar.tab.settings': { zh: '设置', en: 'Settings' },
  'sidebar.tab.import': { zh: '导入文件', en: 'Import a file' },
  'sidebar.tab.help': { zh: '帮助', en: 'Help' },

  'sidebar.health.automation': { zh: '自动汇总', en: 'Automatic summaries' },
  'sidebar.health.on': { zh: '已开启（{since} 起）', en: 'On since {since}' },
  'sidebar.health.owner': {
    zh: '由 {owner} 的触发器运行（其他编辑者的触发器会自行停止）',
    en: "Runs on {owner}'s trigger (other editors' triggers stop themselves)",
  },
  'sidebar.health.off': { zh: '未开启：可在“任务”中开启', en: 'Off: turn it on under Jobs' },
  'sidebar.health.lastRun': { zh: '最近一次自动运行', en: 'Last automatic run' },
  'sidebar.health.noRun': { zh: '运行日志中还没有自动运行的记录', en: 'No automatic run in the Run log yet' },
  'sidebar.health.outcome.ok': { zh: '完成', en: 'completed' },
  'sidebar.health.outcome.partial': {
    zh: '部分完成（时间用完，余下的下次继续）',
    en: 'partly done (time ran out; the rest comes next run)',
  },
  'sidebar.health.outcome.busy': {
    zh: '跳过：另一个任务正在运行',
    en: 'skipped: another run was in progress',
  },
  'sidebar.health.outcome.error': { zh: '出错：详见运行日志', en: 'failed: see the Run log' },
  'sidebar.health.outcome.unknown': { zh: '结果未知', en: 'outcome unknown' },
  'sidebar.health.openRunLog': { zh: '打开运行日志', en: 'Open the Run log' },
  'sidebar.health.problems': { zh: '数据问题', en: 'Data problems' },
  'sidebar.health.problemCounts': {
    zh: '{errors} 个错误（该行未计入统计），{warnings} 个警告',
    en: '{errors} errors (rows left out of the numbers), {warnings} warnings',
  },
  'sidebar.health.noProblemsSheet': {
    zh: '还没有问题清单：运行任意任务后生成',
    en: 'No Problems sheet yet: any run creates it',
  },
  'sidebar.health.openProblems': { zh: '打开问题清单', en: 'Open the Problems sheet' },
  'sidebar.health.cells': { zh: '单元格用量', en: 'Cells used' },
  'sidebar.health.cellsLine': { zh: '{used} / {limit}（{percent}）', en: '{used} of {limit} ({percent})' },
  'sidebar.health.cellsHigh': {
    zh: '已超过上限的 80%：请归档旧记录（见 docs/automation.md 的“归档旧行”）',
    en: 'Over 80% of the limit: archive old rows (docs/automation.md: Archiving old rows)',
  },

  'sidebar.jobs.intro': {
    zh: '与菜单相同的任务；结果也记入“运行日志”。',
    en: "The menu's jobs; each run is also listed in the Run log.",
  },
  'sidebar.job.setUpSheets': { zh: '安装模板', en: 'Set up sheets' },
  'sidebar.job.classifyNewRows': { zh: '分类新记录', en: 'Classify new rows' },
  'sidebar.job.matchOrders': { zh: '匹配订单', en: 'Match orders' },
  'sidebar.job.computeScorecard': { zh: '计算考核', en: 'Compute scorecard' },
  'sidebar.job.lastWeekSummary': { zh: '上周周报', en: "Last week's summary" },
  'sidebar.job.lastMonthSummary': { zh: '上月月报', en: "Last month's summary" },
  'sidebar.job.summaryFor': { zh: '指定周期的汇总', en: 'Summary for a period' },
  'sidebar.job.updateEffects': { zh: '效果追踪', en: 'Effects of actions' },
  'sidebar.job.updateQueues': { zh: '复盘与跟进清单', en: 'Review and follow-up lists' },
  'sidebar.job.turnOnAutomation': { zh: '开启自动汇总', en: 'Turn on automatic summaries' },
  'sidebar.job.turnOffAutomation': { zh: '关闭自动汇总', en: 'Turn off automatic summaries' },
  'sidebar.jobs.month': { zh: '月份（留空即上月）', en: 'Month (blank: last month)' },
  'sidebar.jobs.period': { zh: '周期，如 2026-W47 或 2026-11', en: 'Period, e.g. 2026-W47 or 2026-11' },
  'sidebar.jobs.monthOnly': {
    zh: '“{value}”不是月份：考核按月计算，请填写如 2026-10。',
    en: '"{value}" is not a month: scorecards are monthly; write e.g. 2026-10.',
  },
  'sidebar.jobs.running': { zh: '正在运行：{job}…', en: 'Running: {job}…' },
  'sidebar.jobs.done': { zh: '完成：{job}', en: 'Done: {job}' },
  'sidebar.jobs.failed': { zh: '未完成：{job}', en: 'Not done: {job}' },
  'sidebar.jobs.unknown': { zh: '没有这个任务：{job}', en: 'No such job: {job}' },
  'sidebar.jobs.killed': {
    zh: '这次运行超过了 Apps Script 的 6 分钟上限，被中止；请查看“运行日志”，再运行一次可接着完成。',
    en: "This run passed Apps Script's 6-minute limit and was stopped; see the Run log. Running it again carries on.",
  },
  'sidebar.jobs.lost': {
    zh: '找不到这次运行的结果，请查看“运行日志”。',
    en: 'The result of this run is not available; see the Run log.',
  },

  'sidebar.rules.kind': { zh: '类型', en: 'Kind' },
  'sidebar.rules.text': { zh: '咨询或评价内容', en: 'Question or review text' },
  'sidebar.rules.placeholder': {
    zh: '例如：快递太慢了，包装也破了',
    en: 'e.g. the parcel was slow and the box was torn',
  },
  'sidebar.rules.test': { zh: '测试', en: 'Test' },
  'sidebar.rules.none': {
    zh: '没有命中任何关键词：可在“分类词典”中添加',
    en: 'No keyword matched: add one in the Taxonomy sheet',
  },
  'sidebar.rules.category': { zh: '分类', en: 'Category' },
  'sidebar.rules.keywords': { zh: '命中关键词', en: 'Matched keywords' },
  'sidebar.rules.rule': { zh: '规则', en: 'Rule' },
  'sidebar.rules.row': { zh: '分类词典第 {row} 行', en: 'Taxonomy row {row}' },
  'sidebar.rules.builtIn': { zh: '内置词典', en: 'built-in taxonomy' },
  'sidebar.rules.defaultSource': {
    zh: '“分类词典”为空或不存在，已使用内置词典。',
    en: 'The Taxonomy sheet is missing or empty; the built-in taxonomy was used.',
  },
  'sidebar.rules.polarity': { zh: '倾向', en: 'Polarity' },
  'sidebar.rules.polarity.negative': { zh: '负面', en: 'negative' },
  'sidebar.rules.polarity.positive': { zh: '正面', en: 'positive' },
  'sidebar.rules.polarity.neutral': { zh: '中性', en: 'neutral' },
  'sidebar.rules.polarityByRating': {
    zh: '没有倾向词：按评分判断（未填评分为中性）',
    en: 'no polarity word: the rating decides (none typed: neutral)',
  },
  'sidebar.rules.takesFirst': {
    zh: '询单只取优先级最高的一个分类；评价取全部命中的分类。',
    en: 'An inquiry takes the highest-priority category only; a review takes every one it mentions.',
  },

  'sidebar.settings.intro': {
    zh: '与“设置”表相同；留空即使用默认值。',
    en: 'The same as the Settings sheet; a blank value means the default.',
  },
  'sidebar.settings.save': { zh: '保存', en: 'Save' },
  'sidebar.settings.saved': { zh: '已保存 {count} 项设置。', en: 'Saved {count} setting(s).' },
  'sidebar.settings.unchanged': { zh: '没有更改。', en: 'Nothing changed.' },
  'sidebar.settings.invalid': {
    zh: '{count} 项无法读取，未保存任何更改。',
    en: '{count} value(s) cannot be read; nothing was saved.',
  },
  'sidebar.settings.noSheet': {
    zh: '还没有“设置”表：请先运行“安装模板”。',
    en: 'There is no Settings sheet yet: run Set up sheets first.',
  },
  'sidebar.settings.default': { zh: '默认：{value}', en: 'Default: {value}' },
  'sidebar.settings.inSheet': {
    zh: '表中的值未被使用：{reason}',
    en: 'The value in the sheet is not used: {reason}',
  },

  'sidebar.import.sheet': { zh: '导入到', en: 'Import into' },
  'sidebar.import.file': { zh: '选择文件（CSV、TSV、TXT）', en: 'Choose a file (CSV, TSV or TXT)' },
  'sidebar.import.encoding': { zh: '编码', en: 'Encoding' },
  'sidebar.import.shop': { zh: '店铺（文件没有店铺列时）', en: 'Shop (when the file has no shop column)' },
  'sidebar.import.shopHint': {
    zh: '留空即本店；导入竞品的评价导出时填竞品店名',
    en: 'Blank means our shop; name the competitor when importing their review export',
  },
  'sidebar.import.detect': { zh: '自动识别', en: 'Detect' },
  'sidebar.import.read': {
    zh: '{file}：{encoding}，{rows} 行，分隔符 {delimiter}',
    en: '{file}: {encoding}, {rows} rows, separated by {delimiter}',
  },
  'sidebar.import.start': { zh: '开始导入', en: 'Import' },
  'sidebar.import.progress': { zh: '已处理 {done} / {total} 行', en: '{done} of {total} rows done' },
  'sidebar.import.result': {
    zh: '新增 {new}，更新 {updated}，已存在跳过 {skipped}，文件内重复 {repeated}，拒绝 {rejected}',
    en: '{new} new, {updated} updated, {skipped} skipped as already present, {repeated} repeated in the file, {rejected} rejected',
  },
  'sidebar.import.download': { zh: '下载被拒绝的行（CSV）', en: 'Download the rejected rows (CSV)' },
  'sidebar.import.badBytes': {
    zh: '第 {line} 行含有按 {encoding} 无法解码的字节：未导入任何内容。请另存为 UTF-8 或选择正确的编码。',
    en: 'Line {line} holds bytes that are not valid {encoding}: nothing was imported. Save the file as UTF-8 or choose its encoding.',
  },
  'sidebar.import.empty': { zh: '文件中没有数据行。', en: 'The file has no data rows.' },
  'sidebar.import.stopped': {
    zh: '导入中断：已处理 {done} 行，其余未导入。{message}',
    en: 'The import stopped after {done} rows; the rest was not imported. {message}',
  },
  'sidebar.import.chats': { zh: '聊天记录导出（→ 询单记录）', en: 'Chat export (→ Inquiries)' },
  'sidebar.import.matching': {
    zh: '正在匹配订单（与菜单“匹配订单”、命令行 spiral match 相同）…',
    en: 'Matching orders (the same as the menu’s Match orders and spiral match)…',
  },
  'sidebar.import.matched': { zh: '已匹配订单：', en: 'Orders matched:' },
  'sidebar.import.matchFailed': { zh: '匹配订单未完成：', en: 'Matching orders did not finish:' },
  'sidebar.import.tab': { zh: '制表符', en: 'tab' },
  'sidebar.import.moreWarnings': {
    zh: '另有 {count} 条提醒未列出（命令行 spiral import 会全部列出）。',
    en: '{count} more warning(s) not listed (spiral import lists them all).',
  },
  'sidebar.payload.malformed': {
    zh: '面板发给 {call} 的请求格式不对（字段 {field} 缺失或类型不符），什么也没有改动。请重新打开面板再试。',
    en: 'The panel sent {call} a malformed request (field {field} is missing or of the wrong kind); nothing was changed. Reopen the panel and try again.',
  },
  'sidebar.payload.cell': {
    zh: '第 {line} 行第 {column} 列：单元格不是文本、数字或是/否，无法写入；没有导入任何内容。',
    en: 'Line {line}, column {column}: the cell is not text, a number or true/false and cannot be written; nothing was imported.',
  },
  'sidebar.import.noSuchSheet': {
    zh: '不能导入到“{sheet}”。',
    en: 'Files cannot be imported into "{sheet}".',
  },
  ...sidebarHelpMessages,
} satisfies Entries;
