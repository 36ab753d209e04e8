import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from '../../../src/core/ingest/delimited-text';
import { noteText } from '../../../src/core/ingest/import-note';
import { importRecords } from '../../../src/core/ingest/import-records';
import { inputTable } from '../../../src/core/ingest/input-table';
import { rejectedGrid } from '../../../src/core/ingest/rejected-file';
import { installTemplates } from '../../../src/core/setup/install';
import type { Cell } from '../../../src/ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  return wb;
}

const HEADER = ['日期', '客服', '客户ID', '阶段', '咨询内容', '是否成交', '成交金额', '询盘渠道'];
const ROWS: Cell[][] = [
  ['2026-11-02', '小美', 'b1', '售前', '有优惠吗', '否', '', '旺旺'],
  ['2026-11-02', '小美', 'b2', '售前', '包邮吗', '是', '128', '旺旺'],
  ['2026-11-03', '阿杰', 'b3', '售后', '快递到哪了', '', '', '电话'],
];

const dataRows = (wb: MemoryWorkbook) => wb.read('询单记录').slice(1);
const column = (wb: MemoryWorkbook, label: string) => {
  const grid = wb.read('询单记录');
  const at = grid[0]!.indexOf(label);
  return grid.slice(1).map((r) => r[at]);
};

describe('importRecords: nothing twice', () => {
  it('re-importing the same rows adds nothing and says they were already present', () => {
    const wb = book();
    const first = importRecords(wb, 'inquiries', inputTable(HEADER, ROWS));
    expect(first).toMatchObject({ new: 3, updated: 0, skipped: 0, rejected: 0 });
    const again = importRecords(wb, 'inquiries', inputTable(HEADER, ROWS));
    expect(again).toMatchObject({ new: 0, updated: 0, skipped: 3, rejected: 0 });
    expect(dataRows(wb)).toHaveLength(3);
  });

  it('an overlapping export adds only its new rows', () => {
    const wb = book();
    importRecords(wb, 'inquiries', inputTable(HEADER, ROWS.slice(0, 2)));
    const later = importRecords(wb, 'inquiries', inputTable(HEADER, ROWS.slice(1)));
    expect(later).toMatchObject({ new: 1, skipped: 1 });
    expect(column(wb, '客户ID')).toEqual(['b1', 'b2', 'b3']);
  });

  it('keeps identical rows of one file (two real conversations) and re-imports them as present', () => {
    const wb = book();
    const twice = [ROWS[0]!, ROWS[0]!];
    expect(importRecords(wb, 'inquiries', inputTable(HEADER, twice))).toMatchObject({ new: 2 });
    expect(importRecords(wb, 'inquiries', inputTable(HEADER, twice))).toMatchObject({ new: 0, skipped: 2 });
    expect(importRecords(wb, 'inquiries', inputTable(HEADER, [...twice, ROWS[0]!]))).toMatchObject({
      new: 1,
      skipped: 2,
    });
    expect(dataRows(wb)).toHaveLength(3);
  });

  it('a category filled by classification since does not make a row new', () => {
    const wb = book();
    importRecords(wb, 'inquiries', inputTable(HEADER, ROWS));
    const grid = wb.read('询单记录');
    wb.write('询单记录', 2, grid[0]!.indexOf('问题分类') + 1, [['价格']]);
    expect(importRecords(wb, 'inquiries', inputTable(HEADER, ROWS))).toMatchObject({ new: 0, skipped: 3 });
  });

  it('a declared key updates the columns an update may change, and nothing else', () => {
    const wb = book();
    const key = { columns: ['customerId', 'date'], byDay: ['date'], update: ['converted', 'amount'] };
    importRecords(wb, 'inquiries', inputTable(HEADER, ROWS), { key });
    const changed: Cell[][] = [
      ['2026-11-02', '小美', 'b1', '售前', '改了问题文字', '是', '99', '旺旺'],
      ['2026-11-02', '小美', 'b2', '售前', '包邮吗', '是', '128', '旺旺'],
      ['2026-11-04', '阿杰', 'b3', '售后', '又来了', '', '', '电话'],
    ];
    const result = importRecords(wb, 'inquiries', inputTable(HEADER, changed), { key });
    expect(result).toMatchObject({ new: 1, updated: 1, skipped: 1, rejected: 0 });
    expect(column(wb, '客户ID')).toEqual(['b1', 'b2', 'b3', 'b3']);
    expect(column(wb, '是否成交')).toEqual(['是', '是', '', '']);
    expect(column(wb, '成交金额')).toEqual([99, 128, '', '']);
    // The question is not a column an update may change: it stays as first imported.
    expect(column(wb, '咨询内容')[0]).toBe('有优惠吗');
  });

  it('a key repeated within one file is one record, taking the later state, counted as repeated', () => {
    const wb = book();
    const key = { columns: ['customerId'], update: ['amount'] };
    const rows: Cell[][] = [
      ['2026-11-02', '小美', 'b1', '售前', 'q', '是', '10', '旺旺'],
      ['2026-11-02', '小美', 'b1', '售前', 'q', '是', '12', '旺旺'],
    ];
    expect(importRecords(wb, 'inquiries', inputTable(HEADER, rows), { key })).toMatchObject({
      new: 1,
      updated: 0,
      repeated: 1,
    });
    expect(column(wb, '成交金额')).toEqual([12]);
  });
});

describe('importRecords: nothing typed is lost', () => {
  it('keeps a value outside a dropdown list as written, with a warning', () => {
    const wb = book();
    const result = importRecords(wb, 'inquiries', inputTable(HEADER, [[...ROWS[0]!.slice(0, 7), '淘宝']]));
    expect(result.new).toBe(1);
    expect(column(wb, '询盘渠道')).toEqual(['淘宝']);
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 2, column: '询盘渠道', reason: expect.stringContaining('照原样保留') }),
    ]);
  });

  it('names a repeated header, extra fields, a short row and a control character, and rejects those rows', () => {
    const wb = book();
    const header = [...HEADER, '客服'];
    const rows: Cell[][] = [
      [...ROWS[0]!, '小美'],
      [...ROWS[1]!, '阿杰'],
      [...ROWS[2]!, '', '多余'],
      ROWS[0]!.slice(0, 5),
      ['2026-11-05', '小美', 'b9', '售后', '响铃\u0007了', '', '', '旺旺', ''],
    ];
    const result = importRecords(wb, 'inquiries', inputTable(header, rows));
    expect(result.notes.map((n) => noteText(n, 'zh')).join('\n')).toContain(
      '「客服」在表头中出现了 2 次（第 2, 9 列）',
    );
    expect(result).toMatchObject({ new: 1, rejected: 4 });
    const reasons = result.rejectedRows.map((r) => [r.line, r.reasons.join('; ')]);
    expect(reasons[0]).toEqual([3, expect.stringContaining('“小美” 与 “阿杰”')]);
    expect(reasons[1]).toEqual([4, expect.stringContaining('多出 1 个字段')]);
    expect(reasons[2]).toEqual([5, expect.stringContaining('只有 5 个字段，表头有 9 个')]);
    expect(reasons[3]).toEqual([6, expect.stringContaining('U+0007')]);
    expect(result.rejectedRows[1]!.cells).toEqual([...ROWS[2]!, '', '多余']);
  });

  it('warns about a cell longer than an .xlsx cell holds, names Excel, and keeps it', () => {
    const wb = book();
    const long = '长'.repeat(40);
    const result = importRecords(
      wb,
      'inquiries',
      inputTable(HEADER, [[...ROWS[2]!.slice(0, 4), long, '', '', '']]),
      { cellLimit: { place: 'xlsx', length: 32 } },
    );
    expect(result.new).toBe(1);
    expect(column(wb, '咨询内容')).toEqual([long]);
    expect(result.warnings[0]).toMatchObject({
      line: 2,
      column: '咨询内容',
      reason: '有 40 个字符，超过 Excel 单元格能存的 32 个；已照原样保存，但 Excel 打开时会截断',
    });
  });

  it('rejects a row whose cell is longer than a Google Sheets cell holds, naming Sheets, and goes on', () => {
    const wb = book();
    const long = '长'.repeat(40);
    const result = importRecords(
      wb,
      'inquiries',
      inputTable(HEADER, [[...ROWS[2]!.slice(0, 4), long, '', '', ''], ROWS[2]!]),
      { cellLimit: { place: 'sheets', length: 32 } },
    );
    expect(result.new).toBe(1);
    expect(column(wb, '咨询内容')).toEqual([ROWS[2]![4]]);
    expect(result.rejectedRows.map((r) => [r.line, r.reasons])).toEqual([
      [2, ['咨询内容：有 40 个字符，超过 Google 表格单元格能存的 32 个；这一行未导入，缩短后再导入']],
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('the rejected file', () => {
  it('keeps formulas as text, puts the reason in its own column, and imports again without the reason', () => {
    const wb = book();
    const rows: Cell[][] = [
      ['2026-02-30', '小美', 'b1', '售前', '=HYPERLINK("http://x")', '否', '', '旺旺'],
      ['2026-11-02', '小美', 'b2', '售前', '+1 包邮吗', '是', '-5', '旺旺', '多'],
    ];
    const result = importRecords(wb, 'inquiries', inputTable(HEADER, rows));
    expect(result.rejected).toBe(2);
    const grid = rejectedGrid(result.rejectedHeader, result.rejectedRows, 'zh');
    expect(grid[0]).toEqual([...HEADER, '多出的字段1', '拒绝原因']);
    expect(grid[1]![4]).toBe('\'=HYPERLINK("http://x")');
    expect(grid[2]![4]).toBe("'+1 包邮吗");
    expect(grid[2]![6]).toBe('-5');
    expect(grid.every((r) => r.length === HEADER.length + 2)).toBe(true);
    expect(grid[1]!.at(-1)).toContain('2026-02-30');
    expect(grid.flat().filter((c) => /^[=+@]/.test(c))).toEqual([]);

    // The user fixes the date and the amount, leaves the rest, and imports the file again.
    grid[1]![0] = '2026-11-30';
    grid[2]![6] = '5';
    grid[2]![8] = '';
    const again = importRecords(wb, 'inquiries', parseDelimitedText(stringify(grid)));
    expect(again).toMatchObject({ new: 2, rejected: 0 });
    expect(again.notes.map((n) => noteText(n, 'zh')).join('\n')).toContain('拒绝原因');
    expect(column(wb, '咨询内容')).toEqual(['=HYPERLINK("http://x")', '+1 包邮吗']);
    expect(wb.read('询单记录')[0]).not.toContain('拒绝原因');
    expect(wb.read('询单记录').flat()).not.toContain(grid[1]!.at(-1));
  });
});

describe('importRecords: one file in batches (an import session)', () => {
  const session = (batch: number) => ({ session: { id: 'imp', batch } });

  it('a copy already in the sheet stands for one line of the file, whatever batch the others come in', () => {
    const wb = book();
    importRecords(wb, 'inquiries', inputTable(HEADER, [ROWS[0]!]));
    // The file holds b1 twice and the sheet once: one line is the sheet's row, the other is new.
    const a = importRecords(wb, 'inquiries', inputTable(HEADER, [ROWS[0]!, ROWS[1]!]), session(1));
    const b = importRecords(wb, 'inquiries', inputTable(HEADER, [ROWS[0]!]), session(3));
    expect(a).toMatchObject({ new: 1, skipped: 1 });
    expect(b).toMatchObject({ new: 1, skipped: 0 });
    expect(column(wb, '客户ID')).toEqual(['b1', 'b2', 'b1']);
  });

  it('a declared key met again in a later batch is the file repeating itself, not a row already there', () => {
    const wb = book();
    const key = { columns: ['customerId', 'date'], byDay: ['date'], update: ['converted', 'amount'] };
    importRecords(wb, 'inquiries', inputTable(HEADER, [ROWS[1]!]), { key });
    const first = importRecords(wb, 'inquiries', inputTable(HEADER, [ROWS[0]!, ROWS[1]!]), {
      key,
      ...session(1),
    });
    expect(first).toMatchObject({ new: 1, skipped: 1, repeated: 0 });
    const changed: Cell[] = ['2026-11-02', '小美', 'b1', '售前', '有优惠吗', '是', '50', '旺旺'];
    const second = importRecords(wb, 'inquiries', inputTable(HEADER, [changed]), { key, ...session(3) });
    expect(second).toMatchObject({ new: 0, skipped: 0, updated: 0, repeated: 1 });
    // The later line of the file wins, as within one batch.
    expect(column(wb, '成交金额')).toEqual([128, 50]);
  });
});
