/**
 * The Order lines sheet (订单明细), filled from the item report (宝贝报表): one row per item of an
 * order. Hot and slow items are counted from these lines, so a two-item order counts for both
 * items, not only for the order's title.
 */
import type { WorkbookPort } from '../../ports';
import { type LoadedTable, type ReadOptions, readRows } from '../sheets/rows';
import type { OrderRow } from './orders';

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
 * The items of each order (by the 主订单's orderKey), for counting items per item: the item report's
 * lines, a line keyed by a 子订单 number counting for its 主订单 (as the Orders sheet's rows pair
 * them); an order the report has no line of, its own rows in the Orders sheet when it has several
 * (an order report lists a multi-item order once per item). A row with 子订单编号 carries its own
 * amount, so it weighs by it; rows that repeat the order's amount share it equally.
 */
export function itemLinesByOrder(
  reportLines: readonly OrderLine[],
  orderRows: readonly OrderRow[] = [],
): Map<string, OrderLine[]> {
  const mainOf = new Map<string, string>();
  const rowsOf = new Map<string, OrderRow[]>();
  for (const row of orderRows) {
    const main = orderKey(row.orderId);
    if (main === '') continue;
    const own = orderKey(row.rowOrderId);
    if (own !== '' && own !== main) mainOf.set(own, main);
    const list = rowsOf.get(main);
    if (list) list.push(row);
    else rowsOf.set(main, [row]);
  }
  const byOrder = new Map<string, OrderLine[]>();
  for (const [key, lines] of linesByOrder(reportLines)) {
    const main = mainOf.get(key) ?? key;
    const list = byOrder.get(main);
    if (list) list.push(...lines);
    else byOrder.set(main, [...lines]);
  }
  for (const [main, rows] of rowsOf) {
    if (rows.length < 2 || byOrder.has(main)) continue;
    byOrder.set(
      main,
      rows.map((r) => ({
        row: r.row,
        orderId: r.orderId,
        title: r.title.trim(),
        price: r.lineId === '' ? null : r.paidAmount,
        quantity: r.lineId === '' ? null : 1,
        sku: '',
        properties: '',
      })),
    );
  }
  return byOrder;
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
