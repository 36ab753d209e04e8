/**
 * Benchmark: weekly and monthly summaries of 100,000 inquiries and 50,000 reviews, the pure
 * build and the whole use case over the in-memory workbook, plus workbook calls at 1,000 and at
 * 100,000 rows (they must not grow with rows). Data is generated deterministically.
 */

import { MemoryWorkbook } from '../../../test/fakes/memory-workbook';
import { summarySheets } from '../../../test/fixtures/summary/workbook';
import { addDays, parsePeriod } from '../../core/periods';
import type { Channel, CustomerType, Inquiry, Review } from '../../core/records';
import { buildSummary } from '../../core/summary/build-summary';
import { generateSummary } from '../../core/summary/generate-summary';

const WEEK = '2026-W47';
const MONTH = '2026-11';
const FIRST_DAY = '2026-01-01';
const DAYS = 365;

/** mulberry32: a small seeded generator, so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const AGENTS = ['小美', '小王', '阿杰', '小林', '晓雯', '大刘', '小周', '阿芳'];
const CHANNELS: Channel[] = ['chat', 'chat', 'chat', 'phone', 'wechat', '1688', 'other'];
const TYPES: CustomerType[] = ['new', 'new', 'returning', 'wholesaler', 'distributor'];
const PRE = ['价格优惠', '赠品', '运费', '库存', '尺寸规格', '发货时效', '材质安全', '其他', ''];
const AFTER = [
  '快递问题',
  '错发漏发',
  '赠品损坏',
  '产品损坏',
  '使用方法',
  '尺寸与描述不符',
  '气味材质安全',
  '',
];
const NO_DEAL = [
  '价格太高',
  '赠品不满意',
  '运费太贵',
  '缺货',
  '尺寸规格不合适',
  '发货太慢',
  '比较犹豫',
  '信任评价',
  '回复太慢',
  '',
];
const REVIEW = [
  '气味',
  '赠品质量',
  '产品质量',
  '快递',
  '花色',
  '孩子家人喜欢',
  '别人也想买',
  '售后服务态度',
  '额外购买',
  '客服表扬',
];
const REGIONS = ['浙江', '江苏', '上海', '广东', '山东', '河南', '四川', '湖北', '福建', '北京', ''];
const PRODUCTS = Array.from({ length: 60 }, (_, i) => `商品${String(i + 1).padStart(2, '0')}`);
const SHOPS = ['ours', 'ours', '竞品A', '竞品B', '竞品C'];

export function benchInquiries(n: number, seed = 1): Inquiry[] {
  const rnd = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const preSale = rnd() < 0.7;
    const time = rnd() < 0.9 ? Math.round(rnd() * rnd() * 400) : null;
    const converted = preSale ? rnd() < (time !== null && time <= 30 ? 0.45 : 0.3) : null;
    return {
      row: i + 2,
      date: addDays(FIRST_DAY, Math.floor((i * DAYS) / n)),
      agent: pick(rnd, AGENTS),
      customerId: `buyer${Math.floor(rnd() * 20000)}`,
      customerType: pick(rnd, TYPES),
      channel: pick(rnd, CHANNELS),
      stage: preSale ? 'pre-sale' : 'after-sale',
      question: '',
      questionCategory: pick(rnd, preSale ? PRE : AFTER),
      converted,
      transactionType: null,
      amount: converted ? Math.round(rnd() * 50000) / 100 : null,
      product: pick(rnd, PRODUCTS),
      region: pick(rnd, REGIONS),
      noDealReason: preSale && !converted ? pick(rnd, NO_DEAL) : '',
      followUp: '',
      firstResponseSeconds: time,
      note: '',
    };
  });
}

export function benchReviews(n: number, seed = 2): Review[] {
  const rnd = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const categories = REVIEW.filter(() => rnd() < 0.18);
    return {
      row: i + 2,
      date: addDays(FIRST_DAY, Math.floor((i * DAYS) / n)),
      shop: pick(rnd, SHOPS),
      product: pick(rnd, PRODUCTS),
      rating: 1 + Math.floor(rnd() * 5),
      text: '宝贝收到了',
      categories,
      categoryOverride: rnd() < 0.05 ? [pick(rnd, REVIEW)] : [],
      agentMentioned: '',
    };
  });
}

/** Best of `runs` wall-clock times in milliseconds. */
function time(runs: number, f: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;

function workbookOf(inquiries: Inquiry[], reviews: Review[]): MemoryWorkbook {
  return MemoryWorkbook.from(summarySheets(inquiries, reviews, 'zh'));
}

export async function benchSummary(): Promise<void> {
  const inquiries = benchInquiries(100_000);
  const reviews = benchReviews(50_000);
  const settings = { responseThresholdSeconds: 120, rankingSize: 10, language: 'zh' as const };
  const build = (id: string) => () =>
    buildSummary({ period: parsePeriod(id), inquiries, reviews, excludedRows: 0, settings });

  console.log('summary — 100,000 inquiries, 50,000 reviews (best of 5)');
  const week = time(5, build(WEEK));
  const month = time(5, build(MONTH));
  console.log(`  buildSummary weekly ${WEEK}:   ${ms(week)}`);
  console.log(`  buildSummary monthly ${MONTH}: ${ms(month)}`);
  console.log(`  buildSummary weekly + monthly: ${ms(week + month)}`);

  const wb = workbookOf(inquiries, reviews);
  const fullWeek = time(3, () => generateSummary(wb, WEEK));
  const fullMonth = time(3, () => generateSummary(wb, MONTH));
  console.log(
    `  generateSummary (MemoryWorkbook: read, validate, build, lay out, write) weekly:  ${ms(fullWeek)}`,
  );
  console.log(
    `  generateSummary (MemoryWorkbook: read, validate, build, lay out, write) monthly: ${ms(fullMonth)}`,
  );
  const tab = wb.tabOf(`周报 ${WEEK}`)!;
  console.log(
    `  weekly tab: ${tab.values.length} rows, ${tab.styles.length} style areas, ${tab.charts?.length ?? 0} charts`,
  );

  for (const rows of [1_000, 100_000]) {
    // Every k-th row, so the smaller book still spans the year and has data in the week.
    const k = inquiries.length / rows;
    const small = workbookOf(
      inquiries.filter((_, i) => i % k === 0),
      reviews.filter((_, i) => i % k === 0),
    );
    generateSummary(small, WEEK);
    const c = small.calls;
    console.log(
      `  workbook calls at ${rows.toLocaleString('en-US')} inquiry rows: read ${c.read}, write ${c.write}, writeTab ${c.writeTab}`,
    );
  }
}
