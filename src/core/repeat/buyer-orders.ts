/**
 * Paid orders by buyer, for repeat purchases (issue 23 item 3). A buyer is the 买家会员名 as
 * written; a masked one (`t**1`) stands for a buyer only where masked-buyer.ts's one decision
 * finds exactly one known buyer behind it — else it could be several people, so its orders are
 * left out and counted, never guessed into a repeat.
 */
import { type BuyerResolver, buyerResolver, isMaskedBuyer } from '../ingest/masked-buyer';
import { isPaid, type Order, orderTransactionType } from '../ingest/orders';
import type { Inquiry } from '../sheets/records';

export interface BuyerOrder {
  buyer: string;
  /** The payment's calendar day. */
  date: string;
  amount: number;
  title: string;
  /** A wholesaler's or distributor's order (by its transaction type or the buyer's customer type). */
  trade: boolean;
}

export interface BuyerOrders {
  /** By date, then buyer. */
  orders: BuyerOrder[];
  /** Paid orders whose masked buyer name fits no single known buyer: left out. */
  leftOut: { date: string }[];
}

/**
 * Who an order's buyer is, for every count of buyers over orders (repeat purchases, 返单 of the
 * product roles): the buyers known are the plain names of the orders and of the inquiry log.
 */
export function orderBuyerResolver(
  orders: readonly Order[],
  inquiries: readonly Pick<Inquiry, 'customerId'>[],
): BuyerResolver {
  const known = [...orders.map((o) => o.buyer.trim()), ...inquiries.map((q) => q.customerId.trim())].filter(
    (name) => name !== '' && !isMaskedBuyer(name),
  );
  return buyerResolver(known);
}

export function buyerOrders(
  orders: readonly Order[],
  inquiries: readonly Pick<Inquiry, 'customerId' | 'customerType'>[],
): BuyerOrders {
  const resolve = orderBuyerResolver(orders, inquiries);
  const traders = tradeCustomers(inquiries);
  const out: BuyerOrder[] = [];
  const leftOut: { date: string }[] = [];
  for (const order of orders) {
    const name = order.buyer.trim();
    if (!isPaid(order) || name === '') continue;
    const date = order.paidAt.slice(0, 10);
    const buyer = resolve(name).buyer;
    if (buyer === null) {
      leftOut.push({ date });
      continue;
    }
    out.push({
      buyer,
      date,
      amount: order.paidAmount ?? 0,
      title: order.title.trim(),
      trade: isTradeOrder(order, buyer, traders),
    });
  }
  out.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.buyer < b.buyer ? -1 : a.buyer > b.buyer ? 1 : 0,
  );
  return { orders: out, leftOut };
}

/** Customers the inquiry log types 批发商 / 分销商. */
export function tradeCustomers(
  inquiries: readonly Pick<Inquiry, 'customerId' | 'customerType'>[],
): ReadonlySet<string> {
  return new Set(
    inquiries
      .filter((q) => q.customerType === 'wholesaler' || q.customerType === 'distributor')
      .map((q) => q.customerId.trim()),
  );
}

/** A wholesaler's or distributor's order: by its transaction type, or its buyer's customer type. */
export const isTradeOrder = (order: Order, buyer: string, traders: ReadonlySet<string>): boolean =>
  orderTransactionType(order) !== 'retail' || traders.has(buyer);
