import type { Entries } from './catalogue';

/** What the `spiral` commands print on stdout and stderr (beside cli.* usage and errors). */
export const commandMessages = {
  'commands.problem': {
    zh: '{sheet} 第 {row} 行，{column}：{reason}',
    en: '{sheet} row {row}, {column}: {reason}',
  },
  'commands.kpi.agent': {
    zh: '{agent}\t{score}/{total}\t{percent}\t{status}\t工资 {pay}',
    en: '{agent}\t{score}/{total}\t{percent}\t{status}\tpay {pay}',
  },
  'commands.kpi.qualified': { zh: '合格', en: 'qualified' },
  'commands.kpi.belowGate': { zh: '未达合格线', en: 'below gate' },
  'commands.kpi.unpaid': {
    zh: '{agent}\t第 {row} 行\t不发放\t{reasons}',
    en: '{agent}\trow {row}\tNOT PAID\t{reasons}',
  },
  'commands.kpi.forceHint': {
    zh: '（确认要按默认值计发时，加 --force）',
    en: '(to pay with the defaults all the same, add --force)',
  },
  'commands.kpi.forced': {
    zh: '--force：以下影响工资的设置无法读取，本次按默认值计发：',
    en: '--force: these settings that change pay cannot be read; this run pays with the defaults:',
  },
  'commands.kpi.payProblems': {
    zh: '影响工资的问题（已写入问题清单）：',
    en: 'Problems that change pay (written to the Problems sheet):',
  },
  'commands.kpi.month': { zh: '请用 --month YYYY-MM 给出月份', en: 'give the month as --month YYYY-MM' },
  'commands.classify.taxonomy': {
    zh: '{book}：分类词来自{source}（{categories} 个分类）',
    en: '{book}: taxonomy from {source} ({categories} categories)',
  },
  'commands.classify.fromSheet': { zh: '“分类词典”表', en: 'the Taxonomy sheet' },
  'commands.classify.fromRules': { zh: ' rules/ 目录', en: 'rules/' },
  'commands.classify.inquiries': {
    zh: '询单：填写 {filled} 个分类，{kept} 个保留手填，{unmatched} 条未命中关键词，{noStage} 条没有阶段',
    en: 'inquiries: {filled} categories filled, {kept} kept as typed, {unmatched} matched no keyword, {noStage} without a stage',
  },
  'commands.classify.reviews': {
    zh: '评价：{categorized} 条已分类，{unmatched} 条未命中关键词',
    en: 'reviews: {categorized} categorised, {unmatched} matched no keyword',
  },
  'commands.init.language': { zh: '{book}：语言 {language}', en: '{book}: language {language}' },
  'commands.init.created': { zh: '新建工作表 {sheet}', en: 'created sheet {sheet}' },
  'commands.init.columnsAdded': { zh: '在 {sheet} 末尾添加列：{columns}', en: 'added to {sheet}: {columns}' },
  'commands.init.seeded': { zh: '在 {sheet} 写入 {rows} 行初始内容', en: 'seeded {rows} row(s) in {sheet}' },
  'commands.init.note': { zh: '注意：{note}', en: 'note: {note}' },
  'commands.init.nothing': {
    zh: '无需更改：所有工作表和列都已就绪',
    en: 'nothing to change: every sheet and column is in place',
  },
  'commands.init.badLang': { zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' },
  'commands.summary.wrote': { zh: '{book}：已写出 {tab}', en: '{book}: wrote {tab}' },
  'commands.runDue.outcome': { zh: '{book}：{outcome}', en: '{book}: {outcome}' },
  'commands.badNow': {
    zh: '--now {text}：不是日期时间（例如 2026-11-23T06:00:00+08:00）',
    en: '--now {text}: not a date-time (e.g. 2026-11-23T06:00:00+08:00)',
  },
  'commands.noBook': { zh: '请给出工作簿路径，例如 shop.xlsx', en: 'give the workbook path, e.g. shop.xlsx' },
  'commands.import.sheet': { zh: '--sheet 只能是 {choices} 之一', en: '--sheet must be one of {choices}' },
  'commands.import.file': {
    zh: '请用 --file <export.csv|.xlsx> 给出要导入的文件',
    en: 'give the file to import with --file <export.csv|.xlsx>',
  },
  'commands.bookPath': { zh: '{path}：应为 .xlsx 文件', en: '{path}: expected an .xlsx file' },
  'commands.noSuchFile': { zh: '{path}：文件不存在', en: '{path}: no such file' },
  'commands.onePeriod': {
    zh: '请只给出 --week 2026-W47 或 --month 2026-11 其中之一',
    en: 'give exactly one of --week 2026-W47 or --month 2026-11',
  },
  'commands.notWeek': { zh: '{text} 不是一周（例如 2026-W47）', en: '{text} is not a week (e.g. 2026-W47)' },
  'commands.notMonth': {
    zh: '{text} 不是一个月（例如 2026-11）',
    en: '{text} is not a month (e.g. 2026-11)',
  },
} satisfies Entries;
