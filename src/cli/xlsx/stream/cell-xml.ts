import type { Cell } from '../../../ports';
import type { StyleBook } from './style-book';
import { columnLetters, escapeCellText } from './xml-text';

/** exceljs's dateToExcel: days since 1899-12-30 (or 1904-01-01), a fraction for the time. */
export function excelSerial(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / 86_400_000 - (date1904 ? 1462 : 0);
}

/**
 * One written cell as XML. Text is an inline string (never a formula, whatever it starts with);
 * a Date keeps a date format, adding one to the cell's format when it shows none (as exceljs does).
 * '' leaves a styled empty cell, or nothing.
 */
export function cellXml(
  row: number,
  col: number,
  value: Cell,
  style: number,
  styles: StyleBook,
  date1904: boolean,
): string {
  const ref = `${columnLetters(col)}${row}`;
  if (value === '') return style ? `<c r="${ref}" s="${style}"/>` : '';
  if (value instanceof Date) {
    let s = style;
    if (!styles.isDate(s)) {
      const midnight = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() === 0;
      s = styles.withFormat(s, midnight ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss');
    }
    return `<c r="${ref}" s="${s}"><v>${excelSerial(value, date1904)}</v></c>`;
  }
  const s = style ? ` s="${style}"` : '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
}
