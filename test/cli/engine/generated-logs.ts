/**
 * Generated logs for the engine's differential test: every category kind (pre-sale, after-sale and
 * no-deal categories typed or left blank to classify, reviews classified multi-label or
 * overridden), full-width and upper-case text, negations, blanks of every optional column, and
 * periods with no rows at all (a whole ISO week and a whole month are skipped).
 */

import type { Inquiry, Review } from '../../../src/core/sheets/records';
import { addDays } from '../../../src/core/time/periods';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}

const PRE_QUESTIONS = [
  '能便宜点吗？价格有点贵',
  '有没有赠品送？',
  '包邮吗，运费多少',
  '这个有货吗，什么时候发货',
  '尺寸多大？适合1.8米的床吗',
  '再考虑一下，跟别家比比',
  'ＰＲＩＣＥ太高了，能优惠吗',
  '质量怎么样？会不会起球',
  '你好，在吗',
  '"老客户"有没有, 折扣',
];
const AFTER_QUESTIONS = [
  '快递怎么还没到，物流不动了',
  '少发了一个枕套，漏发了',
  '赠品坏了，收到就是破的',
  '产品有破损，线头开了',
  '怎么使用？洗涤方法是什么',
  '尺寸和描述不符，小了很多',
  '有异味，材质安全吗',
  '请问发票怎么开',
];
const REVIEWS = [
  '质量很好，孩子很喜欢，快递也快',
  '有味道，放了三天还是刺鼻',
  '没有异味，质量不错',
  '赠品质量差，快递慢，客服态度好',
  '花色好看，家人都喜欢，还会回购',
  '客服小美服务很耐心，表扬',
  '一般般吧',
  '不好用，质量差，差评',
  'ＧＯＯＤ，颜色好看，朋友也想买',
  '物流太慢了，包装破了，赠品也坏了',
];
const REASONS = ['价格太高', '赠品不满意', '运费太贵', '缺货', '再看看', ''];
const SUGGESTED = ['价格太高', '缺货', '比较犹豫', '发货太慢'];
const AGENTS = ['小美', '阿杰', '小林', '莉莉', ' 大伟', '小周'];
const PRODUCTS = ['四件套', '宝宝爬行垫', '乳胶枕', '毛毯', '', '  凉席  '];
const REGIONS = ['浙江', '广东', '江苏', '', '四川', '\u3000广东\t'];
const CHANNELS = ['chat', 'phone', 'wechat', '1688', 'other', null] as const;
const TYPES = ['new', 'returning', 'wholesaler', 'distributor', null] as const;
const SHOPS = ['ours', '暖暖家纺旗舰店', '宝贝之家'];

/** The weeks of the window (from Monday `start`); the rows skip `emptyWeek` and the whole `emptyMonth`. */
export function generateLogs(
  rows: number,
  options = { seed: 7, start: '2026-06-01', days: 154, emptyWeek: '2026-09-07', emptyMonth: '2026-08' },
): { inquiries: Inquiry[]; reviews: Review[] } {
  const r = random(options.seed);
  const dates: string[] = [];
  for (let i = 0; i < options.days; i++) {
    const date = addDays(options.start, i);
    const inEmptyWeek = date >= options.emptyWeek && date <= addDays(options.emptyWeek, 6);
    if (!inEmptyWeek && !date.startsWith(options.emptyMonth)) dates.push(date);
  }
  const inquiries: Inquiry[] = [];
  const inquiryCount = Math.round(rows * 0.7);
  for (let i = 0; i < inquiryCount; i++) {
    const stage = r.next() < 0.62 ? 'pre-sale' : r.next() < 0.9 ? 'after-sale' : null;
    const converted = stage === 'pre-sale' ? r.next() < 0.4 : r.next() < 0.5 ? null : r.next() < 0.3;
    const question = stage === 'after-sale' ? r.pick(AFTER_QUESTIONS) : r.pick(PRE_QUESTIONS);
    inquiries.push({
      row: i + 2,
      date: r.pick(dates),
      agent: r.pick(AGENTS),
      customerId: `buyer${r.int(Math.max(1, Math.round(inquiryCount / 3)))}`,
      customerType: r.pick(TYPES),
      channel: r.pick(CHANNELS),
      stage,
      question,
      // A typed category is kept; a blank one is classified from the question.
      questionCategory: r.next() < 0.25 ? r.pick(['价格', '物流', '自定义分类']) : '',
      converted,
      transactionType: null,
      amount: converted ? Math.round(r.next() * 50000) / 100 : r.next() < 0.1 ? 0 : null,
      product: r.pick(PRODUCTS),
      region: r.pick(REGIONS),
      noDealReason: converted === true ? '' : r.pick(REASONS),
      // Without drawing from r (the other columns stay as they were): counted only on a lost row left blank.
      suggestedReason: i % 3 === 0 ? (SUGGESTED[i % SUGGESTED.length] ?? '') : '',
      followUp: '',
      firstResponseSeconds: r.next() < 0.15 ? null : r.next() < 0.1 ? r.int(4000) / 10 : r.int(400),
      note: '',
    });
  }
  const reviews: Review[] = [];
  for (let i = 0; i < rows - inquiryCount; i++) {
    const override = r.next() < 0.08 ? ['质量', r.pick(['快递', '质量', '服务'])] : [];
    reviews.push({
      row: i + 2,
      date: r.pick(dates),
      shop: r.pick(SHOPS),
      product: r.pick(PRODUCTS),
      rating: r.next() < 0.1 ? null : 1 + r.int(5),
      text: r.pick(REVIEWS),
      categories: r.next() < 0.1 ? ['产品质量'] : [],
      categoryOverride: override,
      agentMentioned: '',
    });
  }
  return { inquiries, reviews };
}
