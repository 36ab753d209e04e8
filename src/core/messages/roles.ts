/** Sentences of product roles (seed 002: 引流款, 活动款, 利润款, 渠道款; issue 23 item 2). */
import type { Entries } from './catalogue';

export const roleMessages = {
  'roles.basis.noOrders': {
    zh: '近 {days} 天没有成交，不建议角色',
    en: 'no sale in the last {days} days; no role suggested',
  },
  'roles.basis.tooFew': {
    zh: '近 {days} 天只有 {orders} 笔订单，少于 {minimum} 笔，不建议角色',
    en: '{orders} orders in the last {days} days, fewer than {minimum}; no role suggested',
  },
  'roles.basis.channel': {
    zh: '近 {days} 天 {orders} 笔订单中批发/分销 {trade} 笔（{share}，不低于 {min}）→ 渠道款',
    en: '{trade} of {orders} orders in the last {days} days from wholesalers or distributors ({share}, at least {min}) → channel',
  },
  'roles.basis.promotion': {
    zh: '近 {days} 天 {orders} 笔订单中 {discounted} 笔比标价低 {discount} 以上成交（{share}，不低于 {min}）→ 活动款',
    en: '{discounted} of {orders} orders in the last {days} days paid {discount} or more below the list price ({share}, at least {min}) → promotion',
  },
  'roles.basis.traffic': {
    zh: '近 {days} 天 {orders} 笔订单：价格为目录中位价的 {ratio} 倍（不高于 {low}，低价带），订单占比 {orderShare}（不低于 {min}）高于销售额占比 {salesShare} → 引流款',
    en: '{orders} orders in the last {days} days: price {ratio} × the catalogue median (at most {low}: low band), {orderShare} of orders (at least {min}) above its {salesShare} of sales → traffic',
  },
  'roles.basis.profit': {
    zh: '近 {days} 天 {orders} 笔订单：价格为目录中位价的 {ratio} 倍（高于 {low}，不在低价带），销售额占比 {salesShare}（不低于 {min}）不低于订单占比 {orderShare} → 利润款',
    en: '{orders} orders in the last {days} days: price {ratio} × the catalogue median (above {low}: not the low band), {salesShare} of sales (at least {min}) not below its {orderShare} of orders → profit',
  },
  'roles.basis.none': {
    zh: '近 {days} 天 {orders} 笔订单：订单占比 {orderShare}、销售额占比 {salesShare}、价格为目录中位价的 {ratio} 倍，不符合任何角色规则',
    en: '{orders} orders in the last {days} days: {orderShare} of orders, {salesShare} of sales, price {ratio} × the catalogue median; no role rule holds',
  },
  'roles.basis.typed': {
    zh: '{basis}；已填角色「{typed}」为准',
    en: '{basis}; the typed role "{typed}" is used',
  },
  'roles.report': {
    zh: '商品角色：{items} 个商品，建议 {suggested} 个，已填 {typed} 个',
    en: 'Product roles: {items} items, {suggested} suggested, {typed} typed',
  },
} satisfies Entries;
