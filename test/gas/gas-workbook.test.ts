import { describe, expect, it } from 'vitest';
import { GasWorkbook, HEADER_PROTECTION, literal } from '../../src/gas/gas-workbook';
import type { Cell, SheetFormat, TabContent } from '../../src/ports';
import type { FakeDataValidation } from '../fakes/fake-parts';
import { createGasFakes, type GasFakeOptions } from '../fakes/gas-services';

function setup(options?: GasFakeOptions) {
  const fakes = createGasFakes(options);
  const wb = new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp);
  return { fakes, wb, ss: fakes.spreadsheet };
}

function table(rows: number): Cell[][] {
  const header = ['日期', '客服', '客户ID', '咨询内容', '成交金额'];
  return [
    header,
    ...Array.from({ length: rows }, (_, i) => [
      `2026-11-0${(i % 9) + 1}`,
      `客服${i % 7}`,
      `buyer${i}`,
      `问题 ${i}`,
      i * 1.5,
    ]),
  ];
}

/** Text a shop's staff might type that Sheets would otherwise turn into something else. */
const TRICKY = [
  '=HYPERLINK("http://evil","click")',
  '+86 138 0000 0000',
  '- 包装破损',
  '-5',
  '@店小二',
  "'quoted",
  '123',
  '0012',
  '2026-11-05',
  '2026-11',
  '50%',
  'TRUE',
  'false',
  '$20',
  'Mar 3 edition',
  '价格优惠',
];

describe('GasWorkbook.read', () => {
  it('reads the whole used range in one getValues call, with "" for empty cells', () => {
    const { fakes, wb, ss } = setup();
    ss.sheet('Sheet1')
      .getRange(1, 1, 2, 3)
      .setValues([
        ['a', '', 3],
        ['', true, ''],
      ]);
    fakes.resetCalls();
    expect(wb.read('Sheet1')).toEqual([
      ['a', '', 3],
      ['', true, ''],
    ]);
    expect(fakes.calls.getValues).toBe(1);
  });

  it('returns [] for an empty sheet and throws for a missing one', () => {
    const { wb } = setup();
    expect(wb.read('Sheet1')).toEqual([]);
    expect(() => wb.read('Nope')).toThrow(/Nope/);
  });

  it('passes Date cells through untouched', () => {
    const { wb, ss } = setup();
    const when = new Date('2026-11-05T00:00:00+08:00');
    ss.sheet('Sheet1')
      .getRange(1, 1, 1, 1)
      .setValues([[when]]);
    const [[cell]] = wb.read('Sheet1') as [[Date]];
    expect(Object.prototype.toString.call(cell)).toBe('[object Date]');
    expect(cell.getTime()).toBe(when.getTime());
  });
});

describe('GasWorkbook.write', () => {
  it('lands every tricky string as the literal text, never a formula', () => {
    const { wb, ss } = setup();
    const column = TRICKY.map((text) => [text]);
    wb.write('Sheet1', 1, 1, column);
    expect(wb.read('Sheet1')).toEqual(column);
    expect(
      ss
        .sheet('Sheet1')
        .getRange(1, 1, TRICKY.length, 1)
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('the same strings written raw are changed by Sheets (the fake parses as Sheets does)', () => {
    const { ss } = setup();
    const expected: [string, Cell][] = [
      ['=HYPERLINK("http://evil","click")', '#NAME?'],
      ['+86 138 0000 0000', '#ERROR!'],
      ['- 包装破损', '#ERROR!'],
      ['@店小二', '#ERROR!'],
      ['-5', -5],
      ["'quoted", 'quoted'],
      ['123', 123],
      ['0012', 12],
      ['50%', 0.5],
      ['TRUE', true],
      ['false', false],
      ['价格优惠', '价格优惠'],
    ];
    const range = ss.sheet('Sheet1').getRange(1, 1, expected.length, 1);
    range.setValues(expected.map(([text]) => [text]));
    expect(range.getValues().flat()).toEqual(expected.map(([, stored]) => stored));
    expect(range.getFormulas()[0]).toEqual(['=HYPERLINK("http://evil","click")']);
    ss.sheet('Sheet1')
      .getRange(1, 2, 1, 1)
      .setValues([['2026-11-05']]);
    const date = ss.sheet('Sheet1').getRange(1, 2, 1, 1).getValues()[0]?.[0];
    expect(date).toEqual(new Date('2026-11-05T00:00:00+08:00'));
  });

  it('leaves plain text, numbers, booleans and dates as they are', () => {
    expect(literal('价格优惠')).toBe('价格优惠');
    expect(literal('W47 周报')).toBe('W47 周报');
    expect(literal(12.5)).toBe(12.5);
    expect(literal(false)).toBe(false);
    const date = new Date(0);
    expect(literal(date)).toBe(date);
  });

  it('writes at a 1-based offset and grows the sheet past its last row', () => {
    const { wb, ss } = setup();
    wb.write('Sheet1', 1000, 26, [
      ['x', 'y'],
      ['z', 'w'],
    ]);
    const sheet = ss.sheet('Sheet1');
    expect(sheet.maxRows).toBe(1001);
    expect(sheet.maxColumns).toBe(27);
    expect(sheet.getRange(1000, 26, 2, 2).getValues()).toEqual([
      ['x', 'y'],
      ['z', 'w'],
    ]);
  });

  it('refuses a ragged block rather than blanking cells', () => {
    const { wb } = setup();
    expect(() => wb.write('Sheet1', 1, 1, [['a', 'b'], ['c']])).toThrow(/row 2 has 1 cells/);
  });
});

describe('GasWorkbook call counts do not grow with rows', () => {
  const tab = (rows: number): TabContent => ({
    values: table(rows),
    styles: [
      { row: 1, col: 1, rows: 1, cols: 5, bold: true, background: '#dddddd' },
      ...Array.from({ length: rows }, (_, i) => ({
        row: i + 2,
        col: 5,
        rows: 1,
        cols: 1,
        numberFormat: '0.00',
      })),
      ...Array.from({ length: rows }, (_, i) => ({
        row: i + 2,
        col: 1,
        rows: 1,
        cols: 5,
        ...(i % 2 ? { background: '#f5f5f5' } : {}),
        fontColor: i % 3 ? '#000000' : '#cc0000',
      })),
    ],
    columnWidths: [100, 80, 120, 300, 90],
    frozenRows: 1,
    charts: [
      {
        kind: 'column',
        title: 'Sales',
        data: { row: 1, col: 1, rows: 4, cols: 2 },
        anchor: { row: 2, col: 7 },
      },
    ],
  });

  const RESIZE = ['insertRowsAfter', 'insertColumnsAfter', 'deleteRows', 'deleteColumns'];
  const split = (calls: Record<string, number>) => ({
    resize: RESIZE.reduce((sum, method) => sum + (calls[method] ?? 0), 0),
    other: Object.fromEntries(Object.entries(calls).filter(([m]) => !RESIZE.includes(m) && m !== 'total')),
  });

  function counts(rows: number) {
    const { fakes, wb, ss } = setup();
    wb.addSheet('Data');
    ss.sheet('Data').insertRowsAfter(1000, 10_000);
    fakes.resetCalls();
    wb.write('Data', 1, 1, table(rows));
    const write = { ...fakes.calls };
    fakes.resetCalls();
    wb.read('Data');
    const read = { ...fakes.calls };
    fakes.resetCalls();
    wb.writeTab('周报 2026-W47', tab(rows));
    wb.writeTab('周报 2026-W47', tab(rows));
    const writeTab = split(fakes.calls);
    return { write, read, writeTab };
  }

  it('read, write and writeTab make the same calls at 10 and 10,000 rows', () => {
    const small = counts(10);
    const large = counts(10_000);
    expect(large.read).toEqual(small.read);
    expect(large.write).toEqual(small.write);
    // Sizing the tab is a grow at 10,000 rows and a trim at 10: one call either way.
    expect(large.writeTab.other).toEqual(small.writeTab.other);
    expect(small.writeTab.resize).toBeLessThanOrEqual(2);
    expect(large.writeTab.resize).toBeLessThanOrEqual(2);
    expect(small.read.getValues).toBe(1);
    expect(small.write.setValues).toBe(1);
    expect(small.writeTab.other.setValues).toBe(2);
    expect(small.writeTab.other.setFontColors).toBe(2);
  });
});

describe('GasWorkbook.writeTab', () => {
  const content: TabContent = {
    values: [
      ['分类', '本周', '上周'],
      ['=价格', 0.25, 0.2],
      ['运费', 0.5],
    ],
    styles: [
      { row: 1, col: 1, rows: 1, cols: 3, bold: true, background: '#eeeeee', align: 'center' },
      { row: 2, col: 2, rows: 2, cols: 2, numberFormat: '0.0%' },
      { row: 3, col: 2, rows: 1, cols: 1, fontColor: '#cc0000', italic: true, wrap: true, fontSize: 12 },
    ],
    columnWidths: [160, 80, 80],
    frozenRows: 1,
    charts: [
      {
        kind: 'bar',
        title: '未成交原因',
        data: { row: 1, col: 1, rows: 3, cols: 2 },
        anchor: { row: 1, col: 5 },
        percentAxis: true,
      },
    ],
  };

  it('creates the tab at the end and writes values, styles, widths, freeze and charts', () => {
    const { wb, ss } = setup();
    wb.addSheet('Other');
    wb.writeTab('周报', content);
    expect(ss.names()).toEqual(['Sheet1', 'Other', '周报']);
    const sheet = ss.sheet('周报');
    expect(sheet.snapshot()).toEqual([
      ['分类', '本周', '上周'],
      ['=价格', 0.25, 0.2],
      ['运费', 0.5, ''],
    ]);
    expect(sheet.styleAt(1, 2)).toMatchObject({ fontWeight: 'bold', background: '#eeeeee', align: 'center' });
    expect(sheet.styleAt(2, 3)).toMatchObject({ numberFormat: '0.0%' });
    expect(sheet.styleAt(3, 2)).toMatchObject({
      numberFormat: '0.0%',
      fontColor: '#cc0000',
      fontStyle: 'italic',
      wrap: true,
      fontSize: 12,
    });
    expect(sheet.styleAt(2, 1).fontWeight).toBeUndefined();
    expect([1, 2, 3].map((c) => sheet.columnWidth(c))).toEqual([160, 80, 80]);
    expect(sheet.frozen()).toBe(1);
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart?.kind).toBe('bar');
    expect(chart?.ranges).toEqual([{ row: 1, col: 1, rows: 3, cols: 2 }]);
    expect(chart?.position).toMatchObject({ row: 1, col: 5 });
    expect(chart?.getOptions().get('title')).toBe('未成交原因');
    expect(chart?.getOptions().get('hAxis.format')).toBe('0%');
  });

  it('replaces the content in place: same sheet id, old values, styles and charts gone', () => {
    const { wb, ss } = setup();
    wb.writeTab('周报', content);
    const id = ss.sheet('周报').getSheetId();
    wb.writeTab('周报', { values: [['only']], styles: [] });
    const sheet = ss.sheet('周报');
    expect(sheet.getSheetId()).toBe(id);
    expect(sheet.snapshot()).toEqual([['only']]);
    expect(sheet.styleAt(1, 1)).toEqual({});
    expect(sheet.charts).toHaveLength(0);
    expect(sheet.frozen()).toBe(0);
  });

  it('keeps only the cells the tab needs, leaving room for its charts', () => {
    const { wb, ss } = setup();
    wb.writeTab('周报', content);
    const sheet = ss.sheet('周报');
    expect(sheet.maxRows).toBe(1 + Math.ceil(371 / 21));
    expect(sheet.maxColumns).toBe(5 + 6);
    expect(wb.cellCount()).toBe(1000 * 26 + sheet.maxRows * sheet.maxColumns);
  });
});

describe('GasWorkbook.format', () => {
  const format: SheetFormat = {
    headerRow: 1,
    columnCount: 4,
    frozenRows: 1,
    header: { background: '#1f4e79', fontColor: '#ffffff', bold: true },
    protectHeader: true,
    columns: [
      { index: 1, width: 110, numberFormat: 'yyyy-mm-dd' },
      { index: 2, list: ['新客', '老客'], strict: true, note: '客户类型' },
      { index: 3, list: ['是', '否'] },
      { index: 4, numberFormat: '#,##0.00' },
    ],
  };

  it('styles the header, freezes it, sets widths, formats and dropdowns down to the last row', () => {
    const { wb, ss } = setup();
    wb.format('Sheet1', format);
    const sheet = ss.sheet('Sheet1');
    expect(sheet.styleAt(1, 4)).toMatchObject({
      background: '#1f4e79',
      fontColor: '#ffffff',
      fontWeight: 'bold',
    });
    expect(sheet.styleAt(1, 2).note).toBe('客户类型');
    expect(sheet.frozen()).toBe(1);
    expect(sheet.columnWidth(1)).toBe(110);
    expect(sheet.styleAt(2, 1).numberFormat).toBe('yyyy-mm-dd');
    expect(sheet.styleAt(1000, 4).numberFormat).toBe('#,##0.00');
    const strict = sheet.styleAt(1000, 2).validation as FakeDataValidation;
    expect(strict.getCriteriaValues()).toEqual([['新客', '老客'], true]);
    expect(strict.getAllowInvalid()).toBe(false);
    expect((sheet.styleAt(2, 3).validation as FakeDataValidation).getAllowInvalid()).toBe(true);
    expect(sheet.styleAt(1, 2).validation).toBeUndefined();
  });

  it('protects the header with a warning only, once however often set-up runs', () => {
    const { wb, ss, fakes } = setup();
    wb.format('Sheet1', format);
    wb.format('Sheet1', format);
    const protections = ss.sheet('Sheet1').getProtections(fakes.SpreadsheetApp.ProtectionType.RANGE);
    expect(protections).toHaveLength(1);
    expect(protections[0]?.getDescription()).toBe(HEADER_PROTECTION);
    expect(protections[0]?.isWarningOnly()).toBe(true);
    expect(protections[0]?.box).toEqual({ row: 1, col: 1, rows: 1, cols: 4 });
  });
});

describe('GasWorkbook sheets and rows', () => {
  it('adds sheets at the end, finds and removes them, and refuses a duplicate', () => {
    const { wb } = setup();
    wb.addSheet('A');
    wb.addSheet('B');
    expect(wb.sheetNames()).toEqual(['Sheet1', 'A', 'B']);
    expect(wb.hasSheet('A')).toBe(true);
    expect(wb.hasSheet('C')).toBe(false);
    expect(() => wb.addSheet('A')).toThrow(/already exists/);
    wb.removeSheet('A');
    expect(wb.sheetNames()).toEqual(['Sheet1', 'B']);
    expect(() => wb.removeSheet('A')).toThrow(/"A"/);
  });

  it('clears rows from a given row on and keeps the ones above', () => {
    const { wb } = setup();
    wb.write('Sheet1', 1, 1, table(5));
    wb.clearRows('Sheet1', 3);
    expect(wb.read('Sheet1')).toEqual(table(5).slice(0, 2));
    wb.clearRows('Sheet1', 10);
    expect(wb.read('Sheet1')).toHaveLength(2);
  });

  it('reports the spreadsheet time zone and total cells', () => {
    const { wb } = setup({ timeZone: 'Europe/London' });
    expect(wb.timeZone).toBe('Europe/London');
    wb.addSheet('B');
    expect(wb.cellCount()).toBe(2 * 1000 * 26);
  });
});

describe('GasWorkbook refuses values with no cell form', () => {
  it('names the tab and cell when a tab holds NaN', () => {
    const { wb } = setup();
    expect(() => wb.writeTab('周报', { values: [['share', Number.NaN]], styles: [] })).toThrow(
      /"周报".*R1C2.*NaN/,
    );
  });
});
