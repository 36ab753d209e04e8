/**
 * A small catalogue and its orders, worked by hand (issue 23 item 2). Catalogue prices 10, 30, 50,
 * 60, 150, 300, 800: median 60. Window of 90 days to the newest payment (2026-11-30): 2026-09-02 to
 * 2026-11-30, so the August order is out.
 *
 * In the window: 39 paid orders, sales 5,150.
 *   袜子   15 orders (10 in Nov + 1 on a 四件套 order + 4 in Oct), sales 150: 38 % of orders, 3 % of
 *          sales, price 10/60 = 0.17 ≤ 0.7 (low band) → 引流款.
 *   毛巾   5 orders paid 20 against a list price of 30 (20 < 30 × 0.85): 5/5 discounted → 活动款.
 *   四件套 7 orders (5 Nov, one of them 310 = 300 + a 10 袜子 line; 2 Oct), sales 2,100: 41 % of
 *          sales ≥ 10 % and ≥ its 18 % of orders, price 5 × median → 利润款.
 *   夏凉被 6 orders, 5 typed 批发 (83 % ≥ 50 %) → 渠道款.
 *   枕头   5 orders, sales 300: 6 % of sales < 10 %, price 1 × median → no rule (typed 利润款 wins).
 *   抱枕   no order → none (its typed 爆款 is not a role: a problem, read as blank).
 *   床垫   2 orders in the window (< 5) → none.
 */
import type { Cell } from '../../../src/ports';

export const PRODUCTS: Cell[][] = [
  ['袜子', 'WZ', 10, ''],
  ['毛巾', 'MJ', 30, ''],
  ['四件套', 'SJT', 300, ''],
  ['夏凉被', 'XLB', 150, ''],
  ['枕头', 'ZT', 60, '利润款'],
  ['抱枕', 'BZ', 50, '爆款'],
  ['床垫', 'CD', 800, ''],
];
export const PRODUCT_HEADER = ['商品', '商家编码', '价格', '角色'];

/** 订单编号, 买家会员名, 订单付款时间, 买家实际支付金额, 宝贝标题, 交易类型. */
export const ORDER_HEADER = [
  '订单编号',
  '买家会员名',
  '订单付款时间',
  '买家实际支付金额',
  '宝贝标题',
  '交易类型',
];
const nov = (day: number) => `2026-11-${String(day).padStart(2, '0')} 10:00:00`;
const oct = (day: number) => `2026-10-${String(day).padStart(2, '0')} 10:00:00`;

export const ORDERS: Cell[][] = [
  ...Array.from({ length: 10 }, (_, i) => [`n${i + 1}`, `a${i + 1}`, nov(i + 1), 10, '袜子', '']),
  ...Array.from({ length: 5 }, (_, i) => [`n${i + 11}`, `b${i + 1}`, nov(i + 11), 20, '毛巾', '']),
  ['n16', 'c1', nov(16), 310, '四件套', ''],
  ...Array.from({ length: 4 }, (_, i) => [`n${i + 17}`, `c${i + 2}`, nov(i + 17), 300, '四件套', '']),
  ...Array.from({ length: 4 }, (_, i) => [`n${i + 21}`, `d${i + 1}`, nov(i + 21), 150, '夏凉被', '批发']),
  ['n25', 'd5', nov(25), 150, '夏凉被', ''],
  ...Array.from({ length: 5 }, (_, i) => [`n${i + 26}`, `e${i + 1}`, nov(26 + (i % 5)), 60, '枕头', '']),
  ['n31', 'g1', nov(28), 800, '床垫', ''],
  ['n32', 'g2', nov(30), 800, '床垫', ''],
  ['o1', 'c6', oct(5), 300, '四件套', ''],
  ['o2', 'c7', oct(6), 300, '四件套', ''],
  ...Array.from({ length: 4 }, (_, i) => [`o${i + 3}`, `a${i + 11}`, oct(i + 10), 10, '袜子', '']),
  ['o7', 'd1', oct(20), 150, '夏凉被', '批发'],
  ['g0', 'g0', '2026-08-15 10:00:00', 800, '床垫', ''],
];

/** The item report's lines of n16: the 四件套 and a 袜子 added to it. */
export const LINE_HEADER = ['订单编号', '标题', '价格', '购买数量'];
export const LINES: Cell[][] = [
  ['n16', '四件套', 300, 1],
  ['n16', '袜子', 10, 1],
];

/** Pre-sale inquiries naming an item (袜子 unless said): 日期, 客服, 客户ID, 阶段, 是否成交, 商品. */
export const ASK_HEADER = ['日期', '客服', '客户ID', '阶段', '是否成交', '商品'];
export const ask = (date: string, i: number, converted: boolean, item = '袜子'): Cell[] => [
  date,
  '小美',
  `q${date}-${i}`,
  '售前',
  converted ? '是' : '否',
  item,
];

/** `n` inquiries on `date`, the first `converted` of them converted. */
export const asks = (date: string, n: number, converted: number, item = '袜子'): Cell[][] =>
  Array.from({ length: n }, (_, i) => ask(date, i, i < converted, item));
