/**
 * One batch of a file the panel imports: the rows the browser parsed go through the same
 * importRecords as `spiral import`, under the document lock, and the batch is listed in the Run log.
 * Rejected rows come back already laid out as the rejected file's grid (the same as the CLI's).
 */

import type { InputTable } from '../../core/ingest';
import { counts, ImportError, type ImportResult, rejectedGrid, SHEETS_CELL_LIMIT } from '../../core/ingest';
import { IMPORT_TARGETS, importTable } from '../../core/jobs';
import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import type { GasPorts } from '../gas-ports';
import type { SidebarImportBatch, SidebarImported } from './functions';
import { underLock } from './under-lock';

export function importBatch(ports: GasPorts, batch: SidebarImportBatch, lang: Lang): SidebarImported {
  const key = String(batch?.sheet ?? '');
  // 'chats' is not a sheet: a chat log becomes Inquiries rows, one per buyer per day (as the CLI's).
  if (!IMPORT_TARGETS.includes(key)) {
    throw new Error(say(lang, 'sidebar.import.noSuchSheet', { sheet: key }));
  }
  const table: InputTable = {
    header: (batch.header ?? []).map(String),
    headerLine: Number(batch.headerLine) || 1,
    rows: batch.rows ?? [],
    unreadable: batch.unreadable ?? [],
  };
  const { range } = batch;
  return underLock(ports, ({ settings, did }) => {
    let result: ImportResult;
    const shop = typeof batch.shop === 'string' && batch.shop.trim() !== '' ? { shop: batch.shop } : {};
    // A batch of a file sent in batches reads only the sheet's key column, not the whole sheet.
    const id = typeof batch.importId === 'string' ? batch.importId.replace(/[^A-Za-z0-9_-]/g, '') : '';
    const session = id === '' ? {} : { session: { id, batch: Number(range?.from) || 1 } };
    const options = { lang, cellLimit: SHEETS_CELL_LIMIT, ...shop, ...session };
    try {
      result = importTable(ports.wb, { sheet: key, table, options }, settings);
    } catch (error) {
      // Nothing was written: the page shows the reason and stops.
      if (error instanceof ImportError) throw new Error(error.message);
      throw error;
    }
    did(
      say(lang, 'menu.log.panelImport', {
        ...counts(result),
        sheet: result.sheet,
        ...range,
        file: batch.file,
      }),
    );
    return {
      sheet: result.sheet,
      new: result.new,
      updated: result.updated,
      skipped: result.skipped,
      repeated: result.repeated,
      rejected: result.rejected,
      rejectedGrid:
        result.rejectedRows.length === 0
          ? []
          : rejectedGrid(result.rejectedHeader, result.rejectedRows, lang),
      notes: result.notes,
      warnings: result.warnings.map(({ line, column, reason }) => ({ line, column, reason })),
    };
  });
}
