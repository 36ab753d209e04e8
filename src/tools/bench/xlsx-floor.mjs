// The floor for `spiral` on .xlsx (issue 13): stream the workbook with exceljs's streaming reader
// and compute one month's conversion, nothing else. Plain JavaScript, so node runs it as the CLI
// runs its bundle. Usage: node xlsx-floor.mjs <book.xlsx> <YYYY-MM>
import ExcelJS from 'exceljs';

const [book, month] = process.argv.slice(2);
const reader = new ExcelJS.stream.xlsx.WorkbookReader(book, {
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  worksheets: 'emit',
});
let inquiries = 0;
let converted = 0;
const text = (value) =>
  value && typeof value === 'object' && 'richText' in value
    ? value.richText.map((r) => r.text).join('')
    : value;
for await (const sheet of reader) {
  let columns = null;
  for await (const row of sheet) {
    const values = row.values;
    if (row.number === 1) {
      const header = values.map(text);
      const at = (label) => header.indexOf(label);
      // The Inquiries sheet is the one whose header has 日期, 阶段 and 是否成交.
      if (at('日期') > 0 && at('阶段') > 0 && at('是否成交') > 0)
        columns = { date: at('日期'), stage: at('阶段'), converted: at('是否成交') };
      continue;
    }
    if (columns === null) continue;
    const date = values[columns.date];
    if (!(date instanceof Date) || date.toISOString().slice(0, 7) !== month) continue;
    if (text(values[columns.stage]) !== '售前') continue;
    inquiries++;
    if (text(values[columns.converted]) === '是') converted++;
  }
}
process.stdout.write(`${month}: ${converted}/${inquiries} pre-sale inquiries converted\n`);
