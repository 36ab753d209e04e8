/**
 * The demo's item report (宝贝报表, the layout of test/fixtures/exports/item-report.csv) for its
 * order report: one line per item, 商家编码 from the catalogue, and every seventh order large enough
 * to hold one with an add-on line, so hot and slow items are counted per item. The lines of an order
 * add up to what the buyer paid (the add-on at its list price, the rest on the main item), so no item
 * looks sold below its price because of the add-on. The catalogue (商品清单) lists every item sold,
 * at the median unit price of its orders (its list price: discounts only lower a unit price), plus
 * one nobody bought, which the rankings then show at 0.
 */

export const ITEM_REPORT_HEADER = [
  '订单编号',
  '标题',
  '价格',
  '购买数量',
  '外部系统编号',
  '商品属性',
  '套餐信息',
  '备注',
  '订单状态',
  '商家编码',
];
export const CATALOGUE_HEADER = ['商品', '商家编码', '价格'];

/** A product of the catalogue no demo buyer buys (its name in the demo's language). */
const UNSOLD = { zh: '竹纤维凉席', en: 'Bamboo-fibre summer mat' } as const;

export interface DemoItemReport {
  lines: string[][];
  catalogue: (string | number)[][];
  /** The catalogue's item nobody bought. */
  unsold: string;
}

/** Lines and catalogue from the order report's rows (header first: 订单编号 … 宝贝标题, 宝贝总数量). */
export function demoItemReport(orders: readonly string[][], lang: 'zh' | 'en'): DemoItemReport {
  const [header, ...rows] = orders;
  const col = (label: string) => header!.indexOf(label);
  const [id, paid, status, title, quantity] = [
    col('订单编号'),
    col('买家实际支付金额'),
    col('订单状态'),
    col('宝贝标题'),
    col('宝贝总数量'),
  ];
  const titles = [...new Set(rows.map((r) => r[title]!))].sort();
  const sku = (name: string) => `SP-${String(titles.indexOf(name) + 1).padStart(3, '0')}`;
  const unitOf = (r: readonly string[]) => {
    const qty = Math.max(1, Number(r[quantity]) || 1);
    return { qty, unit: Math.round((Number(r[paid]) / qty) * 100) / 100 };
  };
  const price = listPrices(rows.map((r) => [r[title]!, unitOf(r).unit] as const));
  const lines: string[][] = [];
  const line = (r: readonly string[], item: string, unit: number, qty: number) =>
    lines.push([r[id]!, item, unit.toFixed(2), String(qty), '', '', '', '', r[status]!, sku(item)]);
  rows.forEach((r, i) => {
    const { qty, unit } = unitOf(r);
    // An add-on: the next catalogue item, at its own price, on the same order — only where what the
    // buyer paid still holds the main item at no less than 90 % of its price beside it.
    const extra = titles[(titles.indexOf(r[title]!) + 1) % titles.length]!;
    const rest = Math.round(((Number(r[paid]) - price.get(extra)!) / qty) * 100) / 100;
    if (i % 7 === 6 && rest >= 0.9 * price.get(r[title]!)!) {
      line(r, r[title]!, rest, qty);
      line(r, extra, price.get(extra)!, 1);
    } else {
      line(r, r[title]!, unit, qty);
    }
  });
  const unsold = UNSOLD[lang];
  const catalogue = [
    ...titles.map((name) => [name, sku(name), price.get(name)!]),
    [unsold, `SP-${String(titles.length + 1).padStart(3, '0')}`, 59],
  ];
  return { lines: [ITEM_REPORT_HEADER, ...lines], catalogue, unsold };
}

/** Each title's median unit price over its orders. */
function listPrices(units: readonly (readonly [string, number])[]): Map<string, number> {
  const byTitle = new Map<string, number[]>();
  for (const [name, unit] of units) byTitle.set(name, [...(byTitle.get(name) ?? []), unit]);
  return new Map(
    [...byTitle].map(([name, all]) => {
      const sorted = [...all].sort((a, b) => a - b);
      return [name, sorted[Math.floor((sorted.length - 1) / 2)]!];
    }),
  );
}
