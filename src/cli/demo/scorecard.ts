import { type Grade, OURS, type ScorecardRow } from '../../core/sheets';
import { addDays } from '../../core/time';
import { DEMO_AGENTS, type DemoAgent } from './catalog';
import type { DemoInquiry } from './inquiries';
import type { DemoPeriod } from './period';
import type { Rng } from './random';
import type { DemoReview } from './reviews';

export type DemoScorecardRow = Omit<ScorecardRow, 'row'>;

/** Refund-rate bands of seed 003's scorecard: ≤ 5 %, 5–8 %, 8–11 %, over 11 % (upper bounds inclusive). */
export function refundBand(refunds: number, orders: number): 0 | 1 | 2 | 3 {
  if (refunds * 100 <= 5 * orders) return 0;
  if (refunds * 100 <= 8 * orders) return 1;
  if (refunds * 100 <= 11 * orders) return 2;
  return 3;
}

interface MonthSpan {
  month: string;
  /** Share of the calendar month inside the demo period. */
  coverage: number;
}

export function monthsCovered(period: DemoPeriod): MonthSpan[] {
  const days = new Map<string, number>();
  for (let day = 0; day < period.days; day++) {
    const month = addDays(period.start, day).slice(0, 7);
    days.set(month, (days.get(month) ?? 0) + 1);
  }
  return [...days].map(([month, count]) => {
    const [year, monthIndex] = month.split('-').map(Number) as [number, number];
    const length = new Date(Date.UTC(year, monthIndex, 0)).getUTCDate();
    return { month, coverage: count / length };
  });
}

/** One row per agent per month; orders follow the inquiry log, praises follow our reviews. */
export function generateScorecard(
  rng: Rng,
  period: DemoPeriod,
  inquiries: readonly DemoInquiry[],
  reviews: readonly DemoReview[],
): DemoScorecardRow[] {
  const slots = monthsCovered(period).flatMap((span) => DEMO_AGENTS.map((agent) => ({ span, agent })));
  const bands = slots.map(({ agent }) =>
    rng.weighted<0 | 1 | 2 | 3>([
      [0, 30 + 30 * agent.form],
      [1, 25],
      [2, 18],
      [3, 20 - 12 * agent.form],
    ]),
  );
  // Every refund band must appear so the demo exercises the whole refund scale.
  for (const band of [0, 1, 2, 3] as const) {
    if (!bands.includes(band)) bands[rng.int(0, bands.length - 1)] = band;
  }
  return slots.map(({ span, agent }, index) => {
    const orders = ordersFor(rng, agent, span, inquiries);
    return {
      month: span.month,
      agent: agent.name,
      role: agent.role,
      level: agent.level,
      quality: grade(rng, agent),
      disputes: grade(rng, agent),
      cooperation: grade(rng, agent),
      execution: grade(rng, agent),
      orders,
      refunds: refundsIn(rng, orders, bands[index]!),
      late: rng.weighted([
        [0, 60 + 20 * agent.form],
        [1, 22],
        [2, 8],
        [3, 3],
      ]),
      leave: rng.weighted([
        [0, 80],
        [1, 15],
        [2, 5],
      ]),
      absence: rng.chance(0.06) ? 1 : 0,
      lowQualityReviews: rng.weighted([
        [0, 60 + 30 * agent.form],
        [1, 20],
        [2, 6],
      ]),
      complaintPoints: complaintPoints(rng, agent),
      praises: reviews.filter(
        (r) => r.shop === OURS && r.agentMentioned === agent.name && r.date.startsWith(span.month),
      ).length,
      outstandingPoints: rng.chance(0.2 + 0.3 * agent.form)
        ? rng.int(2, 5) + (rng.chance(0.3) ? rng.int(2, 5) : 0)
        : 0,
    };
  });
}

/** Pre-sale: the month's converted inquiries plus silent orders (paid without a chat); after-sale: the orders they look after. */
function ordersFor(rng: Rng, agent: DemoAgent, span: MonthSpan, inquiries: readonly DemoInquiry[]): number {
  if (agent.role === 'pre-sale') {
    const converted = inquiries.filter(
      (inquiry) =>
        inquiry.agent === agent.name && inquiry.converted === true && inquiry.date.startsWith(span.month),
    ).length;
    return Math.max(40, converted + Math.round(converted * rng.between(0.8, 1.6)));
  }
  return Math.max(40, Math.round(rng.between(180, 320) * span.coverage));
}

/** A refund count whose rate falls in the band (orders ≥ 40 leave at least one whole number in each). */
function refundsIn(rng: Rng, orders: number, band: 0 | 1 | 2 | 3): number {
  const candidates: number[] = [];
  for (let refunds = 0; refunds <= Math.ceil(orders * 0.16); refunds++) {
    if (refundBand(refunds, orders) === band) candidates.push(refunds);
  }
  return rng.pick(candidates);
}

function grade(rng: Rng, agent: DemoAgent): Grade {
  return rng.weighted<Grade>([
    ['excellent', 10 + 40 * agent.form],
    ['good', 40],
    ['fair', 30 - 20 * agent.form],
    ['poor', 16 - 14 * agent.form],
  ]);
}

function complaintPoints(rng: Rng, agent: DemoAgent): number {
  if (!rng.chance(0.25 - 0.2 * agent.form)) return 0;
  const complaints = rng.chance(0.25) ? 2 : 1;
  let points = 0;
  for (let i = 0; i < complaints; i++) points += rng.pick([5, 10, 15, 20]);
  return points;
}
