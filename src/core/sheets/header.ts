import type { Cell } from '../../ports';
import { normalizeLabel, type Template } from './template';

/** Where each contract column sits in a sheet whose header a person may have reordered or extended. */
export interface HeaderMap {
  /** 1-based column index per contract key found. */
  columns: Record<string, number>;
  /** The header text as the user wrote it, per contract key found. */
  labels: Record<string, string>;
  /** Number of header cells (the sheet's width). */
  width: number;
  /** Contract keys whose header appears more than once (the same text): the first is used. */
  duplicates: string[];
  /**
   * Further columns that name a key by another of its labels (实付款 beside 买家实际支付金额): a
   * different field of the export, left unread; 1-based, per key.
   */
  alternates: Record<string, number[]>;
}

/** Each label of a template with its key and rank: key, zh, en, then the aliases in their order. */
function labelIndex(template: Pick<Template, 'columns'>): Map<string, { key: string; rank: number }> {
  const byLabel = new Map<string, { key: string; rank: number }>();
  for (const column of template.columns) {
    [column.key, column.zh, column.en, ...(column.aliases ?? [])].forEach((label, rank) => {
      const text = normalizeLabel(label);
      if (!byLabel.has(text)) byLabel.set(text, { key: column.key, rank });
    });
  }
  return byLabel;
}

/**
 * Recognises a column by its zh label, en label, key or an alias, ignoring case, spacing and
 * full-width forms. Where two columns name one key by different labels, the better-ranked label
 * wins and the other is an alternate; the same label twice is a duplicate.
 */
export function mapHeader(headerRow: readonly Cell[], template: Pick<Template, 'columns'>): HeaderMap {
  const byLabel = labelIndex(template);
  const best: Record<string, { at: number; rank: number; text: string }> = {};
  const found: Array<{ key: string; at: number; text: string }> = [];
  headerRow.forEach((cell, i) => {
    const text = normalizeLabel(String(cell ?? ''));
    const hit = byLabel.get(text);
    if (!hit) return;
    found.push({ key: hit.key, at: i + 1, text });
    const current = best[hit.key];
    if (!current || hit.rank < current.rank) best[hit.key] = { at: i + 1, rank: hit.rank, text };
  });
  const columns: Record<string, number> = {};
  const labels: Record<string, string> = {};
  for (const [key, { at }] of Object.entries(best)) {
    columns[key] = at;
    labels[key] = String(headerRow[at - 1] ?? '').trim();
  }
  const duplicates: string[] = [];
  const alternates: Record<string, number[]> = {};
  for (const { key, at, text } of found) {
    const chosen = best[key]!;
    if (at === chosen.at) continue;
    if (text === chosen.text) duplicates.push(key);
    else alternates[key] = [...(alternates[key] ?? []), at];
  }
  return { columns, labels, width: headerRow.length, duplicates, alternates };
}
