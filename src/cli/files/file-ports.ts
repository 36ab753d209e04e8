import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { say } from '../../core/messages';
import type { PropertiesPort } from '../../ports';
import { cliLang } from '../cli-lang';
import { UsageError } from '../usage-error';
import { type AtomicFs, nodeAtomicFs, writeFileAtomic } from './atomic-write';
import { fileReason } from './file-reason';

/**
 * The CLI's document properties: a small JSON file beside the workbook. Changes stay in memory
 * until `save`, which the command calls only after the workbook itself is saved, and which
 * replaces the file atomically. A file that cannot be read is not fatal: `damaged` says why, the
 * values start empty (to be rebuilt from the workbook) and the next save replaces the file.
 */
export class FileProperties implements PropertiesPort {
  private readonly values: Record<string, string>;
  /** Why the file on disk could not be read; null when it was fine or absent. */
  readonly damaged: string | null;

  constructor(readonly path: string) {
    // A folder (or a device) where the state belongs cannot be kept aside or replaced: refused before any work.
    if (existsSync(path) && !statSync(path).isFile())
      throw new UsageError(say(cliLang(), 'cli.stateNotFile', { path }));
    const read = readState(path);
    this.values = read.values;
    this.damaged = read.damaged;
  }

  static beside(book: string): FileProperties {
    return new FileProperties(join(dirname(book), `.${basename(book)}.spiral.json`));
  }

  get(key: string): string | null {
    return this.values[key] ?? null;
  }
  set(key: string, value: string): void {
    this.values[key] = value;
  }
  remove(key: string): void {
    delete this.values[key];
  }

  /** Writes the values to the file at once (temporary file, then rename); a damaged file is kept aside first. */
  async save(fs: AtomicFs = nodeAtomicFs): Promise<void> {
    if (this.damaged !== null && existsSync(this.path)) copyFileSync(this.path, `${this.path}.damaged`);
    const text = `${JSON.stringify(this.values, null, 2)}\n`;
    await writeFileAtomic(this.path, new TextEncoder().encode(text), fs);
  }
}

function readState(path: string): { values: Record<string, string>; damaged: string | null } {
  if (!existsSync(path)) return { values: {}, damaged: null };
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return { values: {}, damaged: say(cliLang(), 'cli.stateNotObject') };
    const entries = Object.entries(parsed as Record<string, unknown>);
    if (entries.some(([, value]) => typeof value !== 'string'))
      return { values: {}, damaged: say(cliLang(), 'cli.stateValueNotText') };
    return { values: Object.fromEntries(entries) as Record<string, string>, damaged: null };
  } catch (error) {
    return { values: {}, damaged: fileReason(error, cliLang()) ?? (error as Error).message };
  }
}
