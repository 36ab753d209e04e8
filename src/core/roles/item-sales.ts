/**
 * Paid orders split into catalogue items, for product roles (seed 002): each order counts once for
 * each item on it, with its share of the paid amount — the same split the item rankings use
 * (lineShares), named by the catalogue (productNameOf) — and what the roles are judged by: whether
 * a trade buyer placed it and whether it was paid below the list price.
 */
import type { BuyerResolver } from '../ingest/masked-buyer';
import { lineShares, linesByOrder, type OrderLine, orderKey } from '../ingest/order-lines';
import { isPaid, type Order } from '../ingest/orders';
import { isTradeOrder } from '../repeat/buyer-orders';
import { type Product, productNameOf } from '../sheets/products';

export interface ItemSale {
  /** The catalogue's name for the item ('' for an order with no title and no lines). */
  item: string;
  orderId: string;
  /** The buyer as orderBuyerResolver reads the name; '' for a masked name no single known buyer fits. */
  buyer: string;
  /** The payment's calendar day. */
  day: string;
  /** The item's share of what the buyer paid. */
  sales: number;
  /** A wholesaler's or distributor's order (isTradeOrder, the one decision 返单 uses too). */
  trade: boolean;
  /** Paid at least `discount` below the order's list value; null with no list price to compare. */
  discounted: boolean | null;
}

export interface ItemSalesInput {
  orders: readonly Order[];
  lines: readonly OrderLine[];
  products: readonly Product[];
  /** Customers the inquiry log types 批发商 / 分销商 (tradeCustomers). */
  traders: ReadonlySet<string>;
  /** Who each order's buyer is (orderBuyerResolver): a masked name stands for one known buyer or none. */
  resolve: BuyerResolver;
  /** A fraction: 0.15 marks an order paid 15 % or more below its list value. */
  discount: number;
}

/** Every paid order's items, in the orders' order. */
export function itemSales(input: ItemSalesInput): ItemSale[] {
  const nameOf = productNameOf(input.products);
  const byOrder = linesByOrder(input.lines);
  const listPrice = new Map<string, number>();
  for (const p of input.products) if (p.price !== null && p.price > 0) listPrice.set(p.product, p.price);
  const out: ItemSale[] = [];
  for (const order of input.orders) {
    if (!isPaid(order)) continue;
    const paid = order.paidAmount ?? 0;
    const lines = byOrder.get(orderKey(order.orderId));
    const perItem = new Map<string, number>();
    let listValue: number | null = null;
    if (lines) {
      const shares = lineShares(lines, paid);
      lines.forEach((line, i) => {
        const name = nameOf(line);
        perItem.set(name, (perItem.get(name) ?? 0) + shares[i]!);
      });
      const priced = lines.every((l) => l.price !== null && l.price > 0);
      if (priced) listValue = lines.reduce((s, l) => s + l.price! * (l.quantity ?? 1), 0);
    } else {
      const name = nameOf({ title: order.title });
      perItem.set(name, paid);
      const price = listPrice.get(name);
      if (price !== undefined) listValue = price * (order.quantity ?? 1);
    }
    const discounted = listValue === null ? null : paid < listValue * (1 - input.discount) - 1e-9;
    const buyer = input.resolve(order.buyer.trim()).buyer ?? '';
    const trade = isTradeOrder(order, buyer, input.traders);
    for (const [item, sales] of perItem)
      out.push({
        item,
        orderId: order.orderId,
        buyer,
        day: order.paidAt.slice(0, 10),
        sales,
        trade,
        discounted,
      });
  }
  return out;
}
