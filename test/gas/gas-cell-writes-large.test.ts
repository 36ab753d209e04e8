/**
 * updateColumnCells over a column of half a million rows: the rows are found and joined with loops,
 * not by spreading them into Math.min/Math.max or push (a call with that many arguments overflows
 * the stack: RangeError before the fix).
 */
import { describe, expect, it } from 'vitest';
import { updateColumnCells } from '../../src/gas/gas-cell-writes';
import { growSheet } from '../../src/gas/gas-workbook';
import type { CellUpdate } from '../../src/ports';
import { createGasFakes } from '../fakes/gas-services';

const ROWS = 500_000;

describe('updateColumnCells on a very long column', () => {
  it('overwrites 500,000 text cells still as read, in one write across the row left alone', () => {
    const fakes = createGasFakes();
    const sheet = fakes.spreadsheet.insertSheet('Long');
    growSheet(sheet, ROWS + 1, 1);
    sheet.getRange(2, 1, ROWS, 1).setValues(Array.from({ length: ROWS }, () => ['a']));
    // Every row but row 3 changes: the text rows to read span the column, the write grows past the
    // last row, and the two runs around row 3 are joined (row 3 written back as read).
    const updates: CellUpdate[] = [];
    for (let row = 2; row <= ROWS + 2; row++) if (row !== 3) updates.push({ row, value: 'b', expected: 'a' });
    updates[updates.length - 1] = { row: ROWS + 2, value: 'b', expected: '' };
    expect(updateColumnCells(sheet, 1, updates).written).toHaveLength(ROWS);
    const values = sheet.getRange(2, 1, ROWS + 1, 1).getValues();
    expect([values[0]![0], values[1]![0], values[2]![0], values[ROWS]![0]]).toEqual(['b', 'a', 'b', 'b']);
  }, 240_000);
});
