/**
 * The Order lines sheet (订单明细), filled from the item report (宝贝报表): one row per item of an
 * order. Hot and slow items are counted from these lines, so a two-item order counts for both
 * items, not only for the order's title.
 */
import type { WorkbookPort } from '../../ports';
import { type LoadedTable, type ReadOptions, readRows } from '../sheets/rows';

export interface OrderLine {
  /** 1-based sheet row. */
  row: number;
  /** 订单编号, trimmed: the order (主订单) the line belongs to. */
  orderId: string;
  title: string;
  /** 价格: the item's unit price as listed (not what the buyer paid for it). */
  price: number | null;
  quantity: number | null;
  /** 商家编码 ('' when blank). */
  sku: string;
  /** 商品属性 (colour, size …; '' when blank). */
  properties: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const num = (v: unknown) => (typeof v === 'number' ? v : null);

export function readOrderLines(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<OrderLine> {
  const table = readRows(wb, 'orderLines', options);
  const records = table.records.map(
    (v): OrderLine => ({
      row: v.row as number,
      orderId: text(v.orderId),
      title: text(v.title),
      price: num(v.price),
      quantity: num(v.quantity),
      sku: text(v.sku),
      properties: text(v.properties),
    }),
  );
  return { ...table, records };
}

/**
 * The key an order number is compared by (full-width digits, stray spaces undone), the same on
 * both sheets, so a line finds its order whichever export wrote it.
 */
export const orderKey = (orderId: string): string => orderId.normalize('NFKC').trim();

/** The lines of each order, by orderKey. */
export function linesByOrder(lines: readonly OrderLine[]): Map<string, OrderLine[]> {
  const map = new Map<string, OrderLine[]>();
  for (const line of lines) {
    const key = orderKey(line.orderId);
    if (key === '') continue;
    const list = map.get(key);
    if (list) list.push(line);
    else map.set(key, [line]);
  }
  return map;
}

/**
 * Each line's share of what the buyer paid for the order: by price × quantity, equal shares where
 * no line has a price. The shares add up to the order's paid amount, so items sum to store sales.
 */
export function lineShares(lines: readonly OrderLine[], paid: number): number[] {
  const weights = lines.map((l) => (l.price ?? 0) * (l.quantity ?? 1));
  const total = weights.reduce((s, w) => s + w, 0);
  if (total <= 0) return lines.map(() => paid / lines.length);
  return weights.map((w) => (paid * w) / total);
}
