/**
 * The platform exports of the demo's last two weeks, as a shop downloads them: the order report
 * (订单报表, Taobao headers) and the chat log (聊天记录, one row per message). Chats come from
 * buyers the typed log does not hold; about a third pay the same or the next day, some two or three
 * days later (outside the window), and some orders come from buyers who never asked (silent sales).
 * The typed log's converted rows get their orders too, so matching finds them in agreement. In
 * the last week earlier buyers come back after the desk's greetings (老客回访, seed 001).
 */

import type { Inquiry } from '../../core/sheets';
import { addDays } from '../../core/time';
import { DEMO_AGENTS, DEMO_PRODUCTS, REGIONS } from './catalog';
import { type DemoPeriod, isLull } from './period';
import { GREETINGS, PARTING_WORDS, PRE_SALE_QUESTIONS } from './phrases';
import type { Rng } from './random';

export const ORDER_EXPORT_HEADER = [
  '订单编号',
  '买家会员名',
  '买家实际支付金额',
  '订单状态',
  '订单创建时间',
  '订单付款时间',
  '收货地址',
  '宝贝标题',
  '宝贝总数量',
  '退款金额',
];
export const CHAT_EXPORT_HEADER = ['时间', '买家', '客服', '发送方', '内容'];

export interface DemoExports {
  orders: string[][];
  chats: string[][];
}

const pad = (n: number) => String(n).padStart(2, '0');
const at = (date: string, seconds: number) =>
  `${date} ${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(Math.floor(seconds) % 60)}`;
const REPLIES = ['亲，在的', '有现货的亲', '可以的亲，今天下单明天发', '亲，这款很多人买的', '包邮的哦'];

export function generateExports(
  rng: Rng,
  period: DemoPeriod,
  typed: readonly Omit<Inquiry, 'row'>[],
): DemoExports {
  const last = addDays(period.start, period.days - 1);
  const first = addDays(last, -13);
  const orders: string[][] = [];
  let serial = 0;
  const order = (
    buyer: string,
    day: string,
    second: number,
    product: string,
    amount: number,
    region: string,
  ) => {
    serial++;
    const paid = at(day, second);
    const refunded = rng.chance(0.04);
    orders.push([
      `31${String(20261100000 + serial).padStart(14, '0')}`,
      buyer,
      amount.toFixed(2),
      refunded ? '交易关闭' : rng.chance(0.7) ? '交易成功' : '卖家已发货，等待买家确认',
      at(day, Math.max(0, second - rng.int(20, 600))),
      paid,
      `${region}省 某市 某区 某路 ${rng.int(1, 300)} 号`,
      product,
      String(
        Math.max(1, Math.round(amount / (DEMO_PRODUCTS.find((p) => p.name === product)?.price ?? amount))),
      ),
      refunded ? amount.toFixed(2) : '',
    ]);
  };
  // The typed converted rows since the first of the month before the last, paid the same day: the
  // report reaches back far enough for the last month's after-sale orders (30 days before each chat).
  const since = addDays(`${last.slice(0, 7)}-01`, -1).slice(0, 7);
  for (const q of typed) {
    if (q.date < `${since}-01` || q.stage !== 'pre-sale' || q.converted !== true || q.amount === null)
      continue;
    order(
      q.customerId,
      q.date,
      rng.int(9 * 3600, 23 * 3600),
      q.product || DEMO_PRODUCTS[0]!.name,
      q.amount,
      q.region || '浙江',
    );
  }
  const agents = DEMO_AGENTS.filter((a) => a.role === 'pre-sale');
  const chats: string[][] = [];
  for (let d = 0; d < 14; d++) {
    const day = addDays(first, d);
    // Chats stop the day before the last, so every window has closed within the orders' span.
    // The post-双11 lull halves the chats and the silent buyers too.
    const quiet = isLull(day);
    for (let b = 0; b < (d < 13 ? (quiet ? 6 : 12) : 0); b++) {
      const buyer = `demo_chat_${d}_${b}`;
      const product = rng.weighted(DEMO_PRODUCTS.map((p) => [p, p.weightEnd] as const));
      const region = rng.weighted(REGIONS);
      const start = rng.int(9 * 3600, 22 * 3600);
      const category = rng.pick(Object.keys(PRE_SALE_QUESTIONS));
      const question = rng.pick(PRE_SALE_QUESTIONS[category]!).replace('{p}', product.name);
      chats.push([at(day, start), buyer, '', '买家', `${rng.pick(GREETINGS)}${question}`]);
      let replied: number | null = null;
      if (rng.chance(0.92)) {
        const agent = rng.pick(agents);
        const reply =
          start + Math.round(agent.medianSeconds * rng.between(0.3, rng.chance(agent.slowShare) ? 20 : 2.5));
        chats.push([at(day, reply), buyer, agent.name, '客服', rng.pick(REPLIES)]);
        replied = reply;
      }
      const roll = rng.float();
      // A third pay the same or the next day; a few later (outside the window).
      const delay = roll < 0.22 ? 0 : roll < 0.33 ? 1 : roll < 0.38 ? rng.int(2, 3) : -1;
      const payDay = addDays(day, Math.max(delay, 0));
      if (delay >= 0 && payDay <= last) {
        const second =
          delay === 0 ? Math.min(86_399, start + rng.int(600, 7200)) : rng.int(8 * 3600, 23 * 3600);
        order(buyer, payDay, second, product.name, product.price * (rng.chance(0.2) ? 2 : 1), region);
      } else if (replied !== null && replied + 45 < 86_400) {
        // A buyer who leaves says why, or not (chosen by position: the demo's other draws stay as they were).
        chats.push([
          at(day, replied + 45),
          buyer,
          '',
          '买家',
          PARTING_WORDS[(d * 12 + b) % PARTING_WORDS.length]!,
        ]);
      }
    }
    // Buyers who pay without asking.
    for (let s = 0; s < (quiet ? 2 : 4); s++) {
      const product = rng.weighted(DEMO_PRODUCTS.map((p) => [p, p.weightEnd] as const));
      order(
        `demo_silent_${d}_${s}`,
        day,
        rng.int(8 * 3600, 23 * 3600),
        product.name,
        product.price,
        rng.weighted(REGIONS),
      );
    }
  }
  // Seed 001's 回访: from the last week's Monday the desk greets earlier buyers, and five a day come
  // back and pay without asking (drawn after everything above, so the orders above stay as they were).
  const lastWeek = addDays(last, -6);
  const earlier = [...new Set(orders.filter((o) => o[5]! < lastWeek).map((o) => o[1]!))].filter(
    (buyer) => !buyer.startsWith('demo_silent_'),
  );
  for (let d = 0; d < 7 && earlier.length > 0; d++) {
    for (let s = 0; s < 5; s++) {
      const buyer = earlier.splice(rng.int(0, earlier.length - 1), 1)[0]!;
      const product = rng.weighted(DEMO_PRODUCTS.map((p) => [p, p.weightEnd] as const));
      order(
        buyer,
        addDays(lastWeek, d),
        rng.int(8 * 3600, 23 * 3600),
        product.name,
        product.price,
        rng.weighted(REGIONS),
      );
    }
  }
  return { orders: [ORDER_EXPORT_HEADER, ...orders], chats: [CHAT_EXPORT_HEADER, ...chats] };
}
