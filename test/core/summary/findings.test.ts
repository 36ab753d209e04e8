import { describe, expect, it } from 'vitest';
import { polarityRulesOf } from '../../../src/core/classify/polarity-rules';
import { taxonomyRowsOf } from '../../../src/core/classify/taxonomy-rules';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';
import { type Inquiry, OURS, type Review } from '../../../src/core/sheets/records';
import { testTwoProportions } from '../../../src/core/stats/proportions';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { percentText, pText } from '../../../src/core/summary/findings';
import { layoutSummary } from '../../../src/core/summary/summary-layout';
import type { SummaryInput } from '../../../src/core/summary/summary-model';
import { parsePeriod } from '../../../src/core/time/periods';

const W46 = '2026-11-10';
const W47 = '2026-11-18';

let row = 2;
function inquiries(n: number, date: string, converted: boolean, reason = ''): Inquiry[] {
  return Array.from({ length: n }, () => ({
    row: row++,
    date,
    agent: '张三',
    customerId: `c${row}`,
    customerType: 'new' as const,
    channel: 'chat' as const,
    stage: 'pre-sale' as const,
    question: '',
    questionCategory: '价格优惠',
    converted,
    transactionType: null,
    amount: converted ? 100 : null,
    product: '围巾',
    region: '浙江',
    noDealReason: reason,
    followUp: '',
    firstResponseSeconds: 20,
    note: '',
  }));
}

function reviews(n: number, shop: string, text: string, categories: string[], rating: number): Review[] {
  return Array.from({ length: n }, () => ({
    row: row++,
    date: W47,
    shop,
    product: '围巾',
    rating,
    text,
    categories,
    categoryOverride: [],
    agentMentioned: '',
  }));
}

// Hand-worked (z = (p2 − p1)/se with the pooled proportion; Holm over the three reasons):
// no-deal base 109 → 94. 赠品不满意 3/109 → 20/94: smallest expected 94·23/203 = 10.65 ≥ 5, so the
//   z-test: pooled .11330, se .044577, z 4.1521, p 3.2945e-5 (SciPy's Fisher: 2.9805e-5), adjusted ×3.
// 比较犹豫 56/109 → 34/94: pooled .44335, se .069924, z −2.1750, p .02963, adjusted ×2 = .0593 → noise.
// 价格太高 50/109 → 40/94: p .63 → noise. Conversion 41/150 → 46/140: noise.
// Reviews this week: ours 30 (15 say 快递很快), A店 30 (3 say 快递太慢了, rated 1): 15/30 vs 3/30,
//   expected 30·18/60 = 9, pooled .3, se .11832, z 3.3806, p 7.233e-4 → ours-higher, the second finding.
//   Negative 快递: ours 0/30 vs A店 3/30 (Fisher p .2373) → no clear difference.
const input: SummaryInput = {
  period: parsePeriod('2026-W47'),
  inquiries: [
    ...inquiries(41, W46, true),
    ...inquiries(3, W46, false, '赠品不满意'),
    ...inquiries(50, W46, false, '价格太高'),
    ...inquiries(56, W46, false, '比较犹豫'),
    ...inquiries(46, W47, true),
    ...inquiries(20, W47, false, '赠品不满意'),
    ...inquiries(40, W47, false, '价格太高'),
    ...inquiries(34, W47, false, '比较犹豫'),
  ],
  reviews: [
    ...reviews(15, OURS, '快递很快', ['快递'], 5),
    ...reviews(15, OURS, '很好', [], 5),
    ...reviews(3, 'A店', '快递太慢了', ['快递'], 1),
    ...reviews(27, 'A店', '一般', [], 4),
  ],
  excludedRows: 0,
  settings: { responseThresholdSeconds: 120, rankingSize: 3, language: 'zh' },
  polarityRules: polarityRulesOf(taxonomyRowsOf(defaultRuleBook().taxonomy, 'zh')),
};

describe('findings on the 3/109 → 20/94 week (issue 11 acceptance)', () => {
  const model = buildSummary(input);

  it('labels the new no-deal reason significant-up with p ≈ 3e-5 before Holm', () => {
    const gift = model.noDealReasons.find((r) => r.category === '赠品不满意')!;
    expect(gift).toMatchObject({ count: 20, previousCount: 3, label: 'significant-up' });
    const raw = testTwoProportions(3, 109, 20, 94).p;
    expect(raw).toBeCloseTo(3.2945e-5, 8);
    expect(gift.p).toBeCloseTo(3 * raw, 12);
    expect(model.noDealReasons.find((r) => r.category === '比较犹豫')!.label).toBe('noise');
  });

  it('puts it first, then the competitor difference, nothing else', () => {
    expect(model.findings.map((f) => [f.table, f.category, f.shop ?? null, f.label])).toEqual([
      ['noDealReasons', '赠品不满意', null, 'significant-up'],
      ['reviewComparison', '快递', 'A店', 'ours-higher'],
    ]);
    // Plain words: the test and its p stand in the footnote, not in the sentence (issue 23 item 6).
    expect(model.findings[0]!.text).toBe('未成交原因「赠品不满意」占比 3% → 21%，显著上升');
    expect(model.findings[1]!.text).toBe('评价「快递」占比 本店 50%，A店 10%，显著高于A店');
    expect(model.findings[1]!.p).toBeCloseTo(7.233e-4, 6);
    expect(Object.keys(model.findings[0]!)).toEqual([
      'table',
      'category',
      'from',
      'to',
      'label',
      'p',
      'text',
      'method',
      'salesEffect',
    ]);
    expect(Object.keys(model.findings[1]!)).toEqual([
      'table',
      'category',
      'shop',
      'from',
      'to',
      'label',
      'p',
      'text',
      'method',
      'salesEffect',
    ]);
    expect(model.findings.map((f) => f.method)).toEqual(['z', 'z']);
    // 17 more buyers lost to it than its old share would give (20/94 − 3/109 of 94) × 100 yuan each.
    expect(model.findings[0]!.salesEffect).toBeCloseTo(-(20 / 94 - 3 / 109) * 94 * 100, 6);
    expect(model.findings[1]!.salesEffect).toBeNull();
  });

  it('opens the tab with the findings, in English too', () => {
    const zh = layoutSummary(model, 'zh');
    // The logs end on 18 November, inside the week: the partial note comes first, then the findings.
    expect(model.period.partial).toBe(true);
    expect(zh.values[2]![0]).toBe('注意：本期不完整（记录从 2026-11-10 到 2026-11-18），与上期比较请谨慎。');
    expect(zh.values[4]![0]).toBe('本期要点');
    expect(zh.values[5]![0]).toBe('1. 未成交原因「赠品不满意」占比 3% → 21%，显著上升');
    expect(zh.values[7]![0]).toBe(
      '注 1（p < 0.001）、2（p < 0.001）：比例的变化用双比例 z 检验（期望频数小于 5 时用 Fisher 精确检验），同一张表的各项经 Holm 校正。',
    );
    // p below 0.001 reads < 0.001 in the table, where 0.000 would read as impossible.
    const gift = zh.values.findIndex((r) => r[0] === '赠品不满意');
    expect(zh.values[gift]![8]).toBe('< 0.001');
    const en = buildSummary({ ...input, settings: { ...input.settings, language: 'en' } });
    expect(en.findings[0]!.text).toBe('No-deal reason “赠品不满意”: share 3% → 21%, up significantly');
  });

  it('says so when nothing is significant', () => {
    const quiet = buildSummary({ ...input, inquiries: [], reviews: [] });
    expect(quiet.findings).toEqual([]);
    const tab = layoutSummary(quiet, 'zh');
    const title = tab.values.findIndex((r) => r[0] === '本期要点');
    expect(tab.values[title + 1]![0]).toBe('本期没有显著变化，也没有与竞品的显著差异。');
  });
});

describe('finding numbers', () => {
  it('reads shares as whole percents, one decimal below 1 %', () => {
    expect([3 / 109, 20 / 94, 0.004, 0, 1].map((x) => percentText(x))).toEqual([
      '3%',
      '21%',
      '0.4%',
      '0%',
      '100%',
    ]);
  });

  it('reads p below 0.001 as < 0.001', () => {
    expect(pText(0.0009)).toBe('p < 0.001');
    expect(pText(0.0123)).toBe('p = 0.012');
  });
});

function sold(date: string, amounts: number[]): Inquiry[] {
  return amounts.map((amount) => ({ ...inquiries(1, date, true)[0]!, amount }));
}

describe('money in the findings (issue 23 item 5)', () => {
  const week = (previous: Inquiry[], current: Inquiry[]): SummaryInput => ({
    ...input,
    inquiries: [...previous, ...current],
    reviews: [],
  });

  // Hand-worked: 30 of 60 converted last week, 12 of 24 this week (conversion 50 % both times),
  // every order 100 yuan. Sales 3,000 → 1,200: the 42 pooled orders dealt at random give this
  // week 12 or fewer with probability P(Bin(42, ½) ≤ 12) = 0.0031, two-sided 0.0061.
  const drop = buildSummary(
    week(
      [...sold(W46, Array(30).fill(100)), ...inquiries(30, W46, false, '价格太高')],
      [...sold(W47, Array(12).fill(100)), ...inquiries(12, W47, false, '价格太高')],
    ),
  );

  it('a real drop in sales is a finding though every proportion is stable', () => {
    expect(drop.inquiries.change.label).toBe('noise');
    expect(drop.inquiries.salesChange.label).toBe('significant-down');
    expect(drop.inquiries.salesChange.p!).toBeGreaterThan(0.003);
    expect(drop.inquiries.salesChange.p!).toBeLessThan(0.012);
    expect(drop.findings[0]).toMatchObject({
      table: 'sales',
      from: 3000,
      to: 1200,
      label: 'significant-down',
      method: 'sign-flip-sampled',
      salesEffect: -1800,
    });
    expect(drop.findings[0]!.text).toBe('询单销售额 3,000 → 1,200（-60%），显著下降');
  });

  it('names the test in a footnote under the findings, never in the sentence', () => {
    const tab = layoutSummary(drop, 'zh');
    const title = tab.values.findIndex((r) => r[0] === '本期要点');
    expect(tab.values[title + 1]![0]).toBe(`1. ${drop.findings[0]!.text}`);
    expect(String(tab.values[title + 2]![0])).toMatch(
      /^注 1（p = 0\.0\d\d）：销售额的变化用订单随机分配检验/,
    );
    expect(drop.findings[0]!.text).not.toMatch(/Holm|Fisher|z 检验|置换|p [<=]/);
    // The headline's sales row carries the label and p.
    // The headline's sales row carries the label and p, under the finding's own name for the figure.
    const sales = tab.values.find((r) => r[0] === '询单销售额')!;
    expect(sales[5]).toBe('显著下降');
    expect(drop.findings[0]!.text).toMatch(/^询单销售额 /);
  });

  it('a drop that is one wholesale order is noise, and no finding', () => {
    const retail = Array.from({ length: 30 }, (_, i) => 80 + (i % 5) * 10);
    const model = buildSummary(
      week(
        [...sold(W46, [...retail, 6800]), ...inquiries(31, W46, false, '价格太高')],
        [...sold(W47, retail), ...inquiries(30, W47, false, '价格太高')],
      ),
    );
    expect(model.inquiries.deltas.sales.relative!).toBeLessThan(-0.6);
    expect(model.inquiries.salesChange.label).toBe('noise');
    expect(model.findings.filter((f) => f.table === 'sales')).toEqual([]);
  });

  it('ranks findings by their effect on sales before p', () => {
    // The conversion drop (p < 0.001) costs 20 buyers × 100; the sales drop costs 3,000.
    const model = buildSummary(
      week(
        [...sold(W46, Array(40).fill(100)), ...inquiries(40, W46, false, '价格太高')],
        [...sold(W47, Array(10).fill(100)), ...inquiries(30, W47, false, '价格太高')],
      ),
    );
    // The one agent's conversion is the desk's: the same effect, listed after it.
    expect(model.findings.map((f) => f.table)).toEqual(['sales', 'conversion', 'agents']);
    expect(model.findings[1]!.salesEffect).toBeCloseTo((10 / 40 - 40 / 80) * 40 * 100, 6);
    // A conversion change reads in percentage points (issue 23 item 6).
    expect(model.findings[1]!.text).toMatch(/^转化率 50% → 25%（-25\.0 个百分点），显著下降$/);
  });
});
