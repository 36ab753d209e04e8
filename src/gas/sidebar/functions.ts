/**
 * The server functions the panel calls through google.script.run. The build writes one top-level
 * function per name into dist/Code.js (Apps Script finds only top-level functions by name).
 */
import type { ImportNote, InputRow, UnreadableRecord } from '../../core/ingest';

export const SIDEBAR_FUNCTIONS = [
  'sidebarBoot',
  'sidebarHealth',
  'sidebarRunJob',
  'sidebarJobResult',
  'sidebarTestRule',
  'sidebarSettings',
  'sidebarSaveSettings',
  'sidebarImport',
  'sidebarOpenSheet',
] as const;

export type SidebarFunction = (typeof SIDEBAR_FUNCTIONS)[number];

/** A job the panel's Jobs tab offers: a menu entry's handler, and the period it asks for, if any. */
export interface SidebarJobEntry {
  job: string;
  argument: 'month' | 'period' | null;
}

/** What the page gets when it opens: its words in one language and the lists it shows. */
export interface SidebarBoot {
  lang: 'zh' | 'en';
  workbookLang: 'zh' | 'en';
  messages: Record<string, string>;
  /** The other language's name in that language, for the switch to it. */
  otherLanguage: string;
  kinds: { value: string; label: string }[];
  jobs: SidebarJobEntry[];
  /** Templated sheets (exists false: not created yet) and then the summary tabs. */
  sheets: { key: string; name: string; exists: boolean }[];
  /** Sheets a file can be imported into (as `spiral import --sheet`), by their names in the workbook. */
  importable: { key: string; label: string }[];
}

/** One batch of a file's rows, parsed in the browser, for the server's import. */
export interface SidebarImportBatch {
  sheet: string;
  file: string;
  header: string[];
  headerLine: number;
  rows: InputRow[];
  unreadable: UnreadableRecord[];
  /** Which data rows of the file these are (1-based, inclusive) and how many the file has. */
  range: { from: number; to: number; of: number };
  /** One id for all the batches of a file's import (letters and digits): rows earlier batches added stay apart. */
  importId?: string;
  /** The panel's shop choice for a review export without a shop column (本店 when absent). */
  shop?: string;
}

/** What one batch did; the rejected rows as the rejected file's grid (header first), or []. */
export interface SidebarImported {
  sheet: string;
  new: number;
  updated: number;
  skipped: number;
  repeated: number;
  rejected: number;
  rejectedGrid: string[][];
  /** What is said about the file as a whole, per batch: the page adds them up over the batches. */
  notes: ImportNote[];
  /** Rows imported with a remark (a value kept as written, a cell too long), each with its reason said. */
  warnings: { line: number; column: string; reason: string }[];
}

/** A job's outcome as the page polls it. */
export type SidebarJobOutcome = { state: 'running' } | { state: 'done'; ok: boolean; message: string };
