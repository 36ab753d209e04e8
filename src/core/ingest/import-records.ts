/**
 * The one import use case behind the CLI and the sidebar: rows of a file, already split into
 * cells, become records of a templated sheet. New records are appended, records already present
 * (by the sheet's key, or by full content) are skipped or have their changeable columns updated,
 * and each refused row comes back with its reasons — nothing is dropped in silence.
 */
import type { Cell, CellUpdate, WorkbookPort } from '../../ports';
import { taxonomyInEffect } from '../classify/taxonomy-in-effect';
import { say } from '../messages/catalogue';
import { readSettings, type Settings } from '../settings/settings';
import { parseRow, type RowContext, type RowValues } from '../sheets/rows';
import { knownCategoriesOf } from '../sheets/tables';
import {
  type ColumnSpec,
  enumLabels,
  findSheet,
  type ImportKey,
  type Lang,
  type SheetKey,
  TEMPLATES,
} from '../sheets/template';
import { cellText, isBlank } from '../sheets/values';
import type { CellLimit } from './cell-limit';
import { approximateKeyOf, isImpreciseNumber, keyOf, keyPart, keyPlan } from './import-key';
import { type ImportNote, importNote } from './import-note';
import { type ImportSession, openTarget, type RowKey } from './import-target';
import { updateImported } from './import-writes';
import { inputShape, rowShape } from './input-shape';
import type { InputTable } from './input-table';
import { recordRow, toCell } from './record-cells';
import type { RejectedRow } from './rejected-file';
import { reviewExportTable } from './review-exports';

export interface ImportOptions {
  /** What makes two rows the same record, instead of the template's (chat-derived inquiries: buyer and day). */
  key?: ImportKey;
  /** Longest text a cell of the destination holds: a longer cell is rejected (Sheets) or reported (.xlsx). */
  cellLimit?: CellLimit;
  /** Language of the messages; the workbook's by default. */
  lang?: Lang;
  /** The caller's reading of Settings (an import reads the sheet once, the caller's); read here when not given. */
  settings?: Settings;
  /** Date columns keep their time of day (inquiries made from a chat log start at the first message). */
  keepTime?: boolean;
  /** One batch of an import sent in batches (the panel): rows it added earlier stay apart from rows already there. */
  session?: ImportSession;
  /** The shop of a review export without a shop column (CLI --shop, the panel's shop choice); 本店 by default. */
  shop?: string;
}

export interface ImportWarning {
  line: number;
  column: string;
  value: string;
  reason: string;
}

/** Plain data (no Dates in the counts), so the sidebar can show it as it comes. */
export interface ImportResult {
  sheet: string;
  new: number;
  updated: number;
  skipped: number;
  /** Rows whose record this import had already added from an earlier line of the file (a declared key). */
  repeated: number;
  rejected: number;
  rejectedRows: RejectedRow[];
  /** The header to write above the rejected rows: the file's own, less an earlier reason column. */
  rejectedHeader: string[];
  warnings: ImportWarning[];
  /** What is said about the file as a whole (repeated headers, ignored columns): noteText says each. */
  notes: ImportNote[];
  ignoredColumns: string[];
}

/** An import's counts, as a message's parameters. */
export function counts(result: ImportResult): {
  new: number;
  updated: number;
  skipped: number;
  repeated: number;
  rejected: number;
} {
  return {
    new: result.new,
    updated: result.updated,
    skipped: result.skipped,
    repeated: result.repeated,
    rejected: result.rejected,
  };
}

/** The file cannot be imported at all (no such sheet, a required column missing): nothing is written. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export function importRecords(
  wb: WorkbookPort,
  key: SheetKey,
  given: InputTable,
  options: ImportOptions = {},
): ImportResult {
  const template = TEMPLATES[key];
  // The job passes its run's settings; read here only for a caller that is no run (the demo, tests).
  const lang = options.lang ?? (options.settings ?? readSettings(wb).settings).language;
  const prepared = key === 'reviews' ? reviewExportTable(given, lang, options.shop) : null;
  const table = prepared?.table ?? given;
  const sheet = findSheet(wb, key);
  if (sheet === null) throw new ImportError(say(lang, 'import.noSheet', { sheet: template.name[lang] }));
  const shape = inputShape(table, template, lang);
  const present = template.columns.filter((c) => c.key in shape.columns);
  const plan = keyPlan(template, present, options.key);
  const missing = [
    ...template.columns.filter((c) => c.required),
    ...(plan.declared ? plan.columns.filter((c) => !plan.optional.has(c.key)) : []),
  ].filter((c, i, all) => !(c.key in shape.columns) && all.indexOf(c) === i);
  if (missing.length > 0) {
    throw new ImportError(
      say(lang, 'import.missingColumns', {
        columns: missing.map((c) => `${c[lang]} (${c.key})`).join(', '),
        header: table.header.join(', '),
      }),
    );
  }
  const into = openTarget(wb, sheet, template, options.session);
  const target = into.header;
  const absent = present.filter((c) => !(c.key in target.columns)).map((c) => c[lang]);
  if (absent.length > 0) {
    throw new ImportError(say(lang, 'import.sheetLacksColumns', { sheet, columns: absent.join(', ') }));
  }
  // A workbook without a Taxonomy sheet checks no categories; one with it, those of the taxonomy in effect.
  const taxonomy = taxonomyInEffect(wb, lang);
  const knownCategories =
    taxonomy.table.sheet === null
      ? undefined
      : knownCategoriesOf(taxonomy.rows.map((r, i) => ({ ...r, row: r.row ?? i })));
  const input: RowContext = {
    key,
    sheet,
    lang,
    columns: shape.columns,
    labels: shape.labels,
    present,
    // Text from a file names wall-clock dates; an .xlsx date reads the same in UTC.
    timeZone: 'UTC',
    knownCategories,
    keepTime: options.keepTime,
  };
  const existing = into.index(
    { ...input, columns: target.columns, labels: target.labels, timeZone: wb.timeZone, keepTime: false },
    plan,
  );
  const reasonAt = shape.reasonColumn - 1;
  const dropReason = <T>(cells: T[]) => (reasonAt < 0 ? cells : cells.filter((_, i) => i !== reasonAt));
  const result: ImportResult = {
    sheet,
    new: 0,
    updated: 0,
    skipped: 0,
    repeated: 0,
    rejected: 0,
    rejectedRows: [],
    rejectedHeader: dropReason(table.header),
    warnings: [],
    notes: [...(prepared?.notes ?? []), ...shape.notes],
    ignoredColumns: shape.ignoredColumns,
  };
  const reject = (line: number, cells: Cell[], reasons: string[]) => {
    result.rejected++;
    result.rejectedRows.push({ line, cells: dropReason(cells), reasons });
  };
  for (const unreadable of table.unreadable) {
    reject(
      unreadable.line,
      [unreadable.text],
      [say(lang, 'import.unreadable', { line: unreadable.line, code: unreadable.code })],
    );
  }
  // Import owns the contract's columns only: a team's own columns and rows below the log stay as they are.
  const owned = template.columns.filter((c) => c.key in target.columns);
  const appended: Cell[][] = [];
  const appendedKeys: RowKey[] = [];
  const changes = new Map<number, CellUpdate[]>();
  const changedAt = new Map<string, number>();
  const pending = new Map<string, { row: Cell[]; line: number }>();
  const approximate = { rows: 0, matched: 0 };
  for (const { line, cells: given } of table.rows) {
    const checked = rowShape(table, shape, given, lang, options.cellLimit);
    if (checked.reasons.length > 0) {
      reject(line, checked.cells, checked.reasons);
      continue;
    }
    const parsed = parseRow(input, checked.cells, line);
    if (parsed === null) continue;
    const raw = (k: string) => checked.cells[(shape.columns[k] ?? 0) - 1];
    if (parsed.hasError) {
      const reasons = parsed.problems
        .filter((p) => p.severity === 'error')
        .map((p) => `${p.column}: ${p.reason}`);
      reject(line, checked.cells, reasons);
      continue;
    }
    for (const problem of parsed.problems) {
      const column = present.find((c) => (shape.labels[c.key] ?? c.key) === problem.column);
      const kept = column && keepAsWritten(column, parsed.values, raw(column.key), lang);
      result.warnings.push({
        line,
        column: problem.column,
        value: problem.value,
        reason: kept || problem.reason,
      });
    }
    for (const w of checked.warnings)
      result.warnings.push({ line, column: w.column, value: '', reason: w.reason });
    let recordKey = keyOf(plan, parsed.values, raw);
    if (isImpreciseNumber(plan, raw)) {
      approximate.rows++;
      const other = existing.get(recordKey)
        ? null
        : existing.approximate(approximateKeyOf(plan, parsed.values, raw));
      if (other !== null) {
        recordKey = other;
        approximate.matched++;
      }
    }
    const same = plan.declared ? pending.get(recordKey) : undefined;
    if (same) {
      const changed = plan.update.filter((c) => !isBlank(raw(c.key)));
      for (const c of changed)
        same.row[target.columns[c.key]! - 1] = toCell(c, parsed.values[c.key], lang, wb.timeZone);
      result.repeated++;
      continue;
    }
    const match = existing.get(recordKey);
    if (match && match.rows.length > 0) {
      const row = plan.declared ? match.rows[0]! : match.rows.shift()!;
      if (!plan.declared) into.matched(row);
      const updates = plan.update.filter(
        (c) =>
          !isBlank(raw(c.key)) &&
          keyPart(parsed.values[c.key], raw(c.key), false) !== match.values.get(row)?.[c.key],
      );
      for (const c of updates) {
        const col = target.columns[c.key]!;
        const value = toCell(c, parsed.values[c.key], lang, wb.timeZone);
        const list = changes.get(col) ?? [];
        const at = changedAt.get(`${row}:${col}`);
        // A later line of the file about the same record wins.
        if (at !== undefined) list[at] = { ...list[at]!, value };
        else {
          changedAt.set(`${row}:${col}`, list.length);
          list.push({ row, value, expected: into.cellAt(row, col) });
        }
        changes.set(col, list);
      }
      if (into.isOwn(row)) result.repeated++;
      else if (updates.length > 0) result.updated++;
      else result.skipped++;
      continue;
    }
    const row = recordRow(owned, parsed.values, lang, wb.timeZone);
    appended.push(row);
    appendedKeys.push({ key: recordKey, approximate: approximateKeyOf(plan, parsed.values, raw) });
    if (plan.declared) pending.set(recordKey, { row, line });
    result.new++;
  }
  if (approximate.rows > 0 && plan.approximate) {
    const label = (c: ColumnSpec) => c[lang];
    result.notes.push(
      importNote(
        'import.approximateKeys',
        {
          column: label(plan.approximate.column),
          digits: plan.approximate.digits,
          with: plan.approximate.with.map(label).join(' + '),
        },
        {
          count: approximate.rows,
          matched: approximate.matched,
          added: approximate.rows - approximate.matched,
        },
      ),
    );
  }
  into.append(
    owned.map((c) => target.columns[c.key]!),
    appended,
    appendedKeys,
  );
  for (const { row, col } of updateImported(wb, sheet, changes)) {
    const column = owned.find((c) => target.columns[c.key] === col);
    result.notes.push(importNote('import.updateKept', { row, column: column?.[lang] ?? String(col) }));
  }
  return result;
}

/**
 * A value outside an optional dropdown list is kept as the user wrote it (the row's values take
 * the text), and the warning says so.
 */
function keepAsWritten(column: ColumnSpec, values: RowValues, raw: Cell | undefined, lang: Lang): string {
  if (column.type !== 'enum' || column.required || values[column.key] !== null || isBlank(raw)) return '';
  values[column.key] = cellText(raw).trim();
  return say(lang, 'import.notInList', {
    value: cellText(raw).trim(),
    allowed: enumLabels(column.enum ?? '', lang).join(lang === 'zh' ? '、' : ', '),
  });
}
