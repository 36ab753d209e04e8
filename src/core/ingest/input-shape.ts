/**
 * The shape of an input file, checked before any value is read, so no field is dropped in
 * silence: duplicate headers, rows longer or shorter than the header, control characters, cells
 * too long for Excel, and the reason column of a rejected file Spiral wrote earlier.
 */
import type { Cell } from '../../ports';
import { say } from '../messages/catalogue';
import { mapHeader } from '../sheets/header';
import { type Lang, normalizeLabel, type Template } from '../sheets/template';
import { isBlank } from '../sheets/values';
import type { CellLimit } from './cell-limit';
import { exportedCell } from './exported-text';
import { type ImportNote, importNote } from './import-note';
import type { InputTable } from './input-table';
import { isRejectedFileHeader, unescapeRejectedCell } from './rejected-file';

/** Columns holding a name, trimmed at import (docs/import.md): the agent of a log row and of a review. */
const TRIMMED_KEYS = new Set(['agent', 'agentMentioned']);

export interface InputShape {
  /** 1-based input column of each contract key (the first, when a header repeats). */
  columns: Record<string, number>;
  labels: Record<string, string>;
  /** Further input columns (1-based) that repeat a contract column, per key. */
  duplicates: Record<string, number[]>;
  /** Sentences about the file as a whole: repeated or unknown headers, data under no header. */
  notes: ImportNote[];
  ignoredColumns: string[];
  /** Whether this is a rejected file Spiral wrote (it has the reason column). */
  rejectedFile: boolean;
  /** 1-based column of that reason column; 0 when there is none. */
  reasonColumn: number;
  width: number;
}

export interface RowShape {
  cells: Cell[];
  reasons: string[];
  warnings: { column: string; reason: string }[];
}

/** The first control character other than tab, line feed and carriage return (an .xlsx cannot hold them); -1 when none. */
function controlAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return i;
  }
  return -1;
}

export function inputShape(table: InputTable, template: Template, lang: Lang): InputShape {
  const header = table.header;
  let width = header.length;
  while (width > 0 && normalizeLabel(header[width - 1] ?? '') === '') width--;
  const rejectedFile = header.some((h) => isRejectedFileHeader(h, 'reason'));
  const mapped = mapHeader(header, template);
  const notes: ImportNote[] = [];
  const ignoredColumns: string[] = [];
  const alternate = new Set(Object.values(mapped.alternates).flat());
  const copies: Record<string, number[]> = {};
  header.forEach((text, i) => {
    if (normalizeLabel(text) === '') return;
    const key = Object.keys(mapHeader([text], template).columns)[0];
    if (key !== undefined && alternate.has(i + 1)) {
      // Another field of the export that an alias of the same key also names: left unread, said.
      notes.push(
        importNote('import.alternateColumn', { column: text.trim(), used: mapped.labels[key] ?? key }),
      );
    } else if (key !== undefined) copies[key] = [...(copies[key] ?? []), i + 1];
    else if (isRejectedFileHeader(text, 'reason'))
      notes.push(importNote('import.reasonColumnIgnored', { column: text.trim() }));
    else if (!(rejectedFile && isRejectedFileHeader(text, 'extra')) && !ignoredColumns.includes(text.trim()))
      ignoredColumns.push(text.trim());
  });
  const duplicates: Record<string, number[]> = {};
  for (const [key, at] of Object.entries(copies)) {
    if (at.length < 2) continue;
    duplicates[key] = at.slice(1);
    const column = mapped.labels[key] ?? key;
    notes.push(importNote('import.duplicateHeader', { column, count: at.length, positions: at.join(', ') }));
  }
  // A column the file lacks may come from another one it has (订单编号 from 主订单编号).
  for (const column of template.columns) {
    const from = column.orFrom;
    if (from === undefined || column.key in mapped.columns || !(from in mapped.columns)) continue;
    mapped.columns[column.key] = mapped.columns[from]!;
    mapped.labels[column.key] = mapped.labels[from]!;
  }
  const blankHeaded = header
    .map((text, i) => (normalizeLabel(text) === '' && i < width ? i + 1 : 0))
    .filter((i) => i > 0 && table.rows.some((r) => !isBlank(r.cells[i - 1])));
  for (const position of blankHeaded) notes.push(importNote('import.blankHeaderData', { position }));
  // One note for them all: a 60-column order report leaves some 44 columns out.
  if (ignoredColumns.length > 0)
    notes.push(
      importNote('import.ignoredColumns', {
        count: ignoredColumns.length,
        columns: ignoredColumns.join(lang === 'zh' ? '、' : ', '),
      }),
    );
  return {
    columns: mapped.columns,
    labels: mapped.labels,
    duplicates,
    notes,
    ignoredColumns,
    rejectedFile,
    reasonColumn: header.findIndex((h) => isRejectedFileHeader(h, 'reason')) + 1,
    width,
  };
}

/** The checks of one row: each reason rejects it, each warning is reported with it. */
export function rowShape(
  table: InputTable,
  shape: InputShape,
  cells: readonly Cell[],
  lang: Lang,
  cellLimit?: CellLimit,
): RowShape {
  const header = table.header;
  const reasons: string[] = [];
  const warnings: RowShape['warnings'] = [];
  // A rejected file holds the text already unwrapped; it only undoes its own escaping.
  const row = shape.rejectedFile ? cells.map(unescapeRejectedCell) : cells.map(exportedCell);
  if (row.length < shape.width && !(row.length === 1 && isBlank(row[0]))) {
    reasons.push(say(lang, 'import.shortRow', { count: row.length, width: shape.width }));
  }
  const extra = row
    .map((cell, i) => ({ cell, i }))
    .filter(
      ({ cell, i }) =>
        !isBlank(cell) &&
        (i >= header.length || (shape.rejectedFile && isRejectedFileHeader(header[i] ?? '', 'extra'))),
    );
  if (extra.length > 0) {
    reasons.push(
      say(lang, 'import.extraFields', {
        count: extra.length,
        width: shape.width,
        values: extra.map(({ cell }) => String(cell)).join(' | '),
      }),
    );
  }
  for (const [key, at] of Object.entries(shape.columns)) {
    const label = shape.labels[key] ?? key;
    const first = row[at - 1];
    for (const i of shape.duplicates[key] ?? []) {
      const other = row[i - 1];
      if (!isBlank(other) && String(other).trim() !== String(first ?? '').trim()) {
        reasons.push(
          say(lang, 'import.duplicateConflict', {
            column: label,
            first: String(first ?? ''),
            other: String(other),
          }),
        );
      }
    }
    if (typeof first !== 'string') continue;
    // An agent is a name: spaces around it (' 小美', '小美\u3000') would count a second agent.
    if (TRIMMED_KEYS.has(key) && first !== first.trim()) row[at - 1] = first.trim();
    const control = controlAt(first);
    if (control >= 0) {
      const code = `U+${first.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0')}`;
      reasons.push(say(lang, 'import.controlCharacter', { column: label, code, position: control + 1 }));
    }
    if (cellLimit !== undefined && first.length > cellLimit.length) {
      const params = { column: label, length: first.length, limit: cellLimit.length };
      if (cellLimit.place === 'sheets') reasons.push(say(lang, 'import.tooLong.sheets', params));
      else warnings.push({ column: label, reason: say(lang, 'import.tooLong.xlsx', params) });
    }
  }
  return { cells: row, reasons, warnings };
}
