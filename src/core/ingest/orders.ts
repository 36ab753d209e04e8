/**
 * The Orders sheet (订单记录) read as typed orders. A row is an order, or an item line of one where
 * the export has 主订单编号 / 子订单编号; readOrders gives one order per 主订单 (sales count each
 * once), readOrderRows every row as it is.
 */
import type { WorkbookPort } from '../../ports';
import type { TransactionType } from '../sheets/records';
import { type LoadedTable, type ReadOptions, readRows } from '../sheets/rows';

export interface Order {
  /** 1-based sheet row (the first row of its 主订单). */
  row: number;
  /** The 主订单's number: 主订单编号 where the sheet has it, else 订单编号. */
  orderId: string;
  buyer: string;
  /** 1688 exports name the buying company; a company buyer is a wholesale order unless typed otherwise. */
  buyerCompany: string;
  /** 买家实际支付金额: what the buyer paid (never 买家应付货款, the goods before postage and discounts). */
  paidAmount: number | null;
  status: string;
  /** Wall-clock 'YYYY-MM-DD HH:MM:SS' in the spreadsheet's zone; null when blank. */
  createdAt: string | null;
  /** Null while the order is unpaid (or was closed before payment). */
  paidAt: string | null;
  address: string;
  title: string;
  quantity: number | null;
  refund: number | null;
  transactionType: TransactionType | null;
  note: string;
  /** 订单关闭原因 as exported ('' when blank). */
  closeReason: string;
  /** 店铺名称 ('' when the export has none). */
  shop: string;
}

/** One row of the sheet: an order, or one item line of a 主订单. */
export interface OrderRow extends Order {
  /** 订单编号 as the row holds it ('' when the export had 主订单编号 only, then orderId is that). */
  rowOrderId: string;
  mainOrderId: string;
  /** 子订单编号: set on item lines, whose amounts are the line's own. */
  lineId: string;
  goodsDue: number | null;
  postage: number | null;
  orderTotal: number | null;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const orNull = <T>(v: unknown) => (v === undefined || v === null || v === '' ? null : (v as T));

export function readOrderRows(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<OrderRow> {
  const table = readRows(wb, 'orders', options);
  const records = table.records.map((v): OrderRow => {
    const rowOrderId = text(v.orderId).trim();
    const mainOrderId = text(v.mainOrderId).trim();
    return {
      row: v.row as number,
      orderId: mainOrderId || rowOrderId,
      rowOrderId,
      mainOrderId,
      lineId: text(v.lineId).trim(),
      buyer: text(v.buyer).trim(),
      buyerCompany: text(v.buyerCompany),
      paidAmount: num(v.paidAmount),
      status: text(v.status),
      createdAt: orNull(v.createdAt),
      paidAt: orNull(v.paidAt),
      address: text(v.address),
      title: text(v.title),
      quantity: num(v.quantity),
      refund: num(v.refund),
      transactionType: orNull(v.transactionType),
      note: text(v.note),
      closeReason: text(v.closeReason).trim(),
      shop: text(v.shop).trim(),
      goodsDue: num(v.goodsDue),
      postage: num(v.postage),
      orderTotal: num(v.orderTotal),
    };
  });
  return { ...table, records };
}

/** The sheet's orders, one per 主订单 (rows of one 主订单 merged by mergeOrderRows). */
export function readOrders(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<Order> {
  const table = readOrderRows(wb, options);
  return { ...table, records: ordersOf(table.records) };
}

/** Rows grouped by 主订单, in the order each 主订单 first appears. */
export function ordersOf(rows: readonly OrderRow[]): Order[] {
  const groups = new Map<string, OrderRow[]>();
  for (const row of rows) {
    // A row without any number is an order of its own.
    const key = row.orderId === '' ? `\u0000row ${row.row}` : row.orderId;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map(mergeOrderRows);
}

const sum = (values: readonly (number | null)[]): number | null =>
  values.every((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
const largest = (values: readonly (number | null)[]): number | null =>
  values.every((v) => v === null) ? null : Math.max(...values.map((v) => v ?? 0));
const earliest = (values: readonly (string | null)[]): string | null =>
  values.reduce<string | null>((e, v) => (v !== null && (e === null || v < e) ? v : e), null);
const firstFilled = (values: readonly string[]): string => values.find((v) => v.trim() !== '') ?? '';

/**
 * One order from its rows. Item lines (子订单编号 filled) carry their own amounts, which add up; rows
 * without one repeat the order's amounts (an order report lists a multi-item order once per item),
 * which count once.
 */
export function mergeOrderRows(rows: readonly OrderRow[]): Order {
  const first = rows[0]!;
  if (rows.length === 1) return toOrder(first);
  const lines = rows.some((r) => r.lineId !== '');
  const add = lines ? sum : largest;
  const biggest = rows.reduce((b, r) => ((r.paidAmount ?? 0) > (b.paidAmount ?? 0) ? r : b));
  return {
    ...toOrder(first),
    buyer: firstFilled(rows.map((r) => r.buyer)),
    buyerCompany: firstFilled(rows.map((r) => r.buyerCompany)),
    paidAmount: add(rows.map((r) => r.paidAmount)),
    refund: add(rows.map((r) => r.refund)),
    quantity: add(rows.map((r) => r.quantity)),
    createdAt: earliest(rows.map((r) => r.createdAt)),
    paidAt: earliest(rows.map((r) => r.paidAt)),
    address: firstFilled(rows.map((r) => r.address)),
    title: biggest.title.trim() !== '' ? biggest.title : firstFilled(rows.map((r) => r.title)),
    closeReason: firstFilled(rows.map((r) => r.closeReason)),
    shop: firstFilled(rows.map((r) => r.shop)),
  };
}

function toOrder(row: OrderRow): Order {
  return {
    row: row.row,
    orderId: row.orderId,
    buyer: row.buyer,
    buyerCompany: row.buyerCompany,
    paidAmount: row.paidAmount,
    status: row.status,
    createdAt: row.createdAt,
    paidAt: row.paidAt,
    address: row.address,
    title: row.title,
    quantity: row.quantity,
    refund: row.refund,
    transactionType: row.transactionType,
    note: row.note,
    closeReason: row.closeReason,
    shop: row.shop,
  };
}

/** An order counts as paid once it has a payment time (a later refund does not unpay it). */
export const isPaid = (order: Order): order is Order & { paidAt: string } => order.paidAt !== null;

/** The order's transaction type: as typed, else wholesale for a company buyer (1688), else retail. */
export function orderTransactionType(order: Order): TransactionType {
  if (order.transactionType !== null) return order.transactionType;
  return order.buyerCompany.trim() !== '' ? 'wholesale' : 'retail';
}
