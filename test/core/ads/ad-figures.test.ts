import { describe, expect, it } from 'vitest';
import type { AdRow } from '../../../src/core/ads/ads-sheet';
import type { Inquiry } from '../../../src/core/sheets/records';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { pText } from '../../../src/core/summary/findings';
import { layoutSummary } from '../../../src/core/summary/summary-layout';
import type { SummaryInput } from '../../../src/core/summary/summary-model';
import { parsePeriod } from '../../../src/core/time/periods';

const W46 = '2026-11-10';
const W47 = '2026-11-18';

let row = 2;
function sold(n: number, date: string, amount: number): Inquiry[] {
  return Array.from({ length: n }, () => ({
    row: row++,
    date,
    agent: '张三',
    customerId: `c${row}`,
    customerType: 'new' as const,
    channel: 'chat' as const,
    stage: 'pre-sale' as const,
    question: '',
    questionCategory: '价格优惠',
    converted: true,
    transactionType: null,
    amount,
    product: '围巾',
    region: '浙江',
    noDealReason: '',
    followUp: '',
    firstResponseSeconds: 20,
    note: '',
  }));
}

const ad = (
  date: string,
  channel: AdRow['channel'],
  spend: number,
  adSales: number,
  adOrders: number,
): AdRow => ({
  row: row++,
  date,
  channel,
  plan: channel === 'wanxiang' ? '关键词推广' : '',
  spend,
  impressions: 10 * adOrders * 100,
  clicks: 10 * adOrders,
  adSales,
  adOrders,
});

// Hand-worked (every ad order is 50 yuan, every inquiry order 100):
// 万相台无界 W46 spend 1000, sales 4000 (80 orders) → ROI 4; W47 spend 1200, sales 2000 (40) → 1.667.
// 淘宝客 W46 spend 200 (commission), sales 2000 (40) → ROI 10; W47 300, 3000 (60) → 10.
// All: W46 1200 → 6000, ROI 5; W47 1500 → 5000, ROI 3.333.
// Store sales (no Orders sheet: the inquiries' sales) W46 100 × 100 = 10,000; W47 110 × 100 = 11,000.
// Ad share W46 6000/10000 = 60 %, W47 5000/11000 = 45.45 %; non-ad sales 4000 → 6000 (estimate).
// ROI test: 220 ad orders dealt to W47 with probability 1500/2700 = 5/9; P(X ≤ 100) for
// X ~ Bin(220, 5/9) = .0016590 (SciPy binom.cdf), two-sided .003318 → significant-down.
// Store: 210 orders dealt ½ each, 110 in W47: two-sided .5347 → noise: ROI fell, the shop held.
const input: SummaryInput = {
  period: parsePeriod('2026-W47'),
  inquiries: [...sold(100, W46, 100), ...sold(110, W47, 100)],
  reviews: [],
  excludedRows: 0,
  settings: { responseThresholdSeconds: 120, rankingSize: 3, language: 'zh' },
  ads: [
    ad(W46, 'wanxiang', 600, 2400, 48),
    ad(W46, 'wanxiang', 400, 1600, 32),
    ad(W46, 'taobaoke', 200, 2000, 40),
    ad(W47, 'wanxiang', 1200, 2000, 40),
    ad(W47, 'taobaoke', 300, 3000, 60),
    ad('2026-11-30', 'wanxiang', 5000, 100, 2),
  ],
};

describe('ads beside store sales (issue 23 item 1)', () => {
  const model = buildSummary(input);
  const ads = model.ads!;

  it('gives spend, ad sales and ROI per channel and in all', () => {
    expect(
      ads.channels.map((c) => [c.channel, c.spend, c.adSales, c.roi, c.previousSpend, c.previousRoi]),
    ).toEqual([
      ['wanxiang', 1200, 2000, 2000 / 1200, 1000, 4],
      ['taobaoke', 300, 3000, 10, 200, 10],
    ]);
    expect(ads.total).toMatchObject({ spend: 1500, adSales: 5000, roi: 5000 / 1500, previousRoi: 5 });
  });

  it('gives the ads’ share of store sales and the non-ad rest, labelled an estimate', () => {
    expect(ads.store).toMatchObject({ source: 'inquiries', sales: 11000, previousSales: 10000 });
    expect(ads.adShare).toBeCloseTo(5000 / 11000, 12);
    expect(ads.previousAdShare).toBeCloseTo(0.6, 12);
    expect([ads.nonAdSales, ads.previousNonAdSales]).toEqual([6000, 4000]);
    const tab = layoutSummary(model, 'zh');
    const cells = tab.values.map((r) => r[0]);
    expect(cells).toContain('非推广销售额（估算）');
    expect(cells).toContain('全店销售额（无订单记录，以询单成交代替）');
  });

  it('tests the ROI change and finds that ROI fell while the shop’s sales held', () => {
    expect(ads.total.roiChange.label).toBe('significant-down');
    expect(ads.total.roiChange.p!).toBeCloseTo(0.003318, 2);
    expect(ads.store.change.label).toBe('noise');
    const finding = model.findings.find((f) => f.table === 'adRoi')!;
    expect(finding.text).toBe(
      '推广 ROI 5.00 → 3.33，显著下降，但全店销售额 10,000 → 11,000 没有显著下降：先看全店，不要只凭推广报表砍推广',
    );
    const tab = layoutSummary(model, 'zh');
    const n = model.findings.indexOf(finding) + 1;
    expect(
      tab.values.some((r) =>
        String(r[0]).startsWith(`注 ${n}（${pText(finding.p)}）：推广 ROI 的变化用同样的随机分配检验`),
      ),
    ).toBe(true);
  });

  it('the reverse: ROI up while store sales fall significantly', () => {
    const reverse = buildSummary({
      ...input,
      inquiries: [...sold(100, W46, 100), ...sold(40, W47, 100)],
      ads: [ad(W46, 'wanxiang', 2000, 4000, 80), ad(W47, 'wanxiang', 500, 3000, 60)],
    });
    expect(reverse.ads!.total.roiChange.label).toBe('significant-up');
    expect(reverse.ads!.store.change.label).toBe('significant-down');
    expect(reverse.findings.find((f) => f.table === 'adRoi')!.text).toMatch(
      /^推广 ROI 2\.00 → 6\.00，显著上升，但全店销售额 10,000 → 4,000 显著下降：省下的推广费可能不及全店少卖的/,
    );
  });

  it('says the shop’s sales rose when ROI falls while they rise significantly', () => {
    // The same ads (ROI 5 → 3.33, significant-down); store orders 100 → 200 at 100 each: 300 orders
    // dealt ½ each, 200 in W47 — far in the tail (two-sided p ≈ 1e-8), significant-up.
    const rises = buildSummary({ ...input, inquiries: [...sold(100, W46, 100), ...sold(200, W47, 100)] });
    expect(rises.ads!.total.roiChange.label).toBe('significant-down');
    expect(rises.ads!.store.change.label).toBe('significant-up');
    expect(rises.findings.find((f) => f.table === 'adRoi')!.text).toBe(
      '推广 ROI 5.00 → 3.33，显著下降，而全店销售额 10,000 → 20,000 显著上升：先看全店，不要只凭推广报表砍推广',
    );
  });

  it('has no section without ad rows in the two weeks', () => {
    expect(buildSummary({ ...input, ads: [] }).ads).toBeUndefined();
    expect(buildSummary({ ...input, ads: [ad('2026-10-01', 'other', 10, 10, 1)] }).ads).toBeUndefined();
  });
});

describe('ad sales above the shop’s sales (the attribution window)', () => {
  // W47: the inquiries sell 110 × 100 = 11,000; the platform credits the ads with 12,000 (orders
  // within its window after a click, some paid in other weeks) → no share over 100 %, no non-ad 0.
  // W46 as before: 6,000 of 10,000 → 60 %, non-ad 4,000.
  const over = buildSummary({
    ...input,
    ads: [ad(W46, 'wanxiang', 1000, 6000, 120), ad(W47, 'wanxiang', 3000, 12000, 240)],
  });
  const ads = over.ads!;
  const tab = layoutSummary(over, 'zh');
  const rowOf = (label: string) => tab.values.find((r) => r[0] === label)!;

  it('leaves the share and the non-ad rest blank in that period only', () => {
    expect([ads.adsOverStore, ads.previousAdsOverStore]).toEqual([true, false]);
    expect([ads.adShare, ads.nonAdSales]).toEqual([null, null]);
    expect(ads.previousAdShare).toBeCloseTo(0.6, 12);
    expect(ads.previousNonAdSales).toBe(4000);
    expect(rowOf('推广成交占全店').slice(1, 3)).toEqual(['—', 0.6]);
    expect(rowOf('非推广销售额（估算）').slice(1, 3)).toEqual(['—', 4000]);
  });

  it('says why in one sentence in the section and in the money line', () => {
    const lines = tab.values.map((r) => String(r[0]));
    expect(lines).toContain(
      '本期推广成交 12,000 元比全店销售额 11,000 元还多：平台把点击推广后一段时间内（常为 15 天）的成交都算给推广，其中有些订单并不在这一期付款，所以这一期的推广占比和非推广销售额算不出来，表中记为“—”。',
    );
    const money = lines.find((l) => l.startsWith('推广花费'))!;
    expect(money).toMatch(
      /推广成交比全店销售额还多，因为平台把点击后约 15 天内的成交都算给推广，所以不算占比$/,
    );
    expect(lines.join('\n')).not.toMatch(/1\d\d%/);
  });

  it('says nothing of the window where the shop has no sales on record (orders start later)', () => {
    // W46 has no sale at all: its share and non-ad rest are unknown (—), not "ads above the shop".
    const none = buildSummary({
      ...input,
      inquiries: sold(110, W47, 100),
      ads: [ad(W46, 'wanxiang', 1000, 6000, 120), ad(W47, 'wanxiang', 3000, 5000, 100)],
    });
    const a = none.ads!;
    expect([a.previousAdsOverStore, a.previousAdShare, a.previousNonAdSales]).toEqual([false, null, null]);
    const lines = layoutSummary(none, 'zh').values.map((r) => String(r[0]));
    expect(lines.some((l) => l.includes('还多'))).toBe(false);
  });

  it('keeps the ordinary line where the ads stay within the shop’s sales', () => {
    const money = layoutSummary(buildSummary(input), 'zh').values.map((r) => String(r[0]));
    expect(money.find((l) => l.startsWith('推广花费'))).toMatch(/推广成交约占全店销售额 45%$/);
    expect(money.some((l) => l.includes('还多'))).toBe(false);
  });
});
