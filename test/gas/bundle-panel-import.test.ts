/**
 * Issue 22 item 1 through the bundled Apps Script over the fake: the panel sends a file in batches
 * of rows, each its own execution. Identical rows of one file are all kept whatever batch each came
 * in, rows already in the sheet are still skipped, a batch sent again adds nothing twice, and a
 * batch reads the sheet's key column, not the whole sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_KEY_HEADER } from '../../src/core/ingest/import-target';
import { sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const NOW = '2026-11-10T04:00:00Z';
const INQUIRIES = sheetName('inquiries', 'zh');
const HEADER = ['日期', '客服', '客户ID', '阶段', '咨询内容'];

const row = (i: number) => ['2026-11-02', '小美', `b${i}`, '售前', `问题 ${i}`];

/** The page's batch: rows `from`..`to` of a file of `of` rows. */
function batch(rows: string[][], from: number, of: number, importId: string) {
  return {
    sheet: 'inquiries',
    file: 'chats.csv',
    header: HEADER,
    headerLine: 1,
    rows: rows.map((cells, i) => ({ line: from + i + 1, cells })),
    unreadable: [],
    range: { from, to: from + rows.length - 1, of },
    importId,
  };
}

const dataRows = (book: Awaited<ReturnType<typeof setUpBook>>) =>
  book.wb
    .read(INQUIRIES)
    .slice(1)
    .filter((line) => line.some((cell) => cell !== ''));

describe('a file imported from the panel in batches', () => {
  it('keeps two identical rows that came in different batches, and counts rows already there apart', async () => {
    const b = await setUpBook({ timeZone: 'Asia/Shanghai' }, NOW);
    b.append('inquiries', [
      { date: '2026-11-02', agent: '小美', customerId: 'b0', stage: 'pre-sale', question: '问题 0' },
    ]);
    const first = [row(0), row(1), row(2)];
    const second = [row(1), row(3)];
    const a = b.execution('active', NOW).bundle.call('sidebarImport', batch(first, 1, 5, 'imp1'), 'zh');
    expect(a).toMatchObject({ new: 2, skipped: 1, repeated: 0, rejected: 0 });
    const c = b.execution('active', NOW).bundle.call('sidebarImport', batch(second, 4, 5, 'imp1'), 'zh');
    // Before, b1's second copy was "already present" (1 new + 1 skipped): it is the file's own row.
    expect(c).toMatchObject({ new: 2, skipped: 0, rejected: 0 });
    const ids = dataRows(b).map((line) => line[2]);
    expect(ids.sort()).toEqual(['b0', 'b1', 'b1', 'b2', 'b3']);
    // The same batch sent again (the page retried) adds nothing twice.
    const again = b.execution('active', NOW).bundle.call('sidebarImport', batch(second, 4, 5, 'imp1'), 'zh');
    expect(again).toMatchObject({ new: 0, skipped: 2 });
    // A later import of the same file finds every row there.
    const later = b
      .execution('active', NOW)
      .bundle.call('sidebarImport', batch([...first, ...second], 1, 5, 'imp2'), 'zh');
    expect(later).toMatchObject({ new: 0, skipped: 5 });
    expect(dataRows(b)).toHaveLength(5);
    const sheet = b.first.spreadsheet.sheet(INQUIRIES);
    const keyCol = (sheet.snapshot()[0] ?? []).indexOf(IMPORT_KEY_HEADER) + 1;
    expect(keyCol).toBeGreaterThan(0);
    expect(sheet.hiddenColumns.has(keyCol)).toBe(true);
  });

  it('reads the key column per batch, not the whole sheet: cells read stay under two per row', async () => {
    const b = await setUpBook({ timeZone: 'Asia/Shanghai' }, NOW);
    const size = 1000;
    const file = Array.from({ length: 4 * size }, (_, i) => row(i));
    const cellsRead: number[] = [];
    for (let k = 0; k < 4; k++) {
      const run = b.execution('active', NOW);
      const result = run.bundle.call(
        'sidebarImport',
        batch(file.slice(k * size, (k + 1) * size), k * size + 1, 4 * size, 'big'),
        'zh',
      );
      expect(result).toMatchObject({ new: size, rejected: 0 });
      const onSheet = run.fakes.env.reads.filter((read) => read.sheet === INQUIRIES);
      cellsRead.push(onSheet.reduce((sum, read) => sum + read.rows * read.cols, 0));
    }
    expect(dataRows(b)).toHaveLength(4 * size);
    // The fourth batch finds 3,000 rows: it reads their key cells (and the header), not 3,000 × every column.
    expect(cellsRead[3]!).toBeLessThan(2 * 3 * size + 100);
  });
});
