import type { Entries } from './catalogue';

/** Importing a file (CLI `spiral import`, the sidebar's 导入文件): what was read, kept, skipped and why. */
export const importMessages = {
  'import.noSheet': {
    zh: '工作簿里没有「{sheet}」表；请先安装模板（spiral init / 安装模板）',
    en: 'the workbook has no {sheet} sheet; set up the sheets first (spiral init / Set up sheets)',
  },
  'import.missingColumns': {
    zh: '文件缺少必填列：{columns}（表头：{header}）',
    en: 'the file lacks required column(s): {columns} (its header: {header})',
  },
  'import.sheetLacksColumns': {
    zh: '「{sheet}」表缺少列 {columns}；请运行安装模板（spiral init）补上',
    en: 'sheet {sheet} lacks column(s) {columns}; run set-up (spiral init) to add them',
  },
  'import.emptyFile': { zh: '文件是空的', en: 'the file is empty' },
  'import.ignoredColumns': {
    zh: '{count} 列不在表中，未导入：{columns}',
    en: '{count} column(s) not in the sheet, ignored: {columns}',
  },
  'import.blankHeaderData': {
    zh: '第 {position} 列没有表头，其中的值未导入',
    en: 'column {position} has no header; its values are not imported',
  },
  'import.reasonColumnIgnored': {
    zh: '列「{column}」是上次导入写下的拒绝原因，不是数据，未导入',
    en: 'column "{column}" holds the reasons of an earlier rejected file, not data; ignored',
  },
  'import.duplicateHeader': {
    zh: '列「{column}」在表头中出现了 {count} 次（第 {positions} 列）；用第一列，其他列的值不同时该行被拒绝',
    en: 'column "{column}" appears {count} times in the header (columns {positions}); the first is used, and a row whose copies differ is rejected',
  },
  'import.reviewShop': {
    zh: '文件没有店铺列：这些评价按「{shop}」导入（可用 --shop 或面板的店铺选择指定竞品店铺）',
    en: 'the file has no shop column: these reviews are imported as "{shop}" (name a competitor with --shop or the panel\'s shop choice)',
  },
  'import.reviewFollowUps': {
    zh: '{count} 条追评各成一行，并在「追评对象」列注明所追的首评',
    en: '{count} follow-up review(s) became rows of their own, each naming the first review in "Follow-up of"',
  },
  'import.defaultPraise': {
    zh: '{count} 条是系统默认好评（买家未评价），已照原样导入',
    en: "{count} review(s) are the platform's default praise (the buyer left no review); imported as they are",
  },
  'import.alternateColumn': {
    zh: '列「{column}」与「{used}」是导出里的两个不同字段；用「{used}」，「{column}」未导入',
    en: 'column "{column}" and "{used}" are two different fields of the export; "{used}" is used, "{column}" is not imported',
  },
  'import.approximateKeys': {
    zh: '{count} 行的{column}在文件里是数字（表格软件只保留前 15 位）：按前 15 位 + {with} 对照已有记录，{matched} 行找到已有记录，{added} 行新增（新增行的编号末几位可能不准）',
    en: '{count} row(s) hold {column} as a number (a spreadsheet keeps only its first 15 digits): matched on those digits + {with}; {matched} found an existing record, {added} added (their last digits may be wrong)',
  },
  'import.duplicateConflict': {
    zh: '列「{column}」出现两次而值不同：“{first}” 与 “{other}”',
    en: 'column "{column}" appears twice with different values: "{first}" and "{other}"',
  },
  'import.extraFields': {
    zh: '比表头多出 {count} 个字段（表头 {width} 个）：{values}',
    en: "{count} field(s) beyond the header's {width}: {values}",
  },
  'import.shortRow': {
    zh: '只有 {count} 个字段，表头有 {width} 个',
    en: 'has {count} field(s); the header has {width}',
  },
  'import.unreadable': {
    zh: '第 {line} 行起的引号没有闭合，从这里到文件末尾无法分列（{code}）',
    en: 'a quote opened on line {line} is never closed, so the rest of the file cannot be split into fields ({code})',
  },
  'import.controlCharacter': {
    zh: '{column}：含控制字符 {code}（第 {position} 个字符）；删去后再导入',
    en: '{column}: holds the control character {code} (character {position}); remove it and import again',
  },
  'import.tooLong.xlsx': {
    zh: '有 {length} 个字符，超过 Excel 单元格能存的 {limit} 个；已照原样保存，但 Excel 打开时会截断',
    en: '{length} characters, more than the {limit} an Excel cell holds; kept as written, but Excel cuts it when it opens the file',
  },
  'import.tooLong.sheets': {
    zh: '{column}：有 {length} 个字符，超过 Google 表格单元格能存的 {limit} 个；这一行未导入，缩短后再导入',
    en: '{column}: {length} characters, more than the {limit} a Google Sheets cell holds; the row was not imported, shorten it and import again',
  },
  'import.notInList': {
    zh: '“{value}”不在下拉列表中（{allowed}）；照原样保留',
    en: '"{value}" is not in the dropdown list ({allowed}); kept as written',
  },
  'import.sameKeyInFile': {
    zh: '与第 {line} 行是同一条记录（{key}）',
    en: 'the same record as line {line} ({key})',
  },
  'import.updateKept': {
    zh: '第 {row} 行的「{column}」在导入读取之后被改过（或是公式），保持原样，未更新',
    en: 'row {row}, {column}: changed since the import read it (or a formula); left as it is, not updated',
  },
  'import.reasonHeader': { zh: '拒绝原因', en: 'reason' },
  'import.extraHeader': { zh: '多出的字段{n}', en: 'extra field {n}' },
  'import.summary': {
    zh: '{file} → {sheet}：新增 {new} 行，更新 {updated} 行，已存在跳过 {skipped} 行，拒绝 {rejected} 行',
    en: '{file} → {sheet}: {new} new, {updated} updated, {skipped} skipped as already present, {rejected} rejected',
  },
  'import.repeated': {
    zh: '另有 {repeated} 行与文件中前面的行是同一条记录（按后出现的一行为准）。',
    en: 'Another {repeated} row(s) repeat a record of an earlier line of the file (the later line wins).',
  },
  'import.rejectedLine': {
    zh: '拒绝：{file} 第 {line} 行：{reasons}',
    en: 'rejected: {file} line {line}: {reasons}',
  },
  'import.warningLine': {
    zh: '提醒：{file} 第 {line} 行，{column}：{reason}',
    en: 'warning: {file} line {line}, {column}: {reason}',
  },
  'import.warningFile': { zh: '提醒：{file}：{reason}', en: 'warning: {file}: {reason}' },
  'import.rejectedWritten': {
    zh: '{count} 行写入 {path}；在那里改好后，用 spiral import … --file {path} 再导入一次',
    en: '{count} row(s) written to {path}; fix them there and import that file again with spiral import … --file {path}',
  },
  'import.rejectedWriteFailed': {
    zh: '无法写入被拒绝的行 {path}（{error}）；工作簿没有改动',
    en: 'could not write the rejected rows to {path} ({error}); nothing was written to the workbook',
  },
  'import.invalidBytes': {
    zh: '{file} 第 {line} 行：有不是合法 {encoding} 编码的字节；没有导入任何内容（请另存为 UTF-8 或 GBK 再试）',
    en: '{file} line {line}: bytes that are not valid {encoding}; nothing was imported (save it as UTF-8 or GBK and try again)',
  },
  'import.unsupportedFile': {
    zh: '{file}：不是 CSV、TSV 或 .xlsx 导出文件',
    en: '{file}: not a CSV, TSV or .xlsx export',
  },
  'import.noFile': { zh: '{file}：找不到这个文件', en: '{file}: no such file' },
} satisfies Entries;
