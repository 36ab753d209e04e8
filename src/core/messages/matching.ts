import type { Entries } from './catalogue';

/** Orders matched to inquiries: what matching reports and the warnings it lists in Problems. */
export const matchingMessages = {
  'matching.help': {
    zh: 'spiral match <book.xlsx> [--now <ISO 时间>]\n  按订单记录填写售前询单空白的是否成交、成交金额、商品、地区和交易类型；填写过的值不改，不符之处列入问题清单。',
    en: 'spiral match <book.xlsx> [--now <ISO time>]\n  Fill the blank converted, amount, product, region and transaction type of pre-sale inquiries from the Orders sheet; typed values are never changed, disagreements go to Problems.',
  },
  'matching.paidButNo': {
    zh: '填写为“否”，但该买家在询单窗口内付款了（订单 {orderIds}）；已保留填写的值',
    en: 'typed "no", but the buyer paid within the inquiry\'s window (order {orderIds}); the typed value is kept',
  },
  'matching.yesButUnpaid': {
    zh: '填写为“是”，但订单记录中该买家在询单窗口内没有付款订单；已保留填写的值',
    en: 'typed "yes", but the Orders sheet holds no order this buyer paid within the inquiry\'s window; the typed value is kept',
  },
  'matching.amount': {
    zh: '填写的金额与订单不符：订单实付合计 {orders}（订单 {orderIds}）；已保留填写的值',
    en: 'the typed amount differs from the orders: paid in total {orders} (order {orderIds}); the typed value is kept',
  },
  'matching.region': {
    zh: '填写的地区与订单收货地址不符：订单为 {orders}（订单 {orderIds}）；已保留填写的值',
    en: 'the typed region differs from the delivery address: {orders} (order {orderIds}); the typed value is kept',
  },
  'matching.transactionType': {
    zh: '填写的交易类型与订单不符：订单为 {orders}（订单 {orderIds}）；已保留填写的值',
    en: 'the typed transaction type differs from the order: {orders} (order {orderIds}); the typed value is kept',
  },
  'matching.maskedBuyers': {
    zh: '{count} 笔付款订单的买家会员名被打码（如 t**1），且与多位询单买家相符，无法确定是谁；这些订单计入全店销售额，不归入任何询单',
    en: '{count} paid order(s) name a masked buyer (such as t**1) that fits several inquiring buyers, so none can be told apart; they count as shop sales and are matched to no inquiry',
  },
  'matching.columnMissing': {
    zh: '缺少此列，{count} 个匹配结果未写入；运行“安装模板”可补上此列',
    en: 'column missing, so {count} matched value(s) were not written; run set-up to add it',
  },
  'matching.summary.perBuyer': { zh: '按买家计', en: 'Per buyer' },
  'matching.summary.buyers': { zh: '询单人数（按买家）', en: 'Inquiring buyers (per buyer)' },
  'matching.summary.paidBuyers': { zh: '成交人数（按买家）', en: 'Paying buyers (per buyer)' },
  'matching.summary.buyerConversionRate': {
    zh: '询单转化率（按买家）',
    en: 'Inquiry conversion (per buyer)',
  },
  'matching.summary.attributedSales': { zh: '询单落实销售额', en: 'Sales from inquiries' },
  'matching.summary.storeSales': { zh: '全店销售额（付款订单）', en: 'Shop sales (paid orders)' },
  'matching.summary.silentSales': { zh: '静默销售额（无询单）', en: 'Silent sales (no inquiry)' },
  'matching.summary.inquiryShareOfSales': { zh: '询单销售占比', en: 'Share of sales from inquiries' },
  'matching.summary.attributedAverageOrderValue': {
    zh: '落实客单价',
    en: 'Sales per paying buyer',
  },
  'matching.summary.agentsPerBuyer': { zh: '客服（按买家计）', en: 'Agents, per buyer' },
  'matching.summary.note': {
    zh: '按买家：同一买家本期多次售前询单只计一人；有任一询单成交即计为成交人数。上表按询单行计数。销售额按付款时间归期；询单落实销售额 = 在询单窗口内付款的订单。',
    en: 'Per buyer: a buyer with several pre-sale inquiries this period counts once, and as paying when any of them converted. The table above counts inquiry rows. Sales fall in the period of payment; from inquiries = orders paid within the inquiry window.',
  },
  'matching.summary.noteNoOrders': {
    zh: '按买家：同一买家本期多次售前询单只计一人；有任一询单成交即计为成交人数。上表按询单行计数。订单记录为空，销售额来自询单记录填写的金额。',
    en: 'Per buyer: a buyer with several pre-sale inquiries this period counts once, and as paying when any of them converted. The table above counts inquiry rows. The Orders sheet is empty, so sales are the amounts typed in the inquiry log.',
  },
  'matching.summary.regionBySales': { zh: '地区（销售额最高）', en: 'Regions (highest sales)' },
  'matching.summary.rankingsFromOrders': {
    zh: '商品和地区排行按全店付款订单（订单记录）计算销售额和订单数，询单数来自询单记录。',
    en: 'Product and region rankings take sales and order counts from every paid order of the shop (Orders); inquiry counts come from the inquiry log.',
  },
  'matching.summary.orders': { zh: '订单数', en: 'Orders' },
  'matching.summary.previousOrders': { zh: '上期订单数', en: 'Previous orders' },
  'matching.done': {
    zh: '已匹配订单：{paidOrders} 个付款订单中 {attributed} 个归入询单，{silent} 个无询单（静默下单）；{converted} 条售前询单有付款订单。',
    en: 'Orders matched: of {paidOrders} paid orders, {attributed} belong to an inquiry and {silent} to none (silent); {converted} pre-sale inquiries have a paid order.',
  },
  'matching.filled': {
    zh: '已填写空白单元格：是否成交 {converted}，成交金额 {amount}，商品 {product}，地区 {region}，交易类型 {transactionType}。',
    en: 'Blank cells filled: converted {converted}, amount {amount}, product {product}, region {region}, transaction type {transactionType}.',
  },
  'matching.open': {
    zh: '{open} 条售前询单的成交窗口尚未结束或订单记录未覆盖，保持空白。',
    en: '{open} pre-sale inquiries wait: their window is still open or the Orders sheet does not cover it.',
  },
  'matching.contradictions': {
    zh: '{count} 处填写的值与订单不符，已保留并列入“问题清单”。',
    en: '{count} typed values disagree with the orders; they are kept and listed in Problems.',
  },
  'matching.log': {
    zh: '匹配订单：填写 {cells} 个单元格，{contradictions} 处与订单不符',
    en: 'matched orders: {cells} cell(s) filled, {contradictions} disagreement(s) with the orders',
  },
} satisfies Entries;
