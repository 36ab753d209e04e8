/** Scorecard rows whose pay cannot be trusted: an input that could not be read means no score and no pay. */

import { say } from '../messages/catalogue';
import type { Problem, ScorecardRow } from '../sheets/records';
import { SCORING_ENUMS, SCORING_INPUTS, type ScoringInput } from '../sheets/scorecard-columns';
import type { LoadedTable } from '../sheets/tables';
import { enumLabels, type Lang } from '../sheets/template';
import { cellText, parseMonth } from '../sheets/values';

export interface UnpaidRow {
  row: number;
  month: string;
  agent: string;
  /** One sentence per unreadable cell, in the workbook's language. */
  reasons: string[];
}

/**
 * Splits a month's Scorecard rows into those that can be scored and those that cannot: a row
 * with any scoring input the reader could not use (a grade typed as 好, a count typed as "three",
 * an unknown level) is not scored and not paid. Its problems become errors that say so; the
 * problems of other rows and months are returned unchanged.
 */
export function separateUnpaid(
  table: LoadedTable<ScorecardRow>,
  month: string,
  timeZone: string,
  lang: Lang,
): { rows: ScorecardRow[]; unpaid: UnpaidRow[]; problems: Problem[] } {
  const header = table.grid[0] ?? [];
  const keyOfLabel = new Map<string, ScoringInput>();
  for (const key of SCORING_INPUTS) {
    const col = table.columns[key];
    if (col !== undefined) keyOfLabel.set(cellText(header[col - 1]), key);
  }
  const byRow = new Map<number, Problem[]>();
  for (const p of table.problems) {
    if (p.row < 2 || !keyOfLabel.has(p.column)) continue;
    byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  }
  const recordByRow = new Map(table.records.map((r) => [r.row, r]));
  const unpaid = new Map<number, UnpaidRow>();
  const problems: Problem[] = [];
  for (const p of table.problems) {
    const cells = byRow.get(p.row);
    const rowMonth = cells ? monthOf(table, p.row, recordByRow.get(p.row), timeZone) : null;
    if (!cells || rowMonth !== month) {
      problems.push(p);
      continue;
    }
    if (!keyOfLabel.has(p.column)) {
      problems.push(p);
      continue;
    }
    const key = keyOfLabel.get(p.column)!;
    const enumName = SCORING_ENUMS[key];
    const expected = enumName
      ? enumLabels(enumName, lang).join(' / ')
      : say(lang, 'scorecard.expectedNumber');
    const reason = say(lang, 'scorecard.unreadableInput', {
      column: p.column,
      value: p.value,
      expected,
    });
    problems.push({ ...p, reason: `${reason} ${say(lang, 'scorecard.rowNotPaid')}`, severity: 'error' });
    const entry = unpaid.get(p.row) ?? {
      row: p.row,
      month,
      agent: agentOf(table, p.row, recordByRow.get(p.row)),
      reasons: [],
    };
    entry.reasons.push(reason);
    unpaid.set(p.row, entry);
  }
  const rows = table.records.filter((r) => r.month === month && !unpaid.has(r.row));
  return { rows, unpaid: [...unpaid.values()].sort((a, b) => a.row - b.row), problems };
}

/** A row left out by the reader has no record: its month is read from the cell itself. */
function monthOf(
  table: LoadedTable<ScorecardRow>,
  row: number,
  record: ScorecardRow | undefined,
  timeZone: string,
): string | null {
  if (record) return record.month;
  const col = table.columns.month;
  if (col === undefined) return null;
  const parsed = parseMonth(table.grid[row - 1]?.[col - 1] ?? '', timeZone);
  return parsed.ok ? parsed.value : null;
}

function agentOf(table: LoadedTable<ScorecardRow>, row: number, record: ScorecardRow | undefined): string {
  if (record) return record.agent;
  const col = table.columns.agent;
  return col === undefined ? '' : cellText(table.grid[row - 1]?.[col - 1]).trim();
}
