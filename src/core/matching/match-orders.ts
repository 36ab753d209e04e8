/**
 * The matching use case (`spiral match`, menu 匹配订单 / Match orders, a step of run-due before
 * classification): reads Inquiries, Orders and Settings once each, fills blank cells of pre-sale
 * inquiries from their orders, and writes each changed column in one call. Typed values are never
 * changed; a typed value the orders contradict is a warning in Problems.
 */
import type { Cell, WorkbookPort } from '../../ports';
import { readOrders } from '../ingest/orders';
import { say } from '../messages/catalogue';
import type { Settings } from '../settings/settings';
import type { Inquiry, Problem } from '../sheets/records';
import { type LoadedTable, readInquiries, writeColumn } from '../sheets/tables';
import { columnLabel, enumLabel, type Lang } from '../sheets/template';
import { withDateTimes } from './inquiry-times';
import { type Contradiction, type FillKey, type MatchInquiry, type MatchPlan, planMatch } from './plan-match';

export interface MatchReport {
  /** Pre-sale inquiries read, and those with a paid order. */
  inquiries: number;
  converted: number;
  /** Paid orders read, and those no inquiry accounts for. */
  paidOrders: number;
  silentOrders: number;
  /** Cells written, per column. */
  filled: Record<FillKey, number>;
  /** Rows whose window is still open or not covered by the orders. */
  open: number;
  contradictions: number;
  /** Paid orders whose masked buyer name (t**1) fits several inquiring buyers: shop sales, no inquiry. */
  maskedAmbiguous: number;
  /** Matching's own: the Orders sheet's rows it could not read, disagreements, a missing column. */
  problems: Problem[];
  /** What reading the Inquiries sheet found (run-due's classification reports these itself). */
  inquiryProblems: Problem[];
}

const FILL_KEYS: readonly FillKey[] = ['converted', 'amount', 'product', 'region', 'transactionType'];

export interface MatchOptions {
  /** Now on the spreadsheet's wall clock, 'YYYY-MM-DD HH:MM:SS'. */
  now: string;
  /** The run's Settings (attribution days, language). */
  settings: Settings;
}

export function matchOrders(wb: WorkbookPort, options: MatchOptions): MatchReport {
  const { settings } = options;
  const lang = settings.language;
  const inquiries = readInquiries(wb, { lang, toFill: ['converted'] });
  const orders = readOrders(wb, { lang });
  const preSale = preSaleRows(inquiries, wb.timeZone);
  const plan = planMatch(preSale, orders.records, {
    attributionDays: settings.attributionDays,
    now: options.now,
  });
  const report: MatchReport = {
    inquiries: preSale.length,
    converted: plan.converted,
    paidOrders: orders.records.filter((o) => o.paidAt !== null).length,
    silentOrders: plan.silentOrders,
    filled: { converted: 0, amount: 0, product: 0, region: 0, transactionType: 0 },
    open: plan.open,
    contradictions: plan.contradictions.length,
    maskedAmbiguous: plan.maskedAmbiguous,
    problems: [...orders.problems],
    inquiryProblems: inquiries.problems,
  };
  if (plan.maskedAmbiguous > 0 && orders.sheet !== null)
    report.problems.push({
      sheet: orders.sheet,
      row: 0,
      column: columnLabel('orders', 'buyer', lang),
      value: '',
      reason: say(lang, 'matching.maskedBuyers', { count: plan.maskedAmbiguous }),
      severity: 'warning',
    });
  if (inquiries.sheet === null) return report;
  writeFills(wb, inquiries, plan, lang, report);
  report.problems.push(...plan.contradictions.map((c) => contradictionProblem(inquiries, c, lang)));
  return report;
}

/** Valid pre-sale rows with the time of day their date cell holds (midnight for a date alone). */
function preSaleRows(table: LoadedTable<Inquiry>, timeZone: string): MatchInquiry[] {
  return withDateTimes(table, timeZone)
    .filter((r) => r.stage === 'pre-sale' && r.customerId.trim() !== '')
    .map((r) => ({
      row: r.row,
      customerId: r.customerId.trim(),
      dateTime: r.dateTime!,
      converted: r.converted,
      amount: r.amount,
      product: r.product,
      region: r.region,
      transactionType: r.transactionType,
    }));
}

function writeFills(
  wb: WorkbookPort,
  table: LoadedTable<Inquiry>,
  plan: MatchPlan,
  lang: Lang,
  report: MatchReport,
): void {
  for (const key of FILL_KEYS) {
    const values = new Map<number, Cell>();
    for (const fill of plan.fills) {
      const value = fill[key];
      if (value === undefined) continue;
      values.set(fill.row, cellOf(key, value, lang));
    }
    if (values.size === 0) continue;
    if (!(key in table.columns)) {
      report.problems.push({
        sheet: table.sheet!,
        row: 0,
        column: columnLabel('inquiries', key, lang),
        value: '',
        reason: say(lang, 'matching.columnMissing', { count: values.size }),
        severity: 'warning',
      });
      continue;
    }
    const { written } = writeColumn(wb, table, key, spanning(table, key, values));
    report.filled[key] = written.filter((row) => values.has(row)).length;
  }
}

/**
 * The fills plus every row between them as it was read, so the column goes out as one block
 * (updateColumn keeps a row that is not plain or was edited meanwhile, splitting the block there).
 */
function spanning(table: LoadedTable<Inquiry>, key: FillKey, fills: Map<number, Cell>): Map<number, Cell> {
  const col = table.columns[key]!;
  const rows = [...fills.keys()];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const all = new Map<number, Cell>();
  for (let row = first; row <= last; row++)
    all.set(row, fills.has(row) ? fills.get(row)! : (table.grid[row - 1]?.[col - 1] ?? ''));
  return all;
}

function cellOf(key: FillKey, value: boolean | number | string, lang: Lang): Cell {
  if (key === 'converted') return enumLabel('yesNo', value ? 'yes' : 'no', lang);
  if (key === 'transactionType') return enumLabel('transactionType', value as string, lang);
  return value;
}

function contradictionProblem(table: LoadedTable<Inquiry>, c: Contradiction, lang: Lang): Problem {
  const shown = (value: string): string => {
    if (c.column === 'converted') return enumLabel('yesNo', value, lang);
    if (c.column === 'transactionType') return enumLabel('transactionType', value, lang);
    return value;
  };
  return {
    sheet: table.sheet!,
    row: c.row,
    column: columnLabel('inquiries', c.column, lang),
    value: shown(c.typed),
    reason: say(lang, `matching.${c.kind}`, { orders: shown(c.orders), orderIds: c.orderIds }),
    severity: 'warning',
  };
}
