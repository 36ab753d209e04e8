/** The Products sheet (商品清单) read as the shop's catalogue: what rankings list even when nothing sold. */
import type { WorkbookPort } from '../../ports';
import { type LoadedTable, type ReadOptions, readRows } from './rows';
import { normalizeLabel } from './template';

/** The 角色 a catalogue item can have (the Products sheet's productRole choices; seed 002). */
export const PRODUCT_ROLES = ['traffic', 'promotion', 'profit', 'channel'] as const;
export type ProductRole = (typeof PRODUCT_ROLES)[number];

export interface Product {
  /** 1-based sheet row. */
  row: number;
  product: string;
  /** 商家编码 as written ('' when blank). */
  sku: string;
  price: number | null;
  /** 角色 as typed by the team (a stray value is a problem and reads as blank); null when blank. */
  role: ProductRole | null;
  /** 建议角色 as Spiral last wrote it; null when blank. */
  suggestedRole: ProductRole | null;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function readProducts(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<Product> {
  const table = readRows(wb, 'products', options);
  const records = table.records.map(
    (v): Product => ({
      row: v.row as number,
      product: text(v.product),
      sku: text(v.sku),
      price: typeof v.price === 'number' ? v.price : null,
      role: (v.role as ProductRole | null | undefined) ?? null,
      suggestedRole: (v.suggestedRole as ProductRole | null | undefined) ?? null,
    }),
  );
  return { ...table, records };
}

/**
 * The catalogue's name for an order line: by 商家编码 when the line has one the catalogue knows,
 * else by title (compared loosely), else the title as sold.
 */
export function productNameOf(
  products: readonly Product[],
): (line: { sku?: string; title: string }) => string {
  const bySku = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const p of products) {
    if (p.sku !== '' && !bySku.has(p.sku)) bySku.set(p.sku, p.product);
    const title = normalizeLabel(p.product);
    if (!byTitle.has(title)) byTitle.set(title, p.product);
  }
  return (line) =>
    (line.sku ? bySku.get(line.sku.trim()) : undefined) ??
    byTitle.get(normalizeLabel(line.title)) ??
    line.title.trim();
}
