/** 推广与全店销售: spend, ad sales and ROI per channel, then the whole shop beside them (seed 004). */

import type { AdSection } from '../ads/ad-figures';
import { type MessageKey, say } from '../messages/catalogue';
import { enumLabel } from '../sheets/template';
import { FORMAT, num, pCell } from '../tabs/tab-builder';
import { moneyText } from './findings';
import type { LayoutContext } from './layout-context';
import type { SummaryModel } from './summary-model';

export function layoutAds(ctx: LayoutContext, model: SummaryModel): void {
  const ads = model.ads;
  if (ads === undefined) return;
  const { tab, t, none, lang } = ctx;
  const w = (key: MessageKey) => say(lang, key);
  ctx.section(w('ads.section'));
  const rows = [...ads.channels, ads.total];
  tab.table(
    [
      { header: w('ads.channel') },
      { header: w('ads.spend'), format: FORMAT.money },
      { header: w('ads.previousSpend'), format: FORMAT.money },
      { header: w('ads.adSales'), format: FORMAT.money },
      { header: w('ads.roi'), format: '0.00' },
      { header: w('ads.previousRoi'), format: '0.00' },
      { header: t.headline.change, label: 'up-good' },
      { header: t.headline.p, format: FORMAT.p },
      { header: w('ads.adOrders'), format: FORMAT.count },
      { header: w('ads.clicks'), format: FORMAT.count },
    ],
    rows.map((c) => [
      c.channel === 'all' ? w('ads.all') : enumLabel('adChannel', c.channel, lang),
      c.spend,
      c.previousSpend,
      c.adSales,
      num(c.roi, none),
      num(c.previousRoi, none),
      t.labels[c.roiChange.label],
      pCell(c.roiChange.p, none),
      c.adOrders,
      c.clicks,
    ]),
    [rows.map((c) => c.roiChange.label)],
  );
  const store = ads.store;
  const shop = tab.table(
    ctx.figureColumns(w('ads.figure')),
    [
      [
        w(store.source === 'orders' ? 'ads.storeSales.orders' : 'ads.storeSales.inquiries'),
        store.sales,
        num(store.previousSales, none),
        t.labels[store.change.label],
        pCell(store.change.p, none),
      ],
      [w('ads.adSales'), ads.total.adSales, ads.total.previousAdSales],
      [w('ads.nonAdSales'), num(ads.nonAdSales, none), num(ads.previousNonAdSales, none)],
      [w('ads.adShare'), num(ads.adShare, none), num(ads.previousAdShare, none)],
    ],
    [[store.change.label]],
  );
  tab.style({ row: shop.first, col: 2, rows: 3, cols: 2, numberFormat: FORMAT.money, align: 'right' });
  tab.style({ row: shop.first + 3, col: 2, rows: 1, cols: 2, numberFormat: FORMAT.percent, align: 'right' });
  for (const note of adsOverStoreNotes(ads, lang)) ctx.note(note);
  ctx.note(w('ads.note'));
}

/**
 * Where the platform's ad sales exceed the shop's sales, one sentence per such period saying why
 * its share and non-ad rest are left blank (a share over 100 % would read as a broken sheet).
 */
export function adsOverStoreNotes(ads: AdSection, lang: SummaryModel['language']): string[] {
  const notes: string[] = [];
  if (ads.adsOverStore)
    notes.push(
      say(lang, 'ads.overStore', {
        period: say(lang, 'ads.overStore.current'),
        adSales: moneyText(ads.total.adSales),
        sales: moneyText(ads.store.sales),
      }),
    );
  if (ads.previousAdsOverStore)
    notes.push(
      say(lang, 'ads.overStore', {
        period: say(lang, 'ads.overStore.previous'),
        adSales: moneyText(ads.total.previousAdSales),
        sales: moneyText(ads.store.previousSales),
      }),
    );
  return notes;
}
