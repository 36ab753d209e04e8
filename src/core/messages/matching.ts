import type { Entries } from './catalogue';

/** Orders matched to inquiries: what matching reports and the warnings it lists in Problems. */
export const matchingMessages = {
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
  'matching.columnMissing': {
    zh: '缺少此列，{count} 个匹配结果未写入；运行“安装模板”可补上此列',
    en: 'column missing, so {count} matched value(s) were not written; run set-up to add it',
  },
} satisfies Entries;
