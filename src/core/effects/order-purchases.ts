/** Orders as purchases (buyer and the day the order was placed), where the workbook has an Orders sheet. */
import type { WorkbookPort } from '../../ports';
import { isPaid, type Order, readOrders } from '../ingest/orders';
import type { Purchase } from './purchases';

function purchasesOf(orders: readonly Order[]): Purchase[] {
  const purchases: Purchase[] = [];
  for (const order of orders) {
    // An order placed counts, paid or not: the buyer is no longer waiting for a follow-up.
    const at = order.createdAt ?? order.paidAt;
    if (at !== null && order.buyer !== '') purchases.push({ buyer: order.buyer, date: at.slice(0, 10) });
  }
  return purchases;
}

/** The Orders sheet read once for the queues: purchases, and the paid orders the old-customer list needs. */
export function readQueueOrders(wb: WorkbookPort): { orders: Purchase[]; paidOrders: Order[] } {
  const records = readOrders(wb).records;
  return { orders: purchasesOf(records), paidOrders: records.filter(isPaid) };
}
