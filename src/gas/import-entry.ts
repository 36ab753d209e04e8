/**
 * The server side of importing a file in Sheets: the sidebar (google.script.run) sends the file's
 * rows, already decoded and split in the browser, and gets the counts back. The same core import
 * as `spiral import`: importRecords for a sheet, importChats for a chat log.
 */

import { importRows } from '../core/import-rows';
import { importChats } from '../core/ingest/import-chats';
import { counts, ImportError, type ImportResult } from '../core/ingest/import-records';
import { inputTable } from '../core/ingest/input-table';
import { say } from '../core/messages/catalogue';
import { runLogged } from '../core/run';
import type { SheetKey } from '../core/template';
import type { Cell } from '../ports';
import type { GasPorts } from './gas-ports';

export interface ImportRequest {
  /** A sheet key ('orders', 'inquiries', …) or 'chats'. */
  sheet: string;
  header: string[];
  rows: Cell[][];
}

/** Sheets' own limit on the text of one cell. */
const SHEETS_CELL_LIMIT = 50_000;

export async function importFromSidebar(ports: GasPorts, request: ImportRequest): Promise<ImportResult> {
  if (
    !request ||
    typeof request.sheet !== 'string' ||
    !Array.isArray(request.header) ||
    !Array.isArray(request.rows)
  )
    throw new ImportError('import: expected { sheet, header, rows }');
  const run = await runLogged(ports, 'menu', (context) => {
    const options = { maxCellLength: SHEETS_CELL_LIMIT, lang: context.settings.language };
    const result =
      request.sheet === 'chats'
        ? importChats(context.wb, inputTable(request.header, request.rows), options)
        : importRows(context.wb, request.sheet as SheetKey, request.header, request.rows, options).result;
    context.did(
      say(context.settings.language, 'menu.log.import', { ...counts(result), sheet: request.sheet }),
    );
    return result;
  });
  return run.result!;
}
