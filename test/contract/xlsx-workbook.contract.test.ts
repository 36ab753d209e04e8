import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/cli/xlsx-workbook';
import { describeWorkbookContract } from './workbook-contract';

describeWorkbookContract('XlsxWorkbook (saved and reopened)', async () => {
  const path = join(await mkdtemp(join(tmpdir(), 'spiral-contract-')), 'book.xlsx');
  const wb = XlsxWorkbook.create();
  return {
    wb,
    async reload() {
      await wb.save(path);
      return XlsxWorkbook.open(path);
    },
  };
});
