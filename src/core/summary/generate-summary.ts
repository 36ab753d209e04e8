/**
 * The summary use case: read the tables once each, build the model, lay it out and write the tab
 * in one call. Regenerating a period rewrites the same tab in place (writeTab), never a copy.
 */
import type { Cell, TabContent, WorkbookPort } from '../../ports';
import { type AdRow, readAds } from '../ads/ads-sheet';
import type { PolarityRules } from '../classify/polarity';
import { polarityRulesOf } from '../classify/polarity-rules';
import { taxonomyInEffect } from '../classify/taxonomy-in-effect';
import type { TaxonomyRow } from '../classify/taxonomy-rules';
import { type DsrRow, readDsr } from '../dsr/dsr-sheet';
import { periodEffects, type ResolvedActions, resolveActions } from '../effects/period-effects';
import { negativeMention } from '../effects/target-share';
import { type OrderLine, readOrderLines } from '../ingest/order-lines';
import { type Order, type OrderRow, ordersOf, readOrderRows } from '../ingest/orders';
import { withDateTimes } from '../matching/inquiry-times';
import { readSettings, type Settings } from '../settings/settings';
import { NEEDS, requireInputs } from '../sheets/needs';
import { type Product, readProducts } from '../sheets/products';
import type { Inquiry, Problem, Review } from '../sheets/records';
import type { LoadedTable } from '../sheets/rows';
import { readInquiries, readReviews } from '../sheets/tables';
import { parseDate } from '../sheets/values';
import { type Period, parsePeriod, periodContains } from '../time/periods';
import { buildSummary } from './build-summary';
import { type Probe, readProbes } from './probe-tally';
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
  /** The grid written, for the fingerprint that lets retention tell an edited tab. */
  values: Cell[][];
  /** Problems met while reading (rows left out are counted in model.excludedRows). */
  problems: Problem[];
}

/** The logs a summary is computed from, read once so several periods can share them. */
export interface SummaryData {
  settings: Settings;
  inquiries: Inquiry[];
  reviews: Review[];
  /** The Orders sheet's valid rows ([] when there is none). */
  orders: Order[];
  /** The Order lines (item report) and Products sheets' valid rows (absent or [] when there is none). */
  orderLines?: OrderLine[];
  /** The Orders sheet's rows as they are (orders merges those of one 主订单). */
  orderRows?: OrderRow[];
  products?: Product[];
  /** Rows left out for errors, all periods together. */
  excludedRows: number;
  /** The date of each row left out for errors, where it could be read (null where not). */
  excludedRowDates: (string | null)[];
  problems: Problem[];
  /** Competitor probes and the taxonomy, for the monthly probe tally and dimension roll-up. */
  probes?: Probe[];
  taxonomy?: TaxonomyRow[];
  /** Review polarity keywords from the Taxonomy sheet (the shipped ones when it is empty). */
  polarityRules: PolarityRules;
  /** The Ads sheet's valid rows ([] or absent when there is none). */
  ads?: AdRow[];
  /** The DSR sheet's valid rows ([] or absent when there is none). */
  dsr?: DsrRow[];
  /** The Actions sheet, targets resolved (absent or none: the tab shows no effects block). */
  actions?: ResolvedActions;
}

/** Throws MissingInputError, before anything is written, when a log or a column it needs is missing. */
export function loadSummaryData(wb: WorkbookPort, settings?: Settings): SummaryData {
  // Every run passes its settings; read here only for a caller that is no run (spiral report, tests).
  const read = settings ? { settings, problems: [] } : readSettings(wb);
  // A missing log would read as no rows: a tab of zeros over the real one.
  requireInputs(wb, NEEDS.summary, read.settings.language);
  const inquiries = readInquiries(wb);
  const reviews = readReviews(wb);
  const orderRows = readOrderRows(wb);
  const orders = { ...orderRows, records: ordersOf(orderRows.records) };
  const orderLines = readOrderLines(wb);
  const products = readProducts(wb);
  const ads = readAds(wb);
  const dsr = readDsr(wb);
  const inEffect = taxonomyInEffect(wb, read.settings.language);
  const taxonomyRows = inEffect.rows;
  return {
    polarityRules: polarityRulesOf(taxonomyRows, inEffect.lexicon),
    settings: read.settings,
    inquiries: withDateTimes(inquiries, wb.timeZone),
    reviews: reviews.records,
    orders: orders.records,
    orderLines: orderLines.records,
    orderRows: orderRows.records,
    products: products.records,
    ads: ads.records,
    dsr: dsr.records,
    excludedRows: inquiries.excluded + reviews.excluded,
    excludedRowDates: [...excludedDates(inquiries, wb.timeZone), ...excludedDates(reviews, wb.timeZone)],
    problems: [
      ...read.problems,
      ...inquiries.problems,
      ...reviews.problems,
      ...orders.problems,
      ...orderLines.problems,
      ...products.problems,
      ...ads.problems,
      ...dsr.problems,
    ],
    probes: readProbes(wb),
    taxonomy: taxonomyRows,
    // Its problems are the Effects job's to report; here the actions only feed the first screen.
    actions: resolveActions(wb, taxonomyRows, read.settings.language),
  };
}

/** One period's summary from loaded data, laid out as its tab (not written): the model, the tab and its name. */
export function summaryTab(
  period: Period,
  data: SummaryData,
  scorecard?: readonly ScorecardResultLike[],
): { tabName: string; model: SummaryModel; content: TabContent } {
  const { settings } = data;
  const model = buildSummary({
    period,
    inquiries: data.inquiries,
    reviews: data.reviews,
    excludedRows: data.excludedRowDates.filter((d) => d !== null && periodContains(period, d)).length,
    undatedExcludedRows: data.excludedRowDates.filter((d) => d === null).length,
    settings: {
      responseThresholdSeconds: settings.responseThresholdSeconds,
      rankingSize: settings.rankingSize,
      language: settings.language,
      repeatWindowDays: settings.repeatWindowDays,
    },
    scorecard: period.kind === 'month' ? scorecard : undefined,
    orders: data.orders,
    ...(data.orderLines ? { orderLines: data.orderLines } : {}),
    ...(data.orderRows ? { orderRows: data.orderRows } : {}),
    ...(data.products ? { products: data.products } : {}),
    attributionDays: settings.attributionDays,
    ...(data.probes ? { probes: data.probes } : {}),
    ...(data.taxonomy ? { taxonomy: data.taxonomy } : {}),
    polarityRules: data.polarityRules,
    ...(data.ads ? { ads: data.ads } : {}),
    ...(data.dsr ? { dsr: data.dsr } : {}),
  });
  const actions = data.actions;
  if (actions !== undefined && actions.actions.length > 0)
    model.effects = periodEffects({
      period,
      actions: actions.actions,
      targets: actions.targets,
      inquiries: data.inquiries,
      reviews: data.reviews,
      weeks: settings.effectWeeks,
      negative: negativeMention(data.polarityRules),
    });
  const tabName = summaryTabName(period, settings.language);
  return { tabName, model, content: layoutSummary(model, settings.language) };
}

/** The dates of a table's rows left out for errors (an error problem names the row), null where unreadable. */
function excludedDates(table: LoadedTable<unknown>, timeZone: string): (string | null)[] {
  const rows = new Set(table.problems.filter((p) => p.severity === 'error' && p.row > 0).map((p) => p.row));
  const col = table.columns.date;
  return [...rows].map((row) => {
    if (col === undefined) return null;
    const parsed = parseDate(table.grid[row - 1]?.[col - 1] ?? '', timeZone);
    return parsed.ok ? parsed.value : null;
  });
}

/** Builds one period's summary from loaded data and writes its tab; returns the tab name and model. */
export function writeSummary(
  wb: WorkbookPort,
  period: Period,
  data: SummaryData,
  scorecard?: readonly ScorecardResultLike[],
): { tabName: string; model: SummaryModel; values: Cell[][] } {
  const { tabName, model, content } = summaryTab(period, data, scorecard);
  wb.writeTab(tabName, content);
  return { tabName, model, values: content.values };
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
  const data = loadSummaryData(wb, options.settings);
  const source = options.scorecard;
  const scorecard =
    period.kind !== 'month' || source === undefined
      ? undefined
      : typeof source === 'function'
        ? source(wb, period.id, data.settings)
        : source;
  return { ...writeSummary(wb, period, data, scorecard), problems: data.problems };
}
