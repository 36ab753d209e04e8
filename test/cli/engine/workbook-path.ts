/**
 * The workbook path over the same export folder the engine reads: the folder's CSV files read by
 * the core's own readers (readExport, then readInquiries / readReviews as for sheets), the blanks
 * classified in memory and each period built by buildSummary — what the engine must equal.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { logFile } from '../../../src/cli/engine/export-folder';
import { FolderSheets } from '../../../src/cli/engine/folder-sheets';
import { classifyNewRows } from '../../../src/core/classify/classify-new-rows';
import { defaultTaxonomyRows } from '../../../src/core/classify/taxonomy-rules';
import { defaultSettingsValue } from '../../../src/core/settings/settings';
import { loadSummaryData, summaryTab } from '../../../src/core/summary/generate-summary';
import type { SummaryModel } from '../../../src/core/summary/summary-model';
import type { Period } from '../../../src/core/time/periods';
import { MemoryWorkbook } from '../../fakes/memory-workbook';
import { classifyBlanks } from './classify-blanks';

export async function workbookSummaries(folder: string, periods: readonly Period[]): Promise<SummaryModel[]> {
  const wb = await FolderSheets.read(
    {
      inquiries: logFile(folder, 'inquiries'),
      reviews: logFile(folder, 'reviews'),
    },
    'zh',
  );
  const data = loadSummaryData(wb, defaultSettingsValue('zh'));
  const taxonomy = data.taxonomy ?? defaultTaxonomyRows('zh');
  const logs = classifyBlanks(taxonomy, data.inquiries, data.reviews);
  // The engine reads no orders or probes (see docs/engine.md): the summary of the same logs without them.
  return periods.map(
    (period) =>
      summaryTab(period, {
        ...data,
        inquiries: logs.inquiries,
        reviews: logs.reviews,
        orders: [],
        probes: [],
      }).model,
  );
}

/**
 * The workbook path itself over the folder's logs: the files copied into a workbook, "Classify new
 * rows" run on it (classifyNewRows, as the menu runs it), then each period's tab built from it.
 */
export async function classifiedSummaries(
  folder: string,
  periods: readonly Period[],
): Promise<SummaryModel[]> {
  const lexicon = join(folder, 'lexicon.csv');
  const files = await FolderSheets.read(
    {
      inquiries: logFile(folder, 'inquiries'),
      reviews: logFile(folder, 'reviews'),
      lexicon: existsSync(lexicon) ? lexicon : null,
    },
    'zh',
  );
  // The folder's lexicon.csv is the workbook's 词库 sheet.
  const wb = MemoryWorkbook.from({
    inquiries: files.read('inquiries'),
    reviews: files.read('reviews'),
    ...(files.hasSheet('lexicon') ? { 词库: files.read('lexicon') } : {}),
  });
  const settings = defaultSettingsValue('zh');
  classifyNewRows(wb, settings);
  const data = loadSummaryData(wb, settings);
  return periods.map((period) => summaryTab(period, { ...data, orders: [], probes: [] }).model);
}
