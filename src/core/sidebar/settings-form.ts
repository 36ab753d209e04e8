/**
 * The Settings sheet as a form: each setting with its label, its value as written (or the default),
 * and the reason it cannot be read — the same reason the Problems sheet gives. Saving checks every
 * value first and writes nothing while any is unreadable, so a typo never replaces a good value.
 */
import type { Cell, WorkbookPort } from '../../ports';
import {
  DEFAULT_SETTINGS,
  SETTING_DEFS,
  type SettingDef,
  settingLabels,
  settingText,
  unreadableSetting,
} from '../settings/settings';
import { mapHeader } from '../sheets/header';
import { enumLabels, findSheet, type Lang, normalizeLabel, TEMPLATES } from '../sheets/template';
import { cellText } from '../sheets/values';

export type FieldKind = 'language' | 'boolean' | 'text';

export interface SettingField {
  key: string;
  label: string;
  kind: FieldKind;
  /** The value as the sheet holds it; the default's text when the sheet has none. */
  value: string;
  defaultValue: string;
  /** Choices for a select (language, yes/no), in the workbook's language. */
  options: string[];
  /** Why the sheet's value is not used; null when it is readable (or blank). */
  error: string | null;
}

export interface SettingsForm {
  /** The Settings sheet's name; null when the workbook has none (set up the sheets first). */
  sheet: string | null;
  fields: SettingField[];
}

export interface SaveResult {
  /** Unreadable values by key: nothing was written when there is any. */
  errors: Record<string, string>;
  /** Settings whose value changed. */
  changed: string[];
}

const kindOf = (key: string): FieldKind =>
  key === 'language' ? 'language' : key === 'autoWeekly' || key === 'autoMonthly' ? 'boolean' : 'text';

const optionsOf = (kind: FieldKind, lang: Lang): string[] =>
  kind === 'language' ? ['zh', 'en'] : kind === 'boolean' ? enumLabels('yesNo', lang) : [];

/** Reason a typed value cannot be used, or null; a blank value means the default, as in the sheet. */
export function checkSetting(def: SettingDef, raw: string, lang: Lang): string | null {
  if (raw.trim() === '' || def.parse(raw) !== undefined) return null;
  return unreadableSetting(def, raw, DEFAULT_SETTINGS, lang);
}

interface SettingsGrid {
  sheet: string;
  grid: Cell[][];
  keyCol: number;
  valueCol: number;
  rowOf: Map<string, number>;
}

function readGrid(wb: WorkbookPort): SettingsGrid | null {
  const sheet = findSheet(wb, 'settings');
  if (sheet === null) return null;
  const grid = wb.read(sheet);
  const { columns } = mapHeader(grid[0] ?? [], TEMPLATES.settings);
  const keyCol = (columns.key ?? 1) - 1;
  const valueCol = (columns.value ?? 2) - 1;
  const byLabel = new Map<string, string>();
  for (const d of SETTING_DEFS) for (const l of settingLabels(d)) byLabel.set(normalizeLabel(l), d.key);
  const rowOf = new Map<string, number>();
  grid.forEach((row, i) => {
    const key = byLabel.get(normalizeLabel(cellText(row[keyCol] ?? '')));
    if (i > 0 && key !== undefined && !rowOf.has(key)) rowOf.set(key, i);
  });
  return { sheet, grid, keyCol, valueCol, rowOf };
}

export function settingsForm(wb: WorkbookPort, lang: Lang): SettingsForm {
  const found = readGrid(wb);
  const fields = SETTING_DEFS.map((def): SettingField => {
    const kind = kindOf(def.key);
    const at = found?.rowOf.get(def.key);
    const defaultValue = String(settingText(DEFAULT_SETTINGS, def.key, lang));
    const value = at === undefined ? defaultValue : cellText(found!.grid[at]![found!.valueCol] ?? '');
    return {
      key: def.key,
      label: def[lang],
      kind,
      value,
      defaultValue,
      options: optionsOf(kind, lang),
      error: checkSetting(def, value, lang),
    };
  });
  return { sheet: found?.sheet ?? null, fields };
}

/** A plain number typed in the form is stored as a number, as typing it in the sheet would. */
const asCell = (raw: string): Cell => (/^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw.trim()) : raw);

/**
 * Checks every value, then writes only the changed cells (at most one write per setting, whatever
 * the sheet's length, so a colleague's edit elsewhere in the sheet is never written over) and one
 * write for settings the sheet lacked. Unknown keys are ignored.
 */
export function saveSettings(wb: WorkbookPort, values: Record<string, string>, lang: Lang): SaveResult {
  const errors: Record<string, string> = {};
  const defs = SETTING_DEFS.filter((d) => typeof values[d.key] === 'string');
  for (const def of defs) {
    const error = checkSetting(def, values[def.key]!, lang);
    if (error !== null) errors[def.key] = error;
  }
  const found = readGrid(wb);
  if (Object.keys(errors).length > 0 || found === null) return { errors, changed: [] };
  const { sheet, grid, keyCol, valueCol, rowOf } = found;
  const added: Cell[][] = [];
  const width = Math.max(grid[0]?.length ?? 0, keyCol + 1, valueCol + 1);
  const changed: string[] = [];
  for (const def of defs) {
    const raw = values[def.key]!;
    const at = rowOf.get(def.key);
    if (at !== undefined) {
      if (cellText(grid[at]![valueCol] ?? '') === raw) continue;
      wb.write(sheet, at + 1, valueCol + 1, [[asCell(raw)]]);
    } else {
      if (raw === String(settingText(DEFAULT_SETTINGS, def.key, lang))) continue;
      const row: Cell[] = new Array(width).fill('');
      row[keyCol] = def.key;
      row[valueCol] = asCell(raw);
      const description = mapHeader(grid[0] ?? [], TEMPLATES.settings).columns.description;
      if (description !== undefined) row[description - 1] = def[lang];
      added.push(row);
    }
    changed.push(def.key);
  }
  if (added.length > 0) wb.write(sheet, grid.length + 1, 1, added);
  return { errors, changed };
}
