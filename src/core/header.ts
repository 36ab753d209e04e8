import type { Cell } from '../ports';
import { normalizeLabel, type Template } from './template';

/** Where each contract column sits in a sheet whose header a person may have reordered or extended. */
export interface HeaderMap {
  /** 1-based column index per contract key found. */
  columns: Record<string, number>;
  /** The header text as the user wrote it, per contract key found. */
  labels: Record<string, string>;
  /** Number of header cells (the sheet's width). */
  width: number;
  /** Contract keys whose header appears more than once: the first is used. */
  duplicates: string[];
}

/** Recognises a column by its zh label, en label, key or an alias, ignoring case, spacing and full-width forms. */
export function mapHeader(headerRow: readonly Cell[], template: Pick<Template, 'columns'>): HeaderMap {
  const byLabel = new Map<string, string>();
  for (const column of template.columns) {
    for (const label of [column.key, column.zh, column.en, ...(column.aliases ?? [])])
      byLabel.set(normalizeLabel(label), column.key);
  }
  const columns: Record<string, number> = {};
  const labels: Record<string, string> = {};
  const duplicates: string[] = [];
  headerRow.forEach((cell, i) => {
    const text = String(cell ?? '');
    const key = byLabel.get(normalizeLabel(text));
    if (!key) return;
    if (key in columns) {
      duplicates.push(key);
      return;
    }
    columns[key] = i + 1;
    labels[key] = text.trim();
  });
  return { columns, labels, width: headerRow.length, duplicates };
}
