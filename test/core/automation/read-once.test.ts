import { describe, expect, it } from 'vitest';
import { ReadOnceWorkbook } from '../../../src/core/automation/read-once';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const book = () =>
  MemoryWorkbook.from({
    Log: [
      ['id', 'category', 'note'],
      ['a', '', 'x'],
      ['b', '', 'y'],
      ['c', '', 'z'],
    ],
    Other: [['h'], [1]],
  });

describe('ReadOnceWorkbook', () => {
  it('reads a sheet once for every read and header check of the run', () => {
    const inner = book();
    const wb = new ReadOnceWorkbook(inner);
    expect(wb.readHeader('Log')).toEqual(['id', 'category', 'note']);
    expect(wb.read('Log')).toHaveLength(4);
    expect(wb.read('Log')[2]).toEqual(['b', '', 'y']);
    wb.read('Other');
    expect(inner.calls).toMatchObject({ read: 2, readHeader: 0 });
  });

  it('keeps the table true to the sheet after a column update: what was written and what a colleague typed', () => {
    const inner = book();
    const wb = new ReadOnceWorkbook(inner);
    wb.read('Log');
    // A colleague fills row 3 while the run computes: the update keeps it.
    inner.write('Log', 3, 2, [['typed']]);
    const result = wb.updateColumn('Log', 2, [
      { row: 2, value: 'auto-a', expected: '' },
      { row: 3, value: 'auto-b', expected: '' },
      { row: 4, value: 'auto-c', expected: '' },
    ]);
    expect(result.kept).toEqual([3]);
    expect(wb.read('Log').map((row) => row[1])).toEqual(['category', 'auto-a', 'typed', 'auto-c']);
    expect(wb.read('Log')).toEqual(inner.read('Log'));
    expect(inner.calls.read).toBe(2);
  });

  it('reads a sheet again after any other write to it, and only that sheet', () => {
    const inner = book();
    const wb = new ReadOnceWorkbook(inner);
    wb.read('Log');
    wb.read('Other');
    wb.write('Log', 5, 1, [['d', 'k', 'w']]);
    expect(wb.read('Log').at(-1)).toEqual(['d', 'k', 'w']);
    wb.appendRows('Log', [1], [['e']]);
    expect(wb.read('Log').at(-1)).toEqual(['e', '', '']);
    wb.clearRows('Log', 2);
    expect(wb.read('Log')).toEqual([['id', 'category', 'note']]);
    wb.read('Other');
    // Log: the first read and one after each of the three writes; Other: once.
    expect(inner.calls.read).toBe(5);
  });

  it('forgets a sheet removed or replaced by a tab', () => {
    const inner = book();
    const wb = new ReadOnceWorkbook(inner);
    wb.read('Other');
    wb.writeTab('Other', { values: [['tab']], styles: [] });
    expect(wb.read('Other')).toEqual([['tab']]);
    wb.removeSheet('Other');
    expect(() => wb.read('Other')).toThrow();
  });
});
