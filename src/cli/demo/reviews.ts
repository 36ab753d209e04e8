import { OURS, type Review } from '../../core/sheets';
import { addDays } from '../../core/time';
import {
  COMPETITOR_LINES,
  DEMO_AGENTS,
  DEMO_COMPETITORS,
  DEMO_PRODUCTS,
  PRAISE_COMPETITOR,
  SMELL_PRODUCT,
} from './catalog';
import type { DemoPeriod } from './period';
import {
  EMOJI,
  fill,
  fitting,
  joinSentences,
  REVIEW_NOISE,
  REVIEW_PHRASES,
  toHalfWidthPunctuation,
} from './phrases';
import type { Rng } from './random';

export type DemoReview = Omit<Review, 'row'>;

interface Part {
  category: string;
  negative: boolean;
  text: string;
}

/** What each of our generated reviews complains about (the DSR generator reads it; no draw is spent). */
export const COMPLAINTS = new WeakMap<DemoReview, readonly string[]>();

/** Everyday review topics (smell and agent praise are planted separately). */
const TOPICS: readonly (readonly [string, number])[] = [
  ['产品质量', 25],
  ['孩子家人喜欢', 18],
  ['花色', 14],
  ['快递', 14],
  ['赠品质量', 6],
  ['别人也想买', 6],
  ['售后服务态度', 5],
  ['额外购买', 6],
];

const NEGATIVE_SHARE: Record<string, number> = {
  产品质量: 0.15,
  快递: 0.2,
  花色: 0.15,
  赠品质量: 0.3,
  售后服务态度: 0.35,
};

/** Reviews of our shop and of both competitors, day by day. */
export function generateReviews(rng: Rng, period: DemoPeriod): DemoReview[] {
  const reviews: DemoReview[] = [];
  for (let day = 0; day < period.days; day++) {
    const date = addDays(period.start, day);
    const week = Math.floor(day / 7);
    const progress = period.days > 1 ? day / (period.days - 1) : 0;
    const shops: [string, number][] = [
      [OURS, rng.int(3, 7)],
      [DEMO_COMPETITORS[0]!.name, rng.int(2, 4)],
      [DEMO_COMPETITORS[1]!.name, rng.int(1, 3)],
    ];
    for (const [shop, count] of shops) {
      for (let i = 0; i < count; i++) {
        const product =
          shop === OURS ? ourProduct(rng, progress) : rng.pick(COMPETITOR_LINES[shop]!.products);
        reviews.push(
          review(rng, {
            date,
            shop,
            product,
            praise: praiseShare(shop, week, period),
            late: week >= period.lateFromWeek,
          }),
        );
      }
    }
  }
  return reviews;
}

/**
 * Seed 000: the core competitor's reviews praise an agent far more often than ours; once our
 * agents sign off with "praise me in your review", our share climbs week by week.
 */
function praiseShare(shop: string, week: number, period: DemoPeriod): number {
  if (shop === PRAISE_COMPETITOR) return 0.32;
  if (shop !== OURS) return 0.1;
  if (week < period.praiseRampWeek) return 0.05;
  const steps = Math.max(1, period.weeks - period.praiseRampWeek);
  return 0.05 + (0.3 - 0.05) * ((week - period.praiseRampWeek + 1) / steps);
}

/** Share of a product's reviews that mention smell, and how many of those complain. */
function smell(product: string): { share: number; negative: number } {
  if (product === SMELL_PRODUCT) return { share: 0.45, negative: 0.9 };
  if (product.endsWith('爬行垫')) return { share: 0.12, negative: 0.5 };
  return { share: 0.04, negative: 0.25 };
}

interface ReviewSpec {
  date: string;
  shop: string;
  product: string;
  praise: number;
  late: boolean;
}

function review(rng: Rng, spec: ReviewSpec): DemoReview {
  const parts: Part[] = [];
  const smellOdds = smell(spec.product);
  if (rng.chance(smellOdds.share))
    parts.push(part(rng, '气味', rng.chance(smellOdds.negative), spec.product));
  const extra = rng.weighted([
    [0, 12],
    [1, 55],
    [2, 28],
    [3, 5],
  ]);
  for (let i = 0; i < extra; i++) {
    const topic = rng.weighted(TOPICS.filter(([label]) => !parts.some((p) => p.category === label)));
    const negativeShare =
      topic === '赠品质量' && spec.late && spec.shop === OURS ? 0.55 : (NEGATIVE_SHARE[topic] ?? 0);
    parts.push(part(rng, topic, rng.chance(negativeShare), spec.product));
  }
  let agentMentioned = '';
  if (rng.chance(spec.praise)) {
    agentMentioned = praisedAgent(rng, spec.shop);
    parts.push({
      category: '客服表扬',
      negative: false,
      text: fill(rng.pick(REVIEW_PHRASES.客服表扬!.positive), { a: agentMentioned }),
    });
  }
  const negative = parts.some((p) => p.negative);
  const noise = parts.length === 0;
  let text = noise ? rng.pick(REVIEW_NOISE) : joinParts(rng, parts);
  if (!noise && rng.chance(0.15)) text += rng.pick(negative ? EMOJI.upset : EMOJI.happy);
  if (rng.chance(0.08)) text = toHalfWidthPunctuation(text);
  const made: DemoReview = {
    date: spec.date,
    shop: spec.shop,
    product: spec.product,
    rating: rating(rng, negative, noise),
    text,
    categories: [],
    categoryOverride: override(rng, parts, spec.product, text),
    agentMentioned,
  };
  COMPLAINTS.set(
    made,
    parts.filter((p) => p.negative).map((p) => p.category),
  );
  return made;
}

function part(rng: Rng, category: string, negative: boolean, product: string): Part {
  const bank = REVIEW_PHRASES[category]!;
  const complaint = negative && bank.negative.length > 0;
  return {
    category,
    negative: complaint,
    text: rng.pick(fitting(complaint ? bank.negative : bank.positive, product)),
  };
}

function joinParts(rng: Rng, parts: Part[]): string {
  return parts
    .map((p) => p.text)
    .reduce((text, next) => joinSentences(text, next, rng.pick(['，', '。', '！', ' '])));
}

function praisedAgent(rng: Rng, shop: string): string {
  if (shop !== OURS) return rng.pick(COMPETITOR_LINES[shop]!.agents);
  return rng.weighted(DEMO_AGENTS.map((agent) => [agent.name, agent.role === 'pre-sale' ? 3 : 1]));
}

function ourProduct(rng: Rng, progress: number): string {
  return rng.weighted(
    DEMO_PRODUCTS.map((p) => [p.name, p.weightStart + (p.weightEnd - p.weightStart) * progress] as const),
  );
}

function rating(rng: Rng, negative: boolean, noise: boolean): number {
  if (negative) {
    return rng.weighted([
      [1, 20],
      [2, 25],
      [3, 40],
      [4, 15],
    ]);
  }
  if (noise) {
    return rng.weighted([
      [5, 70],
      [4, 25],
      [3, 5],
    ]);
  }
  return rng.chance(0.85) ? 5 : 4;
}

/** Now and then the team corrects the auto categories: "没有异味" is praise of quality, not a smell complaint. */
function override(rng: Rng, parts: Part[], product: string, text: string): string[] {
  const praisesNoSmell = parts.some((p) => p.category === '气味' && !p.negative) && product !== SMELL_PRODUCT;
  if (praisesNoSmell && rng.chance(0.3)) {
    return [...new Set(parts.map((p) => (p.category === '气味' ? '产品质量' : p.category)))];
  }
  if (text === '物美价廉' && rng.chance(0.5)) return ['产品质量'];
  return [];
}
