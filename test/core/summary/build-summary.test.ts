import { describe, expect, it } from 'vitest';
import { median } from '../../../src/core/summary/aggregate';
import { buildSummary } from '../../../src/core/summary/build-summary';
import type { SummaryInput } from '../../../src/core/summary/summary-model';
import { parsePeriod } from '../../../src/core/time/periods';
import { round4 } from '../../fixtures/summary/round';
import { weekInquiries, weekReviews } from '../../fixtures/summary/week-fixture';

const settings = { responseThresholdSeconds: 120, rankingSize: 2, language: 'zh' as const };
const input = (period: string, extra: Partial<SummaryInput> = {}): SummaryInput => ({
  period: parsePeriod(period),
  inquiries: weekInquiries,
  reviews: weekReviews,
  excludedRows: 3,
  settings,
  ...extra,
});

// Working for the figures below (z = 1.959964; p two-sided; Holm over the rows tested):
// conversion 30/70 → 20/60: pooled 50/130 = .384615, se = √(.384615·.615385·(1/70+1/60)) = .085592,
//   z = (.333333 − .428571)/.085592 = −1.1127, p = .2658 → noise (a single test, no Holm).
// Wilson 20/60: centre (1/3 + z²/120)/(1 + z²/60) = .343362, half = .116069 → [.2273, .4594].
// sales 10·100 + 6·250 + 4·40 = 2660, AOV 2660/20 = 133; previous 20·100 + 10·200 = 4000, 4000/30 = 133.33.
// A table is tested when both bases are ≥ 5: the z-test when every expected count is ≥ 5 (smallest
// = min(n) · min(hits, misses) / N), else Fisher's exact test (two-sided; values from SciPy's
// fisher_exact).
// no-deal base 40 → 40 non-converted. 价格太高 5/40 → 16/40: pooled .2625, se .098385, z 2.7951, p .005188;
//   运费太贵 13/40 → 5/40: pooled .225, se .093374, z −2.1419, p .032200;
//   比较犹豫 18/40 → 15/40: pooled .4125, se .110078, z −.6813, p .4957;
//   未填写 4 → 2 (expected 40·6/80 = 3 < 5) Fisher p .67516; 缺货 0 → 2 Fisher p .49367 (m = 5).
//   Holm: .005188·5 = .0259 (significant-up), .032200·4 = .1288 (noise, though p < .05 alone),
//   the rest capped at 1.
// pre-sale questions 60 vs 70: 价格优惠 35/70 → 30/60 z 0, p 1; 尺寸规格 30/70 → 20/60 p .2658;
//   未分类 0 → 10 (expected 60·10/130 = 4.6) Fisher p .00028301; 赠品 5 → 0 Fisher p .061362;
//   Holm m = 4: .00028301·4 = .0011 (significant-up), .061362·3 = .1841, .2658·2 = .5317, 1.
// ours' review categories, 10 → 20 reviews, all Fisher: 产品质量 8/10 → 10/20 p .23527,
//   快递 2 → 6 p .68213, 花色 0 → 5 p .14004, 未分类 0 → 3 p .53202, 气味 0 → 2 p .54023;
//   Holm m = 5: .9411, 1, .7002, 1, 1 — all noise. C店 has no review this week: insufficient-base.
// after-sale: the previous week has none → every category no-baseline.
// ours vs A店: 快递 6/20 vs 17/25: pooled 23/45, se = √(.511111·.488889·(1/20+1/25)) = .149963,
//   z = −2.5340, p .011278; 花色 5/20 vs 5/25: pooled 10/45, se .124722, z .4009, p .6885;
//   产品质量 10/20 vs 3/25 (expected 20·13/45 = 5.8): z 2.7947, p .0051955; 花色 and 气味 have an
//   expected count below 5: Fisher p .73104 and .43665.
//   Holm m = 4: .0051955·4 = .0208 (ours-higher), .011278·3 = .0338 (ours-lower),
//   .43665·2 = .8733, max(.8733, .73104) = .8733 (noise).
//   B店 (6 reviews), all Fisher: 产品质量 10/20 vs 0/6 p .053208, 快递 6/20 vs 6/6 p .0040134,
//   花色 5/20 vs 0/6 p .29812, 气味 2/20 vs 0/6 p 1; Holm: .1596, .0161 (ours-lower), .5962, 1.
// agents: 张三 20/38 → 10/34: pooled 30/72, se .116383, z −1.9951, p .046029 (significant alone);
//   李四 10/32 → 10/26: pooled 20/58, se .125496, z .5746, p .5655; Holm: .046029·2 = .0921 → noise.
//   张三 times 10×5, 20×10, 25×16, 40×6 (37): the 19th is 25; all ≤ 120 → 1.
//   李四 times 60×6, 90×4, 130×2, 150×4, 200×10, 300×4 (30): 15th and 16th are 150; 10 ≤ 120 → 1/3.
// bands: ≤30 s C1+N1+N5 = 31 (10 conv); 30–120 s C2+N2 = 10 (6); >120 s C3+N3+N6 = 16 (4);
//   fast 10/31 vs slow 4/16 (expected 16·14/47 = 4.77 < 5): Fisher p .74225 → noise; z = .5156.
// biome-ignore format: one row per line reads as the table it is
const expectedWeek = {
  // The logs run from 30 September to 23 November, so W47 lies wholly inside them: not partial.
  period: { kind: 'week', id: '2026-W47', start: '2026-11-16', end: '2026-11-22', partial: false },
  previous: { kind: 'week', id: '2026-W46', start: '2026-11-09', end: '2026-11-15' },
  dataRange: { first: '2026-09-30', last: '2026-11-23' },
  // Every significant row below: first those with an effect on sales (价格太高: 11 more buyers lost,
  // (.4 − .125)·40 = 11 × AOV 133 = 1463), then by adjusted p: 未分类 .0011, B店 快递 .0161,
  // A店 产品质量 .0208, A店 快递 .0338.
  findings: [
    { table: 'noDealReasons', category: '价格太高', from: 0.125, to: 0.4, label: 'significant-up', p: 0.0259, text: '未成交原因「价格太高」占比 13% → 40%，显著上升', method: 'z', salesEffect: -1463 },
    { table: 'preSaleQuestions', category: '未分类', from: 0, to: 0.1667, label: 'significant-up', p: 0.0011, text: '售前咨询「未分类」占比 0% → 17%，显著上升', method: 'fisher', salesEffect: null },
    { table: 'reviewComparison', category: '快递', shop: 'B店', from: 1, to: 0.3, label: 'ours-lower', p: 0.0161, text: '评价「快递」占比 本店 30%，B店 100%，显著低于B店', method: 'fisher', salesEffect: null },
    { table: 'reviewComparison', category: '产品质量', shop: 'A店', from: 0.12, to: 0.5, label: 'ours-higher', p: 0.0208, text: '评价「产品质量」占比 本店 50%，A店 12%，显著高于A店', method: 'z', salesEffect: null },
    { table: 'reviewComparison', category: '快递', shop: 'A店', from: 0.68, to: 0.3, label: 'ours-lower', p: 0.0338, text: '评价「快递」占比 本店 30%，A店 68%，显著低于A店', method: 'z', salesEffect: null },
  ],
  language: 'zh',
  responseThresholdSeconds: 120,
  inquiries: {
    total: 60,
    converted: 20,
    conversionRate: 0.3333,
    ci95: [0.2273, 0.4594],
    previousTotal: 70,
    previousConverted: 30,
    previousConversionRate: 0.4286,
    change: { label: 'noise', p: 0.2658 },
    sales: 2660,
    previousSales: 4000,
    averageOrderValue: 133,
    previousAverageOrderValue: 133.33,
    afterSaleTotal: 12,
    previousAfterSaleTotal: 0,
    // Sales 4000 → 2660 over 50 pooled orders: dealing each to this week with probability ½, the
    // exact P(sales ≤ 2660) = .09917 (a binomial count per amount, enumerated), two-sided .1983;
    // SciPy's sign-flip permutation_test (400,000 draws) .2001; ours, 9,999 draws from the fixed seed, .215.
    salesChange: { label: 'noise', p: 0.215, method: 'sign-flip-sampled' },
    // AOV 133.33 → 133: SciPy's two-sample permutation test of the means .988; ours 1.
    averageOrderValueChange: { label: 'noise', p: 1, method: 'permutation-sampled' },
    previousStoreSales: null,
    storeSalesChange: null,
    // Each fixture row is a buyer of its own, so per buyer equals per row; no Orders sheet.
    buyers: 60,
    paidBuyers: 20,
    buyerConversionRate: 0.3333,
    buyerCi95: [0.2273, 0.4594],
    buyerChange: { label: 'noise', p: 0.2658, previousBuyers: 70, previousPaidBuyers: 30, previousRate: 0.4286 },
    attributedSales: 2660,
    storeSales: null,
    silentSales: null,
    inquiryShareOfSales: null,
    // 60 − 70 = −10 (−10/70); 20 − 30 (−1/3); 1/3 − 3/7 = −.0952 (−.0952/.4286 = −2/9);
    // 2660 − 4000 = −1340 (−.335); 133 − 133.33 = −.33 (−.0025); after-sale 12 from 0: no relative change.
    deltas: {
      total: { absolute: -10, relative: -0.1429 },
      converted: { absolute: -10, relative: -0.3333 },
      conversionRate: { absolute: -0.0952, relative: -0.2222 },
      sales: { absolute: -1340, relative: -0.335 },
      averageOrderValue: { absolute: -0.33, relative: -0.0025 },
      afterSaleTotal: { absolute: 12, relative: null },
    },
  },
  noDealReasons: [
    { category: '价格太高', count: 16, share: 0.4, ci95: [0.2635, 0.554], previousCount: 5, previousShare: 0.125, label: 'significant-up', p: 0.0259 },
    { category: '比较犹豫', count: 15, share: 0.375, ci95: [0.2422, 0.5297], previousCount: 18, previousShare: 0.45, label: 'noise', p: 1 },
    { category: '运费太贵', count: 5, share: 0.125, ci95: [0.0546, 0.2611], previousCount: 13, previousShare: 0.325, label: 'noise', p: 0.1288 },
    { category: '未填写', count: 2, share: 0.05, ci95: [0.0138, 0.165], previousCount: 4, previousShare: 0.1, label: 'noise', p: 1 },
    { category: '缺货', count: 2, share: 0.05, ci95: [0.0138, 0.165], previousCount: 0, previousShare: 0, label: 'noise', p: 1 },
  ],
  questionCategories: {
    'pre-sale': [
      { category: '价格优惠', count: 30, share: 0.5, ci95: [0.3774, 0.6226], previousCount: 35, previousShare: 0.5, label: 'noise', p: 1 },
      { category: '尺寸规格', count: 20, share: 0.3333, ci95: [0.2273, 0.4594], previousCount: 30, previousShare: 0.4286, label: 'noise', p: 0.5317 },
      { category: '未分类', count: 10, share: 0.1667, ci95: [0.0931, 0.2803], previousCount: 0, previousShare: 0, label: 'significant-up', p: 0.0011 },
      { category: '赠品', count: 0, share: 0, ci95: [0, 0.0602], previousCount: 5, previousShare: 0.0714, label: 'noise', p: 0.1841 },
    ],
    'after-sale': [
      { category: '快递问题', count: 6, share: 0.5, ci95: [0.2538, 0.7462], previousCount: 0, previousShare: null, label: 'no-baseline', p: null },
      { category: '产品损坏', count: 4, share: 0.3333, ci95: [0.1381, 0.6094], previousCount: 0, previousShare: null, label: 'no-baseline', p: null },
      { category: '未分类', count: 2, share: 0.1667, ci95: [0.047, 0.448], previousCount: 0, previousShare: null, label: 'no-baseline', p: null },
    ],
  },
  bases: {
    noDealReasons: { total: 40, previousTotal: 40 },
    'pre-sale': { total: 60, previousTotal: 70 },
    'after-sale': { total: 12, previousTotal: 0 },
  },
  reviews: {
    shops: {
      ours: {
        total: 20,
        previousTotal: 10,
        categories: [
          { category: '产品质量', count: 10, share: 0.5, ci95: [0.2993, 0.7007], previousCount: 8, previousShare: 0.8, label: 'noise', p: 0.9411 },
          { category: '快递', count: 6, share: 0.3, ci95: [0.1455, 0.519], previousCount: 2, previousShare: 0.2, label: 'noise', p: 1 },
          { category: '花色', count: 5, share: 0.25, ci95: [0.1119, 0.4687], previousCount: 0, previousShare: 0, label: 'noise', p: 0.7002 },
          { category: '未分类', count: 3, share: 0.15, ci95: [0.0524, 0.3604], previousCount: 0, previousShare: 0, label: 'noise', p: 1 },
          { category: '气味', count: 2, share: 0.1, ci95: [0.0279, 0.301], previousCount: 0, previousShare: 0, label: 'noise', p: 1 },
        ],
      },
      A店: {
        total: 25,
        previousTotal: 0,
        categories: [
          { category: '快递', count: 17, share: 0.68, ci95: [0.4841, 0.8279], previousCount: 0, previousShare: null, label: 'no-baseline', p: null },
          { category: '气味', count: 5, share: 0.2, ci95: [0.0886, 0.3913], previousCount: 0, previousShare: null, label: 'no-baseline', p: null },
          { category: '花色', count: 5, share: 0.2, ci95: [0.0886, 0.3913], previousCount: 0, previousShare: null, label: 'no-baseline', p: null },
          { category: '产品质量', count: 3, share: 0.12, ci95: [0.0417, 0.2996], previousCount: 0, previousShare: null, label: 'no-baseline', p: null },
        ],
      },
      B店: {
        total: 6,
        previousTotal: 0,
        categories: [
          { category: '快递', count: 6, share: 1, ci95: [0.6097, 1], previousCount: 0, previousShare: null, label: 'no-baseline', p: null },
        ],
      },
      C店: {
        total: 0,
        previousTotal: 3,
        categories: [
          { category: '气味', count: 0, share: null, ci95: [0, 1], previousCount: 3, previousShare: 1, label: 'insufficient-base', p: null },
        ],
      },
    },
    comparison: [
      { competitor: 'A店', category: '产品质量', oursCount: 10, oursTotal: 20, oursShare: 0.5, theirsCount: 3, theirsTotal: 25, theirsShare: 0.12, label: 'ours-higher', p: 0.0208 },
      { competitor: 'A店', category: '快递', oursCount: 6, oursTotal: 20, oursShare: 0.3, theirsCount: 17, theirsTotal: 25, theirsShare: 0.68, label: 'ours-lower', p: 0.0338 },
      { competitor: 'A店', category: '花色', oursCount: 5, oursTotal: 20, oursShare: 0.25, theirsCount: 5, theirsTotal: 25, theirsShare: 0.2, label: 'noise', p: 0.8733 },
      { competitor: 'A店', category: '气味', oursCount: 2, oursTotal: 20, oursShare: 0.1, theirsCount: 5, theirsTotal: 25, theirsShare: 0.2, label: 'noise', p: 0.8733 },
      { competitor: 'B店', category: '产品质量', oursCount: 10, oursTotal: 20, oursShare: 0.5, theirsCount: 0, theirsTotal: 6, theirsShare: 0, label: 'noise', p: 0.1596 },
      { competitor: 'B店', category: '快递', oursCount: 6, oursTotal: 20, oursShare: 0.3, theirsCount: 6, theirsTotal: 6, theirsShare: 1, label: 'ours-lower', p: 0.0161 },
      { competitor: 'B店', category: '花色', oursCount: 5, oursTotal: 20, oursShare: 0.25, theirsCount: 0, theirsTotal: 6, theirsShare: 0, label: 'noise', p: 0.5962 },
      { competitor: 'B店', category: '气味', oursCount: 2, oursTotal: 20, oursShare: 0.1, theirsCount: 0, theirsTotal: 6, theirsShare: 0, label: 'noise', p: 1 },
    ],
  },
  agents: [
    {
      agent: '张三',
      inquiries: 34,
      converted: 10,
      conversionRate: 0.2941,
      ci95: [0.1683, 0.4617],
      previousInquiries: 38,
      previousConverted: 20,
      previousConversionRate: 0.5263,
      change: { label: 'noise', p: 0.0921 },
      responses: 37,
      medianFirstResponseSeconds: 25,
      withinThresholdShare: 1,
      buyers: 34,
      paidBuyers: 10,
      attributedAverageOrderValue: 100,
    },
    {
      agent: '李四',
      inquiries: 26,
      converted: 10,
      conversionRate: 0.3846,
      ci95: [0.2243, 0.5747],
      previousInquiries: 32,
      previousConverted: 10,
      previousConversionRate: 0.3125,
      change: { label: 'noise', p: 0.5655 },
      responses: 30,
      medianFirstResponseSeconds: 150,
      withinThresholdShare: 0.3333,
      buyers: 26,
      paidBuyers: 10,
      attributedAverageOrderValue: 166,
    },
  ],
  responseBands: [
    { band: 'fast', minSeconds: null, maxSeconds: 30, inquiries: 31, converted: 10, conversionRate: 0.3226, ci95: [0.1857, 0.4986] },
    { band: 'medium', minSeconds: 30, maxSeconds: 120, inquiries: 10, converted: 6, conversionRate: 0.6, ci95: [0.3127, 0.8318] },
    { band: 'slow', minSeconds: 120, maxSeconds: null, inquiries: 16, converted: 4, conversionRate: 0.25, ci95: [0.1018, 0.495] },
  ],
  responseBandTest: { label: 'noise', z: 0.5156, p: 0.7422 },
  rankings: {
    source: 'inquiries',
    channel: [
      { key: 'chat', inquiries: 36, converted: 10, conversionRate: 0.2778, sales: 1000, share: 0.6, previousInquiries: 35, previousConverted: 20, previousSales: 2000 },
      { key: 'phone', inquiries: 16, converted: 6, conversionRate: 0.375, sales: 1500, share: 0.2667, previousInquiries: 30, previousConverted: 10, previousSales: 2000 },
      { key: 'wechat', inquiries: 6, converted: 4, conversionRate: 0.6667, sales: 160, share: 0.1, previousInquiries: 5, previousConverted: 0, previousSales: 0 },
      { key: '未填写', inquiries: 2, converted: 0, conversionRate: 0, sales: 0, share: 0.0333, previousInquiries: 0, previousConverted: 0, previousSales: 0 },
    ],
    customerType: [
      { key: 'new', inquiries: 45, converted: 10, conversionRate: 0.2222, sales: 1000, share: 0.75, previousInquiries: 60, previousConverted: 20, previousSales: 2000 },
      { key: 'returning', inquiries: 10, converted: 6, conversionRate: 0.6, sales: 1500, share: 0.1667, previousInquiries: 10, previousConverted: 10, previousSales: 2000 },
      { key: 'wholesaler', inquiries: 4, converted: 4, conversionRate: 1, sales: 160, share: 0.0667, previousInquiries: 0, previousConverted: 0, previousSales: 0 },
      { key: '未填写', inquiries: 1, converted: 0, conversionRate: 0, sales: 0, share: 0.0167, previousInquiries: 0, previousConverted: 0, previousSales: 0 },
    ],
    region: [
      { key: '浙江', inquiries: 35, converted: 14, conversionRate: 0.4, sales: 1160, share: 0.5833, previousInquiries: 35, previousConverted: 20, previousSales: 2000 },
      { key: '上海', inquiries: 14, converted: 0, conversionRate: 0, sales: 0, share: 0.2333, previousInquiries: 18, previousConverted: 0, previousSales: 0 },
    ],
    product: {
      hot: [
        { key: '帽子', inquiries: 10, converted: 6, conversionRate: 0.6, sales: 1500, share: 0.1667, previousInquiries: 12, previousConverted: 10, previousSales: 2000 },
        { key: '围巾', inquiries: 27, converted: 10, conversionRate: 0.3704, sales: 1000, share: 0.45, previousInquiries: 25, previousConverted: 20, previousSales: 2000 },
      ],
      slow: [
        { key: '袜子', inquiries: 7, converted: 0, conversionRate: 0, sales: 0, share: 0.1167, previousInquiries: 15, previousConverted: 0, previousSales: 0 },
        { key: '手套', inquiries: 14, converted: 4, conversionRate: 0.2857, sales: 160, share: 0.2333, previousInquiries: 18, previousConverted: 0, previousSales: 0 },
      ],
    },
  },
  excludedRows: 3,
  undatedExcludedRows: 0,
};

// Every fixture review is rated 5 and says 好, so (no polarity keywords given) every mention is
// positive: no negative mention, no 1–3 star rating. 0 against 0 is tested where both bases are
// ≥ 5 (ours, 10 → 20 reviews: Fisher p = 1); A店 and B店 have no previous week; C店 no current one.
// Wilson upper bound at 0 hits is z²/(n + z²): n 20 → .1611, 25 → .1332, 6 → .3903.
type Shop = 'ours' | 'A店' | 'B店' | 'C店';
const zeroShare = (n: number, pn: number, label: string, p: number | null, upper: number) => ({
  count: 0,
  share: n > 0 ? 0 : null,
  ci95: [0, upper],
  previousCount: 0,
  previousShare: pn > 0 ? 0 : null,
  label,
  p,
});
const shopExpectations: Record<
  Shop,
  [n: number, pn: number, label: string, p: number | null, upper: number]
> = {
  ours: [20, 10, 'noise', 1, 0.1611],
  A店: [25, 0, 'no-baseline', null, 0.1332],
  B店: [6, 0, 'no-baseline', null, 0.3903],
  C店: [0, 3, 'insufficient-base', null, 1],
};
for (const [shop, [n, pn, label, p, upper]] of Object.entries(shopExpectations)) {
  const table = expectedWeek.reviews.shops[shop as Shop] as Record<string, unknown> & {
    categories: Record<string, unknown>[];
  };
  const zero = zeroShare(n, pn, label, p, upper);
  table.categories = table.categories.map((row) => ({
    ...row,
    negativeCount: 0,
    negativeShare: zero.share,
    negativeCi95: zero.ci95,
    previousNegativeCount: 0,
    previousNegativeShare: zero.previousShare,
    negativeLabel: label,
    negativeP: p,
  }));
  Object.assign(table, {
    rated: n,
    previousRated: pn,
    averageRating: n > 0 ? 5 : null,
    previousAverageRating: pn > 0 ? 5 : null,
    negativeRatingShare: zero.share,
    neutralRatingShare: zero.share,
    negativeRatings: zero,
    neutralRatings: zero,
    // No review of the hand-worked week is the platform's default praise.
    defaultPraise: 0,
    previousDefaultPraise: 0,
  });
}
Object.assign(expectedWeek.reviews, { negativeComparison: [] });

describe('buildSummary on the hand-worked week', () => {
  it('matches every hand-computed figure', () => {
    const { trends, ...model } = round4(buildSummary(input('2026-W47')));
    expect(trends.periods).toHaveLength(8);
    expect(model).toEqual(expectedWeek);
  });

  it('labels blanks in English for an English workbook', () => {
    const model = buildSummary(input('2026-W47', { settings: { ...settings, language: 'en' } }));
    expect(model.noDealReasons.map((r) => r.category)).toContain('unrecorded');
    expect(model.questionCategories['after-sale'].map((r) => r.category)).toContain('unclassified');
    expect(model.rankings.channel.map((r) => r.key)).toContain('unrecorded');
  });

  it('is a pure function of its input', () => {
    expect(buildSummary(input('2026-W47'))).toEqual(buildSummary(input('2026-W47')));
  });
});

describe('buildSummary for a month', () => {
  const scorecard = [
    {
      agent: '张三',
      role: 'pre-sale' as const,
      level: 'senior' as const,
      score: 110,
      total: 130,
      percent: 110 / 130,
      qualified: true,
      bonus: 846.15,
      basePay: 2500,
      pay: 3346.15,
    },
  ];

  it('counts the whole month against an empty previous month', () => {
    const model = buildSummary(input('2026-11', { scorecard }));
    expect(model.previous).toEqual({ kind: 'month', id: '2026-10', start: '2026-10-01', end: '2026-10-31' });
    // 60 + 70 pre-sale rows of W46–W47 plus the 2 of 23 November; the September row is outside.
    expect(model.inquiries).toMatchObject({
      total: 132,
      converted: 52,
      previousTotal: 0,
      sales: 2660 + 4000 + 1000,
    });
    expect(model.inquiries.change).toEqual({ label: 'no-baseline', p: null });
    expect(model.inquiries.previousConversionRate).toBeNull();
    expect(model.inquiries.previousAverageOrderValue).toBeNull();
    // 20 + 10 + 1 (8 November) of ours.
    expect(model.reviews.shops.ours?.total).toBe(31);
    expect(model.scorecard).toEqual(scorecard);
  });

  it('leaves the scorecard out of weeks and empties it for a month without one', () => {
    expect('scorecard' in buildSummary(input('2026-W47', { scorecard }))).toBe(false);
    expect(buildSummary(input('2026-11')).scorecard).toEqual([]);
  });
});

describe('buildSummary edge cases', () => {
  it('gives nulls, not NaN, for an empty period', () => {
    const model = buildSummary(input('2030-W01'));
    expect(model.inquiries).toMatchObject({
      total: 0,
      conversionRate: null,
      ci95: [0, 1],
      averageOrderValue: null,
      sales: 0,
    });
    expect(model.inquiries.change.label).toBe('no-baseline');
    expect(model.agents).toEqual([]);
    expect(model.responseBands.every((b) => b.conversionRate === null)).toBe(true);
    expect(JSON.stringify(model)).not.toMatch(/NaN|Infinity/);
  });

  it('tests the fastest band against the slowest (seed 004)', () => {
    const mk = (n: number, time: number, converted: boolean) =>
      Array.from({ length: n }, (_, i) => ({
        ...weekInquiries[0]!,
        row: i + 2,
        firstResponseSeconds: time,
        converted,
      }));
    // fast 30/50 vs slow 10/50: pooled .4, se = √(.4·.6·.04) = .09798, z = .4/.09798 = 4.0825, p = 4.46e-5.
    const inquiries = [
      ...mk(30, 10, true),
      ...mk(20, 10, false),
      ...mk(10, 300, true),
      ...mk(40, 300, false),
    ];
    const model = buildSummary(input('2026-W47', { inquiries }));
    expect(model.responseBandTest.label).toBe('fast-higher');
    expect(model.responseBandTest.z).toBeCloseTo(4.0825, 4);
    expect(model.responseBandTest.p).toBeCloseTo(4.4557e-5, 8);
    const reversed = [...mk(10, 10, true), ...mk(40, 10, false), ...mk(30, 300, true), ...mk(20, 300, false)];
    expect(buildSummary(input('2026-W47', { inquiries: reversed })).responseBandTest.label).toBe(
      'fast-lower',
    );
  });

  it('does not call an agent with no pre-sale inquiry this period "no baseline"', () => {
    // 王五 answered after-sale rows only, in both weeks: no conversion to compare.
    const afterOnly = weekInquiries
      .filter((r) => r.stage === 'after-sale')
      .map((r) => ({ ...r, agent: '王五', date: '2026-11-18' }));
    const lastWeek = afterOnly.map((r) => ({ ...r, date: '2026-11-10' }));
    const model = buildSummary(
      input('2026-W47', { inquiries: [...weekInquiries, ...afterOnly, ...lastWeek] }),
    );
    const wang = model.agents.find((a) => a.agent === '王五')!;
    expect(wang.inquiries).toBe(0);
    expect(wang.change).toEqual({ label: 'insufficient-base', p: null });
  });

  it('takes the median of even and odd counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
