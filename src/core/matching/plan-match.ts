/**
 * What matching would write: for each pre-sale inquiry, the blank cells it fills from its orders,
 * and where a typed value disagrees with the orders. Pure: rows in, fills and contradictions out.
 */
import { isPaid, type Order, orderTransactionType } from '../ingest/orders';
import type { TransactionType } from '../sheets/records';
import { money } from '../stats/figures';
import { type AttributableInquiry, attribute, largestOrder, windowEnd } from './attribute';
import { provinceOf, sameRegion } from './province';

export interface MatchInquiry extends AttributableInquiry {
  converted: boolean | null;
  amount: number | null;
  product: string;
  region: string;
  transactionType: TransactionType | null;
}

export type FillKey = 'converted' | 'amount' | 'product' | 'region' | 'transactionType';

export interface Fill {
  row: number;
  converted?: boolean;
  amount?: number;
  product?: string;
  region?: string;
  transactionType?: TransactionType;
}

export type ContradictionKind = 'paidButNo' | 'yesButUnpaid' | 'amount' | 'region' | 'transactionType';

export interface Contradiction {
  row: number;
  column: FillKey;
  kind: ContradictionKind;
  typed: string;
  /** What the orders say (the derived value), as text. */
  orders: string;
  /** Order numbers behind it ('' when the point is that there are none). */
  orderIds: string;
}

export interface MatchPlan {
  fills: Fill[];
  contradictions: Contradiction[];
  /** Pre-sale inquiries that got at least one paid order. */
  converted: number;
  /** Paid orders with no inquiry in their window. */
  silentOrders: number;
  /** Of those, orders whose masked buyer name fits several inquiring buyers (so none is credited). */
  maskedAmbiguous: number;
  /** Pre-sale inquiries whose window is still open, or not covered by the orders: left as they are. */
  open: number;
}

export interface MatchOptions {
  attributionDays: number;
  /** Now, as wall-clock 'YYYY-MM-DD HH:MM:SS' in the spreadsheet's zone. */
  now: string;
}

/**
 * Attributes paid orders to pre-sale inquiries and plans the fills. A window counts as closed with
 * no order only when it has ended and the Orders sheet covers it (orders dated on or after the
 * window's last day exist), so importing one week of orders never marks older inquiries 否.
 */
export function planMatch(
  preSale: readonly MatchInquiry[],
  orders: readonly Order[],
  options: MatchOptions,
): MatchPlan {
  const paid = orders.filter(isPaid);
  const attribution = attribute(preSale, paid, options.attributionDays);
  const covered = coverage(orders);
  const today = options.now.slice(0, 10);
  const plan: MatchPlan = {
    fills: [],
    contradictions: [],
    converted: 0,
    silentOrders: 0,
    maskedAmbiguous: attribution.maskedAmbiguous.length,
    open: 0,
  };
  plan.silentOrders = paid.filter((o) => !attribution.inquiryOf.has(o.row)).length;
  for (const inquiry of preSale) {
    const found = attribution.byInquiry.get(inquiry.row);
    if (found) {
      plan.converted++;
      matched(inquiry, found, plan);
      continue;
    }
    const end = windowEnd(inquiry.dateTime.slice(0, 10), options.attributionDays);
    const closed =
      today > end && covered !== null && covered.first <= inquiry.dateTime && covered.last >= end;
    if (!closed) {
      plan.open++;
      continue;
    }
    if (inquiry.converted === null) plan.fills.push({ row: inquiry.row, converted: false });
    else if (inquiry.converted)
      plan.contradictions.push({
        row: inquiry.row,
        column: 'converted',
        kind: 'yesButUnpaid',
        typed: 'yes',
        orders: 'no',
        orderIds: '',
      });
  }
  return plan;
}

function matched(inquiry: MatchInquiry, orders: readonly Order[], plan: MatchPlan): void {
  const ids = orders.map((o) => o.orderId).join(', ');
  const contradiction = (column: FillKey, kind: ContradictionKind, typed: string, derived: string) =>
    plan.contradictions.push({ row: inquiry.row, column, kind, typed, orders: derived, orderIds: ids });
  if (inquiry.converted === false) {
    // A person said no deal: leave the row as typed, say what the orders show.
    contradiction('converted', 'paidButNo', 'no', 'yes');
    return;
  }
  const amount = money(orders.reduce((sum, o) => sum + (o.paidAmount ?? 0), 0));
  const largest = largestOrder(orders);
  const region = provinceOf(largest.address);
  const type = orderTransactionType(largest);
  const fill: Fill = { row: inquiry.row };
  if (inquiry.converted === null) fill.converted = true;
  if (inquiry.amount === null) fill.amount = amount;
  else if (Math.abs(inquiry.amount - amount) >= 0.005)
    contradiction('amount', 'amount', String(inquiry.amount), String(amount));
  if (inquiry.product.trim() === '' && largest.title.trim() !== '') fill.product = largest.title.trim();
  if (inquiry.region.trim() === '') {
    if (region !== '') fill.region = region;
  } else if (region !== '' && !sameRegion(inquiry.region, region))
    contradiction('region', 'region', inquiry.region, region);
  if (inquiry.transactionType === null) fill.transactionType = type;
  else if (inquiry.transactionType !== type)
    contradiction('transactionType', 'transactionType', inquiry.transactionType, type);
  if (Object.keys(fill).length > 1) plan.fills.push(fill);
}

/** The time span the Orders sheet covers: its earliest creation or payment to its latest day. */
function coverage(orders: readonly Order[]): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const o of orders) {
    for (const t of [o.createdAt, o.paidAt]) {
      if (t === null) continue;
      if (first === null || t < first) first = t;
      if (last === null || t.slice(0, 10) > last) last = t.slice(0, 10);
    }
  }
  return first === null || last === null ? null : { first: first.slice(0, 10), last };
}
