/** A parsed record as the cells of a sheet row: enums in the workbook's language, dates as dates, text as written. */
import type { Cell } from '../../ports';
import type { RowValues } from '../sheets/rows';
import { type ColumnSpec, enumLabel, type Lang } from '../sheets/template';
import { dateCell } from '../time/date-cell';
import { dateTimeCell } from '../time/date-time';

/** The cells of the columns import owns, in their order; a column the file lacks stays blank. */
export function recordRow(
  owned: readonly ColumnSpec[],
  values: RowValues,
  lang: Lang,
  timeZone: string,
): Cell[] {
  return owned.map((column) => toCell(column, values[column.key], lang, timeZone));
}

export function toCell(column: ColumnSpec, value: unknown, lang: Lang, timeZone: string): Cell {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'date':
      // A date read with its time kept (chat-derived inquiries) is written with that time.
      return (value as string).length > 10
        ? dateTimeCell(value as string, timeZone)
        : dateCell(value as string, timeZone);
    case 'datetime':
      return dateTimeCell(value as string, timeZone);
    case 'enum':
      // A value outside the list was kept as written: enumLabel returns it unchanged.
      return enumLabel(column.enum ?? '', value as string, lang);
    case 'boolean':
      return enumLabel('yesNo', value ? 'yes' : 'no', lang);
    case 'shop':
      return value === 'ours' ? enumLabel('shop', 'ours', lang) : (value as string);
    case 'categories':
      return (value as string[]).join(lang === 'zh' ? '、' : ', ');
    default:
      return value as Cell;
  }
}
