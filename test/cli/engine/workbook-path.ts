/**
 * The workbook path over the same export folder the engine reads: the folder's CSV files read by
 * the core's own readers (readExport, then readInquiries / readReviews as for sheets), the blanks
 * classified in memory and each period built by buildSummary — what the engine must equal.
 */

import { logFile } from '../../../src/cli/engine/export-folder';
import { FolderSheets } from '../../../src/cli/engine/folder-sheets';
import { compileTaxonomy } from '../../../src/core/classify/classify-text';
import { defaultTaxonomyRows } from '../../../src/core/classify/taxonomy-rules';
import { defaultSettingsValue } from '../../../src/core/settings/settings';
import { loadSummaryData, summaryTab } from '../../../src/core/summary/generate-summary';
import type { SummaryModel } from '../../../src/core/summary/summary-model';
import type { Period } from '../../../src/core/time/periods';
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
  const logs = classifyBlanks(compileTaxonomy(taxonomy), data.inquiries, data.reviews);
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
