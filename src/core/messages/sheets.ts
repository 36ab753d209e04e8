import type { Entries } from './catalogue';

const DATE_FORMS_ZH =
  '2026-11-03、2026/11/03、2026.11.3、2026年11月3日（可带时间 14:05 或 14:05:33），或电子表格的日期序列号';
const DATE_FORMS_EN =
  '2026-11-03, 2026/11/03, 2026.11.3, the Chinese year-month-day form (optionally with a time 14:05 or 14:05:33), or a spreadsheet date serial number';

/** Why a cell of a sheet or an imported file could not be read as its column's type. */
export const sheetMessages = {
  'sheets.notNumber': { zh: '不是数字：{text}', en: 'not a number: {text}' },
  'sheets.numberNotFinite': {
    zh: '不是有限的数字：{text}（太大或不是数）',
    en: 'not a finite number: {text} (too large, or not a number)',
  },
  'sheets.numberTooLarge': {
    zh: '数字太大：{text}（超过 10 的 15 次方，不是店铺会记的数；相加可能溢出）',
    en: 'number too large: {text} (beyond 10^15, no figure a shop keeps; sums of it could overflow)',
  },
  'sheets.numberAmbiguous': {
    zh: '无法确定这个数字的写法：{text}；请写成 1234.5、1,234.5 或 1.234,5（千位分隔每组三位）',
    en: 'cannot tell how this number is written: {text}; write 1234.5, 1,234.5 or 1.234,5 (thousands in groups of three)',
  },
  'sheets.invalidDate': { zh: '不是有效的日期', en: 'not a valid date' },
  'sheets.notDate': {
    zh: `不是日期：{text}；可用的写法：${DATE_FORMS_ZH}`,
    en: `not a date: {text}; accepted forms: ${DATE_FORMS_EN}`,
  },
  'sheets.dateOrderAmbiguous': {
    zh: `无法判断 {text} 中月和日的顺序；请把年份写在前面：${DATE_FORMS_ZH}`,
    en: `cannot tell the month from the day in {text}; write the year first: ${DATE_FORMS_EN}`,
  },
  'sheets.noSuchDate': { zh: '日期不存在：{text}', en: 'no such date: {text}' },
  'sheets.serialOutOfRange': {
    zh: '日期序列号 {text} 不在 1900-03-01 到 2999-12-31 之间',
    en: 'date serial number {text} is not between 1900-03-01 and 2999-12-31',
  },
  'sheets.notTime': {
    zh: '日期后面的“{text}”不是时间；时间写成 14:05 或 14:05:33',
    en: '"{text}" after the date is not a time; write the time as 14:05 or 14:05:33',
  },
  'sheets.noSuchTime': {
    zh: '时间不存在：{text}（小时 0–23，分和秒 0–59）',
    en: 'no such time: {text} (hours 0–23, minutes and seconds 0–59)',
  },
  'sheets.notMonth': { zh: '不是月份：{text}；请写成 2026-11', en: 'not a month: {text}; write 2026-11' },
  'sheets.noSuchMonth': { zh: '月份不存在：{text}', en: 'no such month: {text}' },
  'sheets.notAllowed': { zh: '不是可选的值：{text}', en: 'not one of the allowed values: {text}' },
  'sheets.notYesNo': { zh: '应为 是/否：{text}', en: 'expected yes or no: {text}' },
  'sheets.errorValue': {
    zh: '公式错误值 {text} 不能当作数据；请修正公式或直接填写值',
    en: 'the formula error {text} cannot be used as data; fix the formula or type the value',
  },
  'sheets.errorValueIgnored': {
    zh: '公式错误值 {text} 不能当作数据，按空白处理；请修正公式或直接填写值',
    en: 'the formula error {text} cannot be used as data and is read as blank; fix the formula or type the value',
  },
  'sheets.settingInvalid': {
    zh: '无法读取这个值（{reason}），使用默认值 {default}',
    en: 'cannot read this value ({reason}); the default {default} is used',
  },
  'sheets.settingOutOfRange': {
    zh: '应在 {min} 到 {max} 之间',
    en: 'must be between {min} and {max}',
  },
  'sheets.gateOverHundred': {
    zh: '合格线不能超过 100%',
    en: 'a gate cannot be above 100 %',
  },
  'sheets.settingNoPercent': {
    zh: '这一项不是百分数，请去掉 %',
    en: 'this setting is not a percent; remove the %',
  },
  'sheets.gateBareFraction': {
    zh: '合格线请写成百分数，如 70%：单写 {value} 分不清是 {value}% 还是 {percent}',
    en: 'write the gate as a percent, such as 70%: a bare {value} could mean {value}% or {percent}',
  },
  'sheets.settingUnreadable': { zh: '格式不对', en: 'not in a form Spiral reads' },
  'sheets.cellKept': {
    zh: '此单元格有公式、链接、富文本、错误值，或在 Spiral 运行期间被人修改，已保留原样；Spiral 算出的是 {value}',
    en: 'left as it is: the cell holds a formula, link, rich text or error value, or was edited while Spiral ran; Spiral computed {value}',
  },
  'sheets.missingSheet': {
    zh: '找不到工作表“{expected}”（{other}）。若它被删除了，请运行“安装模板 / Set up sheets”（命令行：spiral init）重新创建。',
    en: 'Sheet "{expected}" ({other}) not found. If it was deleted, run Set up sheets (command line: spiral init) to create it again.',
  },
  'sheets.missingSheetRenamed': {
    zh: '找不到工作表“{expected}”（{other}）；“{renamed}”像是改了名的它：请把它改回“{expected}”。',
    en: 'Sheet "{expected}" ({other}) not found; "{renamed}" looks like it, renamed: rename it back to "{expected}".',
  },
  'sheets.missingColumns': {
    zh: '工作表“{sheet}”缺少列：{columns}。请把改过名的列标题改回，或运行“安装模板 / Set up sheets”（命令行：spiral init）把缺少的列加到末尾。',
    en: 'Sheet "{sheet}" lacks column(s): {columns}. Rename a renamed header back, or run Set up sheets (command line: spiral init) to add the missing columns at the end.',
  },
  'sheets.nothingWritten': {
    zh: '本次没有写入任何内容。',
    en: 'Nothing was written.',
  },
  'sheets.noInquiriesForPay': {
    zh: '“{sheet}”中没有 {month} 的询单，无法计算售前客服 {agents} 的考核：工资不会按 0 条询单计算。请先导入该月的询单。',
    en: '"{sheet}" holds no inquiries for {month}, so the pre-sale scorecard of {agents} cannot be computed: pay is never worked out from zero inquiries. Import that month\'s inquiries first.',
  },
  'sheets.stateDamaged': {
    zh: '状态文件 {path} 已损坏（{reason}），已另存为 {path}.damaged，并根据工作簿重建。',
    en: 'The state file {path} is damaged ({reason}); it is kept as {path}.damaged and rebuilt from the workbook.',
  },
  'sheets.stateRebuilt': {
    zh: '{month} 的考核已在工作簿中，不再重算。',
    en: 'The {month} scorecard is already in the workbook and is not computed again.',
  },
  'sheets.stateRebuiltNone': {
    zh: '上月考核尚未写入工作簿，本次会计算。',
    en: "Last month's scorecard is not in the workbook yet; this run computes it.",
  },
} satisfies Entries;
