/**
 * The HTML report prints a number as the tab's cell format shows it: an ROI formatted 0.00 reads
 * 1.67 in both, the same as the money line, not 1.6667.
 */
import { describe, expect, it } from 'vitest';
import type { AdRow } from '../../../src/core/ads/ads-sheet';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { layoutSummary } from '../../../src/core/summary/summary-layout';
import { formatNumber, tabHtml } from '../../../src/core/tabs/tab-html';
import { parsePeriod } from '../../../src/core/time/periods';

const ad = (row: number, date: string, spend: number, adSales: number): AdRow => ({
  row,
  date,
  channel: 'wanxiang',
  plan: '关键词推广',
  spend,
  impressions: 10_000,
  clicks: 100,
  adSales,
  adOrders: 10,
});

describe('numbers in the HTML report', () => {
  it('formats 0.00 with two decimals', () => {
    expect(formatNumber(2000 / 1200, '0.00')).toBe('1.67');
    expect(formatNumber(3, '0.00')).toBe('3.00');
  });

  it('prints the ROI of the ads table as the money line does', () => {
    // W46 spend 1,000 → ad sales 4,000 (ROI 4); W47 1,200 → 2,000 (ROI 1.6667 → 1.67).
    const model = buildSummary({
      period: parsePeriod('2026-W47'),
      inquiries: [],
      reviews: [],
      excludedRows: 0,
      settings: { responseThresholdSeconds: 120, rankingSize: 3, language: 'zh' },
      ads: [ad(2, '2026-11-10', 1000, 4000), ad(3, '2026-11-18', 1200, 2000)],
    });
    const content = layoutSummary(model, 'zh');
    const money = content.values.map((r) => String(r[0])).find((l) => l.startsWith('推广花费'))!;
    expect(money).toContain('ROI 1.67（上期 4.00）');
    const html = tabHtml(content, { title: 't', lang: 'zh', echartsSource: '', footer: '' });
    expect(html).toMatch(/>1\.67</);
    expect(html).toMatch(/>4\.00</);
    expect(html).not.toContain('1.6667');
  });
});
