/**
 * The demo's import step: part of the inquiry log saved as a Chinese Excel would save it (GB18030,
 * which contains GBK) and imported back through the same reader as `spiral import` — every row is
 * recognised as already present, so the demo's numbers do not change.
 */
import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { importRecords } from '../../core/ingest';
import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import type { WorkbookPort } from '../../ports';
import { readExport } from '../ingest/read-export';

export async function reimportExport(
  wb: WorkbookPort,
  header: string[],
  rows: string[][],
  path: string,
  lang: Lang,
): Promise<string> {
  writeFileSync(path, iconv.encode(stringify([header, ...rows], { record_delimiter: 'windows' }), 'gb18030'));
  const exported = await readExport(path);
  const result = importRecords(wb, 'inquiries', exported.table, { lang });
  const summary = say(lang, 'import.summary', {
    file: path,
    sheet: result.sheet,
    new: result.new,
    updated: result.updated,
    skipped: result.skipped,
    rejected: result.rejected,
  });
  return say(lang, 'demo.reimport', { format: exported.format, summary });
}
