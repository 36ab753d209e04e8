/**
 * Demo data for `spiral demo`: a home-textile and children's-products shop on Taobao / 1688,
 * seeded and deterministic (pure-rand's xoroshiro128+), with signals planted for the summaries to find:
 *
 * 1. Slow replies cost conversion (seed 004): a pre-sale reply slower than 120 s converts at about
 *    0.42× the rate of one within 30 s (30–60 s 0.9×, 60–120 s 0.78×); 婷婷 is the slow agent.
 * 2. The gift crunch (seed 000): in the last three weeks a competitor gives better gifts; gift
 *    questions triple, gift questions convert worse, and 赠品不满意 jumps from ~4 % to ~20–25 % of non-converted rows.
 * 3. Agent praise (seed 000): 暖暖家纺旗舰店's reviews praise an agent in ~32 % of reviews, ours in ~5 %
 *    until week 0.4 × weeks, when our agents start asking for it; ours then climbs to ~30 % by the last week.
 * 4. Smell: 宝宝加厚爬行垫 (XPE foam) is mentioned for smell in ~45 % of its reviews (mostly complaints)
 *    against ~4 % for our other products, and dominates the after-sale 气味材质安全 chats.
 * Also: ~12 % of non-converted pre-sale rows leave the reason blank (未填写); seasonal products (毛毯,
 * 羽绒被) rise into November while 夏凉被 fades; 双11 (Nov 1–11) brings more chats, slower replies
 * and more courier complaints; 1688 wholesale buyers order tens to hundreds of pieces.
 * 5. After 双11 (Nov 12–22) buyers have stocked up: chats fall to half a usual day's and the wholesale
 *    trade stays away, so a week's sales fall broadly — many fewer orders, not one wholesale order
 *    moving — and the sales test finds it.
 * 6. The channel item (渠道款): in the last week every wholesaler and distributor who paid before
 *    re-orders the item the trade buys most, so its re-orders rise against last month (roles-demo.ts).
 */
import type { Competitor, Inquiry, Review, ScorecardRow } from '../../core/sheets';
import { addDays } from '../../core/time';
import { type DemoAction, generateActions } from './actions';
import { type DemoAdRow, generateAds } from './ads';
import { DEMO_COMPETITORS } from './catalog';
import { type DemoDsrRow, generateDsr } from './dsr';
import { type DemoExports, generateExports } from './exports';
import { generateInquiries } from './inquiries';
import { type DemoPeriod, demoPeriod } from './period';
import { PROBE_SCRIPTS } from './phrases';
import { Rng } from './random';
import { generateReviews } from './reviews';
import { channelReorders } from './roles-demo';
import { generateScorecard } from './scorecard';

export { DEMO_AGENTS, DEMO_COMPETITORS, DEMO_PRODUCTS, PRAISE_COMPETITOR, SMELL_PRODUCT } from './catalog';

export interface DemoOptions {
  seed: number;
  /** A Monday, 'YYYY-MM-DD'. */
  start: string;
  weeks: number;
}

export interface DemoProbe {
  date: string;
  competitor: string;
  question: string;
  theirAnswer: string;
  ourAnswer: string;
  better: 'ours' | 'theirs' | 'same';
}

export interface DemoData {
  /** Canonical values; questionCategory '' (classification fills it). */
  inquiries: Omit<Inquiry, 'row'>[];
  /** categories [] (classification fills them); categoryOverride mostly []. */
  reviews: Omit<Review, 'row'>[];
  competitors: Omit<Competitor, 'row'>[];
  probes: DemoProbe[];
  /** One row per agent per month the period touches. */
  scorecard: Omit<ScorecardRow, 'row'>[];
  /** What the team changed, for the Effects tab. */
  actions: DemoAction[];
  /** The order report and the chat log of the last two weeks, as the platform exports them. */
  exports: DemoExports;
  /** Daily ad spend per plan (its own generator: the logs above do not move). */
  ads: DemoAdRow[];
  /** Monday DSR readings, the 180-day average of ratings our reviews give (its own generator). */
  dsr: DemoDsrRow[];
  /** The item the team types 渠道款, whose trade buyers re-order it in the last week (roles-demo.ts). */
  channelItem: string;
}

/** Ten weeks ending on the Sunday before the seed date of this project. */
export const DEMO_DEFAULTS: DemoOptions = { seed: 20261122, start: '2026-09-21', weeks: 10 };

/** Throws RangeError when start is not a Monday or weeks is not a whole number from 1 to 104. */
export function generateDemo(options: DemoOptions): DemoData {
  const period = demoPeriod(options.start, options.weeks);
  const rng = new Rng(options.seed);
  const inquiries = generateInquiries(rng, period);
  const reviews = generateReviews(rng, period);
  const probes = generateProbes(rng, period);
  const scorecard = generateScorecard(rng, period, inquiries, reviews);
  const competitors = DEMO_COMPETITORS.map((c) => ({ ...c }));
  // Drawn last, so the typed logs above stay what they were before the exports existed.
  const exports = generateExports(rng, period, inquiries);
  const reorders = channelReorders(exports.orders, inquiries, addDays(period.start, period.days - 1));
  exports.orders.push(...reorders.orders);
  const ads = generateAds(options.seed, period);
  const dsr = generateDsr(period, reviews);
  return {
    inquiries,
    reviews,
    competitors,
    probes,
    scorecard,
    actions: generateActions(period),
    exports,
    ads,
    dsr,
    channelItem: reorders.item,
  };
}

/** Two probes a week (Tuesday and Thursday), scripted to tell the same story as the reviews. */
function generateProbes(rng: Rng, period: DemoPeriod): DemoProbe[] {
  const probes: DemoProbe[] = [];
  for (let week = 0; week < period.weeks; week++) {
    const phase = week >= period.lateFromWeek ? 'late' : week >= period.praiseRampWeek ? 'middle' : 'early';
    const timely = PROBE_SCRIPTS.filter((script) => script.phase === phase);
    const anytime = PROBE_SCRIPTS.filter((script) => script.phase === 'any');
    for (const weekday of [1, 3]) {
      const script = rng.pick(timely.length > 0 && rng.chance(0.6) ? timely : anytime);
      const competitor = DEMO_COMPETITORS[script.competitor ?? rng.int(0, DEMO_COMPETITORS.length - 1)]!;
      probes.push({
        date: addDays(period.start, week * 7 + weekday),
        competitor: competitor.name,
        question: script.question,
        theirAnswer: script.theirAnswer,
        ourAnswer: script.ourAnswer,
        better: script.better,
      });
    }
  }
  return probes;
}
