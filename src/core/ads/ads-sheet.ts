/** The Ads sheet (推广数据) read as typed rows: one row per day, channel and plan. */
import type { WorkbookPort } from '../../ports';
import { type LoadedTable, type ReadOptions, readRows } from '../sheets/rows';

export type AdChannel = 'wanxiang' | 'taobaoke' | 'other';
export const AD_CHANNELS: readonly AdChannel[] = ['wanxiang', 'taobaoke', 'other'];

export interface AdRow {
  /** 1-based sheet row. */
  row: number;
  date: string;
  /** A blank channel reads as other. */
  channel: AdChannel;
  plan: string;
  spend: number;
  impressions: number;
  clicks: number;
  /** The platform's attributed sales and orders (its own window, usually by click date). */
  adSales: number;
  adOrders: number;
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export function readAds(wb: WorkbookPort, options: ReadOptions = {}): LoadedTable<AdRow> {
  const table = readRows(wb, 'ads', options);
  const records = table.records.map(
    (v): AdRow => ({
      row: v.row as number,
      date: v.date as string,
      channel: AD_CHANNELS.includes(v.channel as AdChannel) ? (v.channel as AdChannel) : 'other',
      plan: typeof v.plan === 'string' ? v.plan.trim() : '',
      spend: num(v.spend),
      impressions: num(v.impressions),
      clicks: num(v.clicks),
      adSales: num(v.adSales),
      adOrders: num(v.adOrders),
    }),
  );
  return { ...table, records };
}
