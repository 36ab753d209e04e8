/**
 * The contract of the two writes into sheets people also edit (updateColumn, appendRows), run
 * against every adapter: what a person put in a cell — a formula, a hyperlink, rich text, an
 * error value, an edit made while Spiral worked — is never flattened or overwritten.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, WorkbookPort } from '../../src/ports';

export type PlantedKind = 'formula' | 'hyperlink' | 'richText' | 'error';

/** A workbook under test plus the adapter's own way to put a non-plain cell and to recognise one. */
export interface KeptCellsHarness {
  wb: WorkbookPort;
  /** Persist and reopen; later plant/kindAt calls act on the reopened workbook. */
  reload(): Promise<WorkbookPort>;
  /** Puts a formula `=Z1&"物流"` showing 物流, a link, two-style text or #REF! at a cell. */
  plant(sheet: string, row: number, col: number, kind: PlantedKind): void;
  /** The kind of a cell that holds more than a plain value, or null. */
  kindAt(sheet: string, row: number, col: number): PlantedKind | null;
}

/** What each planted kind shows through `read`. */
export const SHOWN: Record<PlantedKind, Cell> = {
  formula: '物流',
  hyperlink: '快递问题',
  richText: '尺码 偏小',
  error: '#REF!',
};

const KINDS: PlantedKind[] = ['formula', 'hyperlink', 'richText', 'error'];

const column = (wb: WorkbookPort, sheet: string, col: number) => wb.read(sheet).map((row) => row[col - 1]);

export function describeKeptCellsContract(label: string, factory: () => Promise<KeptCellsHarness>): void {
  describe(`WorkbookPort kept cells: ${label}`, () => {
    it('writes only plain cells still holding what was read, and leaves formulas, links, rich text and errors as they are', async () => {
      const h = await factory();
      h.wb.addSheet('Log');
      h.wb.write('Log', 1, 1, [
        ['id', 'category'],
        ...Array.from({ length: 8 }, (_, i) => [`r${i + 2}`, '']),
      ]);
      KINDS.forEach((kind, i) => {
        h.plant('Log', 3 + i, 2, kind);
      });
      const updates = Array.from({ length: 8 }, (_, i) => ({ row: i + 2, value: `c${i + 2}`, expected: '' }));
      const result = h.wb.updateColumn('Log', 2, updates);
      expect(result).toEqual({
        written: [2, 7, 8, 9],
        kept: [3, 4, 5, 6],
        // What a read would show there now, so a caller keeping the table in memory stays true to the sheet.
        keptValues: KINDS.map((k) => SHOWN[k]),
      });
      const expected = ['category', 'c2', ...KINDS.map((k) => SHOWN[k]), 'c7', 'c8', 'c9'];
      expect(column(h.wb, 'Log', 2)).toEqual(expected);
      const wb = await h.reload();
      expect(column(wb, 'Log', 2)).toEqual(expected);
      KINDS.forEach((kind, i) => {
        expect(h.kindAt('Log', 3 + i, 2), kind).toBe(kind);
      });
      expect(h.kindAt('Log', 2, 2)).toBeNull();
    });

    it('keeps a cell edited since it was read, and overwrites its own earlier output', async () => {
      const h = await factory();
      h.wb.addSheet('Out');
      h.wb.write('Out', 1, 1, [['score'], [10], [20], ['']]);
      h.wb.write('Out', 3, 1, [['typed by a colleague']]);
      const result = h.wb.updateColumn('Out', 1, [
        { row: 2, value: 11, expected: 10 },
        { row: 3, value: 21, expected: 20 },
        { row: 4, value: 31, expected: '' },
      ]);
      expect(result).toEqual({ written: [2, 4], kept: [3], keptValues: ['typed by a colleague'] });
      expect(column(await h.reload(), 'Out', 1)).toEqual(['score', 11, 'typed by a colleague', 31]);
    });

    it('writes nothing for no updates and never touches the cells between runs', async () => {
      const h = await factory();
      h.wb.addSheet('Gaps');
      h.wb.write('Gaps', 1, 1, [['h'], [''], ['keep'], ['']]);
      expect(h.wb.updateColumn('Gaps', 1, [])).toMatchObject({ written: [], kept: [] });
      h.plant('Gaps', 3, 1, 'formula');
      h.wb.updateColumn('Gaps', 1, [
        { row: 2, value: 'a', expected: '' },
        { row: 4, value: 'b', expected: '' },
      ]);
      await h.reload();
      expect(h.kindAt('Gaps', 3, 1)).toBe('formula');
    });

    it('appends under the last row used in its own columns, writing those columns only', async () => {
      const h = await factory();
      h.wb.addSheet('Log');
      h.wb.write('Log', 1, 1, [
        ['date', 'agent', 'mine', 'amount'],
        ['2026-11-02', 'a', '', 5],
        ['2026-11-03', 'b', '', 7],
      ]);
      // A team's formula column filled down beyond the data, and a totals row under it.
      for (let row = 2; row <= 6; row++) h.plant('Log', row, 3, 'formula');
      h.plant('Log', 4, 4, 'formula');
      const first = h.wb.appendRows(
        'Log',
        [4, 1, 2],
        [
          [9, '2026-11-04', 'c'],
          [11, '2026-11-05', 'd'],
        ],
      );
      expect(first).toBe(5);
      const wb = await h.reload();
      const grid = wb.read('Log');
      expect(grid.slice(4, 6).map((r) => [r[0], r[1], r[3]])).toEqual([
        ['2026-11-04', 'c', 9],
        ['2026-11-05', 'd', 11],
      ]);
      for (let row = 2; row <= 6; row++) expect(h.kindAt('Log', row, 3), `row ${row}`).toBe('formula');
      expect(h.kindAt('Log', 4, 4)).toBe('formula');
    });

    it('reads the header row alone, as wide as its used columns', async () => {
      const h = await factory();
      h.wb.addSheet('Head');
      expect(h.wb.readHeader('Head')).toEqual([]);
      h.wb.write('Head', 1, 1, [
        ['日期', '', '客服'],
        ['2026-11-02', 'x', 'y'],
      ]);
      h.wb.write('Head', 3, 5, [['far below']]);
      expect(h.wb.readHeader('Head')).toEqual(['日期', '', '客服']);
      expect((await h.reload()).readHeader('Head')).toEqual(['日期', '', '客服']);
      expect(() => h.wb.readHeader('Nowhere')).toThrow(/Nowhere/);
    });

    it('appends under the header of an empty log and refuses rows of the wrong width', async () => {
      const h = await factory();
      h.wb.addSheet('New');
      h.wb.write('New', 1, 1, [['a', 'b']]);
      expect(h.wb.appendRows('New', [1, 2], [['x', 'y']])).toBe(2);
      expect(() => h.wb.appendRows('New', [1, 2], [['only one']])).toThrow(/New/);
      expect((await h.reload()).read('New')).toEqual([
        ['a', 'b'],
        ['x', 'y'],
      ]);
    });
  });
}
