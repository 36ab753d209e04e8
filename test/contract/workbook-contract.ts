import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, RowGroup, SheetFormat, TabContent, WorkbookPort } from '../../src/ports';
import type { TabOutline } from './tab-outline';

/** A workbook under test and a way to persist it and open it again. */
export interface WorkbookHarness {
  wb: WorkbookPort;
  /** Persist and reopen (xlsx: save + open; Sheets fake and memory: the same object). */
  reload(): Promise<WorkbookPort>;
  /** The row groups and hidden rows of a tab of `wb` (the harness's workbook or a reloaded one), as the file or the fake holds them. */
  outline(wb: WorkbookPort, name: string): Promise<TabOutline>;
}

/** Builds a fresh harness per test. The workbook may already hold sheets (Sheets always has one). */
export type WorkbookHarnessFactory = () => Promise<WorkbookHarness>;

/** Calendar date of a Date in the given zone, as 'YYYY-MM-DD'. */
export function calendarDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** Strings that spreadsheets like to reinterpret; every one must come back exactly as written. */
export const TRICKY_STRINGS: readonly string[] = [
  '=1+1',
  '+x',
  '-y',
  '@z',
  "'q",
  '123',
  '007',
  '1,000',
  '50%',
  '2026-11-20',
  'TRUE',
  '#N/A',
  '  padded  ',
  'line one\nline two',
  '旺旺 询单 😀👍🏽',
  'a'.repeat(50_000),
];

const rect = (rows: number, cols: number, cell: (r: number, c: number) => Cell): Cell[][] =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c)));

const sampleFormat = (columnCount: number, longList: string[]): SheetFormat => ({
  headerRow: 1,
  columnCount,
  frozenRows: 1,
  header: { background: '#1f4e78', fontColor: '#ffffff', bold: true },
  protectHeader: true,
  columns: [
    { index: 1, width: 120, numberFormat: 'yyyy-mm-dd' },
    { index: 2, list: ['是', '否'], strict: true, note: 'Converted?' },
    { index: 3, list: longList, strict: false },
  ],
});

const sampleTab = (title: string): TabContent => ({
  values: [
    [title, '', ''],
    ['category', 'share', 'n'],
    ['快递', 0.25, 40],
  ],
  styles: [
    { row: 1, col: 1, rows: 1, cols: 3, bold: true, fontSize: 14 },
    { row: 3, col: 2, rows: 1, cols: 1, numberFormat: '0.0%', background: '#fce4d6', align: 'right' },
  ],
  columnWidths: [200, 80, 60],
  frozenRows: 2,
  charts: [
    { kind: 'bar', title: 'Shares', data: { row: 2, col: 1, rows: 2, cols: 2 }, anchor: { row: 1, col: 5 } },
  ],
});

/**
 * The one WorkbookPort contract: every adapter (memory, Apps Script fake, .xlsx) runs it, so
 * the shells cannot drift apart. Formats are checked in adapter tests: the port has no getters.
 */
export function describeWorkbookContract(label: string, factory: WorkbookHarnessFactory): void {
  describe(`WorkbookPort contract: ${label}`, () => {
    describe('sheets', () => {
      it('adds sheets at the end, reports them and removes them', async () => {
        const { wb, reload } = await factory();
        const before = wb.sheetNames();
        wb.addSheet('First');
        wb.addSheet('第二');
        expect(wb.sheetNames()).toEqual([...before, 'First', '第二']);
        expect(wb.hasSheet('First')).toBe(true);
        expect(wb.hasSheet('Missing')).toBe(false);
        wb.removeSheet('First');
        expect(wb.hasSheet('First')).toBe(false);
        expect(wb.sheetNames()).toEqual([...before, '第二']);
        expect((await reload()).sheetNames()).toEqual([...before, '第二']);
      });

      it('refuses a duplicate sheet name', async () => {
        const { wb } = await factory();
        wb.addSheet('Twice');
        expect(() => wb.addSheet('Twice')).toThrow(/Twice/);
        expect(wb.sheetNames().filter((n) => n === 'Twice')).toHaveLength(1);
      });

      it('throws a message naming a missing sheet on read and write', async () => {
        const { wb } = await factory();
        expect(() => wb.read('Nowhere')).toThrow(/Nowhere/);
        expect(() => wb.write('Nowhere', 1, 1, [['x']])).toThrow(/Nowhere/);
      });
    });

    describe('read and write', () => {
      it('reads an empty sheet as []', async () => {
        const { wb, reload } = await factory();
        wb.addSheet('Empty');
        expect(wb.read('Empty')).toEqual([]);
        expect((await reload()).read('Empty')).toEqual([]);
      });

      it('reads the rectangle from A1 to the last cell with content, padded with ""', async () => {
        const { wb, reload } = await factory();
        wb.addSheet('Shape');
        wb.write('Shape', 2, 3, [
          ['a', ''],
          ['', 'b'],
        ]);
        const expected = [
          ['', '', '', ''],
          ['', '', 'a', ''],
          ['', '', '', 'b'],
        ];
        expect(wb.read('Shape')).toEqual(expected);
        expect((await reload()).read('Shape')).toEqual(expected);
      });

      it('returns every tricky string exactly as written, never as a formula or a number', async () => {
        const { wb, reload } = await factory();
        wb.addSheet('Text');
        const column = TRICKY_STRINGS.map((s) => [s]);
        wb.write('Text', 1, 1, column);
        expect(wb.read('Text')).toEqual(column);
        expect((await reload()).read('Text')).toEqual(column);
      });

      it('returns numbers and booleans as written', async () => {
        const { wb, reload } = await factory();
        wb.addSheet('Numbers');
        const values: Cell[][] = [
          [0, -1.5, 123456789.125],
          [0.1 + 0.2, 1e-7, 2 ** 40],
          [true, false, 42],
        ];
        wb.write('Numbers', 1, 1, values);
        expect(wb.read('Numbers')).toEqual(values);
        expect((await reload()).read('Numbers')).toEqual(values);
      });

      it('returns Dates as Dates on the same calendar date in the workbook time zone', async () => {
        const { wb, reload } = await factory();
        wb.addSheet('Dates');
        // Noon UTC falls on the same calendar day in every zone from UTC-11 to UTC+11.
        const dates = [new Date(Date.UTC(2026, 10, 20, 12)), new Date(Date.UTC(2024, 1, 29, 12))];
        wb.write('Dates', 1, 1, [dates]);
        for (const book of [wb, await reload()]) {
          const row = book.read('Dates')[0] ?? [];
          expect(row).toHaveLength(2);
          row.forEach((cell, i) => {
            expect(cell).toBeInstanceOf(Date);
            expect(calendarDate(cell as Date, book.timeZone)).toBe(calendarDate(dates[i]!, book.timeZone));
          });
        }
      });

      it('grows the sheet, overwrites only the block written and empties cells written as ""', async () => {
        const { wb } = await factory();
        wb.addSheet('Grow');
        wb.write(
          'Grow',
          1,
          1,
          rect(2, 2, (r, c) => `${r}${c}`),
        );
        wb.write('Grow', 2, 2, [['X', 'Y']]);
        expect(wb.read('Grow')).toEqual([
          ['00', '01', ''],
          ['10', 'X', 'Y'],
        ]);
        wb.write('Grow', 2, 1, [['', '', '']]);
        expect(wb.read('Grow')).toEqual([['00', '01']]);
      });

      it('refuses a ragged block', async () => {
        const { wb } = await factory();
        wb.addSheet('Ragged');
        expect(() => wb.write('Ragged', 1, 1, [['a', 'b'], ['c']])).toThrow();
      });

      it('refuses numbers and Dates a file cannot hold (NaN, Infinity, Invalid Date)', async () => {
        const { wb } = await factory();
        wb.addSheet('Bad');
        expect(() => wb.write('Bad', 1, 1, [[Number.NaN]])).toThrow(/Bad/);
        expect(() => wb.write('Bad', 1, 1, [[Number.POSITIVE_INFINITY]])).toThrow(/Bad/);
        expect(() => wb.write('Bad', 1, 1, [[new Date(Number.NaN)]])).toThrow(/Bad/);
        expect(wb.read('Bad')).toEqual([]);
      });

      it('round-trips random grids of text, numbers and booleans', async () => {
        const { wb } = await factory();
        const cell = fc.oneof(
          fc
            .string({ minLength: 1, maxLength: 12 })
            .filter((s) => s.trim() !== '' && ![...s].some((ch) => ch.charCodeAt(0) < 32)),
          fc
            .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
            .map((n) => (Object.is(n, -0) ? 0 : n)),
          fc.boolean(),
        );
        const grid = fc
          .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }))
          .chain(([rows, cols]) =>
            fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
              minLength: rows,
              maxLength: rows,
            }),
          );
        let n = 0;
        fc.assert(
          fc.property(grid, (values) => {
            const name = `Prop${n++}`;
            wb.addSheet(name);
            wb.write(name, 1, 1, values);
            expect(wb.read(name)).toEqual(values);
          }),
          { numRuns: 30 },
        );
      });
    });

    describe('clearRows', () => {
      it('deletes the rows from the given row onward and lets them be written again', async () => {
        const { wb, reload } = await factory();
        wb.addSheet('Log');
        wb.write(
          'Log',
          1,
          1,
          rect(6, 2, (r, c) => `r${r}c${c}`),
        );
        wb.clearRows('Log', 3);
        expect(wb.read('Log')).toEqual([
          ['r0c0', 'r0c1'],
          ['r1c0', 'r1c1'],
        ]);
        wb.write('Log', 3, 1, [['new', '']]);
        const back = await reload();
        expect(back.read('Log')).toEqual([
          ['r0c0', 'r0c1'],
          ['r1c0', 'r1c1'],
          ['new', ''],
        ]);
      });
    });

    describe('format', () => {
      it('keeps values and adds no visible sheet, even for a long dropdown list', async () => {
        const { wb, reload } = await factory();
        wb.addSheet('Formatted');
        const values: Cell[][] = [
          ['日期', '是否成交', '未成交原因'],
          [new Date(Date.UTC(2026, 10, 20, 12)), '是', 'reason 7'],
        ];
        wb.write('Formatted', 1, 1, values);
        const names = wb.sheetNames();
        const longList = Array.from({ length: 60 }, (_, i) => `reason ${i}, with a comma`);
        wb.format('Formatted', sampleFormat(3, longList));
        wb.format('Formatted', sampleFormat(3, longList));
        const back = await reload();
        expect(back.sheetNames()).toEqual(names);
        const read = back.read('Formatted');
        expect(read[0]).toEqual(values[0]);
        expect(read[1]?.slice(1)).toEqual(['是', 'reason 7']);
        expect(calendarDate(read[1]?.[0] as Date, back.timeZone)).toBe('2026-11-20');
      });
    });

    describe('writeTab', () => {
      it('creates a missing tab at the end', async () => {
        const { wb } = await factory();
        const before = wb.sheetNames();
        wb.writeTab('周报 2026-W47', sampleTab('first'));
        expect(wb.sheetNames()).toEqual([...before, '周报 2026-W47']);
        expect(wb.read('周报 2026-W47')).toEqual(sampleTab('first').values);
      });

      it('replaces the content in place: same position, other sheets untouched', async () => {
        const { wb, reload } = await factory();
        wb.addSheet('Before');
        wb.write('Before', 1, 1, [['keep', 1]]);
        wb.writeTab('Tab', {
          values: rect(8, 5, (r, c) => r * 10 + c),
          styles: [],
          columnWidths: [50, 50, 50, 50, 50],
          frozenRows: 1,
        });
        wb.addSheet('After');
        wb.write('After', 1, 1, [['also kept']]);
        const names = wb.sheetNames();
        wb.writeTab('Tab', sampleTab('second'));
        expect(wb.sheetNames()).toEqual(names);
        const back = await reload();
        expect(back.sheetNames()).toEqual(names);
        expect(back.read('Tab')).toEqual(sampleTab('second').values);
        expect(back.read('Before')).toEqual([['keep', 1]]);
        expect(back.read('After')).toEqual([['also kept']]);
      });
    });

    describe('writeTab row groups', () => {
      const grouped = (groups: RowGroup[], title = 'parts'): TabContent => ({
        values: rect(14, 3, (r, c) => (r === 5 ? '' : `${title} ${r + 1}.${c + 1}`)),
        styles: [],
        frozenRows: 1,
        rowGroups: groups,
      });
      const depthOne = (groups: RowGroup[]) => groups.map((g) => ({ ...g, depth: 1 }));
      const rowsOf = (groups: RowGroup[]) =>
        groups
          .filter((g) => g.collapsed)
          .flatMap((g) => Array.from({ length: g.last - g.first + 1 }, (_, i) => g.first + i));
      // Three folded parts and one open, a blank row inside a folded one (row 6).
      const FOUR: RowGroup[] = [
        { first: 3, last: 4, collapsed: true },
        { first: 6, last: 8, collapsed: true },
        { first: 10, last: 11, collapsed: false },
        { first: 13, last: 14, collapsed: true },
      ];

      it('groups each span under the row above it, collapsed ones hidden, open ones shown', async () => {
        const { wb, reload, outline } = await factory();
        wb.writeTab('周报 2026-W47', grouped(FOUR));
        for (const book of [wb, await reload()]) {
          const seen = await outline(book, '周报 2026-W47');
          expect(seen.groups).toEqual(depthOne(FOUR));
          expect(seen.hidden).toEqual([3, 4, 6, 7, 8, 13, 14]);
          expect(seen.controlAbove).toBe(true);
          expect(book.read('周报 2026-W47')).toEqual(grouped(FOUR).values);
        }
      });

      it('replaces the groups on every rewrite, never nesting them deeper or leaving rows hidden', async () => {
        const { wb, reload, outline } = await factory();
        for (let i = 0; i < 3; i++) wb.writeTab('Tab', grouped(FOUR, `run ${i}`));
        expect((await outline(await reload(), 'Tab')).groups).toEqual(depthOne(FOUR));
        const moved: RowGroup[] = [
          { first: 4, last: 7, collapsed: false },
          { first: 9, last: 12, collapsed: true },
        ];
        wb.writeTab('Tab', grouped(moved));
        const back = await reload();
        expect(await outline(back, 'Tab')).toMatchObject({ groups: depthOne(moved), hidden: rowsOf(moved) });
        wb.writeTab('Tab', { ...grouped([]), rowGroups: undefined });
        expect(await outline(await reload(), 'Tab')).toMatchObject({ groups: [], hidden: [] });
      });

      it('refuses groups that meet or leave the tab, before changing anything', async () => {
        const { wb, outline } = await factory();
        wb.writeTab('Tab', grouped(FOUR));
        const touching: RowGroup[] = [
          { first: 3, last: 4, collapsed: true },
          { first: 5, last: 6, collapsed: false },
        ];
        expect(() => wb.writeTab('Tab', grouped(touching, 'bad'))).toThrow(/Tab/);
        expect(() => wb.writeTab('Tab', grouped([{ first: 1, last: 2, collapsed: true }], 'bad'))).toThrow(
          /Tab/,
        );
        expect(() => wb.writeTab('Tab', grouped([{ first: 9, last: 20, collapsed: true }], 'bad'))).toThrow(
          /Tab/,
        );
        expect(wb.read('Tab')).toEqual(grouped(FOUR).values);
        expect((await outline(wb, 'Tab')).groups).toEqual(depthOne(FOUR));
      });
    });

    describe('cellCount', () => {
      it('counts at least every cell written and grows when a sheet grows', async () => {
        const { wb } = await factory();
        wb.addSheet('Big');
        const before = wb.cellCount();
        wb.write(
          'Big',
          1,
          1,
          rect(1200, 30, (r, c) => r + c),
        );
        const after = wb.cellCount();
        expect(after).toBeGreaterThan(before);
        expect(after).toBeGreaterThanOrEqual(1200 * 30);
      });
    });
  });
}
