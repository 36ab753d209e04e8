/**
 * Who bought, and when: converted inquiries, and orders where the workbook has them. The desk's
 * queues never list a buyer who has bought since the inquiry in question.
 */
import type { Inquiry } from '../sheets/records';

export interface Purchase {
  buyer: string;
  /** Calendar date 'YYYY-MM-DD' of the conversion or order. */
  date: string;
}

/** Buyers are matched on their ID as typed, trimmed: 旺旺名 and 买家会员名 are the same handle. */
export const buyerKey = (id: string): string => id.trim();

/** Each buyer's latest purchase date. */
export function lastPurchases(
  inquiries: readonly Inquiry[],
  orders: readonly Purchase[],
): Map<string, string> {
  const latest = new Map<string, string>();
  const note = (buyer: string, date: string) => {
    const key = buyerKey(buyer);
    if (key === '') return;
    const seen = latest.get(key);
    if (seen === undefined || date > seen) latest.set(key, date);
  };
  for (const r of inquiries) if (r.converted === true) note(r.customerId, r.date);
  for (const o of orders) note(o.buyer, o.date);
  return latest;
}

/** True when the buyer has bought on or after `date`. */
export function boughtSince(latest: ReadonlyMap<string, string>, buyer: string, date: string): boolean {
  const last = latest.get(buyerKey(buyer));
  return last !== undefined && last >= date;
}
