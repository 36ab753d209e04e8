/** Sentences of the ads-and-store-sales section (issue 23 item 1). */
import type { Entries } from './catalogue';

export const adMessages = {
  'ads.section': { zh: '推广与全店销售', en: 'Ads and shop sales' },
  'ads.channel': { zh: '渠道', en: 'Channel' },
  'ads.all': { zh: '合计', en: 'All' },
  'ads.spend': { zh: '花费', en: 'Spend' },
  'ads.previousSpend': { zh: '上期花费', en: 'Previous spend' },
  'ads.adSales': { zh: '推广成交金额', en: 'Ad sales' },
  'ads.adOrders': { zh: '推广成交笔数', en: 'Ad orders' },
  'ads.clicks': { zh: '点击', en: 'Clicks' },
  'ads.roi': { zh: '投产比', en: 'ROI' },
  'ads.previousRoi': { zh: '上期投产比', en: 'Previous ROI' },
  'ads.storeSales.orders': { zh: '全店销售额（付款订单）', en: 'Shop sales (paid orders)' },
  'ads.storeSales.inquiries': {
    zh: '全店销售额（无订单记录，以询单成交代替）',
    en: 'Shop sales (no Orders sheet: the inquiries’ sales stand in)',
  },
  'ads.adShare': { zh: '推广成交占全店', en: 'Ad share of shop sales' },
  'ads.nonAdSales': { zh: '非推广销售额（估算）', en: 'Non-ad sales (estimate)' },
  'ads.overStore': {
    zh: '{period}推广成交 {adSales} 元比全店销售额 {sales} 元还多：平台把点击推广后一段时间内（常为 15 天）的成交都算给推广，其中有些订单并不在这一期付款，所以这一期的推广占比和非推广销售额算不出来，表中记为“—”。',
    en: '{period}: ad sales of {adSales} exceed the shop’s sales of {sales}, because the platform counts every order within its window after an ad click (often 15 days) to the ad, some of them paid outside the period; so its ad share and non-ad sales cannot be worked out and read “—”.',
  },
  'ads.overStore.current': { zh: '本期', en: 'This period' },
  'ads.overStore.previous': { zh: '上期', en: 'The previous period' },
  'ads.figure': { zh: '项目', en: 'Figure' },
  'ads.note': {
    zh: '推广成交是平台的口径：点击推广后一段时间内（常为 15 天）的成交都算给推广，与全店按付款日统计的销售额口径不同，所以非推广销售额只是估算。看推广要看全店，不只看 ROI。',
    en: 'Ad sales are the platform’s figure: an order within its window after an ad click (often 15 days) counts to the ad, unlike shop sales counted by payment day, so non-ad sales are an estimate. Judge ads by the whole shop, not by ROI alone.',
  },
} satisfies Entries;
