/**
 * Orders → inquiries attribution, the desk tools' way (询单→次日付款): a paid order belongs to its
 * buyer's latest pre-sale inquiry at or before the payment time, when it was paid no later than the
 * end of the day `attributionDays` after the inquiry's day. An order with no such inquiry is silent
 * (the buyer bought without asking, or asked too long before). A masked buyer name (`t**1`) is
 * matched only when it fits exactly one inquiring buyer (masked-buyer.ts).
 */

import { buyerResolver } from '../ingest/masked-buyer';
import type { Order } from '../ingest/orders';
import { addDays } from '../time/periods';

/** What attribution needs of an inquiry row. */
export interface AttributableInquiry {
  row: number;
  customerId: string;
  /** Wall-clock 'YYYY-MM-DD HH:MM:SS' (midnight when the sheet holds a date only). */
  dateTime: string;
}

export interface Attribution<I extends AttributableInquiry> {
  /** The paid orders of each inquiry row, in payment order. */
  byInquiry: Map<number, Order[]>;
  /** Each paid order's inquiry, by order row; absent for silent orders. */
  inquiryOf: Map<number, I>;
  /** Rows of paid orders whose masked buyer name (`t**1`) fits several inquiring buyers: left silent. */
  maskedAmbiguous: number[];
}

/** The last day on which a payment still belongs to an inquiry of `day`. */
export const windowEnd = (day: string, attributionDays: number): string => addDays(day, attributionDays);

export function attribute<I extends AttributableInquiry>(
  preSale: readonly I[],
  paidOrders: readonly (Order & { paidAt: string })[],
  attributionDays: number,
): Attribution<I> {
  const byBuyer = new Map<string, I[]>();
  for (const inquiry of preSale) {
    const list = byBuyer.get(inquiry.customerId);
    if (list) list.push(inquiry);
    else byBuyer.set(inquiry.customerId, [inquiry]);
  }
  for (const list of byBuyer.values())
    list.sort((a, b) => (a.dateTime < b.dateTime ? -1 : a.dateTime > b.dateTime ? 1 : a.row - b.row));
  const result: Attribution<I> = { byInquiry: new Map(), inquiryOf: new Map(), maskedAmbiguous: [] };
  const resolve = buyerResolver(byBuyer.keys());
  const ordered = [...paidOrders].sort((a, b) => (a.paidAt < b.paidAt ? -1 : a.paidAt > b.paidAt ? 1 : 0));
  for (const order of ordered) {
    const resolved = resolve(order.buyer);
    if (resolved.ambiguous) result.maskedAmbiguous.push(order.row);
    const list = resolved.buyer === null ? undefined : byBuyer.get(resolved.buyer);
    if (!list) continue;
    const inquiry = latestAtOrBefore(list, order.paidAt);
    if (!inquiry || order.paidAt.slice(0, 10) > windowEnd(inquiry.dateTime.slice(0, 10), attributionDays))
      continue;
    result.inquiryOf.set(order.row, inquiry);
    const orders = result.byInquiry.get(inquiry.row);
    if (orders) orders.push(order);
    else result.byInquiry.set(inquiry.row, [order]);
  }
  return result;
}

/** Binary search over inquiries sorted by time: the last one at or before `time`. */
function latestAtOrBefore<I extends AttributableInquiry>(sorted: readonly I[], time: string): I | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.dateTime <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : sorted[lo - 1];
}

/** The order an inquiry's product, region and type come from: the largest paid, the earliest on a tie. */
export function largestOrder(orders: readonly Order[]): Order {
  return orders.reduce((best, o) => ((o.paidAmount ?? 0) > (best.paidAmount ?? 0) ? o : best));
}
