/**
 * What the panel sends through google.script.run, checked before use: a malformed call (null, a
 * field of the wrong kind or missing, a cell that is an object) is one sentence the page shows,
 * never a TypeError, and an object never lands in a cell as "[object Object]".
 */
import { z } from 'zod';
import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import type { SidebarFunction } from './functions';

/** A cell the browser's parser gives: text, a number or true/false (a blank may come as null). */
const CellSchema = z.union([z.string(), z.number(), z.boolean(), z.null().transform(() => '')]);

export const SidebarImportBatchSchema = z.object({
  sheet: z.string(),
  file: z.string(),
  header: z.array(z.union([z.string(), z.number()]).transform(String)),
  headerLine: z.number().int().min(1),
  rows: z.array(z.object({ line: z.number().int(), cells: z.array(CellSchema) })),
  unreadable: z.array(z.object({ line: z.number().int(), code: z.string(), text: z.string() })),
  range: z.object({ from: z.number().int(), to: z.number().int(), of: z.number().int() }),
  importId: z.string().optional(),
  shop: z.string().optional(),
});

export const SettingsValuesSchema = z.record(z.string(), z.string());

/** The payload as its schema reads it, or an Error whose message names the call and the field. */
export function checked<T>(schema: z.ZodType<T>, payload: unknown, call: SidebarFunction, lang: Lang): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map(String);
  // rows.<i>.cells.<j>: the file's line and column, as the import's other messages name them.
  if (path[0] === 'rows' && path[2] === 'cells' && payload !== null && typeof payload === 'object') {
    const row = (payload as { rows?: { line?: unknown }[] }).rows?.[Number(path[1])];
    throw new Error(
      say(lang, 'sidebar.payload.cell', {
        line: String(row?.line ?? Number(path[1]) + 1),
        column: Number(path[3]) + 1,
      }),
    );
  }
  throw new Error(say(lang, 'sidebar.payload.malformed', { call, field: path.join('.') || '—' }));
}
