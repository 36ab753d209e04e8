/**
 * The demo's DSR sheet (issue 23 items 4 and 7): a reading every Monday from sixteen weeks before
 * the demo starts, each the average of the last 180 days' ratings — the platform's rolling window.
 * Before the demo, ratings come from a steady history of their own generator; during it, each of
 * our reviews rates the goods, the service and the courier, low where it complains about them
 * (quality, colour or smell; after-sales attitude; courier), else 5. So a week with more quality
 * complaints pulls 描述相符 down a little, and the month tab finds the correlation.
 */
import type { DsrScore } from '../../core/dsr';
import { OURS } from '../../core/sheets';
import { addDays } from '../../core/time';
import type { DemoPeriod } from './period';
import { Rng } from './random';
import { COMPLAINTS, type DemoReview } from './reviews';

export interface DemoDsrRow {
  date: string;
  description: number;
  service: number;
  logistics: number;
  industryDescription: number;
  industryService: number;
  industryLogistics: number;
}

const DRIVERS: Record<DsrScore, readonly string[]> = {
  description: ['产品质量', '花色', '气味'],
  service: ['售后服务态度'],
  logistics: ['快递'],
};
/** The history's daily ratings and how often each score was rated low. */
const HISTORY = { perDay: 5, low: { description: 0.07, service: 0.02, logistics: 0.06 } } as const;
const WINDOW_DAYS = 180;
const WEEKS_BEFORE = 16;

type Ratings = Record<DsrScore, number[]>;

export function generateDsr(seed: number, period: DemoPeriod, reviews: readonly DemoReview[]): DemoDsrRow[] {
  const rng = new Rng(seed ^ 0xd5_2026);
  const firstReading = addDays(period.start, -7 * WEEKS_BEFORE);
  const firstDay = addDays(firstReading, -WINDOW_DAYS);
  const byDay = new Map<string, Ratings>();
  const day = (date: string) => {
    let r = byDay.get(date);
    if (!r) {
      r = { description: [], service: [], logistics: [] };
      byDay.set(date, r);
    }
    return r;
  };
  for (let date = firstDay; date < period.start; date = addDays(date, 1)) {
    for (let i = 0; i < HISTORY.perDay; i++) {
      for (const score of ['description', 'service', 'logistics'] as const)
        day(date)[score].push(rng.chance(HISTORY.low[score]) ? rng.int(1, 3) : 5);
    }
  }
  for (const review of reviews) {
    if (review.shop !== OURS) continue;
    const complaints = COMPLAINTS.get(review) ?? [];
    for (const score of ['description', 'service', 'logistics'] as const) {
      const low = complaints.some((c) => DRIVERS[score].includes(c));
      day(review.date)[score].push(low ? (review.rating ?? 3) : 5);
    }
  }
  const rows: DemoDsrRow[] = [];
  // The Monday after the demo's last day reads its last week too.
  for (
    let reading = firstReading;
    reading <= addDays(period.start, period.days);
    reading = addDays(reading, 7)
  ) {
    const sums = { description: [0, 0], service: [0, 0], logistics: [0, 0] };
    for (let date = addDays(reading, -WINDOW_DAYS); date < reading; date = addDays(date, 1)) {
      const r = byDay.get(date);
      if (!r) continue;
      for (const score of ['description', 'service', 'logistics'] as const) {
        sums[score][0]! += r[score].reduce((s, x) => s + x, 0);
        sums[score][1]! += r[score].length;
      }
    }
    const mean = (score: DsrScore) => Math.round((sums[score][0]! / sums[score][1]!) * 10_000) / 10_000;
    rows.push({
      date: reading,
      description: mean('description'),
      service: mean('service'),
      logistics: mean('logistics'),
      industryDescription: 4.76,
      industryService: 4.78,
      industryLogistics: 4.77,
    });
  }
  return rows;
}
