/**
 * DuckDB's own errors for a folder's files, as the catalogue's sentences: which file, which line and
 * why, never the engine's multi-line report. Only what a file can cause is recognised; anything else
 * is left to the CLI's last resort.
 */
import { resolve } from 'node:path';
import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import { UsageError } from '../usage-error';

export function engineFileError(error: unknown, files: readonly string[], lang: Lang): UsageError | null {
  const message = error instanceof Error ? error.message : '';
  if (!/CSV Error on Line/i.test(message)) return null;
  const named = /^\s*file = (.+)$/m.exec(message)?.[1]?.trim();
  // DuckDB names the absolute path it was given (or a link to it); the person named it as typed.
  const file = files.find((f) => named !== undefined && resolve(f) === named) ?? named ?? files[0] ?? '';
  const line = Number(/CSV Error on Line: (\d+)/i.exec(message)?.[1] ?? 0);
  if (/Invalid unicode/i.test(message)) return new UsageError(say(lang, 'engine.notUtf8', { file, line }));
  return new UsageError(say(lang, 'engine.csvLine', { file, line }));
}
