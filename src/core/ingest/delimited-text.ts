/**
 * Text → rows for every import, pure so the sidebar can run it in the browser after TextDecoder:
 * separator sniffed, fields parsed by csv-parse (its browser build, which needs no Node globals),
 * each record with the line of the file it starts on.
 */
import { type CsvParseOptions, parse } from './csv-parse';
import type { InputRow, InputTable } from './input-table';

export const DELIMITERS = [',', '\t', ';'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** How much of the file the sniffer looks at: the header and the first rows are enough. */
const SAMPLE_CHARS = 64 * 1024;

const OPTIONS = {
  // A quote inside an unquoted field (=HYPERLINK("x")) is kept literally, as Excel and Sheets do.
  relax_quotes: true,
  // Short and long rows are kept so the importer can name them instead of losing them.
  relax_column_count: true,
  skip_empty_lines: true,
  bom: true,
} as const;

/**
 * The separator that splits the header and the first rows into the same number of fields,
 * the most fields winning; a comma when nothing else fits.
 */
export function sniffDelimiter(text: string): Delimiter {
  const cut = text.length > SAMPLE_CHARS ? text.slice(0, text.lastIndexOf('\n', SAMPLE_CHARS) + 1) : text;
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const records = sample(cut, delimiter);
    const width = records[0]?.length ?? 0;
    if (width < 2) continue;
    const rows = records.slice(1, 50);
    const same = rows.filter((r) => r.length === width).length;
    const consistent = rows.length === 0 || same / rows.length >= 0.5;
    // A separator that splits the rows alike beats one that only splits the header.
    const score = consistent ? width * 2 : width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function sample(text: string, delimiter: Delimiter): string[][] {
  try {
    return parse(text, { ...OPTIONS, delimiter, to_line: 50 });
  } catch {
    return [];
  }
}

/**
 * Parses delimited text into a header and data rows. A record whose quotes cannot be read (a
 * quoted field never closed) is returned in `unreadable` with its line, never silently dropped.
 */
export function parseDelimitedText(text: string, delimiter: Delimiter = sniffDelimiter(text)): InputTable {
  const unreadable: InputTable['unreadable'] = [];
  // csv-parse counts a CR LF inside a quoted field as two lines from there on; `overcount` undoes it.
  let overcount = 0;
  let lastLine = 0;
  const rows: InputRow[] = [];
  const options: CsvParseOptions = {
    ...OPTIONS,
    delimiter,
    skip_records_with_error: true,
    on_record: (record: string[], context: { lines: number }) => {
      overcount += count(record, '\r\n');
      lastLine = context.lines - overcount;
      rows.push({ line: lastLine - count(record, '\n'), cells: record });
      return null;
    },
    on_skip: (error: { lines?: number; code?: string } | undefined) => {
      // The record starts after the last one read; its text is kept whole from the file (csv-parse's
      // `raw` option would give it too, but makes every file half again slower to parse).
      const line = lastLine + 1;
      const end = error?.code === 'CSV_QUOTE_NOT_CLOSED' ? undefined : (error?.lines ?? line) - overcount;
      unreadable.push({ line, code: error?.code ?? 'CSV', text: linesOf(text, line, end) });
      lastLine = end ?? lastLine;
    },
  };
  parse(text, options);
  const header = rows.shift();
  return {
    header: header?.cells.map(String) ?? [],
    headerLine: header?.line ?? 1,
    rows,
    unreadable,
    delimiter,
  };
}

/** Lines `from` to `to` (1-based, inclusive; to the end when `to` is undefined), with their line ends. */
function linesOf(text: string, from: number, to?: number): string {
  let start = 0;
  for (let line = 1; line < from && start !== -1; line++) start = text.indexOf('\n', start) + 1 || -1;
  if (start === -1) return '';
  let end = start;
  for (let line = from; to === undefined || line <= to; line++) {
    const next = text.indexOf('\n', end);
    if (next === -1) return text.slice(start);
    end = next + 1;
  }
  return text.slice(start, end);
}

function count(fields: readonly string[], needle: string): number {
  let total = 0;
  for (const field of fields) {
    for (let i = field.indexOf(needle); i !== -1; i = field.indexOf(needle, i + needle.length)) total++;
  }
  return total;
}
