/**
 * Paid promotion beside the whole shop's sales (issue 23 item 1; seed 004: a shop that cuts ads
 * whose own ROI looks poor can lose more store sales than the ads cost). Per channel: spend,
 * ad-attributed sales and orders, ROI with its change tested; then store sales, the ads' share
 * of them and the non-ad rest — an estimate, since the platform counts an order to an ad clicked
 * within its window, not to the day or shop the store sales count.
 */

import { money } from '../stats/figures';
import { type AmountTally, type MoneyChange, salesChange } from '../stats/money-change';
import { type Period, periodContains } from '../time/periods';
import { AD_CHANNELS, type AdChannel, type AdRow } from './ads-sheet';

export interface AdChannelFigures {
  /** A channel, or 'all' for the total. */
  channel: AdChannel | 'all';
  spend: number;
  previousSpend: number;
  impressions: number;
  clicks: number;
  adSales: number;
  previousAdSales: number;
  adOrders: number;
  previousAdOrders: number;
  /** adSales / spend; null without spend. */
  roi: number | null;
  previousRoi: number | null;
  /** Ad sales per yuan spent, tested as sales are with the spends in place of the days. */
  roiChange: MoneyChange;
}

/** The store side: store sales (paid orders), else the inquiries' sales when there is no Orders sheet. */
export interface StoreSales {
  source: 'orders' | 'inquiries';
  sales: number;
  previousSales: number | null;
  change: MoneyChange;
}

export interface AdSection {
  channels: AdChannelFigures[];
  total: AdChannelFigures;
  store: StoreSales;
  /**
   * Ad sales / store sales; null with no store sales, and null where the ads' sales exceed the
   * shop's (`adsOverStore`): such a share says nothing about the ads.
   */
  adShare: number | null;
  previousAdShare: number | null;
  /**
   * The platform's ad sales exceed the period's store sales: it counts an order to an ad clicked
   * within its window (often 15 days), so a week's ad sales can hold orders paid in other weeks.
   */
  adsOverStore: boolean;
  previousAdsOverStore: boolean;
  /** Store sales − ad sales: an estimate (the platforms' attribution windows differ); null where the ads exceed the shop. */
  nonAdSales: number | null;
  previousNonAdSales: number | null;
}

const ratio = (a: number, b: number | null) => (b !== null && b > 0 ? a / b : null);

/**
 * A row's orders, each at the row's average amount (a platform report gives no order's own
 * amount); sales with no order count are one order.
 */
function amountsOf(rows: readonly AdRow[]): AmountTally[] {
  return rows
    .filter((r) => r.adSales > 0 || r.adOrders > 0)
    .map((r) => {
      const n = Math.max(1, Math.round(r.adOrders));
      return { amount: r.adSales / n, n };
    });
}

function channelFigures(
  channel: AdChannel | 'all',
  current: readonly AdRow[],
  previous: readonly AdRow[],
): AdChannelFigures {
  const sum = (rows: readonly AdRow[], pick: (r: AdRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const spend = money(sum(current, (r) => r.spend));
  const previousSpend = money(sum(previous, (r) => r.spend));
  const adSales = money(sum(current, (r) => r.adSales));
  const previousAdSales = money(sum(previous, (r) => r.adSales));
  const roiChange: MoneyChange =
    previousSpend <= 0
      ? { label: 'no-baseline', p: null, method: null }
      : spend <= 0
        ? { label: 'insufficient-base', p: null, method: null }
        : salesChange(amountsOf(current), amountsOf(previous), { current: spend, previous: previousSpend });
  return {
    channel,
    spend,
    previousSpend,
    impressions: sum(current, (r) => r.impressions),
    clicks: sum(current, (r) => r.clicks),
    adSales,
    previousAdSales,
    adOrders: sum(current, (r) => r.adOrders),
    previousAdOrders: sum(previous, (r) => r.adOrders),
    roi: ratio(adSales, spend),
    previousRoi: ratio(previousAdSales, previousSpend),
    roiChange,
  };
}

/** The period's ad section; null when no ad row falls in the period or the previous one. */
export function adFigures(
  rows: readonly AdRow[],
  period: Period,
  previous: Period,
  store: StoreSales,
): AdSection | null {
  const current = rows.filter((r) => periodContains(period, r.date));
  const before = rows.filter((r) => periodContains(previous, r.date));
  if (current.length === 0 && before.length === 0) return null;
  const channels = AD_CHANNELS.filter((c) => [...current, ...before].some((r) => r.channel === c)).map((c) =>
    channelFigures(
      c,
      current.filter((r) => r.channel === c),
      before.filter((r) => r.channel === c),
    ),
  );
  const total = channelFigures('all', current, before);
  // Only over sales on record: with none (orders start later) the share is simply unknown, not the window's doing.
  const over = (adSales: number, sales: number | null) => sales !== null && sales > 0 && adSales > sales;
  const rest = (sales: number | null, adSales: number, exceeds: boolean) =>
    sales === null || sales <= 0 || exceeds ? null : money(sales - adSales);
  const adsOverStore = over(total.adSales, store.sales);
  const previousAdsOverStore = over(total.previousAdSales, store.previousSales);
  return {
    channels,
    total,
    store,
    adShare: adsOverStore ? null : ratio(total.adSales, store.sales),
    previousAdShare: previousAdsOverStore ? null : ratio(total.previousAdSales, store.previousSales),
    adsOverStore,
    previousAdsOverStore,
    nonAdSales: rest(store.sales, total.adSales, adsOverStore),
    previousNonAdSales: rest(store.previousSales, total.previousAdSales, previousAdsOverStore),
  };
}
