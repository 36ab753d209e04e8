import type { Cell } from '../../ports';

/** A file as read, before any column is mapped: the same shape from CSV, .xlsx or the sidebar. */
export interface InputTable {
  /** The header as written in the file. */
  header: string[];
  /** Line (CSV) or row (.xlsx) of the header in the file, 1-based. */
  headerLine: number;
  rows: InputRow[];
  /** Records the parser could not split into fields (a quote never closed), kept to be reported. */
  unreadable: UnreadableRecord[];
  /** The separator found, for a delimited text. */
  delimiter?: string;
}

export interface InputRow {
  /** Line (CSV) or row (.xlsx) where the record starts, 1-based, for messages. */
  line: number;
  cells: Cell[];
}

export interface UnreadableRecord {
  line: number;
  /** The parser's code for what went wrong (csv-parse's, e.g. CSV_QUOTE_NOT_CLOSED). */
  code: string;
  /** The raw text of the record, so nothing is lost. */
  text: string;
}

/** A table from rows already split into cells (the demo, tests, a caller with its own reader). */
export function inputTable(header: readonly string[], rows: readonly (readonly Cell[])[]): InputTable {
  return {
    header: [...header],
    headerLine: 1,
    rows: rows.map((cells, i) => ({ line: i + 2, cells: [...cells] })),
    unreadable: [],
  };
}
