/**
 * The demo's item report (宝贝报表, the layout of test/fixtures/exports/item-report.csv) for its
 * order report: one line per item, 商家编码 from the catalogue, and every seventh order with an
 * add-on line, so hot and slow items are counted per item. The catalogue (商品清单) lists every
 * item sold plus one nobody bought, which the rankings then show at 0.
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
  const price = new Map<string, number>();
  const lines: string[][] = [];
  rows.forEach((r, i) => {
    const qty = Math.max(1, Number(r[quantity]) || 1);
    const unit = Math.round((Number(r[paid]) / qty) * 100) / 100;
    if (!price.has(r[title]!)) price.set(r[title]!, unit);
    lines.push([r[id]!, r[title]!, unit.toFixed(2), String(qty), '', '', '', '', r[status]!, sku(r[title]!)]);
    // An add-on: the next catalogue item, at its own price, on the same order.
    if (i % 7 === 6) {
      const extra = titles[(titles.indexOf(r[title]!) + 1) % titles.length]!;
      lines.push([
        r[id]!,
        extra,
        (price.get(extra) ?? unit).toFixed(2),
        '1',
        '',
        '',
        '',
        '',
        r[status]!,
        sku(extra),
      ]);
    }
  });
  const unsold = UNSOLD[lang];
  const catalogue = [
    ...titles.map((name) => [name, sku(name), price.get(name) ?? 0]),
    [unsold, `SP-${String(titles.length + 1).padStart(3, '0')}`, 59],
  ];
  return { lines: [ITEM_REPORT_HEADER, ...lines], catalogue, unsold };
}
