/** Orders as purchases (buyer and the day the order was placed), where the workbook has an Orders sheet. */
import type { WorkbookPort } from '../../ports';
import { readOrders } from '../ingest/orders';
import type { Purchase } from './purchases';

export function readOrderPurchases(wb: WorkbookPort): Purchase[] {
  const purchases: Purchase[] = [];
  for (const order of readOrders(wb).records) {
    // An order placed counts, paid or not: the buyer is no longer waiting for a follow-up.
    const at = order.createdAt ?? order.paidAt;
    if (at !== null && order.buyer !== '') purchases.push({ buyer: order.buyer, date: at.slice(0, 10) });
  }
  return purchases;
}
