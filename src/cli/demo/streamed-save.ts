import { readFileSync } from 'node:fs';
import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import { loadSummaryData, writeSummary } from '../../core/summary';
import type { Period } from '../../core/time';
import { logged, withBook } from '../xlsx/book';
import { ZipArchive } from '../xlsx/stream/zip';

/**
 * The demo's look at a streamed save: the week's summary written again through `withBook` (as
 * `spiral summary` does), and which parts of the file changed — the rest are copied byte for byte.
 */
export async function streamedSaveLine(path: string, period: Period, lang: Lang): Promise<string> {
  const before = ZipArchive.read(readFileSync(path));
  const { tabName } = await withBook(path, {}, (wb, lock) =>
    logged(wb, lock, (context) => writeSummary(wb, period, loadSummaryData(wb, context.settings))),
  );
  const after = ZipArchive.read(readFileSync(path));
  const changed: string[] = [];
  let copied = 0;
  for (const entry of after.entries.values()) {
    const old = before.entries.get(entry.name);
    if (old && before.raw(old).equals(after.raw(entry))) copied++;
    else changed.push(entry.name);
  }
  return say(lang, 'demo.streamedSave', {
    tab: tabName,
    copied,
    total: after.entries.size,
    changed: changed.join(', '),
  });
}
