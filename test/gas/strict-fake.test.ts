/**
 * The SpreadsheetApp fake types text the way Sheets does, so GasWorkbook's escaping is really
 * tested: each case here is something Sheets would turn into another value.
 */
import { describe, expect, it } from 'vitest';
import { GasWorkbook } from '../../src/gas/gas-workbook';
import { type Cell, LISTS_SHEET, type SheetFormat } from '../../src/ports';
import { zonedMidnight } from '../fakes/fake-env';
import type { FakeDataValidation } from '../fakes/fake-parts';
import { enterValue, SHEETS_MAX_CELL_CHARS } from '../fakes/fake-sheet';
import { createGasFakes, PROPERTY_STORE_BYTES, PROPERTY_VALUE_BYTES } from '../fakes/gas-services';

const ZONE = 'Asia/Shanghai';
const typed = (text: string, format?: string) => enterValue(text, ZONE, format).value;
const local = (iso: string) => new Date(`${iso}+08:00`).getTime();

describe('the fake types text as Sheets does', () => {
  it.each([
    [' -5', -5],
    ['  +7 ', 7],
    ['¥12', 12],
    ['￥1,234.50', 1234.5],
    ['-$3', -3],
    ['1,234', 1234],
    ['12,345,678.9', 12345678.9],
  ])('%j becomes the number %d', (text, number) => {
    expect(typed(text)).toBe(number);
  });

  it.each([
    ['2026年11月3日', '2026-11-03T00:00:00'],
    ['11/3/2026', '2026-11-03T00:00:00'],
    ['2026.11.3', '2026-11-03T00:00:00'],
  ])('%j becomes a date', (text, iso) => {
    const value = typed(text) as Date;
    expect(Object.prototype.toString.call(value)).toBe('[object Date]');
    expect(value.getTime()).toBe(local(iso));
  });

  it.each([
    ['9:05', 9 * 3600 + 5 * 60],
    ['18:30:15', 18 * 3600 + 30 * 60 + 15],
  ])('%j becomes that time of day on day zero', (text, seconds) => {
    const value = typed(text) as Date;
    expect(value.getTime()).toBe(zonedMidnight(1899, 12, 30, ZONE).getTime() + seconds * 1000);
  });

  it('does not read 99:99 as a time', () => {
    expect(typed('99:99')).toBe('99:99');
  });

  it('reads a fraction such as 1/2 as a date, not a half', () => {
    expect(Object.prototype.toString.call(typed('1/2'))).toBe('[object Date]');
  });

  it("keeps text exactly, a leading ' included, in a Plain-text (@) cell", () => {
    expect(typed("'abc", '@')).toBe("'abc");
    expect(typed('=1+1', '@')).toBe('=1+1');
    expect(typed('00123', '@')).toBe('00123');
    expect(typed("'abc")).toBe('abc');
  });

  it('refuses a cell longer than 50,000 characters, as Sheets does', () => {
    expect(() => typed('好'.repeat(SHEETS_MAX_CELL_CHARS + 1))).toThrow(/50000 characters/);
    expect(typed('好'.repeat(SHEETS_MAX_CELL_CHARS))).toHaveLength(SHEETS_MAX_CELL_CHARS);
  });

  it('refuses a list rule of more than 500 items', () => {
    const { SpreadsheetApp } = createGasFakes();
    const items = Array.from({ length: 501 }, (_, i) => `分类${i}`);
    expect(() => SpreadsheetApp.newDataValidation().requireValueInList(items, true).build()).toThrow(
      /more items than the limit of 500/,
    );
  });
});

/** Text a team types that Sheets would read as something else unless GasWorkbook writes it literally. */
const TYPED_AS_TEXT: Cell[] = [
  ' -5',
  ' +86 138 0000 0000',
  '￥12',
  '¥1,234.50',
  '1,234',
  '9:05',
  '1/2',
  '11/3/2026',
  '2026年11月3日',
  '2026.11.3',
  "'已引用",
  '=Z1&"物流"',
];

function setup() {
  const fakes = createGasFakes({ timeZone: ZONE });
  const wb = new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp);
  return { fakes, wb };
}

describe('GasWorkbook writes what it is given, against the strict fake', () => {
  it('every text lands as itself in a General cell', () => {
    const { wb } = setup();
    wb.write(
      'Sheet1',
      1,
      1,
      TYPED_AS_TEXT.map((t) => [t]),
    );
    expect(wb.read('Sheet1').map((r) => r[0])).toEqual(TYPED_AS_TEXT);
  });

  it("every text lands as itself in a Plain-text (@) column: no ' is added there", () => {
    const { wb, fakes } = setup();
    const format: SheetFormat = {
      headerRow: 1,
      columnCount: 1,
      frozenRows: 1,
      header: { background: '#ffffff', fontColor: '#000000', bold: true },
      protectHeader: false,
      columns: [{ index: 1, numberFormat: '@' }],
    };
    wb.write('Sheet1', 1, 1, [['客户ID']]);
    wb.format('Sheet1', format);
    const ids: Cell[] = ["'tb_小王", '00123', '=cmd', ' -5', '2026-11-03'];
    wb.write(
      'Sheet1',
      2,
      1,
      ids.map((t) => [t]),
    );
    expect(
      wb
        .read('Sheet1')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(ids);
    expect(fakes.spreadsheet.sheet('Sheet1').formulaAt(4, 1)).toBe('');
  });

  it('a dropdown of more than 500 items comes from a range on a hidden lists sheet', () => {
    const { wb, fakes } = setup();
    const list = Array.from({ length: 620 }, (_, i) => (i === 7 ? '-5' : `分类${i}`));
    wb.write('Sheet1', 1, 1, [['分类']]);
    const format: SheetFormat = {
      headerRow: 1,
      columnCount: 1,
      frozenRows: 1,
      header: { background: '#ffffff', fontColor: '#000000', bold: true },
      protectHeader: false,
      columns: [{ index: 1, list, strict: false }],
    };
    wb.format('Sheet1', format);
    wb.format('Sheet1', format);
    const rule = fakes.spreadsheet
      .sheet('Sheet1')
      .getRange(2, 1, 1, 1)
      .getDataValidations()[0]![0] as FakeDataValidation;
    expect(rule.range).not.toBeNull();
    expect(rule.list).toEqual(list);
    expect(rule.allowInvalid).toBe(true);
    const lists = fakes.spreadsheet.sheet(LISTS_SHEET);
    expect(lists.isSheetHidden()).toBe(true);
    expect(lists.getLastColumn()).toBe(1);
    expect(wb.sheetNames()).not.toContain(LISTS_SHEET);
  });
});

describe("the fake keeps Apps Script's property quotas", () => {
  it('refuses a value over 9 KB (counted in UTF-8) and a store over 500 KB', () => {
    const { properties } = createGasFakes();
    const store = properties.document;
    store.setProperty('fits', 'a'.repeat(PROPERTY_VALUE_BYTES));
    // 3,073 Chinese characters are 9,219 bytes.
    expect(() => store.setProperty('chinese', '汉'.repeat(3_073))).toThrow('Argument too large: value');
    expect(store.getProperty('chinese')).toBeNull();
    const value = 'b'.repeat(PROPERTY_VALUE_BYTES - 100);
    let stored = 0;
    expect(() => {
      for (let i = 0; i < 100; i++) {
        store.setProperty(`k${i}`, value);
        stored++;
      }
    }).toThrow('property storage quota');
    expect(stored).toBeGreaterThan(40);
    expect(stored).toBeLessThan(PROPERTY_STORE_BYTES / (PROPERTY_VALUE_BYTES - 100));
  });
});

describe('the fake reads typed text by the spreadsheet locale (issue 22 item 7)', () => {
  const inLocale = (text: string, locale: string) => enterValue(text, ZONE, undefined, locale).value;
  const at = (value: unknown) => (value instanceof Date ? value.getTime() : value);

  it('reads a date with a time of day as a date and time in every locale', () => {
    for (const locale of ['zh_CN', 'en_US', 'de_DE']) {
      expect(at(inLocale('2026-11-16 14:30', locale))).toBe(local('2026-11-16T14:30:00'));
    }
  });

  it('reads 1.234,5 as a number where the decimal separator is a comma, and leaves it text elsewhere', () => {
    expect(inLocale('1.234,5', 'de_DE')).toBe(1234.5);
    expect(inLocale('1,5', 'de_DE')).toBe(1.5);
    expect(inLocale('1.234,5', 'en_US')).toBe('1.234,5');
  });

  it('reads 11/3/2026 month first in en_US and zh_CN, day first in en_GB and de_DE', () => {
    expect(at(inLocale('11/3/2026', 'en_US'))).toBe(local('2026-11-03T00:00:00'));
    expect(at(inLocale('11/3/2026', 'zh_CN'))).toBe(local('2026-11-03T00:00:00'));
    expect(at(inLocale('11/3/2026', 'en_GB'))).toBe(local('2026-03-11T00:00:00'));
    expect(at(inLocale('11/3/2026', 'de_DE'))).toBe(local('2026-03-11T00:00:00'));
    expect(at(inLocale('16.11.2026', 'de_DE'))).toBe(local('2026-11-16T00:00:00'));
  });

  it('a de_DE sheet written through GasWorkbook keeps text as text', () => {
    const fakes = createGasFakes({ timeZone: ZONE });
    fakes.spreadsheet.locale = 'de_DE';
    const wb = new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp);
    wb.addSheet('T');
    const cells: Cell[] = ['1.234,5', '16.11.2026', '11/3/2026', '2026-11-16 14:30', '12.5'];
    wb.write('T', 1, 1, [cells]);
    expect(wb.read('T')[0]).toEqual(cells);
  });
});

describe('a dialog blocks the execution that shows it (issue 22 item 7)', () => {
  it('is refused while the execution holds the document lock, shown once it is released', () => {
    const fakes = createGasFakes({ timeZone: ZONE });
    const lock = fakes.LockService.getDocumentLock()!;
    expect(lock.tryLock(0)).toBe(true);
    const ui = fakes.SpreadsheetApp.getUi();
    expect(() => ui.alert('Spiral', 'done', ui.ButtonSet.OK)).toThrow(/holds a lock/);
    lock.releaseLock();
    expect(ui.alert('Spiral', 'done', ui.ButtonSet.OK)).toBe(ui.Button.OK);
  });
});
