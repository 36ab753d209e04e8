import { describe, expect, it } from 'vitest';
import { cellKey } from '../../../../src/cli/xlsx/stream/sheet-scan';
import { SheetState } from '../../../../src/cli/xlsx/stream/sheet-state';

// Excel's last column, XFD.
const LAST_COL = 16_384;

describe('a streamed sheet keys each cell by one number', () => {
  it('gives an edit in the last column back at its own row and column', () => {
    const sheet = new SheetState('宽表', null);
    sheet.set(3, LAST_COL, 'x');
    sheet.set(3, 1, 'a');
    sheet.set(4, 1, 'b');
    expect(sheet.editsByRow()).toEqual(
      new Map([
        [
          3,
          new Map<number, string>([
            [LAST_COL, 'x'],
            [1, 'a'],
          ]),
        ],
        [4, new Map([[1, 'b']])],
      ]),
    );
  });

  it('finds a kept cell of the last column on its own row', () => {
    const sheet = new SheetState('宽表', null);
    sheet.load({
      grid: [],
      kept: new Set([cellKey(5, LAST_COL)]),
      extent: { rows: 5, cols: LAST_COL },
      tail: '',
    });
    expect(sheet.lastRowIn([LAST_COL])).toBe(5);
    expect(sheet.lastRowIn([1])).toBe(0);
  });

  it('clears from a row: the cells above stay, the last column included', () => {
    const sheet = new SheetState('宽表', null);
    sheet.set(2, LAST_COL, 'keep');
    sheet.set(3, 1, 'drop');
    sheet.clearFrom(3);
    expect(sheet.editsByRow()).toEqual(new Map([[2, new Map([[LAST_COL, 'keep']])]]));
  });
});
