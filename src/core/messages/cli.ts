import type { Entries } from './catalogue';

/** Lines the `spiral` command prints. */
export const cliMessages = {
  'cli.reportWritten': { zh: '已写出 {out}（{tab}）', en: 'wrote {out} ({tab})' },
  'cli.reportFooter': { zh: '由 Spiral 根据 {book} 生成 · {at}', en: 'Made by Spiral from {book} · {at}' },
  'cli.title': {
    zh: 'spiral — 网店客服反馈闭环，在 .xlsx 文件上运行',
    en: 'spiral — the customer-service feedback loop, on .xlsx files',
  },
  'cli.usageHeading': {
    zh: '用法（spiral <命令> --help 看每个命令的说明）：',
    en: 'usage (spiral <command> --help for each command):',
  },
  'cli.exitCodes': {
    zh: '退出码：0 完成 · 1 用法或文件错误（什么也没写） · 2 规则文件无效 · 3 有行被拒 · 4 工作簿正忙',
    en: 'exit codes: 0 done · 1 usage or file error (nothing written) · 2 invalid rule files · 3 some rows rejected · 4 busy',
  },
  'cli.fileError': { zh: '{path}：{reason}，未写入任何内容', en: '{path}: {reason}; nothing was written' },
  'cli.fileErrorNoPath': { zh: '{reason}，未写入任何内容', en: '{reason}; nothing was written' },
  'cli.file.EISDIR': { zh: '这是一个文件夹，不是文件', en: 'this is a folder, not a file' },
  'cli.file.EROFS': { zh: '所在磁盘为只读', en: 'the disk is read-only' },
  'cli.file.ENOSPC': { zh: '磁盘已满', en: 'the disk is full' },
  'cli.file.EACCES': { zh: '没有读写权限', en: 'permission denied' },
  'cli.file.EPERM': { zh: '没有读写权限', en: 'permission denied' },
  'cli.file.ENOENT': { zh: '找不到这个文件或文件夹', en: 'no such file or folder' },
  'cli.file.ENOTDIR': { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  'cli.file.notRegular': {
    zh: '这不是普通文件（而是设备、文件夹或管道），请指定一个文件',
    en: 'it is not an ordinary file (a device, a folder or a pipe); name a file',
  },
  'cli.lockFailed': {
    zh: '无法在 {book} 旁边建立锁文件：{reason}，未写入任何内容',
    en: 'Could not take the lock beside {book}: {reason}; nothing was written',
  },
  'cli.stateNotFile': {
    zh: '{path} 是 Spiral 保存运行状态的位置，这里却是文件夹（或其他非普通文件）；未写入任何内容，请移走或改名后再运行',
    en: '{path} is where Spiral keeps its run state, but it is a folder (or another non-ordinary file); nothing was written. Move or rename it and run again',
  },
  'cli.unexpected': {
    zh: 'Spiral 遇到未预料的错误（{message}），未写入任何内容；设置 SPIRAL_DEBUG=1 可显示详细信息',
    en: 'Spiral met an unexpected error ({message}); nothing was written. Set SPIRAL_DEBUG=1 for the details',
  },
  'cli.unknownCommand': { zh: '没有“{name}”这个命令', en: 'unknown command "{name}"' },
  'cli.unknownOption': {
    zh: '没有 {option} 这个选项；{help} 列出可用的选项',
    en: 'there is no option {option}; {help} lists the options',
  },
  'cli.missingValue': {
    zh: '{option} 后面缺少它的值；{help} 列出用法',
    en: '{option} needs a value after it; {help} shows the usage',
  },
  'cli.switchTakesNoValue': {
    zh: '{option} 是开关，不接受取值“{value}”；{help} 列出用法',
    en: '{option} is a switch and takes no value ("{value}"); {help} shows the usage',
  },
  'cli.extraArgument': {
    zh: '多了一个参数“{arg}”；{help} 列出用法',
    en: 'one argument too many ("{arg}"); {help} shows the usage',
  },
  'cli.help.init': {
    zh: 'spiral init <book.xlsx> [--lang zh|en]\n  新建或补全模板工作表：缺的表新建，缺的列加在最后；已有的内容一格不动。',
    en: 'spiral init <book.xlsx> [--lang zh|en]\n  Create or complete the templated sheets: missing sheets are added, missing columns go at the end; nothing already there moves.',
  },
  'cli.help.import': {
    zh: 'spiral import <book.xlsx> --sheet <表> --file <导出文件> [--shop <店铺>] [--json]\n  把导出文件（CSV 或 .xlsx）追加到对应的表（--sheet 写表的键或中英文表名，如 orders 或 订单记录）；无效的行写进 <文件>.rejected.csv。--csv 与 --file 相同；--shop 给没有店铺列的评价导出指定店铺；--json 打印导入结果。',
    en: 'spiral import <book.xlsx> --sheet <sheet> --file <export> [--shop <shop>] [--json]\n  Append an export (CSV or .xlsx) to its sheet (--sheet takes its key or its name in either language, e.g. orders or Orders); invalid rows go to <file>.rejected.csv. --csv is the same as --file; --shop names the shop of a review export without a shop column; --json prints the result.',
  },
  'cli.help.classify': {
    zh: 'spiral classify <book.xlsx>\n  按分类词典填写空白的问题分类，以及每条评价的自动分类。',
    en: "spiral classify <book.xlsx>\n  Fill blank question categories from the taxonomy, and every review's automatic categories.",
  },
  'rules.runFailed': {
    zh: '{file}：规则“{rule}”的 {field} 运行时出错（{reason}）；请改正该规则文件，并用 spiral rules check 检查',
    en: '{file}: rule "{rule}", {field}: failed at run time ({reason}); correct the rule file and check it with spiral rules check',
  },
  'cli.help.kpi': {
    zh: 'spiral kpi <book.xlsx> --month YYYY-MM [--json] [--csv pay.csv] [--force]\n  计算该月的客服考核与工资；--csv 另存工资表（供工资系统导入）；影响工资的设置无法读取时不计发，--force 按默认值计发并列出这些设置。',
    en: "spiral kpi <book.xlsx> --month YYYY-MM [--json] [--csv pay.csv] [--force]\n  Compute the month's scorecard and pay; --csv also writes the pay table for payroll. While a setting that changes pay cannot be read, nothing is paid; --force pays with the defaults and lists those settings.",
  },
  'cli.help.summary': {
    zh: 'spiral summary <book.xlsx> --week 2026-W47 | --month 2026-11 [--json]\n  写出该周期的周报或月报标签页；--json 打印其数据。',
    en: "spiral summary <book.xlsx> --week 2026-W47 | --month 2026-11 [--json]\n  Write the period's summary tab; --json prints its model.",
  },
  'cli.help.report': {
    zh: 'spiral report <book.xlsx> --week 2026-W47 | --month 2026-11 [--out report.html]\n  把该周期的汇总写成一个独立、可打印的 HTML 文件（图表可交互）；工作簿不变。',
    en: "spiral report <book.xlsx> --week 2026-W47 | --month 2026-11 [--out report.html]\n  Write the period's summary as one self-contained, printable HTML file with interactive charts; the workbook is not changed.",
  },
  'cli.rulesUsage': {
    zh: '用法：spiral rules check [--dir rules]',
    en: 'usage: spiral rules check [--dir rules]',
  },
  'cli.help.rules': {
    zh: 'spiral rules check [--dir rules]\n  检查规则文件；有错误时退出码为 2。',
    en: 'spiral rules check [--dir rules]\n  Validate the rule files; exit 2 when one is invalid.',
  },
  'cli.help.runDue': {
    zh: 'spiral run-due <book.xlsx> [--now <ISO 时间>]\n  补做到期的工作：分类、考核、每个缺少的汇总标签页。',
    en: 'spiral run-due <book.xlsx> [--now <ISO time>]\n  Catch up: classify, scorecard, every missing summary tab.',
  },
  'cli.help.demo': {
    zh: 'spiral demo [out.xlsx] [--force] [--lang en]\n  用示例数据写出演示工作簿（默认 out/spiral-demo.xlsx，中文；--lang en 为英文工作簿）；文件已存在时需加 --force 才会覆盖。',
    en: 'spiral demo [out.xlsx] [--force] [--lang en]\n  Write the demo workbook (default out/spiral-demo.xlsx, in Chinese; --lang en for an English one); an existing file is overwritten only with --force.',
  },
  'cli.demoExists': {
    zh: '{path} 已存在；加 --force 覆盖它',
    en: '{path} already exists; add --force to overwrite it',
  },
  'cli.busy': {
    zh: '{book} 正被另一个 spiral 命令使用（进程 {pid}，主机 {host}，自 {since} 起），锁文件：{lock}。如果确认没有 spiral 命令在运行，删除这个锁文件后重试。',
    en: '{book} is busy: another spiral command (process {pid} on {host}, since {since}) holds the lock file {lock}. If no spiral command is running, delete that lock file and try again.',
  },
  'cli.busyUnknown': {
    zh: '{book} 正被另一个 spiral 命令使用，锁文件：{lock}。如果确认没有 spiral 命令在运行，删除这个锁文件后重试。',
    en: '{book} is busy: another spiral command holds the lock file {lock}. If no spiral command is running, delete that lock file and try again.',
  },
  'cli.ruleBom': {
    zh: '文件以字节顺序标记（BOM）开头；请另存为不带 BOM 的 UTF-8',
    en: 'the file starts with a byte-order mark (BOM); save it as UTF-8 without a BOM',
  },
  'cli.ruleNotJson': { zh: '不是有效的 JSON（{reason}）', en: 'not valid JSON ({reason})' },
  'cli.ruleTooDeep': {
    zh: '嵌套太深：{path} 超过了规则文件允许的 {max} 层',
    en: 'nested too deep: {path} is more than the {max} levels a rule file may have',
  },
  'cli.ruleNumberTooLarge': {
    zh: '{path} 的数字太大（读出来是无穷大）',
    en: 'the number at {path} is too large (it reads as infinity)',
  },
  'cli.removedLeftover': {
    zh: '已删除上次中断的运行留下的临时文件 {name}',
    en: 'removed {name}, a temporary file left by an interrupted run',
  },
  'cli.notWorkbook': {
    zh: '{path} 不是可读取的 Excel 工作簿（.xlsx）：{reason}',
    en: '{path} is not a readable Excel workbook (.xlsx): {reason}',
  },
  'cli.couldNotSave': {
    zh: '无法保存 {path}：{reason}。磁盘上的文件没有改动。',
    en: 'Could not save {path}: {reason}. The file on disk was not changed.',
  },
  'cli.stateNotObject': { zh: '内容不是 JSON 对象', en: 'not a JSON object' },
  'cli.stateValueNotText': { zh: '有一个值不是文本', en: 'a value is not text' },
  'cli.workbookNotFound': { zh: '找不到工作簿：{path}', en: 'Workbook not found: {path}' },
  'cli.notXlsxName': { zh: '不是 .xlsx 文件：{path}', en: 'Not an .xlsx file: {path}' },
  'cli.noWorksheets': {
    zh: '里面没有工作表（是改了扩展名的 Word 或其他文件吗？）',
    en: 'it holds no worksheets (a Word or other file renamed .xlsx?)',
  },
  'cli.sheetFull': {
    zh: '工作表“{sheet}”最多 {max} 行，这次写入会写到第 {row} 行，因此什么都没有写入；请先归档旧记录（见 docs/automation.md“归档旧行”）',
    en: 'sheet "{sheet}" holds at most {max} rows and this write would reach row {row}, so nothing was written; archive old rows first (docs/automation.md, "Archiving old rows")',
  },
  'cli.partTooLarge': {
    zh: '{file}：其中的 {part} 解压后超过 {limit} MB（压缩炸弹或已损坏的文件），什么都没有读',
    en: '{file}: its part {part} inflates to more than {limit} MB (a zip bomb, or a damaged file); nothing was read',
  },
  'cli.charRef': {
    zh: '工作表“{sheet}”的 {cell} 格含有字符引用 {ref}，它不对应任何字符（Excel 不会写出）：什么都没有读；请在 Excel 或 WPS 里改正这一格、另存后再试',
    en: 'sheet "{sheet}", cell {cell}: the character reference {ref} is no character (Excel never writes one), and nothing was read: correct that cell in Excel or WPS, save it again and retry',
  },
  'cli.charRefShared': {
    zh: '工作簿的共享文本里含有字符引用 {ref}，它不对应任何字符（Excel 不会写出）：什么都没有读；请用 Excel 或 WPS 打开、另存后再试',
    en: "the workbook's shared texts hold the character reference {ref}, which is no character (Excel never writes one), and nothing was read: open it in Excel or WPS, save it again and retry",
  },
  'cli.cellAddress': {
    zh: '工作表“{sheet}”里有 Excel 不会写出的单元格地址 {address}（Excel 最多 1,048,576 行、16,384 列，即 XFD）：文件已损坏或被改过，什么都没有读；请用 Excel 打开、另存后再试',
    en: 'sheet "{sheet}" holds a cell address Excel never writes: {address} (Excel has at most 1,048,576 rows and 16,384 columns, up to XFD); the file is damaged or was altered, and nothing was read: open it in Excel, save it again and retry',
  },
  'cli.sheetTooLarge': {
    zh: '工作表“{sheet}”太大：即使每行只算到它最后一个值，也有 {cells} 个单元格，超过 10,000,000；请删掉远处零散的单元格或把表拆开',
    en: 'sheet "{sheet}" is too large: even with each row counted only to its last value it holds {cells} cells, above 10,000,000; delete stray cells far to the right or below, or split the sheet',
  },
} satisfies Entries;
