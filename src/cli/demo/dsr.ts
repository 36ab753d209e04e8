/**
 * The demo's DSR sheet (issue 23 items 4 and 7): a reading every Monday from sixteen weeks before
 * the demo starts, each the average of the last 180 days' ratings — the platform's rolling window.
 * Before the demo, ratings come from a steady history (the same average every day); during it, each of
 * our reviews rates the goods, the service and the courier, low where it complains about them
 * (quality, colour or smell; after-sales attitude; courier), else 5. So a week with more quality
 * complaints pulls 描述相符 down a little, and the month tab finds the correlation.
 */
import type { DsrScore } from '../../core/dsr';
import { OURS } from '../../core/sheets';
import { addDays } from '../../core/time';
import type { DemoPeriod } from './period';
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
/** The history's daily ratings and their average. */
const HISTORY = { perDay: 5, level: { description: 4.78, service: 4.86, logistics: 4.81 } } as const;
const WINDOW_DAYS = 180;
const WEEKS_BEFORE = 16;

type Ratings = Record<DsrScore, { sum: number; count: number }>;

export function generateDsr(period: DemoPeriod, reviews: readonly DemoReview[]): DemoDsrRow[] {
  const firstReading = addDays(period.start, -7 * WEEKS_BEFORE);
  const firstDay = addDays(firstReading, -WINDOW_DAYS);
  const byDay = new Map<string, Ratings>();
  const day = (date: string) => {
    let r = byDay.get(date);
    if (!r) {
      r = {
        description: { sum: 0, count: 0 },
        service: { sum: 0, count: 0 },
        logistics: { sum: 0, count: 0 },
      };
      byDay.set(date, r);
    }
    return r;
  };
  for (let date = firstDay; date < period.start; date = addDays(date, 1)) {
    for (const score of ['description', 'service', 'logistics'] as const) {
      day(date)[score].sum += HISTORY.perDay * HISTORY.level[score];
      day(date)[score].count += HISTORY.perDay;
    }
  }
  for (const review of reviews) {
    if (review.shop !== OURS) continue;
    const complaints = COMPLAINTS.get(review) ?? [];
    for (const score of ['description', 'service', 'logistics'] as const) {
      const low = complaints.some((c) => DRIVERS[score].includes(c));
      day(review.date)[score].sum += low ? (review.rating ?? 3) : 5;
      day(review.date)[score].count += 1;
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
        sums[score][0]! += r[score].sum;
        sums[score][1]! += r[score].count;
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
