/**
 * 老客回访清单 / Old-customer list (seed 001: 回访, 节假日的问候): buyers whose last paid order is
 * at least `afterDays` old (the goods have been used) and within `windowDays`, the biggest spenders
 * first — a queue beside 跟进清单 for revisits and greetings.
 */
import { addDays } from '../time/periods';
import type { BuyerOrder } from './buyer-orders';

export interface OldCustomerRow {
  buyer: string;
  trade: boolean;
  lastPurchase: string;
  daysSince: number;
  orders: number;
  /** Distinct item titles, most recent first. */
  items: string[];
  total: number;
}

/** At most this many rows: a list a desk can work through. */
export const OLD_CUSTOMER_ROWS = 200;

export function oldCustomers(
  orders: readonly BuyerOrder[],
  today: string,
  afterDays: number,
  windowDays: number,
): OldCustomerRow[] {
  const byBuyer = new Map<string, BuyerOrder[]>();
  for (const o of orders) {
    if (o.date > today) continue;
    const list = byBuyer.get(o.buyer);
    if (list) list.push(o);
    else byBuyer.set(o.buyer, [o]);
  }
  const latest = addDays(today, -afterDays);
  const earliest = addDays(today, -windowDays);
  const rows: OldCustomerRow[] = [];
  for (const [buyer, list] of byBuyer) {
    const last = list[list.length - 1]!;
    if (last.date > latest || last.date < earliest) continue;
    const items = [
      ...new Set(
        [...list]
          .reverse()
          .map((o) => o.title)
          .filter((t) => t !== ''),
      ),
    ];
    rows.push({
      buyer,
      trade: list.some((o) => o.trade),
      lastPurchase: last.date,
      daysSince: Math.round(
        (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${last.date}T00:00:00Z`)) / 86_400_000,
      ),
      orders: list.length,
      items,
      total: Math.round(list.reduce((s, o) => s + o.amount, 0) * 100) / 100,
    });
  }
  return rows.sort((a, b) => b.total - a.total || (a.buyer < b.buyer ? -1 : 1)).slice(0, OLD_CUSTOMER_ROWS);
}
