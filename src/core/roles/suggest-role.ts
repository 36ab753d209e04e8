/**
 * 建议角色: the role a catalogue item's orders suggest (seed 002: 引流款 traffic, 活动款 promotion,
 * 利润款 profit, 渠道款 channel), by the first rule of templates/product-roles.json that holds over
 * the window's paid orders. A role the team typed always wins (effectiveRole); the suggestion and
 * its numbers stay beside it so the two can be compared.
 */
import { type Message, message } from '../messages/catalogue';
import { PRODUCT_ROLES, type Product, type ProductRole } from '../sheets/products';
import { shiftDays } from '../time/date-time';
import type { ItemSale } from './item-sales';
import type { RoleRules } from './role-rules';

export { PRODUCT_ROLES, type ProductRole };

/** The days whose paid orders a suggestion reads: `days` days up to `end`, inclusive. */
export interface RoleWindow {
  start: string;
  end: string;
  days: number;
}

export function roleWindow(end: string, days: number): RoleWindow {
  return { start: shiftDays(`${end} 00:00:00`, 1 - days).slice(0, 10), end, days };
}

/** One catalogue item's orders in the window, as the rules read them. */
export interface ItemStats {
  item: string;
  orders: number;
  sales: number;
  tradeOrders: number;
  /** Orders paid at least the rules' discount below their list value. */
  discountedOrders: number;
  /** Of the shop's paid orders and sales in the window; null when the window has none. */
  orderShare: number | null;
  salesShare: number | null;
  /** The item's catalogue price ÷ the catalogue's median price; null without a price. */
  priceRatio: number | null;
}

export type RoleRule = ProductRole | 'noOrders' | 'tooFew' | 'none';

export interface RoleSuggestion extends ItemStats {
  role: ProductRole | null;
  /** Which rule decided: a role, or why there is none. */
  rule: RoleRule;
}

/** One suggestion per catalogue item (each name once, in the catalogue's order). */
export function suggestRoles(
  products: readonly Product[],
  sales: readonly ItemSale[],
  window: RoleWindow,
  rules: RoleRules,
): RoleSuggestion[] {
  const inWindow = sales.filter((s) => s.day >= window.start && s.day <= window.end);
  const shopOrders = new Set(inWindow.map((s) => s.orderId)).size;
  const shopSales = inWindow.reduce((sum, s) => sum + s.sales, 0);
  const median = medianPrice(products);
  const byItem = new Map<string, ItemSale[]>();
  for (const s of inWindow) byItem.set(s.item, [...(byItem.get(s.item) ?? []), s]);
  const seen = new Set<string>();
  const out: RoleSuggestion[] = [];
  for (const p of products) {
    if (p.product === '' || seen.has(p.product)) continue;
    seen.add(p.product);
    const mine = byItem.get(p.product) ?? [];
    const orders = new Set(mine.map((s) => s.orderId)).size;
    const itemSales = mine.reduce((sum, s) => sum + s.sales, 0);
    const stats: ItemStats = {
      item: p.product,
      orders,
      sales: itemSales,
      tradeOrders: new Set(mine.filter((s) => s.trade).map((s) => s.orderId)).size,
      discountedOrders: new Set(mine.filter((s) => s.discounted === true).map((s) => s.orderId)).size,
      orderShare: shopOrders > 0 ? orders / shopOrders : null,
      salesShare: shopSales > 0 ? itemSales / shopSales : null,
      priceRatio: p.price !== null && p.price > 0 && median !== null ? p.price / median : null,
    };
    const rule = ruleOf(stats, rules);
    out.push({
      ...stats,
      rule,
      role: (PRODUCT_ROLES as readonly string[]).includes(rule) ? (rule as ProductRole) : null,
    });
  }
  return out;
}

/** The first rule that holds, in the order channel, promotion, traffic, profit (docs/seeds-loop.md). */
function ruleOf(s: ItemStats, rules: RoleRules): RoleRule {
  if (s.orders === 0) return 'noOrders';
  if (s.orders < rules.minimumOrders) return 'tooFew';
  const orderShare = s.orderShare ?? 0;
  const salesShare = s.salesShare ?? 0;
  if (s.tradeOrders / s.orders >= rules.channel.tradeShare) return 'channel';
  if (s.discountedOrders / s.orders >= rules.promotion.discountedShare) return 'promotion';
  const low = s.priceRatio !== null && s.priceRatio <= rules.priceBand.low;
  if (low && orderShare >= rules.traffic.orderShare && orderShare > salesShare) return 'traffic';
  if (!low && salesShare >= rules.profit.salesShare && salesShare >= orderShare) return 'profit';
  return 'none';
}

/** The median of the catalogue's prices (each item once); null with none. */
function medianPrice(products: readonly Product[]): number | null {
  const byItem = new Map<string, number>();
  for (const p of products)
    if (p.price !== null && p.price > 0 && !byItem.has(p.product)) byItem.set(p.product, p.price);
  const prices = [...byItem.values()].sort((a, b) => a - b);
  if (prices.length === 0) return null;
  const mid = Math.floor(prices.length / 2);
  return prices.length % 2 === 1 ? prices[mid]! : (prices[mid - 1]! + prices[mid]!) / 2;
}

/** The role an item plays: the one typed in 角色, else the suggested one. */
export function effectiveRole(typed: ProductRole | null, suggested: ProductRole | null): ProductRole | null {
  return typed ?? suggested;
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const ratio = (x: number | null) => (x === null ? '—' : (Math.round(x * 100) / 100).toString());

/** 角色依据: the numbers and the rule behind a suggestion, as one sentence. */
export function roleBasis(s: RoleSuggestion, window: RoleWindow, rules: RoleRules): Message {
  const figures = {
    days: window.days,
    orders: s.orders,
    orderShare: pct(s.orderShare),
    salesShare: pct(s.salesShare),
    minimum: rules.minimumOrders,
  };
  switch (s.rule) {
    case 'noOrders':
      return message('roles.basis.noOrders', { days: window.days });
    case 'tooFew':
      return message('roles.basis.tooFew', figures);
    case 'channel':
      return message('roles.basis.channel', {
        ...figures,
        trade: s.tradeOrders,
        share: pct(s.tradeOrders / s.orders),
        min: pct(rules.channel.tradeShare),
      });
    case 'promotion':
      return message('roles.basis.promotion', {
        ...figures,
        discounted: s.discountedOrders,
        discount: pct(rules.promotion.discount),
        share: pct(s.discountedOrders / s.orders),
        min: pct(rules.promotion.discountedShare),
      });
    case 'traffic':
      return message('roles.basis.traffic', {
        ...figures,
        ratio: ratio(s.priceRatio),
        low: ratio(rules.priceBand.low),
        min: pct(rules.traffic.orderShare),
      });
    case 'profit':
      return message('roles.basis.profit', {
        ...figures,
        ratio: ratio(s.priceRatio),
        low: ratio(rules.priceBand.low),
        min: pct(rules.profit.salesShare),
      });
    case 'none':
      return message('roles.basis.none', { ...figures, ratio: ratio(s.priceRatio) });
  }
}
