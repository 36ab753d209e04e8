import type { Cell, WorkbookPort } from '../../ports';
import type { PolarityRules } from '../classify/polarity';
import { polarityRulesOf } from '../classify/polarity-rules';
import { taxonomyInEffect } from '../classify/taxonomy-in-effect';
import { type Order, readOrders } from '../ingest/orders';
import { say } from '../messages/catalogue';
import { defaultRuleBook, type RuleBook } from '../rules/default-rules';
import { PAY_SETTINGS, type RunSettings } from '../settings/settings';
import { readAgentDirectory } from '../sheets/agents';
import { MissingInputError, NEEDS, requireInputs } from '../sheets/needs';
import type { Inquiry, Problem, Review, ScorecardRow } from '../sheets/records';
import { type LoadedTable, readInquiries, readReviews, readScorecard, writeColumn } from '../sheets/tables';
import { columnLabel, enumLabel, findSheet, type Lang, normalizeLabel, sheetName } from '../sheets/template';
import { addDays } from '../time/periods';
import type { ConversionBasis } from './desk-facts';
import { preSaleInquiries } from './facts';
import { blankCounts, LOG_FILLED, type LogSource } from './from-logs';
import {
  type AgentScore,
  type AgentScoreJson,
  agentScoreJson,
  computeScorecardResults,
  type ScoreLogs,
} from './results';
import { separateUnpaid, type UnpaidRow } from './unpaid-rows';

/** What `spiral kpi <book> --month YYYY-MM --json` prints (issue 3). */
export interface ScorecardJson {
  month: string;
  agents: AgentScoreJson[];
  /** Rows not scored and not paid because an input could not be read. */
  unpaid: UnpaidRow[];
}

export interface ScorecardReport extends ScorecardJson {
  /** Scorecard rows of the month that were scored and written. */
  rowsWritten: number;
  problems: Problem[];
  /** Pay settings that could not be read and were overridden by `force`: their defaults paid. */
  forcedSettings: Problem[];
}

/** Options of a scorecard run. */
export interface ScoreOptions {
  /** Pay with the defaults even where a pay setting cannot be read (the CLI's --force, which says so). */
  force?: boolean;
}

/** A pay setting cannot be read: nothing was computed or written. */
export class PaySettingsError extends MissingInputError {
  override name = 'PaySettingsError';
  constructor(
    message: string,
    readonly refused: readonly Problem[],
  ) {
    super(message);
  }
}

/**
 * The Settings rows that change pay and hold a value Spiral cannot read. Unless `force`, pay is
 * not computed from the defaults that would stand in for them: PaySettingsError names each one.
 */
export function unreadablePaySettings(read: RunSettings, options: ScoreOptions = {}): Problem[] {
  const { settings, refused } = read;
  const pay = refused.filter((r) => PAY_SETTINGS.has(r.key)).map((r) => r.problem);
  if (pay.length === 0 || options.force) return pay;
  const lang = settings.language;
  throw new PaySettingsError(
    [
      say(lang, 'scorecard.payNotComputed', { sheet: pay[0]!.sheet }),
      ...pay.map((p) => say(lang, 'scorecard.payProblemLine', { ...p })),
      say(lang, 'sheets.nothingWritten'),
    ].join('\n'),
    pay,
  );
}

/** The columns Spiral writes into the Scorecard sheet, in template order. */
export const SCORECARD_OUTPUTS = [
  'score',
  'percent',
  'qualified',
  'bonus',
  'basePay',
  'pay',
  'explanation',
] as const;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Menu "计算考核 / Compute scorecard": scores the Scorecard rows of one month (pre-sale rows also
 * from the Inquiries log), then writes score, percent, qualified, bonus, base pay, pay and the
 * explanation into those rows — one write per column. Settings win over the rule defaults.
 */
export async function computeScorecard(
  wb: WorkbookPort,
  month: string,
  read: RunSettings,
  rules: RuleBook = defaultRuleBook(),
  options: ScoreOptions = {},
): Promise<ScorecardReport> {
  const { settings } = read;
  const lang = settings.language;
  const report: ScorecardReport = {
    month,
    agents: [],
    unpaid: [],
    rowsWritten: 0,
    problems: [],
    forcedSettings: [],
  };
  if (!MONTH.test(month)) {
    report.problems.push({
      sheet: '',
      row: 0,
      column: '',
      value: month,
      reason: say(lang, 'scorecard.notMonth'),
      severity: 'error',
    });
    return report;
  }
  const { table, results, unpaid, problems, forcedSettings } = await scoreMonth(
    wb,
    month,
    read,
    rules,
    {},
    options,
  );
  report.forcedSettings = forcedSettings;
  report.problems.push(...problems);
  report.unpaid = unpaid;
  report.agents = results.map(agentScoreJson);
  if (table.sheet === null || results.length + unpaid.length === 0) return report;
  for (const column of SCORECARD_OUTPUTS) {
    if (!(column in table.columns)) {
      report.problems.push({
        sheet: table.sheet,
        row: 0,
        column: columnLabel('scorecard', column, lang),
        value: '',
        reason: say(lang, 'scorecard.columnMissing', { column }),
        severity: 'warning',
      });
      continue;
    }
    const values = new Map<number, Cell>([
      ...results.map((result): [number, Cell] => [result.row, outputCell(result, column, lang)]),
      ...unpaid.map((row): [number, Cell] => [row.row, unpaidCell(row, column, lang)]),
    ]);
    const { kept } = writeColumn(wb, table, column, values);
    for (const row of kept) {
      report.problems.push({
        sheet: table.sheet,
        row,
        column: columnLabel('scorecard', column, lang),
        value: '',
        reason: say(lang, 'sheets.cellKept', { value: String(values.get(row)) }),
        severity: 'warning',
      });
    }
  }
  report.rowsWritten = results.length + unpaid.length;
  return report;
}

/** An unpaid row shows no number at all: a blank pay cannot be mistaken for a pay of 0. */
function unpaidCell(row: UnpaidRow, column: (typeof SCORECARD_OUTPUTS)[number], lang: 'zh' | 'en'): Cell {
  if (column === 'qualified') return enumLabel('yesNo', 'no', lang);
  if (column === 'explanation')
    return say(lang, 'scorecard.unpaidExplanation', { reasons: row.reasons.join('') });
  return '';
}

/** A month's Scorecard rows scored from the workbook, nothing written: the tab and the menu share it. */
export async function scoreMonth(
  wb: WorkbookPort,
  month: string,
  inForce: RunSettings,
  rules: RuleBook = defaultRuleBook(),
  /** Logs the caller has already read (run-due's summary data), so they are not read twice. */
  read: { inquiries?: readonly Inquiry[]; reviews?: readonly Review[] } = {},
  options: ScoreOptions = {},
): Promise<{
  table: LoadedTable<ScorecardRow>;
  results: AgentScore[];
  unpaid: UnpaidRow[];
  problems: Problem[];
  forcedSettings: Problem[];
}> {
  const { settings } = inForce;
  const lang = settings.language;
  // A missing sheet or input column would read as zeros: stop before anything is computed or written.
  requireInputs(wb, NEEDS.scorecard, lang);
  // So would a pay setting nobody can read be paid by its default.
  const forcedSettings = unreadablePaySettings(inForce, options);
  const table = readScorecard(wb, { lang });
  const { rows, unpaid, problems } = separateUnpaid(table, month, wb.timeZone, lang);
  problems.push(...duplicateAgents(rows, table.sheet ?? '', lang));
  const blanks = new Map(rows.map((row) => [row.row, blankCounts(table, row.row)] as const));
  const blankFrom = (source: LogSource, role?: ScorecardRow['role']) =>
    rows.some(
      (row) =>
        (role === undefined || row.role === role) &&
        blanks.get(row.row)!.some((k) => LOG_FILLED[k] === source),
    );
  // The Orders sheet fills after-sale agents' blank orders and refunds once it holds orders.
  const ordersTable = blankFrom('orders', 'after-sale')
    ? coveringOrders(wb, month, rules.scorecards['after-sale'].fromOrders?.paidWithinDays, lang, problems)
    : null;
  let inquiries: readonly Inquiry[] = read.inquiries ?? [];
  // The Inquiries log is needed for pre-sale agents, and for the buyers after-sale agents served.
  const preSale = rows.filter((row) => row.role === 'pre-sale');
  if ((preSale.length > 0 || ordersTable) && !read.inquiries) {
    if (preSale.length > 0) requireInputs(wb, NEEDS.preSaleScorecard, lang);
    if (ordersTable) requireInputs(wb, NEEDS.afterSaleOrders, lang);
    inquiries = readInquiries(wb, { lang }).records;
  }
  if (inquiries.length > 0) {
    // Logs name sub-accounts (某某家居旗舰店:小美); the Scorecard names people: one rule says who is who.
    const directory = readAgentDirectory(wb, { lang });
    const asLogged = inquiries;
    inquiries = asLogged.map((q) => {
      const name = directory.nameOf(q.agent);
      return name === q.agent ? q : { ...q, agent: name };
    });
    problems.push(...agentNameWarnings(rows, asLogged, inquiries, month, table.sheet ?? '', lang));
  }
  if (preSale.length > 0 && preSaleInquiries(inquiries, month).length === 0)
    throw noInquiriesForPay(wb, month, preSale, lang);
  // The Reviews log (and the Taxonomy's polarity words) only when a count is left for it to fill.
  const reviews = blankFrom('reviews') ? (read.reviews ?? readReviews(wb, { lang }).records) : undefined;
  const logs: ScoreLogs = {
    inquiries,
    blanks,
    basis: ordersTable ? 'buyer' : conversionBasis(wb),
    ...(reviews ? { reviews, polarity: reviewPolarity(wb, lang) } : {}),
    ...(ordersTable ? { orders: ordersTable.records } : {}),
  };
  const results = await computeScorecardResults(rows, logs, settings, rules);
  return { table, results, unpaid, problems, forcedSettings };
}

/**
 * Per buyer once the Orders sheet (订单记录 / Orders) holds orders: matching has then set 是否成交
 * by the same-or-next-day rule. Until then each inquiry row counts, and the explanation says so.
 */
function conversionBasis(wb: WorkbookPort): ConversionBasis {
  const sheet = findSheet(wb, 'orders');
  return sheet !== null && wb.read(sheet).length > 1 ? 'buyer' : 'row';
}

/**
 * The Orders sheet's orders when they can fill the month: paid orders reaching back to the start of
 * the month's window (`paidWithinDays` before its first day). An export that starts later would count
 * too few orders — and 0 orders scores a 0 % refund rate — so it fills nothing and says why.
 */
function coveringOrders(
  wb: WorkbookPort,
  month: string,
  paidWithinDays: number | undefined,
  lang: Lang,
  problems: Problem[],
): LoadedTable<Order> | null {
  if (paidWithinDays === undefined || findSheet(wb, 'orders') === null) return null;
  const table = readOrders(wb, { lang });
  let first: string | null = null;
  for (const order of table.records) {
    const day = order.paidAt?.slice(0, 10);
    if (day !== undefined && (first === null || day < first)) first = day;
  }
  if (first === null) return null;
  const needed = addDays(`${month}-01`, -paidWithinDays);
  if (first <= needed) return table;
  problems.push({
    sheet: table.sheet ?? '',
    row: 0,
    column: columnLabel('orders', 'paidAt', lang),
    value: first,
    reason: say(lang, 'scorecard.ordersNotCovering', { first, month, needed }),
    severity: 'warning',
  });
  return null;
}

/** Pre-sale pay is never worked out from zero inquiries: a month with none logged is an error. */
function noInquiriesForPay(
  wb: WorkbookPort,
  month: string,
  preSale: readonly ScorecardRow[],
  lang: Lang,
): MissingInputError {
  const list = lang === 'zh' ? '、' : ', ';
  return new MissingInputError(
    [
      say(lang, 'sheets.noInquiriesForPay', {
        sheet: findSheet(wb, 'inquiries') ?? sheetName('inquiries', lang),
        month,
        agents: preSale.map((row) => row.agent).join(list),
      }),
      say(lang, 'sheets.nothingWritten'),
    ].join('\n'),
  );
}

function outputCell(result: AgentScore, column: (typeof SCORECARD_OUTPUTS)[number], lang: 'zh' | 'en'): Cell {
  if (column === 'qualified') return enumLabel('yesNo', result.qualified ? 'yes' : 'no', lang);
  return result[column];
}

/**
 * The run's summary line: how many agents were scored and how many rows were not paid. The Run
 * log's action lines are English (classified…, wrote…), so it is English there by default.
 */
export function scorecardRunLine(
  report: Pick<ScorecardReport, 'month' | 'agents' | 'unpaid'>,
  lang: 'zh' | 'en' = 'en',
): string {
  return say(lang, 'scorecard.runLine', {
    month: report.month,
    agents: report.agents.length,
    unpaid: report.unpaid.length,
  });
}

/** Two rows for one agent in one month are both scored, but the team should know. */
function duplicateAgents(
  rows: readonly { row: number; agent: string }[],
  sheet: string,
  lang: 'zh' | 'en',
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const key = normalizeLabel(row.agent);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.row);
    else {
      problems.push({
        sheet,
        row: row.row,
        column: columnLabel('scorecard', 'agent', lang),
        value: row.agent,
        reason: say(lang, 'scorecard.duplicateAgent', { first }),
        severity: 'warning',
      });
    }
  }
  return problems;
}

/**
 * A Scorecard name no inquiry of the month names, and an agent of the month's inquiries with no
 * Scorecard row, are warnings naming both spellings: a desk item must never score 0 in silence.
 */
function agentNameWarnings(
  rows: readonly ScorecardRow[],
  raw: readonly Inquiry[],
  named: readonly Inquiry[],
  month: string,
  sheet: string,
  lang: Lang,
): Problem[] {
  const spellings = new Map<string, Set<string>>();
  named.forEach((q, i) => {
    if (!q.date.startsWith(month) || q.agent.trim() === '') return;
    const key = normalizeLabel(q.agent);
    const set = spellings.get(key) ?? new Set<string>();
    set.add(raw[i]?.agent.trim() || q.agent);
    spellings.set(key, set);
  });
  const scored = new Set(rows.map((r) => normalizeLabel(r.agent)));
  const unscored = [...spellings.entries()].filter(([key]) => !scored.has(key));
  const list = lang === 'zh' ? '、' : ', ';
  const logNames = unscored
    .map(([key, set]) => {
      const shown = [...set];
      const name = named.find((q) => normalizeLabel(q.agent) === key)?.agent ?? shown[0]!;
      return shown.includes(name) ? name : `${shown.join(list)} → ${name}`;
    })
    .join(list);
  const problems: Problem[] = [];
  for (const row of rows) {
    if (spellings.has(normalizeLabel(row.agent))) continue;
    problems.push({
      sheet,
      row: row.row,
      column: columnLabel('scorecard', 'agent', lang),
      value: row.agent,
      reason: say(lang, 'scorecard.agentNotInLogs', {
        agent: row.agent,
        month,
        others: logNames === '' ? say(lang, 'scorecard.agentNoOthers') : logNames,
      }),
      severity: 'warning',
    });
  }
  for (const [key, set] of unscored) {
    const name = named.find((q) => normalizeLabel(q.agent) === key)?.agent ?? '';
    problems.push({
      sheet,
      row: 0,
      column: columnLabel('scorecard', 'agent', lang),
      value: name,
      reason: say(lang, 'scorecard.logAgentUnscored', { agent: name, spellings: [...set].join(list), month }),
      severity: 'warning',
    });
  }
  return problems;
}

/** The polarity rules of the taxonomy and lexicon in effect. */
function reviewPolarity(wb: WorkbookPort, lang: Lang): PolarityRules {
  const { rows, lexicon } = taxonomyInEffect(wb, lang);
  return polarityRulesOf(rows, lexicon);
}
