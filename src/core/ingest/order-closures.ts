/**
 * Why orders were closed: 订单关闭原因 as the order report exports it (买家不想买了, 缺货 …), a
 * ready-made lost-sale reason. Open orders carry a placeholder there (订单未关闭); the placeholders
 * are data (templates/orders.json `notClosed`). One decision, asked by the monthly tab's closure
 * table and by whatever reads a closed order's reason into an inquiry.
 */
import * as z from 'zod/mini';
import ordersJson from '../../../templates/orders.json';
import type { WorkbookPort } from '../../ports';
import type { LoadedTable, ReadOptions } from '../sheets/rows';
import { formatIssues } from '../sheets/schema-issues';
import { normalizeLabel } from '../sheets/template';
import { type Period, periodContains } from '../time/periods';
import { type Order, readOrders } from './orders';

const NotClosedSchema = z.object({ notClosed: z.array(z.string().check(z.minLength(1))) });

function parseNotClosed(json: unknown): Set<string> {
  const parsed = NotClosedSchema.safeParse(json);
  if (!parsed.success) throw new Error(`templates/orders.json: ${formatIssues(parsed.error.issues)}`);
  return new Set(parsed.data.notClosed.map(normalizeLabel));
}

const NOT_CLOSED = parseNotClosed(ordersJson);

/** The reason an order was closed, as exported (trimmed); null for an open order or a blank cell. */
export function closureReason(order: Pick<Order, 'closeReason'>): string | null {
  const reason = order.closeReason.trim();
  return reason === '' || NOT_CLOSED.has(normalizeLabel(reason)) ? null : reason;
}

/** A closed order of the Orders sheet with its reason. */
export interface OrderClosure {
  /** 1-based sheet row (the first row of its 主订单). */
  row: number;
  orderId: string;
  buyer: string;
  /** Wall-clock 'YYYY-MM-DD HH:MM:SS' the order was created (its payment time where blank); null when neither. */
  at: string | null;
  reason: string;
}

/** The closed orders among these, one per 主订单, with their reasons. */
export function closuresOf(orders: readonly Order[]): OrderClosure[] {
  const closures: OrderClosure[] = [];
  for (const o of orders) {
    const reason = closureReason(o);
    if (reason === null) continue;
    closures.push({ row: o.row, orderId: o.orderId, buyer: o.buyer, at: o.createdAt ?? o.paidAt, reason });
  }
  return closures;
}

/** The Orders sheet's closed orders with their reasons (one read of the sheet). */
export function readOrderClosures(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<OrderClosure> {
  const table = readOrders(wb, options);
  return { ...table, records: closuresOf(table.records) };
}

/** Closed orders per reason, this period and the one before, by the day the order was created. */
export interface ClosureTally {
  reason: string;
  orders: number;
  previousOrders: number;
}

/** Most frequent first (this period, then the one before), then by reason. */
export function closureTallies(orders: readonly Order[], period: Period, previous: Period): ClosureTally[] {
  const map = new Map<string, ClosureTally>();
  for (const c of closuresOf(orders)) {
    if (c.at === null) continue;
    const day = c.at.slice(0, 10);
    const now = periodContains(period, day);
    if (!now && !periodContains(previous, day)) continue;
    const entry = map.get(c.reason) ?? { reason: c.reason, orders: 0, previousOrders: 0 };
    if (now) entry.orders++;
    else entry.previousOrders++;
    map.set(c.reason, entry);
  }
  return [...map.values()].sort(
    (a, b) =>
      b.orders - a.orders ||
      b.previousOrders - a.previousOrders ||
      (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0),
  );
}
