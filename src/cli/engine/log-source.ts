/**
 * A log file as DuckDB reads it, with nothing from the file ever written into SQL: the header is
 * read here by the core's own CSV parser (the one every import uses), and DuckDB is told the
 * dialect outright — that separator, `"` quotes doubled inside a field, the first record a header,
 * every column text — under positional names c0, c1, …. DuckDB's sniffer is never asked: its
 * `Prompt` pasted the header's names into SQL unescaped, it took a review wrapped in apostrophes
 * for a quoted field, and it judged the quote character from the first 20,480 rows only.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseDelimitedText, sniffDelimiter } from '../../core/ingest';
import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import { UsageError } from '../usage-error';
import { DUCKDB } from './sql-dialect';

export interface LogSource {
  /**
   * A parenthesised SELECT of the file's columns as text, named c0, c1, … in the file's order.
   * `padded` reads a file with short rows (blanks to the right), on one thread: DuckDB's parallel
   * reader cannot pad rows in a file that has line breaks inside quoted cells.
   */
  sql(padded: boolean): string;
  /** The header as written in the file (or the Parquet file's column names), by position. */
  header: string[];
  /** Removes the link made for a path DuckDB would otherwise read as a pattern. */
  close(): void;
}

/** The header's record and the rows the separator is judged on come from the file's start. */
const SAMPLE_BYTES = 1024 * 1024;

/** Characters DuckDB expands in a file name (`d*` would read `dd` too); `~` only leads, and paths are made absolute. */
const GLOB = /[*?[\]{}]/;

/** The column's positional name in the source relation. */
export const columnName = (index: number): string => `c${index}`;

/** The file's first records as text; a sentence when it is empty or not UTF-8 (DuckDB reads UTF-8 only). */
function sample(path: string, lang: Lang): string {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(SAMPLE_BYTES);
    const n = readSync(fd, bytes, 0, SAMPLE_BYTES, 0);
    if (n === 0) throw new UsageError(say(lang, 'engine.emptyFile', { file: path }));
    // stream: a multi-byte character cut at the end of a full sample is not an error.
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), {
        stream: n === SAMPLE_BYTES,
      });
    } catch {
      const good = new TextDecoder('utf-8').decode(bytes.subarray(0, n)).split('\uFFFD')[0]!;
      throw new UsageError(say(lang, 'engine.notUtf8', { file: path, line: good.split('\n').length }));
    }
    // A record cut at the end of a full sample is left out.
    return n < SAMPLE_BYTES ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  } finally {
    closeSync(fd);
  }
}

/**
 * The path DuckDB is given: absolute (so a leading `~` or a `s3://`-looking relative name is a
 * file here), and without pattern characters — a path holding them is read through a link of a
 * plain name in a fresh temporary folder.
 */
function plainPath(path: string, lang: Lang): { path: string; close(): void } {
  const absolute = resolve(path);
  if (!GLOB.test(absolute)) return { path: absolute, close: () => {} };
  const folder = mkdtempSync(join(tmpdir(), 'spiral-engine-'));
  const close = () => rmSync(folder, { recursive: true, force: true });
  const link = join(folder, `log${extname(absolute)}`);
  if (GLOB.test(link)) {
    close();
    throw new UsageError(say(lang, 'engine.patternPath', { file: path }));
  }
  symlinkSync(absolute, link);
  return { path: link, close };
}

/** Opens a log (.csv or .parquet) as a relation of text columns for the summary's SQL. */
export async function logSource(
  path: string,
  lang: Lang,
  describe: (sql: string) => Promise<string[]>,
): Promise<LogSource> {
  const plain = plainPath(path, lang);
  const file = DUCKDB.literal(plain.path);
  try {
    if (path.endsWith('.parquet')) {
      const header = await describe(`SELECT * FROM read_parquet(${file})`);
      const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
      const columns = header.map((name, i) => `${ident(name)}::VARCHAR AS ${columnName(i)}`);
      const sql = `(SELECT ${columns.join(', ')} FROM read_parquet(${file}))`;
      return { sql: () => sql, header, close: plain.close };
    }
    const text = sample(path, lang);
    const delimiter = sniffDelimiter(text);
    const header = parseDelimitedText(text, delimiter).header;
    const columns = header.map((_, i) => `${DUCKDB.literal(columnName(i))}: 'VARCHAR'`);
    // A long row's extra cells are left out and (padded) short rows are filled with blanks, as the
    // core's reader does (csv-parse's relax_column_count, then cells by header position).
    const options = [
      'auto_detect = false',
      'header = true',
      `delim = ${DUCKDB.literal(delimiter)}`,
      `quote = '"'`,
      `escape = '"'`,
      `columns = {${columns.join(', ')}}`,
      'strict_mode = false',
    ];
    const padding = ['null_padding = true', 'parallel = false'];
    return {
      sql: (padded) =>
        `(SELECT * FROM read_csv(${file}, ${[...options, ...(padded ? padding : [])].join(', ')}))`,
      header,
      close: plain.close,
    };
  } catch (error) {
    plain.close();
    throw error;
  }
}
