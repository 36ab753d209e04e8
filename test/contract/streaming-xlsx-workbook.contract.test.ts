import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { StreamingXlsxWorkbook } from '../../src/cli/xlsx/stream/streaming-workbook';
import { tempDir } from '../fakes/temp-dir';
import { excelOutline } from './tab-outline';
import { describeWorkbookContract } from './workbook-contract';

/** The streamed adapter opens files only: each test starts from a saved book with one sheet, as Sheets has. */
describeWorkbookContract('StreamingXlsxWorkbook (saved and reopened)', async () => {
  const path = join(tempDir('spiral-stream-contract'), 'book.xlsx');
  const start = new ExcelJS.Workbook();
  start.addWorksheet('Sheet1');
  await start.xlsx.writeFile(path);
  const wb = await StreamingXlsxWorkbook.open(path);
  return {
    wb,
    async reload() {
      await wb.save(path);
      return StreamingXlsxWorkbook.open(path);
    },
    /** The streamed adapter holds no outline in memory: the saved file is read back with exceljs. */
    async outline(book, name) {
      await (book as StreamingXlsxWorkbook).save(path);
      const saved = new ExcelJS.Workbook();
      await saved.xlsx.readFile(path);
      return excelOutline(saved.getWorksheet(name)!);
    },
  };
});
