/** Sentences of repeat buyers, 返单 and the old-customer list (issue 23 item 3). */
import type { Entries } from './catalogue';

export const repeatMessages = {
  'repeat.section': { zh: '老客复购', en: 'Repeat buyers' },
  'repeat.figure': { zh: '项目', en: 'Figure' },
  'repeat.buyers': { zh: '付款买家', en: 'Paying buyers' },
  'repeat.repeatBuyers': { zh: '其中买过的老客', en: 'Of them, bought before' },
  'repeat.rate': { zh: '复购率', en: 'Repeat rate' },
  'repeat.interval': { zh: '复购间隔中位数（天）', en: 'Median re-order interval (days)' },
  'repeat.reorders': { zh: '返单（批发商、分销商）', en: 'Trade re-orders' },
  'repeat.leftOut': {
    zh: '未计入的订单（打码买家名对不上唯一买家）',
    en: 'Orders left out (masked buyer name fits no single buyer)',
  },
  'repeat.note': {
    zh: '复购率 = 本期付款买家中，在本期开始前 {days} 天内付款买过的人数 ÷ 本期付款买家（设置：repeatWindowDays）。打码的买家名（如 t**1）只在对得上唯一一位已知买家时计入，否则不计入并单列。返单 = 批发商、分销商在买过之后再次付款的订单。',
    en: 'Repeat rate = paying buyers of the period who paid for an order in the {days} days before it ÷ paying buyers (setting repeatWindowDays). A masked buyer name (t**1) counts only where it fits exactly one known buyer; otherwise its orders are left out and counted. Trade re-orders are wholesalers’ and distributors’ orders after an earlier one.',
  },
  'repeat.shortHistory': {
    zh: '注意：订单记录从 {first} 开始，不够回看 {days} 天：本期与上期都只回看 {lookback} 天，复购会被少算（不足 7 天不比较）。',
    en: 'Note: orders on record start on {first}, short of the {days}-day window: both periods look back {lookback} days only, so repeats are undercounted (under 7 days they are not compared).',
  },
  'repeat.shortHistory.notCompared': {
    zh: '注意：订单记录从 {first} 开始，不够回看 {days} 天：本期只回看 {lookback} 天，复购会被少算；上期之前的记录不足 7 天，不与上期比较。',
    en: 'Note: orders on record start on {first}, short of the {days}-day window: this period looks back {lookback} days only, so repeats are undercounted; the previous period has under 7 days before it and is not compared.',
  },
  'repeat.noHistory': {
    zh: '注意：订单记录从 {first} 开始，本期之前的记录不足 7 天，看不出谁是买过的老客，所以复购率记为“—”。',
    en: 'Note: orders on record start on {first}: with under 7 days of them before this period no buyer can be told a repeat buyer, so the repeat rate reads “—”.',
  },
  'repeat.months': { zh: '近 6 个月返单', en: 'Trade re-orders, last 6 months' },
  'repeat.month': { zh: '月份', en: 'Month' },
  'repeat.tradeBuyers': { zh: '批发/分销买家', en: 'Trade buyers' },
  'repeat.tradeOrders': { zh: '批发/分销订单', en: 'Trade orders' },
  'repeat.finding.subject': { zh: '老客复购率', en: 'Repeat-buyer rate' },
  'repeat.queue.tab': { zh: '老客回访清单', en: 'Old customers' },
  'repeat.queue.title': {
    zh: '老客回访清单：最后一次购买在 {from} 到 {to} 之间的买家（{count} 位），累计金额高的在前',
    en: 'Old customers: buyers whose last purchase fell between {from} and {to} ({count}), biggest spenders first',
  },
  'repeat.queue.note': {
    zh: '回访问问用得怎么样、节假日问候、新品和活动告诉老客。打码的买家名对不上唯一买家的订单不列入。',
    en: 'Ask how the goods are doing, send holiday greetings, tell them of new items and offers. Orders whose masked buyer name fits no single buyer are not listed.',
  },
  'repeat.queue.buyer': { zh: '买家', en: 'Buyer' },
  'repeat.queue.type': { zh: '类型', en: 'Type' },
  'repeat.queue.trade': { zh: '批发/分销', en: 'Trade' },
  'repeat.queue.retail': { zh: '零售', en: 'Retail' },
  'repeat.queue.last': { zh: '最近购买', en: 'Last purchase' },
  'repeat.queue.daysSince': { zh: '距今天数', en: 'Days since' },
  'repeat.queue.orders': { zh: '购买次数', en: 'Orders' },
  'repeat.queue.items': { zh: '买过的商品', en: 'Items bought' },
  'repeat.queue.total': { zh: '累计金额', en: 'Total spent' },
  'repeat.queue.none': { zh: '没有需要回访的老客。', en: 'No old customer to revisit.' },
} satisfies Entries;
