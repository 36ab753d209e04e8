/**
 * The demo's Ads sheet (issue 23 item 7): daily spend of two 万相台无界 plans and 淘宝客, drawn
 * from a generator of its own so the logs drawn before stay as they were. Planted (seed 004): in
 * the last week the team widens 全站推广 and the ads' own ROI falls from about 3 to under 2, while
 * the shop's sales do not fall significantly — the finding that says judge ads by the whole shop.
 */
import type { AdChannel, AdRow } from '../../core/ads';
import { addDays } from '../../core/time';
import type { DemoPeriod } from './period';
import { Rng } from './random';

/** A row of the demo's Ads sheet: the sheet's own row, before it has a row number. */
export type DemoAdRow = Omit<AdRow, 'row'>;

/** The plans' names in an English workbook. */
export const AD_PLANS_EN: Readonly<Record<string, string>> = {
  '关键词推广-四件套': 'Keywords: bedding sets',
  全站推广: 'Whole-shop promotion',
  通用计划: 'General plan',
};

const round2 = (x: number) => Math.round(x * 100) / 100;

export function generateAds(seed: number, period: DemoPeriod): DemoAdRow[] {
  const rng = new Rng(seed ^ 0x5eed_ad);
  const rows: DemoAdRow[] = [];
  const lastWeek = period.weeks - 1;
  for (let day = 0; day < period.days; day++) {
    const date = addDays(period.start, day);
    const week = Math.floor(day / 7);
    const widened = week === lastWeek;
    const plans: [AdChannel, string, number, number][] = [
      // channel, plan, daily spend, ROI
      ['wanxiang', '关键词推广-四件套', 260, 3.1],
      ['wanxiang', '全站推广', widened ? 520 : 140, widened ? 1.2 : 2.8],
      ['taobaoke', '通用计划', 60, 6],
    ];
    for (const [channel, plan, base, roi] of plans) {
      const spend = round2(base * rng.between(0.85, 1.15));
      const orderValue = rng.between(130, 170);
      const adOrders = Math.max(0, Math.round((spend * roi * rng.between(0.8, 1.2)) / orderValue));
      const clicks = Math.round(spend / rng.between(0.9, 1.4));
      rows.push({
        date,
        channel,
        plan,
        spend,
        impressions: clicks * rng.int(25, 45),
        clicks,
        adSales: round2(adOrders * orderValue),
        adOrders,
      });
    }
  }
  return rows;
}
