import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { describeKeptCellsContract, SHOWN } from './kept-cells-contract';
import { describeWorkbookContract } from './workbook-contract';

describeWorkbookContract('MemoryWorkbook', async () => {
  const wb = new MemoryWorkbook();
  return {
    wb,
    reload: async () => wb,
    outline: async (book, name) => {
      const { groups, hidden } = (book as MemoryWorkbook).rowGroupsOf(name);
      return { groups: groups.map((g) => ({ ...g, depth: 1 })), hidden, controlAbove: true };
    },
  };
});

describe('MemoryWorkbook inspection helpers', () => {
  it('builds from a record of grids in key order and uses the business zone by default', () => {
    const wb = MemoryWorkbook.from({ Inquiries: [['日期'], ['2026-11-20']], Reviews: [] });
    expect(wb.sheetNames()).toEqual(['Inquiries', 'Reviews']);
    expect(wb.read('Inquiries')).toEqual([['日期'], ['2026-11-20']]);
    expect(wb.timeZone).toBe('Asia/Shanghai');
    expect(new MemoryWorkbook({ timeZone: 'UTC' }).timeZone).toBe('UTC');
  });

  it('counts reads and writes', () => {
    const wb = MemoryWorkbook.from({ S: [['a']] });
    wb.read('S');
    wb.read('S');
    wb.write('S', 2, 1, [['b'], ['c']]);
    expect(wb.calls).toMatchObject({ read: 2, write: 1, clearRows: 0, format: 0, writeTab: 0 });
  });

  it('keeps the sheet id and the last tab content through writeTab', () => {
    const wb = MemoryWorkbook.from({ A: [['x']] });
    wb.writeTab('Tab', { values: [['one']], styles: [], frozenRows: 2 });
    const id = wb.sheetIdOf('Tab');
    wb.writeTab('Tab', { values: [['two']], styles: [{ row: 1, col: 1, rows: 1, cols: 1, bold: true }] });
    expect(wb.sheetIdOf('Tab')).toBe(id);
    expect(wb.sheetIdOf('A')).not.toBe(id);
    expect(wb.tabOf('Tab')?.values).toEqual([['two']]);
    expect(wb.tabOf('Tab')?.styles[0]?.bold).toBe(true);
    expect(wb.frozenRowsOf('Tab')).toBe(0);
  });

  it('records the last format applied, as a copy', () => {
    const wb = MemoryWorkbook.from({ S: [['h']] });
    const format = {
      headerRow: 1,
      columnCount: 1,
      frozenRows: 1,
      header: { background: '#000000', fontColor: '#ffffff', bold: true },
      protectHeader: true,
      columns: [{ index: 1, list: ['是', '否'], strict: true }],
    };
    wb.format('S', format);
    format.columns[0]!.list.push('maybe');
    expect(wb.formatOf('S')?.columns[0]?.list).toEqual(['是', '否']);
    expect(wb.frozenRowsOf('S')).toBe(1);
  });
});

describeKeptCellsContract('MemoryWorkbook', async () => {
  const wb = new MemoryWorkbook();
  return {
    wb,
    reload: async () => wb,
    plant: (sheet, row, col, kind) => wb.plant(sheet, row, col, kind, SHOWN[kind]),
    kindAt: (sheet, row, col) => wb.specialAt(sheet, row, col),
  };
});
