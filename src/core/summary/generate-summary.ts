/**
 * The summary use case: read the tables once each, build the model, lay it out and write the tab
 * in one call. Regenerating a period rewrites the same tab in place (writeTab), never a copy.
 */
import type { WorkbookPort } from '../../ports';
import { parsePeriod } from '../periods';
import type { Problem } from '../records';
import { readSettings, type Settings } from '../settings';
import { readInquiries, readReviews } from '../tables';
import { buildSummary } from './build-summary';
import { layoutSummary } from './summary-layout';
import type { ScorecardResultLike, SummaryModel } from './summary-model';
import { summaryTabName } from './tab-name';

/** A month's scorecard results, given or computed from the workbook (e.g. by computeScorecardResults). */
export type ScorecardSource =
  | readonly ScorecardResultLike[]
  | ((wb: WorkbookPort, month: string, settings: Settings) => readonly ScorecardResultLike[]);

export interface GenerateSummaryOptions {
  /** Month summaries show it; without it a month's scorecard section says there is no data. */
  scorecard?: ScorecardSource;
  /** Settings to use instead of the workbook's Settings sheet. */
  settings?: Settings;
}

export interface GeneratedSummary {
  tabName: string;
  model: SummaryModel;
  /** Problems met while reading (rows left out are counted in model.excludedRows). */
  problems: Problem[];
}

/**
 * Writes the summary tab for a period id ('2026-W47' or '2026-11') and returns its model.
 * Throws PeriodError for an id that is not a period (shells validate first and say so).
 */
export function generateSummary(
  wb: WorkbookPort,
  periodId: string,
  options: GenerateSummaryOptions = {},
): GeneratedSummary {
  const period = parsePeriod(periodId);
  const read = options.settings ? { settings: options.settings, problems: [] } : readSettings(wb);
  const settings = read.settings;
  const inquiries = readInquiries(wb);
  const reviews = readReviews(wb);
  const source = options.scorecard;
  const scorecard =
    period.kind !== 'month' || source === undefined
      ? undefined
      : typeof source === 'function'
        ? source(wb, period.id, settings)
        : source;
  const model = buildSummary({
    period,
    inquiries: inquiries.records,
    reviews: reviews.records,
    // Rows with errors have no trustworthy date, so every excluded row is counted, whatever its period.
    excludedRows: inquiries.excluded + reviews.excluded,
    settings: {
      responseThresholdSeconds: settings.responseThresholdSeconds,
      rankingSize: settings.rankingSize,
      language: settings.language,
    },
    scorecard,
  });
  const tabName = summaryTabName(period, settings.language);
  wb.writeTab(tabName, layoutSummary(model, settings.language));
  return { tabName, model, problems: [...read.problems, ...inquiries.problems, ...reviews.problems] };
}
