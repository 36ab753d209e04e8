/** The ingest folder's public entry: what the shells (cli, gas, tools) import from it. */
export { type CellLimit, SHEETS_CELL_LIMIT, XLSX_CELL_LIMIT } from './cell-limit';
export { chatBatches, importBatches } from './chat-batches';
export { type Delimiter, parseDelimitedText, sniffDelimiter } from './delimited-text';
export { readExportText } from './export-text';
export { importChats } from './import-chats';
export {
  addNotes,
  IMPORT_NOTE_KEYS,
  type ImportNote,
  importNote,
  noteText,
} from './import-note';
export { counts, ImportError, type ImportResult, importRecords } from './import-records';
export { IMPORTABLE, importRows } from './import-rows';
export { type ImportSheet, importSheetOf } from './import-sheet';
export { type InputRow, type InputTable, inputTable, type UnreadableRecord } from './input-table';
export { rejectedGrid } from './rejected-file';
export { utf16ByNuls } from './utf16-nuls';
