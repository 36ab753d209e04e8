import type { Entries } from './catalogue';

/** The engine path: summaries from a folder of exports through DuckDB, and the SQL for BigQuery. */
export const engineMessages = {
  'engine.help.summary': {
    zh: 'spiral summary <book.xlsx> --week 2026-W47 | --month 2026-11 [--json]\n  写出该周期的周报或月报标签页；--json 打印其数据。\nspiral summary --from <导出文件夹> --engine duckdb --week 2026-W47 | --month 2026-11 [--json]\n  用内嵌的 DuckDB 从文件夹里的 inquiries.csv / reviews.csv（或 .parquet）算出同样的周报或月报：打印报表（--json 打印数据）；不写任何文件。',
    en: "spiral summary <book.xlsx> --week 2026-W47 | --month 2026-11 [--json]\n  Write the period's summary tab; --json prints its model.\nspiral summary --from <export folder> --engine duckdb --week 2026-W47 | --month 2026-11 [--json]\n  The same summary computed by embedded DuckDB from the folder's inquiries.csv / reviews.csv (or .parquet): prints the tab (--json its model); writes nothing.",
  },
  'engine.help.sql': {
    zh: 'spiral sql --dialect bigquery|duckdb [--week 2026-W47 | --month 2026-11]\n  打印汇总用的 SQL（整理各列，再按周期分组计数）；给了周期时连同该周期的计数查询。分类留空的问题和评价按不同文本各返回一行，由 Spiral 的阅读规则（JavaScript）来分类，不写成 SQL。',
    en: "spiral sql --dialect bigquery|duckdb [--week 2026-W47 | --month 2026-11]\n  Print the SQL the summaries are counted with (the columns typed, then GROUP BY counts); with a period, its count queries too. Questions and reviews with blank categories come back one row per distinct text, for Spiral's reading (JavaScript) to classify: the reading is not SQL.",
  },
  'engine.needsEngine': {
    zh: '--from 需要 --engine duckdb（目前只有 DuckDB）',
    en: '--from needs --engine duckdb (DuckDB is the only engine so far)',
  },
  'engine.engineWithoutFrom': {
    zh: '--engine 只和 --from <文件夹> 一起用；工作簿的汇总不写 --engine',
    en: '--engine goes with --from <folder>; a workbook summary takes no --engine',
  },
  'engine.noFolder': { zh: '找不到文件夹 {folder}', en: 'no folder {folder}' },
  'engine.patternPath': {
    zh: '无法读取 {file}：它的路径含有通配符（* ? [ 等），而系统临时文件夹的路径也含有，无法改用不含通配符的链接',
    en: "cannot read {file}: its path holds a wildcard (* ? [ and the like), and so does the system temporary folder's, where a plain link to it would go",
  },
  'engine.missingLog': {
    zh: '{folder} 里没有 {name}.csv 或 {name}.parquet（询单和评价两个文件都需要，评价可以只有表头）',
    en: '{folder} has no {name}.csv or {name}.parquet (both logs are needed; reviews may be a header only)',
  },
  'engine.invalidBytes': {
    zh: '{file} 第 {line} 行：有不是合法 {encoding} 编码的字节；没有计算任何内容（请另存为 UTF-8 再试）',
    en: '{file} line {line}: bytes that are not valid {encoding}; nothing was computed (save it as UTF-8 and try again)',
  },
  'engine.notText': {
    zh: '{file}：不是 CSV 文本文件（内容是二进制数据）；没有计算任何内容',
    en: '{file}: not a CSV text file (it holds binary data); nothing was computed',
  },
  'engine.emptyFile': {
    zh: '{file} 是空文件（0 字节），连表头都没有；没有计算任何内容',
    en: '{file} is empty (0 bytes), without even a header; nothing was computed',
  },
  'engine.notUtf8': {
    zh: '{file} 第 {line} 行：不是 UTF-8 编码（可能是 GBK）；引擎只读 UTF-8。请另存为“CSV UTF-8”，或用 spiral import 导入工作簿（它能读 GBK）',
    en: '{file} line {line}: not UTF-8 (GBK, perhaps); the engine reads UTF-8 only. Save it as "CSV UTF-8", or import it into the workbook with spiral import, which reads GBK',
  },
  'engine.csvLine': {
    zh: '{file} 第 {line} 行：DuckDB 无法按 CSV 读取这一行；没有计算任何内容（用 spiral import 导入可看到是哪一格）',
    en: '{file} line {line}: DuckDB cannot read this line as CSV; nothing was computed (spiral import shows which cell)',
  },
  'engine.missingColumn': {
    zh: '{file} 缺少“{zh}”列（英文表头 {en}，或列名 {key}）；补上这一列再运行',
    en: '{file} has no "{en}" column (Chinese header {zh}, or key {key}); add it and run again',
  },
  'engine.unknownDialect': {
    zh: '--dialect 只能是 bigquery 或 duckdb',
    en: '--dialect must be bigquery or duckdb',
  },
  'engine.sources': {
    zh: '设置：{settings}；分类词典：{taxonomy}；词库：{lexicon}',
    en: 'settings: {settings}; taxonomy: {taxonomy}; lexicon: {lexicon}',
  },
  'engine.shippedLexicon': {
    zh: '内置词库（rules/lexicon.json）',
    en: 'the shipped lexicon (rules/lexicon.json)',
  },
  'engine.fromFolder': { zh: '文件夹里的 {file}', en: "the folder's {file}" },
  'engine.defaults': { zh: '默认值', en: 'the defaults' },
  'engine.shippedTaxonomy': {
    zh: '内置词典（rules/taxonomy.json）',
    en: 'the shipped taxonomy (rules/taxonomy.json)',
  },
  'engine.computed': {
    zh: '{folder}：{tab}，由 DuckDB 从 {inquiries} 条询单、{reviews} 条评价算出',
    en: '{folder}: {tab}, computed by DuckDB from {inquiries} inquiries and {reviews} reviews',
  },
  'engine.note.scorecard': {
    zh: '月报的客服考核部分为空：考核的输入（客服考核表）不在导出文件夹里，请在工作簿上运行 spiral kpi',
    en: "the month's scorecard section is empty: its inputs (the Scorecard sheet) are not in the export folder; run spiral kpi on the workbook",
  },
  'engine.note.probes': {
    zh: '竞品探询统计为空：探询记录不在导出文件夹里',
    en: 'the competitor-probe tally is empty: the probe log is not in the export folder',
  },
  'engine.note.roles': {
    zh: '月报没有商品角色部分：它要读商品清单和订单，引擎路径不读；请在工作簿上生成月报',
    en: "the month's product-roles section is absent: it needs the Products and Orders sheets, which the engine path does not read; summarise the month on the workbook",
  },
  'engine.note.orders': {
    zh: '不读订单：订单归属要逐个买家比对时间，引擎路径暂不支持；人均数字来自询单',
    en: 'orders are not read (attributing them needs each buyer’s timeline, not yet in the engine path); per-buyer figures come from the inquiries',
  },
  'engine.note.excluded': {
    zh: '{count} 行无法读取（日期、必填项或取值无效），未计入',
    en: '{count} rows could not be read (date, a required value or an invalid value) and are left out',
  },
  'engine.demo.exported': {
    zh: '引擎：把日志导出到 {folder}（inquiries.csv、reviews.csv、taxonomy.csv、settings.csv、lexicon.csv）',
    en: 'engine: exported the logs to {folder} (inquiries.csv, reviews.csv, taxonomy.csv, settings.csv, lexicon.csv)',
  },
  'engine.demo.dateForms': {
    zh: '引擎：日志里的日期轮流写成 {forms}，DuckDB 与工作簿按同一套日期写法读取',
    en: 'engine: the logs’ dates are written in turn as {forms}; DuckDB reads them by the same date grammar as the workbook',
  },
  'engine.demo.equal': {
    zh: '引擎：DuckDB 从文件夹算出的 {tab} 与工作簿日志的汇总逐项相同（{fields} 个字段；订单、商品、考核、竞品探询、推广和店铺评分不在文件夹里，两边都不计）',
    en: "engine: DuckDB's {tab} from the folder equals the workbook logs' summary field by field ({fields} fields; orders, products, scorecard, probes, ads and shop ratings are not in the folder, so neither side counts them)",
  },
  'engine.demo.differs': {
    zh: '引擎：DuckDB 算出的 {tab} 与工作簿的汇总不同，第一处在 {path}',
    en: "engine: DuckDB's {tab} differs from the workbook's summary, first at {path}",
  },
} satisfies Entries;
