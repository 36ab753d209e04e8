import { describe, expect, it } from 'vitest';
import {
  DEMO_AGENTS,
  DEMO_DEFAULTS,
  type DemoData,
  generateDemo,
  PRAISE_COMPETITOR,
  SMELL_PRODUCT,
} from '../../../src/cli/demo/generate-demo';
import { OURS } from '../../../src/core/sheets/records';

const demo = generateDemo(DEMO_DEFAULTS);
const END = '2026-11-29';

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
  '其他',
];
const REVIEW_LABELS = [
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

/** A deliberately coarse keyword classifier, to check the texts give a real one something to find. */
const PRE_SALE_KEYWORDS: RegExp[] = [
  /优惠|便宜|打折|折扣|价|满减|券/,
  /赠品|礼物|礼品|送的/,
  /运费|包邮/,
  /现货|有货|库存|缺货|补货/,
  /尺寸|规格|多大|码|米|厘米|×|多高/,
  /发货|几天|多久|发出/,
  /纯棉|甲醛|A类|掉色|材质|异味|起球/,
  /发票|地址|工厂|实拍|专票|代发|贴牌|代理|物流/,
];
const REVIEW_KEYWORDS: RegExp[] = [
  /味/,
  /赠品|送的|小礼物/,
  /质量|做工|面料|线头|起球|厚实/,
  /快递|物流|发货/,
  /颜色|花色|图案|色差/,
  /喜欢|舒服/,
  /也想|要链接/,
  /售后/,
  /回购|加购|再买/,
  /客服/,
];

const share = <T>(rows: readonly T[], test: (row: T) => boolean): number =>
  rows.length === 0 ? Number.NaN : rows.filter(test).length / rows.length;

function hits(text: string, keywords: RegExp[]): number {
  return keywords.filter((keyword) => keyword.test(text)).length;
}

/** Pooled two-proportion z statistic. */
function zStatistic(x1: number, n1: number, x2: number, n2: number): number {
  const pooled = (x1 + x2) / (n1 + n2);
  return (x1 / n1 - x2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
}

/** Seed 003's after-sales score, to check the demo months land on both sides of the 70 % gate. */
function score(row: DemoData['scorecard'][number]): number {
  const gradePoints = { excellent: 20, good: 15, fair: 10, poor: 0 };
  const grades = [row.quality, row.disputes, row.cooperation, row.execution];
  const rate = row.orders === 0 ? 0 : row.refunds / row.orders;
  const refund = rate <= 0.05 ? 30 : rate <= 0.08 ? 20 : rate <= 0.11 ? 10 : 0;
  const attendance = Math.max(0, 20 - 5 * row.late - 5 * row.leave - 10 * row.absence);
  const total =
    grades.reduce((sum, g) => sum + (g ? gradePoints[g] : 0), 0) +
    refund +
    attendance -
    5 * row.lowQualityReviews -
    row.complaintPoints +
    2 * row.praises +
    row.outstandingPoints;
  return Math.max(0, total);
}

describe('generateDemo: size and shape', () => {
  it('has the promised volumes, agents on both desks, our shop and two competitors', () => {
    expect(demo.inquiries.length).toBeGreaterThanOrEqual(1500);
    expect(demo.reviews.length).toBeGreaterThanOrEqual(600);
    const agents = new Set(demo.inquiries.map((i) => i.agent));
    expect(agents.size).toBeGreaterThanOrEqual(6);
    expect(DEMO_AGENTS.some((a) => a.role === 'pre-sale')).toBe(true);
    expect(DEMO_AGENTS.some((a) => a.role === 'after-sale')).toBe(true);
    expect(demo.competitors).toHaveLength(2);
    expect(new Set(demo.reviews.map((r) => r.shop))).toEqual(
      new Set([OURS, ...demo.competitors.map((c) => c.name)]),
    );
    expect(demo.competitors.map((c) => c.name)).toContain(PRAISE_COMPETITOR);
    expect(demo.reviews.filter((r) => r.shop === OURS).length).toBeGreaterThan(demo.reviews.length / 3);
  });

  it('keeps every agent on their own desk, in the inquiries and the scorecard', () => {
    for (const agent of DEMO_AGENTS) {
      const stages = new Set(demo.inquiries.filter((i) => i.agent === agent.name).map((i) => i.stage));
      expect(stages).toEqual(new Set([agent.role]));
      expect(demo.scorecard.filter((s) => s.agent === agent.name).every((s) => s.role === agent.role)).toBe(
        true,
      );
    }
    expect(new Set(DEMO_AGENTS.map((a) => a.level))).toEqual(new Set(['regular', 'senior', 'lead']));
  });

  it('stays inside the requested weeks and fills every day', () => {
    const dates = [...demo.inquiries, ...demo.reviews, ...demo.probes].map((row) => row.date);
    expect(dates.every((d) => d >= DEMO_DEFAULTS.start && d <= END)).toBe(true);
    const days = new Set(demo.inquiries.map((i) => i.date));
    expect(days.size).toBe(DEMO_DEFAULTS.weeks * 7);
    const short = generateDemo({ ...DEMO_DEFAULTS, start: '2026-01-05', weeks: 2 });
    const shortDates = short.inquiries.map((i) => i.date).sort();
    expect(shortDates[0]).toBe('2026-01-05');
    expect(shortDates.at(-1)).toBe('2026-01-18');
    expect(short.scorecard.map((s) => s.month)).toEqual(DEMO_AGENTS.map(() => '2026-01'));
  });

  it('has one scorecard row per agent per month covered', () => {
    const keys = demo.scorecard.map((s) => `${s.month}|${s.agent}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(demo.scorecard.map((s) => s.month))).toEqual(new Set(['2026-09', '2026-10', '2026-11']));
    expect(demo.scorecard).toHaveLength(3 * DEMO_AGENTS.length);
  });

  it('rejects a start that is not a Monday and a bad week count', () => {
    expect(() => generateDemo({ ...DEMO_DEFAULTS, start: '2026-09-22' })).toThrow(RangeError);
    expect(() => generateDemo({ ...DEMO_DEFAULTS, start: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateDemo({ ...DEMO_DEFAULTS, weeks: 0 })).toThrow(RangeError);
    expect(() => generateDemo({ ...DEMO_DEFAULTS, weeks: 2.5 })).toThrow(RangeError);
  });
});

describe('generateDemo: determinism', () => {
  it('gives deep-equal data for the same options', () => {
    expect(generateDemo({ ...DEMO_DEFAULTS })).toEqual(demo);
  });

  it('gives different data for a different seed', () => {
    const other = generateDemo({ ...DEMO_DEFAULTS, seed: DEMO_DEFAULTS.seed + 1 });
    expect(other.inquiries.slice(0, 20)).not.toEqual(demo.inquiries.slice(0, 20));
    expect(other.reviews.slice(0, 20)).not.toEqual(demo.reviews.slice(0, 20));
  });
});

describe('generateDemo: canonical values', () => {
  it('uses only valid enum keys and consistent pre-sale / after-sale fields', () => {
    const customerTypes = new Set(['new', 'returning', 'wholesaler', 'distributor']);
    const channels = new Set(['chat', 'phone', 'wechat', '1688', 'other']);
    const transactions = new Set(['retail', 'wholesale', 'distribution']);
    const invalid = (i: DemoData['inquiries'][number]): boolean => {
      const shared =
        customerTypes.has(i.customerType!) &&
        channels.has(i.channel!) &&
        transactions.has(i.transactionType!) &&
        i.questionCategory === '' &&
        i.question !== '' &&
        i.customerId !== '' &&
        (i.firstResponseSeconds === null ||
          (Number.isInteger(i.firstResponseSeconds) && i.firstResponseSeconds >= 0)) &&
        (i.amount === null || i.amount > 0);
      if (i.stage === 'after-sale')
        return !(shared && i.converted === null && i.amount === null && i.noDealReason === '');
      if (i.stage !== 'pre-sale' || typeof i.converted !== 'boolean' || (i.amount === null) !== !i.converted)
        return true;
      return !(shared && (i.converted ? i.noDealReason === '' : ['', ...NO_DEAL].includes(i.noDealReason)));
    };
    expect(demo.inquiries.filter(invalid)).toEqual([]);
  });

  it('leaves review categories to classification and overrides only with review labels', () => {
    const invalid = demo.reviews.filter(
      (r) =>
        r.categories.length > 0 ||
        !Number.isInteger(r.rating) ||
        r.rating! < 1 ||
        r.rating! > 5 ||
        !r.categoryOverride.every((label) => REVIEW_LABELS.includes(label)) ||
        r.text === '',
    );
    expect(invalid).toEqual([]);
    const overridden = share(demo.reviews, (r) => r.categoryOverride.length > 0);
    expect(overridden).toBeGreaterThan(0);
    expect(overridden).toBeLessThan(0.1);
  });

  it('fills the scorecard with valid grades, plausible counts and every refund band', () => {
    const grades = new Set(['excellent', 'good', 'fair', 'poor']);
    const bands = new Set<number>();
    for (const s of demo.scorecard) {
      expect(s.month).toMatch(/^\d{4}-\d{2}$/);
      for (const g of [s.quality, s.disputes, s.cooperation, s.execution]) expect(grades.has(g!)).toBe(true);
      for (const n of [s.orders, s.refunds, s.late, s.leave, s.absence, s.lowQualityReviews, s.praises]) {
        expect(Number.isInteger(n) && n >= 0).toBe(true);
      }
      expect(s.refunds).toBeLessThanOrEqual(s.orders);
      const rate = s.refunds / s.orders;
      bands.add(rate <= 0.05 ? 0 : rate <= 0.08 ? 1 : rate <= 0.11 ? 2 : 3);
    }
    expect(bands).toEqual(new Set([0, 1, 2, 3]));
    const qualified = demo.scorecard.filter((s) => score(s) / 130 >= 0.7).length;
    expect(qualified).toBeGreaterThan(0);
    expect(qualified).toBeLessThan(demo.scorecard.length);
  });

  it('counts each agent’s praises from the reviews that name them', () => {
    for (const s of demo.scorecard) {
      const named = demo.reviews.filter(
        (r) => r.shop === OURS && r.agentMentioned === s.agent && r.date.startsWith(s.month),
      );
      expect(s.praises).toBe(named.length);
    }
    expect(demo.scorecard.some((s) => s.praises > 0)).toBe(true);
  });

  it('logs probes against the registered competitors with both outcomes', () => {
    const names = new Set(demo.competitors.map((c) => c.name));
    expect(demo.probes.length).toBe(2 * DEMO_DEFAULTS.weeks);
    expect(
      demo.probes.every((p) => names.has(p.competitor) && p.question && p.theirAnswer && p.ourAnswer),
    ).toBe(true);
    const outcomes = new Set(demo.probes.map((p) => p.better));
    expect(outcomes.has('ours') && outcomes.has('theirs')).toBe(true);
  });
});

describe('generateDemo: texts a keyword classifier can work with', () => {
  const preSale = demo.inquiries.filter((i) => i.stage === 'pre-sale');

  it('mostly mentions a category, sometimes two, sometimes none', () => {
    const counts = preSale.map((i) => hits(i.question, PRE_SALE_KEYWORDS));
    expect(share(counts, (n) => n >= 1)).toBeGreaterThan(0.8);
    expect(share(counts, (n) => n >= 2)).toBeGreaterThan(0.05);
    expect(share(counts, (n) => n === 0)).toBeGreaterThan(0.02);
    const reviewCounts = demo.reviews.map((r) => hits(r.text, REVIEW_KEYWORDS));
    expect(share(reviewCounts, (n) => n >= 1)).toBeGreaterThan(0.8);
    expect(share(reviewCounts, (n) => n >= 2)).toBeGreaterThan(0.15);
    expect(share(reviewCounts, (n) => n === 0)).toBeGreaterThan(0.02);
  });

  it('carries emoji, full-width and half-width punctuation', () => {
    const texts = [...demo.inquiries.map((i) => i.question), ...demo.reviews.map((r) => r.text)];
    expect(share(texts, (t) => /\p{Extended_Pictographic}/u.test(t))).toBeGreaterThan(0.03);
    expect(share(texts, (t) => /[，？！。]/.test(t))).toBeGreaterThan(0.4);
    expect(texts.some((t) => /[,?!]/.test(t))).toBe(true);
  });
});

describe('generateDemo: the rest of the shop looks real', () => {
  it('has a right-skewed first response: mostly 5–60 s, a tail beyond 120 s', () => {
    const seconds = demo.inquiries.flatMap((i) =>
      i.firstResponseSeconds === null ? [] : [i.firstResponseSeconds],
    );
    const sorted = [...seconds].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(5);
    expect(median).toBeLessThanOrEqual(60);
    expect(share(seconds, (s) => s >= 5 && s <= 60)).toBeGreaterThan(0.6);
    const slow = share(seconds, (s) => s > 120);
    expect(slow).toBeGreaterThan(0.03);
    expect(slow).toBeLessThan(0.25);
    const mean = seconds.reduce((a, b) => a + b, 0) / seconds.length;
    expect(mean).toBeGreaterThan(median);
  });

  it('has hot and slow products, many provinces, and 1688 wholesale orders far above retail', () => {
    const perProduct = new Map<string, number>();
    for (const i of demo.inquiries) perProduct.set(i.product, (perProduct.get(i.product) ?? 0) + 1);
    expect(perProduct.size).toBeGreaterThanOrEqual(12);
    const volumes = [...perProduct.values()].sort((a, b) => a - b);
    expect(volumes.at(-1)!).toBeGreaterThan(5 * volumes[0]!);
    expect(new Set(demo.inquiries.map((i) => i.region)).size).toBeGreaterThanOrEqual(20);
    const mean = (rows: typeof demo.inquiries) => rows.reduce((sum, i) => sum + i.amount!, 0) / rows.length;
    const paid = demo.inquiries.filter((i) => i.amount !== null);
    const wholesale = paid.filter((i) => i.transactionType === 'wholesale');
    const retail = paid.filter((i) => i.transactionType === 'retail');
    expect(wholesale.length).toBeGreaterThan(10);
    expect(mean(wholesale)).toBeGreaterThan(5 * mean(retail));
    expect(demo.inquiries.some((i) => i.channel === '1688' && i.customerType === 'wholesaler')).toBe(true);
  });

  it('brings earlier buyers back as returning customers and after-sale cases', () => {
    const firstSeen = new Map<string, string>();
    for (const i of demo.inquiries) if (!firstSeen.has(i.customerId)) firstSeen.set(i.customerId, i.date);
    const repeat = demo.inquiries.filter((i) => firstSeen.get(i.customerId)! < i.date);
    expect(repeat.length).toBeGreaterThan(200);
  });
});

describe.each([
  ['the default seed', DEMO_DEFAULTS.seed],
  ['seed 1', 1],
  ['seed 7', 7],
])('generateDemo: planted signals with %s', (_, seed) => {
  const data = seed === DEMO_DEFAULTS.seed ? demo : generateDemo({ ...DEMO_DEFAULTS, seed });
  const preSale = data.inquiries.filter((i) => i.stage === 'pre-sale');
  const lastThreeWeeks = '2026-11-09';
  const firstThreeWeeksEnd = '2026-10-12';

  it('converts replies slower than 120 s far worse than replies within 30 s (seed 004)', () => {
    const fast = preSale.filter((i) => i.firstResponseSeconds !== null && i.firstResponseSeconds <= 30);
    const slow = preSale.filter((i) => i.firstResponseSeconds !== null && i.firstResponseSeconds > 120);
    expect(slow.length).toBeGreaterThan(60);
    const fastRate = share(fast, (i) => i.converted === true);
    const slowRate = share(slow, (i) => i.converted === true);
    expect(fastRate - slowRate).toBeGreaterThan(0.15);
    const z = zStatistic(
      fast.filter((i) => i.converted).length,
      fast.length,
      slow.filter((i) => i.converted).length,
      slow.length,
    );
    expect(z).toBeGreaterThan(3);
  });

  it('sees 赠品不满意 rise sharply in the last three weeks (seed 000)', () => {
    const lost = preSale.filter((i) => i.converted === false);
    const before = lost.filter((i) => i.date < lastThreeWeeks);
    const after = lost.filter((i) => i.date >= lastThreeWeeks);
    const gift = (i: (typeof lost)[number]) => i.noDealReason === '赠品不满意';
    expect(share(after, gift)).toBeGreaterThan(3 * share(before, gift));
    expect(share(after, gift) - share(before, gift)).toBeGreaterThan(0.1);
  });

  it('leaves some no-deal reasons blank, so unrecorded shows', () => {
    const lost = preSale.filter((i) => i.converted === false);
    const blank = share(lost, (i) => i.noDealReason === '');
    expect(blank).toBeGreaterThan(0.05);
    expect(blank).toBeLessThan(0.25);
  });

  it('shows the competitor praising agents far more at first, and ours catching up (seed 000)', () => {
    const praised = (r: DemoData['reviews'][number]) =>
      r.agentMentioned !== '' && r.text.includes(r.agentMentioned);
    const ours = data.reviews.filter((r) => r.shop === OURS);
    const theirs = data.reviews.filter((r) => r.shop === PRAISE_COMPETITOR);
    const early = (r: { date: string }) => r.date < firstThreeWeeksEnd;
    const oursEarly = share(ours.filter(early), praised);
    expect(share(theirs.filter(early), praised) - oursEarly).toBeGreaterThan(0.15);
    expect(
      share(
        ours.filter((r) => r.date >= lastThreeWeeks),
        praised,
      ) - oursEarly,
    ).toBeGreaterThan(0.1);
  });

  it('concentrates smell complaints on one product', () => {
    const ours = data.reviews.filter((r) => r.shop === OURS);
    const smelly = ours.filter((r) => r.product === SMELL_PRODUCT);
    const others = ours.filter((r) => r.product !== SMELL_PRODUCT);
    const mentionsSmell = (r: { text: string }) => /味/.test(r.text);
    expect(smelly.length).toBeGreaterThan(20);
    expect(share(smelly, mentionsSmell)).toBeGreaterThan(0.25);
    expect(share(smelly, mentionsSmell)).toBeGreaterThan(4 * share(others, mentionsSmell));
    const smellChats = data.inquiries.filter((i) => i.stage === 'after-sale' && /味/.test(i.question));
    expect(share(smellChats, (i) => i.product === SMELL_PRODUCT)).toBeGreaterThan(0.5);
  });
});
