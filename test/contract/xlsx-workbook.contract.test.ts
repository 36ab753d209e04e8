import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { tempDir } from '../fakes/temp-dir';
import { describeKeptCellsContract, type PlantedKind, SHOWN } from './kept-cells-contract';
import { excelOutline } from './tab-outline';
import { describeWorkbookContract } from './workbook-contract';

describeWorkbookContract('XlsxWorkbook (saved and reopened)', async () => {
  const path = join(tempDir('spiral-contract'), 'book.xlsx');
  const wb = XlsxWorkbook.create();
  return {
    wb,
    async reload() {
      await wb.save(path);
      return XlsxWorkbook.open(path);
    },
    outline: async (book, name) => excelOutline((book as XlsxWorkbook).book.getWorksheet(name)!),
  };
});

/** Each kind as exceljs holds it after Excel saved it (a formula with its cached result). */
const EXCEL_VALUE: Record<PlantedKind, ExcelJS.CellValue> = {
  formula: { formula: 'Z1&"物流"', result: SHOWN.formula as string },
  hyperlink: { text: SHOWN.hyperlink as string, hyperlink: 'https://example.com/kd' },
  richText: { richText: [{ text: '尺码 ', font: { bold: true } }, { text: '偏小' }] },
  error: { error: '#REF!' },
};

const KIND_OF: Partial<Record<ExcelJS.ValueType, PlantedKind>> = {
  [ExcelJS.ValueType.Formula]: 'formula',
  [ExcelJS.ValueType.Hyperlink]: 'hyperlink',
  [ExcelJS.ValueType.RichText]: 'richText',
  [ExcelJS.ValueType.Error]: 'error',
};

describeKeptCellsContract('XlsxWorkbook (saved and reopened)', async () => {
  const path = join(tempDir('spiral-kept'), 'book.xlsx');
  let wb = XlsxWorkbook.create();
  const sheet = (name: string) => wb.book.getWorksheet(name)!;
  return {
    wb,
    async reload() {
      await wb.save(path);
      wb = await XlsxWorkbook.open(path);
      return wb;
    },
    plant(name, row, col, kind) {
      sheet(name).getCell(row, col).value = EXCEL_VALUE[kind];
    },
    kindAt: (name, row, col) => KIND_OF[sheet(name).getCell(row, col).type] ?? null,
  };
});
