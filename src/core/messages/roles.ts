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
  'roles.section': { zh: '商品角色', en: 'Product roles' },
  'roles.note': {
    zh: '每个商品按角色评判：已填“角色”的以填写为准，否则按截至本月末近 {days} 天订单算出的建议角色（规则见 templates/product-roles.json）。引流款看询单与转化，活动款看低于标价 {discount} 以上成交的销售额（没有活动日历，以此代表活动期间），利润款看销售额与客单价，渠道款看批发/分销订单与返单。',
    en: 'Each item is judged by its role: the role typed in the Products sheet, else the role suggested from the orders of the {days} days to the month’s end (rules in templates/product-roles.json). Traffic items by inquiries and conversion; promotion items by sales paid {discount} or more below list price (there is no activity calendar, so this stands for sales in activities); profit items by sales and average order value; channel items by wholesalers’ and distributors’ orders and re-orders.',
  },
  'roles.item': { zh: '商品', en: 'Item' },
  'roles.source': { zh: '角色来源', en: 'Role from' },
  'roles.typed': { zh: '已填', en: 'typed' },
  'roles.suggested': { zh: '建议', en: 'suggested' },
  'roles.none': { zh: '本月没有这一角色的商品。', en: 'No item in this role.' },
  'roles.inquiries': { zh: '询单', en: 'Inquiries' },
  'roles.converted': { zh: '成交询单', en: 'Converted' },
  'roles.conversion': { zh: '询单转化率', en: 'Conversion' },
  'roles.previousConversion': { zh: '上月转化率', en: 'Previous conversion' },
  'roles.orders': { zh: '订单', en: 'Orders' },
  'roles.previousOrders': { zh: '上月订单', en: 'Previous orders' },
  'roles.sales': { zh: '销售额', en: 'Sales' },
  'roles.previousSales': { zh: '上月销售额', en: 'Previous sales' },
  'roles.aov': { zh: '客单价', en: 'Average order value' },
  'roles.previousAov': { zh: '上月客单价', en: 'Previous average order value' },
  'roles.discountedSales': { zh: '活动价销售额', en: 'Sales below list' },
  'roles.discountedShare': { zh: '活动价占比', en: 'Share below list' },
  'roles.previousDiscountedSales': { zh: '上月活动价销售额', en: 'Previous sales below list' },
  'roles.tradeOrders': { zh: '批发/分销订单', en: 'Trade orders' },
  'roles.tradeReorders': { zh: '其中返单', en: 'Of them re-orders' },
  'roles.previousTradeOrders': { zh: '上月批发/分销订单', en: 'Previous trade orders' },
  'roles.previousTradeReorders': { zh: '上月返单', en: 'Previous re-orders' },
  'roles.unassigned': {
    zh: '未定角色（未填写，也没有建议）：{items}',
    en: 'No role (none typed, none suggested): {items}',
  },
  'roles.zeroSale': { zh: '本月零销量的商品（{count} 个）', en: 'Items with no sale this month ({count})' },
  'roles.role': { zh: '角色', en: 'Role' },
  'roles.noRole': { zh: '未定', en: 'none' },
  'roles.zeroSaleNone': { zh: '目录中的商品本月都有成交。', en: 'Every catalogue item sold this month.' },
  'roles.tested.conversion': { zh: '转化率变化', en: 'Conversion change' },
  'roles.tested.sales': { zh: '销售额变化', en: 'Sales change' },
  'roles.tested.discountedSales': { zh: '活动价销售额变化', en: 'Change in sales below list' },
  'roles.tested.tradeReorders': { zh: '返单变化', en: 'Re-order change' },
  'roles.p': { zh: 'p 值', en: 'p' },
  'roles.finding.conversion': {
    zh: '引流款「{category}」的询单转化率',
    en: 'Traffic item “{category}”: inquiry conversion',
  },
  'roles.finding.sales': { zh: '利润款「{category}」的销售额', en: 'Profit item “{category}”: sales' },
  'roles.finding.discountedSales': {
    zh: '活动款「{category}」的活动价销售额',
    en: 'Promotion item “{category}”: sales below list',
  },
  'roles.finding.reorders': {
    zh: '渠道款「{category}」的返单 {from} → {to} 单，{direction}',
    en: 'Channel item “{category}”: re-orders {from} → {to}, {direction}',
  },
  'roles.method': {
    zh: '注 {findings}：商品角色一节按各商品的角色检验一个数（引流款看转化率，利润款看销售额，活动款看活动价销售额，渠道款看返单数：每笔返单计 1，用同样的随机分配检验，即两期计数的精确条件泊松检验），一节中的各商品一起经 Holm 校正。',
    en: 'Note on {findings}: the product-roles section tests one number per item by its role (traffic: conversion; profit: sales; promotion: sales below list; channel: re-orders, each counted as one in the same dealing test, which is the exact conditional test of two Poisson counts), Holm-corrected across the section’s items.',
  },
} satisfies Entries;
