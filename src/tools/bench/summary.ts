/**
 * Benchmark: weekly and monthly summaries of 100,000 inquiries and 50,000 reviews, the pure
 * build, the trend section alone and the whole use case over the in-memory workbook, plus workbook
 * calls at 1,000 and at 100,000 rows (they must not grow with rows). Each time is the median of
 * repeated runs. Data is generated deterministically; questions and reviews are varied texts
 * (texts.ts) and review categories are what classification finds in them.
 */

import { MemoryWorkbook } from '../../../test/fakes/memory-workbook';
import { summarySheets } from '../../../test/fixtures/summary/workbook';
import { Rng } from '../../cli/demo/random';
import { classifyText, compileTaxonomy, defaultTaxonomyRows } from '../../core/classify';
import type { CategoryKind, Channel, CustomerType, Inquiry, Review } from '../../core/sheets';
import { buildSummary, buildTrends, generateSummary, summaryText } from '../../core/summary';
import { addDays, parsePeriod } from '../../core/time';
import { repeat, shown } from './measure';
import { questionText, reviewText, textBank } from './texts';

const WEEK = '2026-W47';
const MONTH = '2026-11';
const FIRST_DAY = '2026-01-01';
const DAYS = 365;

/** Uniform draws in [0, 1) from the demo's seeded generator, so every run measures the same data. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.float();
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const AGENTS = ['小美', '小王', '阿杰', '小林', '晓雯', '大刘', '小周', '阿芳'];
const CHANNELS: Channel[] = ['chat', 'chat', 'chat', 'phone', 'wechat', '1688', 'other'];
const TYPES: CustomerType[] = ['new', 'new', 'returning', 'wholesaler', 'distributor'];
const TAXONOMY = defaultTaxonomyRows('zh');
const labels = (kind: CategoryKind) => TAXONOMY.filter((t) => t.kind === kind).map((t) => t.category);
// A blank entry leaves some rows unclassified or unrecorded, as real logs have them.
const PRE = [...labels('pre-sale'), ''];
const AFTER = [...labels('after-sale'), ''];
const NO_DEAL = [...labels('no-deal'), ''];
const REVIEW = labels('review');
const BANK = textBank(TAXONOMY);
const COMPILED = compileTaxonomy(TAXONOMY);
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
      // A third arrive unclassified, with a question for classification to read.
      question: questionText(rnd, BANK, preSale ? 'pre-sale' : 'after-sale'),
      questionCategory: rnd() < 0.33 ? '' : pick(rnd, preSale ? PRE : AFTER),
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
    const text = reviewText(rnd, BANK);
    return {
      row: i + 2,
      date: addDays(FIRST_DAY, Math.floor((i * DAYS) / n)),
      shop: pick(rnd, SHOPS),
      product: pick(rnd, PRODUCTS),
      rating: 1 + Math.floor(rnd() * 5),
      text,
      categories: classifyText(COMPILED, 'review', text).categories,
      categoryOverride: rnd() < 0.05 ? [pick(rnd, REVIEW)] : [],
      agentMentioned: '',
    };
  });
}

/** Copies of the reviews made before each timed run (outside its time), so no run meets a review twice. */
export const unmetReviews = (reviews: readonly Review[]) => (): Review[] => reviews.map((r) => ({ ...r }));

const settings = { responseThresholdSeconds: 120, rankingSize: 10, language: 'zh' as const };

function workbookOf(inquiries: Inquiry[], reviews: Review[]): MemoryWorkbook {
  return MemoryWorkbook.from(summarySheets(inquiries, reviews, 'zh'));
}

export async function benchSummary(): Promise<void> {
  const inquiries = benchInquiries(100_000);
  const reviews = benchReviews(50_000);
  const build = (id: string) => (reviews: Review[]) =>
    buildSummary({
      period: parsePeriod(id),
      inquiries,
      reviews,
      excludedRows: 0,
      settings,
      // As a run passes them: the trends' and reviews' directions read the texts.
      polarityRules: BANK.polarity,
    });
  const words = summaryText('zh');
  const trends = (id: string) => (reviews: Review[]) =>
    buildTrends(parsePeriod(id), inquiries, reviews, words, BANK.polarity);
  // Each run counts reviews it has not met: a run of Spiral reads its logs afresh, and a summary
  // remembers a review's categories only for the other tabs of the same run (summary-counts.ts).
  const unmet = unmetReviews(reviews);

  console.log('summary — 100,000 inquiries, 50,000 reviews (median of 5 runs, min–max)');
  const week = await repeat(5, build(WEEK), unmet);
  const month = await repeat(5, build(MONTH), unmet);
  console.log(`  buildSummary weekly ${WEEK}:   ${shown(week)}`);
  console.log(`  buildSummary monthly ${MONTH}: ${shown(month)}`);
  console.log(`  buildSummary weekly + monthly (medians): ${(week.median + month.median).toFixed(1)} ms`);
  const weekTrends = await repeat(5, trends(WEEK), unmet);
  const monthTrends = await repeat(5, trends(MONTH), unmet);
  console.log(`  the trend section alone (8 weeks):  ${shown(weekTrends)}`);
  console.log(`  the trend section alone (6 months): ${shown(monthTrends)}`);

  const wb = workbookOf(inquiries, reviews);
  const fullWeek = await repeat(5, () => generateSummary(wb, WEEK));
  const fullMonth = await repeat(5, () => generateSummary(wb, MONTH));
  console.log(
    `  generateSummary (MemoryWorkbook: read, validate, build, lay out, write) weekly:  ${shown(fullWeek)}`,
  );
  console.log(
    `  generateSummary (MemoryWorkbook: read, validate, build, lay out, write) monthly: ${shown(fullMonth)}`,
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
