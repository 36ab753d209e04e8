/** The Orders sheet (订单记录) read as typed orders: one row per order number. */
import type { WorkbookPort } from '../../ports';
import type { TransactionType } from '../records';
import { type LoadedTable, type ReadOptions, readRows } from '../rows';

export interface Order {
  /** 1-based sheet row. */
  row: number;
  orderId: string;
  buyer: string;
  /** 1688 exports name the buying company; a company buyer is a wholesale order unless typed otherwise. */
  buyerCompany: string;
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
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const orNull = <T>(v: unknown) => (v === undefined || v === null || v === '' ? null : (v as T));

export function readOrders(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<Order> {
  const table = readRows(wb, 'orders', options);
  const records = table.records.map(
    (v): Order => ({
      row: v.row as number,
      orderId: text(v.orderId).trim(),
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
    }),
  );
  return { ...table, records };
}

/** An order counts as paid once it has a payment time (a later refund does not unpay it). */
export const isPaid = (order: Order): order is Order & { paidAt: string } => order.paidAt !== null;

/** The order's transaction type: as typed, else wholesale for a company buyer (1688), else retail. */
export function orderTransactionType(order: Order): TransactionType {
  if (order.transactionType !== null) return order.transactionType;
  return order.buyerCompany.trim() !== '' ? 'wholesale' : 'retail';
}
