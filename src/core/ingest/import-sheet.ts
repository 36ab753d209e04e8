import { normalizeLabel, type SheetKey, TEMPLATES } from '../sheets/template';
import { CHAT_EXPORT } from './chat-log';
import { IMPORTABLE } from './import-rows';

/** What an import writes to: a sheet, or 'chats' (a chat log, read into Inquiries rows). */
export type ImportSheet = SheetKey | 'chats';

const NAMES: readonly (readonly [ImportSheet, readonly string[]])[] = [
  ...IMPORTABLE.map((key) => [key, [key, TEMPLATES[key].name.zh, TEMPLATES[key].name.en]] as const),
  ['chats', ['chats', CHAT_EXPORT.name.zh, CHAT_EXPORT.name.en]],
];

/**
 * The import target a person names by its key or by its name in either language (`orders`,
 * `订单记录`, `Orders`; spacing, case and full-width forms do not matter), or null for none.
 */
export function importSheetOf(text: string): ImportSheet | null {
  const wanted = normalizeLabel(text);
  return NAMES.find(([, names]) => names.some((name) => normalizeLabel(name) === wanted))?.[0] ?? null;
}
