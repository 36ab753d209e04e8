import ExcelJS from 'exceljs';
import type { AreaStyle, Cell } from '../../ports';

type ResultValue = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The plain value of a formula's cached result or of any simple value; '' when there is none. */
function plain(value: ResultValue | null): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value;
  if (isObject(value) && 'error' in value) return String(value.error);
  return value as Cell;
}

/** Text of a string, rich text or anything exceljs nests inside a hyperlink. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value) && Array.isArray(value.richText)) {
    return (value.richText as ExcelJS.RichText[]).map((run) => run.text).join('');
  }
  return value === null || value === undefined ? '' : String(value);
}

/** Maps an exceljs cell to what Sheets' getValues would return for it. */
export function cellFromExcel(cell: ExcelJS.Cell): Cell {
  // Sheets reports only the top-left cell of a merge; the others read as empty.
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  const value = cell.value;
  if (!isObject(value) || value instanceof Date) return plain(value as ResultValue | null);
  if ('richText' in value) return textOf(value);
  if ('hyperlink' in value) return textOf(value.text);
  if ('formula' in value || 'sharedFormula' in value)
    return plain((value as ExcelJS.CellFormulaValue).result);
  if ('error' in value) return String(value.error);
  return '';
}

/** A formula, hyperlink, rich text, error or merged cell is a person's work: only a plain value may be overwritten. */
export function isPlainCell(cell: ExcelJS.Cell): boolean {
  switch (cell.type) {
    case ExcelJS.ValueType.Formula:
    case ExcelJS.ValueType.Hyperlink:
    case ExcelJS.ValueType.RichText:
    case ExcelJS.ValueType.Error:
    case ExcelJS.ValueType.Merge:
      return false;
    default:
      return true;
  }
}

/**
 * exceljs's own test (utils.isDateFmt) for whether a number format shows a date: a numeric cell
 * with such a format is read back as a Date, so writers must agree with it.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Whether a value can be stored in a cell of a file (NaN, Infinity and Invalid Date cannot). */
export function isStorable(value: Cell): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return true;
}

/** Writes one port value: text stays literal text, '' empties the cell, Dates keep a date format. */
export function setCellValue(cell: ExcelJS.Cell, value: Cell): void {
  if (value === '') {
    cell.value = null;
    return;
  }
  // A plain string is always a shared string in exceljs, never a formula, whatever it starts with.
  cell.value = value instanceof Date ? new Date(value.getTime()) : value;
  if (value instanceof Date && !isDateFormat(cell.numFmt)) {
    const midnight = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() === 0;
    cell.numFmt = midnight ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
  }
}

/** '#1f4e78' → exceljs ARGB 'FF1F4E78'. */
export function argb(colour: string): string {
  const hex = colour.replace(/^#/, '').toUpperCase();
  const full = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex;
  if (!/^[0-9A-F]{6}$/.test(full)) throw new Error(`Not a '#rrggbb' colour: ${colour}`);
  return `FF${full}`;
}

export const solidFill = (colour: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(colour) },
});

/** Sheets column widths are pixels; Excel's are characters of about 7 pixels (Calibri 11). */
export const pixelsToCharacters = (pixels: number): number => Math.round((pixels / 7) * 100) / 100;

/** Applies one AreaStyle to every cell of its rectangle, merging with what each cell has. */
export function applyAreaStyle(sheet: ExcelJS.Worksheet, style: AreaStyle): void {
  const fontChange: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) fontChange.bold = style.bold;
  if (style.italic !== undefined) fontChange.italic = style.italic;
  if (style.fontSize !== undefined) fontChange.size = style.fontSize;
  if (style.fontColor !== undefined) fontChange.color = { argb: argb(style.fontColor) };
  const alignChange: Partial<ExcelJS.Alignment> = {};
  if (style.wrap !== undefined) alignChange.wrapText = style.wrap;
  if (style.align !== undefined) alignChange.horizontal = style.align;
  const fill = style.background === undefined ? undefined : solidFill(style.background);
  for (let r = style.row; r < style.row + style.rows; r++) {
    const row = sheet.getRow(r);
    for (let c = style.col; c < style.col + style.cols; c++) {
      const cell = row.getCell(c);
      // Styles may be shared between cells in exceljs: always assign fresh objects.
      if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
      if (Object.keys(fontChange).length > 0) cell.font = { ...cell.font, ...fontChange };
      if (Object.keys(alignChange).length > 0) cell.alignment = { ...cell.alignment, ...alignChange };
      if (fill) cell.fill = fill;
    }
  }
}
