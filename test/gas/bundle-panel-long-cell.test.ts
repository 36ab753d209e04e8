/**
 * A cell longer than Google Sheets holds (50,000 characters), imported from the panel: Sheets would
 * refuse the whole batch's write, so the row is rejected with a sentence naming Sheets' limit, and
 * the rest of the batch goes in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const NOW = '2026-11-10T04:00:00Z';
const HEADER = ['日期', '客服', '客户ID', '阶段', '咨询内容'];

describe('a cell over Sheets’ limit in a panel import', () => {
  it('rejects that row naming the 50,000 characters of a Sheets cell, and imports the rest', async () => {
    const b = await setUpBook({ timeZone: 'Asia/Shanghai' }, NOW);
    const rows = [
      ['2026-11-02', '小美', 'b1', '售前', '长'.repeat(60_000)],
      ['2026-11-02', '小美', 'b2', '售前', '有货吗'],
    ];
    const batch = {
      sheet: 'inquiries',
      file: 'chats.csv',
      header: HEADER,
      headerLine: 1,
      rows: rows.map((cells, i) => ({ line: i + 2, cells })),
      unreadable: [],
      range: { from: 1, to: 2, of: 2 },
      importId: 'long1',
    };
    const result = b.execution('active', NOW).bundle.call('sidebarImport', batch, 'zh') as {
      new: number;
      rejected: number;
      rejectedGrid: string[][];
      warnings: unknown[];
    };
    expect(result).toMatchObject({ new: 1, rejected: 1, warnings: [] });
    const reason = result.rejectedGrid[1]!.at(-1);
    expect(reason).toBe(
      '咨询内容：有 60000 个字符，超过 Google 表格单元格能存的 50000 个；这一行未导入，缩短后再导入',
    );
    const ids = b.wb
      .read(sheetName('inquiries', 'zh'))
      .slice(1)
      .map((line) => line[2])
      .filter((id) => id !== '');
    expect(ids).toEqual(['b2']);
  });
});
