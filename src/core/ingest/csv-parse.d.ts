/**
 * The part of csv-parse (5.6, browser build) the core calls, typed here: the package's own types
 * reference @types/node (Buffer, streams), which would let Node globals typecheck in the core.
 */
export interface CsvParseOptions {
  delimiter?: string;
  /** A quote inside an unquoted field is kept literally. */
  relax_quotes?: boolean;
  /** Short and long rows are kept. */
  relax_column_count?: boolean;
  skip_empty_lines?: boolean;
  bom?: boolean;
  to_line?: number;
  skip_records_with_error?: boolean;
  /** Called with each record; returning null keeps it out of the result. */
  on_record?: (record: string[], context: { lines: number }) => string[] | null;
  /** Called with the error of each record skipped by skip_records_with_error. */
  on_skip?: (error: { lines?: number; code?: string } | undefined) => void;
}

export function parse(input: string, options?: CsvParseOptions): string[][];
