import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { StreamingXlsxWorkbook } from '../../src/cli/xlsx/stream/streaming-workbook';
import { tempDir } from '../fakes/temp-dir';
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
  };
});
