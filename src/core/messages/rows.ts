import type { Entries } from './catalogue';

/** Why a row or a header of a templated sheet could not be used as written (the Problems sheet's reasons). */
export const rowMessages = {
  'rows.duplicateColumn': {
    zh: '列“{column}”出现了不止一次；使用第一列',
    en: 'column "{column}" appears more than once; the first is used',
  },
  'rows.requiredColumnsMissing': {
    zh: '缺少必填列：{columns}；本表的内容都未使用',
    en: 'required column missing: {columns}; nothing in this sheet was used',
  },
  'rows.requiredWhen': { zh: '当{column}为{value}时必填', en: 'required when {column} is {value}' },
  'rows.requiredEmpty': { zh: '必填，但为空', en: 'required value is empty' },
  'rows.wholeNumber': { zh: '应为整数', en: 'must be a whole number' },
  'rows.atLeast': { zh: '不能小于 {min}', en: 'must be at least {min}' },
  'rows.atMost': { zh: '不能大于 {max}', en: 'must be at most {max}' },
  'rows.notAllowedOf': {
    zh: '不是可选的值：{text}（可选：{allowed}）',
    en: 'not one of the allowed values: {text} (allowed: {allowed})',
  },
  'rows.treatedAsBlank': { zh: '{reason}；按空白处理', en: '{reason}; treated as blank' },
  'rows.notInTaxonomy': {
    zh: '不在分类词典中：{categories}（按原样保留）',
    en: 'not in the taxonomy: {categories} (kept as written)',
  },
  'rows.columnMissingNotWritten': {
    zh: '缺少这一列，因此没有写入；运行“安装模板”即可补上（{column}）',
    en: 'column missing, so nothing was written to it; run set-up to add it ({column})',
  },
  'rows.installOtherLanguage': {
    zh: '“设置”表的语言是 {existing}；新建的表和列使用 {language}，已有的保持不变。',
    en: 'The Settings sheet says language {existing}; new sheets and columns use {language}, existing ones are left as they are.',
  },
  'rows.moreProblems': { zh: '另有 {count} 个问题未列出', en: '{count} more problems not listed' },
} satisfies Entries;
