import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { FROZEN_ROWS, layoutSummary } from '../../../src/core/summary/summary-layout';
import type { SummaryInput } from '../../../src/core/summary/summary-model';
import { parseSummaryTabName, summaryTabName } from '../../../src/core/summary/tab-name';
import { parsePeriod } from '../../../src/core/time/periods';
import type { AreaStyle, Cell, TabContent } from '../../../src/ports';
import { weekInquiries, weekReviews } from '../../fixtures/summary/week-fixture';

const input = (period: string, extra: Partial<SummaryInput> = {}): SummaryInput => ({
  period: parsePeriod(period),
  inquiries: weekInquiries,
  reviews: weekReviews,
  excludedRows: 3,
  settings: { responseThresholdSeconds: 120, rankingSize: 2, language: 'zh' },
  ...extra,
});

/** The 1-based row whose column A holds `text`, searching from `from`. */
function rowOf(content: TabContent, text: string, from = 1): number {
  const i = content.values.findIndex((r, k) => k + 1 >= from && r[0] === text);
  if (i < 0) throw new Error(`no row with "${text}" in column A`);
  return i + 1;
}

function cell(content: TabContent, row: number, col: number): Cell | undefined {
  return content.values[row - 1]?.[col - 1];
}

/** Every style field that applies to a cell, later areas overriding earlier ones (as applied in order). */
function styleAt(content: TabContent, row: number, col: number): Partial<AreaStyle> {
  const covering = content.styles.filter(
    (s) => row >= s.row && row < s.row + s.rows && col >= s.col && col < s.col + s.cols,
  );
  return Object.assign({}, ...covering);
}

describe('summary tab names', () => {
  it('names tabs in both languages and reads them back', () => {
    const week = parsePeriod('2026-W47');
    const month = parsePeriod('2026-11');
    expect(summaryTabName(week, 'zh')).toBe('周报 2026-W47');
    expect(summaryTabName(month, 'zh')).toBe('月报 2026-11');
    expect(summaryTabName(week, 'en')).toBe('Weekly 2026-W47');
    expect(summaryTabName(month, 'en')).toBe('Monthly 2026-11');
    expect(parseSummaryTabName('周报 2026-W47')).toEqual(week);
    expect(parseSummaryTabName('Monthly 2026-11')).toEqual(month);
  });

  it('rejects other sheet names', () => {
    for (const name of [
      '询单记录',
      '周报 2026-11',
      '月报 2026-W47',
      '周报 2026-W54',
      'Weekly',
      '周报 2026-W47 copy',
    ]) {
      expect(parseSummaryTabName(name)).toBeNull();
    }
  });
});

describe('layoutSummary', () => {
  const model = buildSummary(input('2026-W47'));
  const content = layoutSummary(model, 'zh');

  it('is a rectangular grid without NaN', () => {
    const width = content.values[0]!.length;
    expect(width).toBeGreaterThanOrEqual(10);
    expect(content.values.every((r) => r.length === width)).toBe(true);
    expect(content.values.flat().some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(false);
    expect(content.frozenRows).toBe(FROZEN_ROWS);
    expect(content.columnWidths).toHaveLength(10);
  });

  it('opens with the findings and the money line, the figures below', () => {
    expect(cell(content, 1, 1)).toBe('周报 2026-W47 · 2026-11-16 至 2026-11-22');
    expect(styleAt(content, 1, 1)).toMatchObject({ bold: true, fontSize: 14 });
    expect(cell(content, 2, 1)).toBe('上期 2026-W46 · 2026-11-09 至 2026-11-15');
    // Findings come first, then the money line (issue 23 item 6), then the figures in their part.
    expect(cell(content, 4, 1)).toBe('本期要点');
    expect(cell(content, 5, 1)).toBe(`1. ${model.findings[0]!.text}`);
    const money = rowOf(content, '销售与推广');
    expect(money).toBeLessThan(25);
    expect(cell(content, money + 1, 1)).toBe(
      '询单销售额 2,660 元，上期 4,000 元（-34%）：经检验，在随机波动范围内，不算变化',
    );
    const rate = rowOf(content, '转化率');
    expect(rate).toBeGreaterThan(rowOf(content, '本期数字', money));
    // Every headline number shows its change; a rate's in percentage points, labelled so, with no percent of it.
    expect(content.values[rate - 1]!.slice(0, 7)).toEqual([
      '转化率',
      20 / 60,
      30 / 70,
      '-9.5 个百分点',
      '—',
      '随机波动',
      model.inquiries.change.p,
    ]);
    expect(styleAt(content, rate, 2).numberFormat).toBe('0.0%');
    expect(styleAt(content, rate, 4).align).toBe('right');
    expect(styleAt(content, rate, 6)).toMatchObject({ fontColor: '#80868b' });
    // The same name as the finding's sentence gives it (询单销售额): the shop's sales have their own row.
    const sales = rowOf(content, '询单销售额');
    expect(content.values[sales - 1]!.slice(0, 5)).toEqual(['询单销售额', 2660, 4000, -1340, -1340 / 4000]);
    // After-sale inquiries rose from 0: no relative change, and its dash is right-aligned like the numbers.
    const afterSale = rowOf(content, '售后询单');
    expect(content.values[afterSale - 1]!.slice(0, 5)).toEqual(['售后询单', 12, 0, 12, '—']);
    expect(styleAt(content, afterSale, 5).align).toBe('right');
    expect(styleAt(content, sales, 2).numberFormat).toBe('#,##0.00');
    expect(cell(content, rowOf(content, '客单价'), 3)).toBe(133.33);
  });

  it('has a titled section for every part of the summary', () => {
    const titles = [
      '未成交原因',
      '售前咨询分类',
      '售后问题分类',
      '评价分类',
      '评价对比：本店与竞品',
      '客服转化与响应',
      '首次响应时间与转化',
      '排行',
    ];
    let last = 0;
    for (const title of titles) {
      const row = rowOf(content, title);
      expect(row).toBeGreaterThan(last);
      expect(styleAt(content, row, 1)).toMatchObject({ bold: true, fontSize: 12 });
      last = row;
    }
    expect(() => rowOf(content, '客服考核')).toThrow();
  });

  it('formats shares as percentages and colours labels by what they mean', () => {
    const price = rowOf(content, '价格太高');
    expect(content.values[price - 1]!.slice(0, 9)).toEqual([
      '价格太高',
      0.4,
      model.noDealReasons[0]!.ci95[0],
      model.noDealReasons[0]!.ci95[1],
      16,
      0.125,
      5,
      '显著上升',
      model.noDealReasons[0]!.p,
    ]);
    for (const col of [2, 3, 4, 6]) expect(styleAt(content, price, col).numberFormat).toBe('0.0%');
    expect(styleAt(content, price, 5).numberFormat).toBe('0');
    expect(styleAt(content, price, 9).numberFormat).toBe('0.000');
    // More customers lost to price is bad news: a significant rise in a no-deal reason reads red.
    expect(styleAt(content, price, 8)).toMatchObject({ fontColor: '#a50e0e', bold: true });
    const shipping = rowOf(content, '运费太贵');
    expect(styleAt(content, shipping, 8)).toMatchObject({ fontColor: '#80868b' });
    // 0/40 → 2/40 is tested now (bases ≥ 5, Fisher's exact test) and is noise.
    const stock = rowOf(content, '缺货');
    expect(cell(content, stock, 8)).toBe('随机波动');
    // C店 has no review this week: a base below 5 is insufficient-base.
    const smell = rowOf(content, '气味', rowOf(content, 'C店 · 提及'));
    expect(cell(content, smell, 8)).toBe('样本不足');
    expect(styleAt(content, smell, 8)).toMatchObject({ fontColor: '#9aa0a6', italic: true });
    const courier = rowOf(content, '快递问题');
    expect(cell(content, courier, 6)).toBe('—');
    expect(cell(content, courier, 8)).toBe('无上期数据');
    expect(styleAt(content, courier, 8)).toMatchObject({ italic: true });
  });

  it('colours ours-vs-competitor verdicts and charts the share matrix', () => {
    const compare = rowOf(content, '评价对比：本店与竞品');
    const matrixHeader = rowOf(content, '分类', compare);
    expect(content.values[matrixHeader - 1]!.slice(0, 4)).toEqual(['分类', '本店', 'A店', 'B店']);
    expect(content.values[matrixHeader]!.slice(0, 4)).toEqual(['产品质量', 0.5, 0.12, 0]);
    const chart = content.charts!.find((c) => c.title === '各店评价分类占比')!;
    expect(chart.data).toEqual({ row: matrixHeader, col: 1, rows: 5, cols: 4 });
    expect(chart.percentAxis).toBe(true);
    const lower = content.values.findIndex((r) => r[0] === 'A店' && r[1] === '快递') + 1;
    expect(cell(content, lower, 9)).toBe('本店较低');
    // Not significant against a competitor: "no clear difference", not "noise".
    const pattern = content.values.findIndex((r) => r[0] === 'A店' && r[1] === '花色') + 1;
    expect(cell(content, pattern, 9)).toBe('差异不显著');
    expect(styleAt(content, lower, 9)).toMatchObject({ fontColor: '#b06000', bold: true });
    expect(styleAt(content, lower, 3).numberFormat).toBe('0.0%');
  });

  it('charts conversion by response band from the band table', () => {
    const header = rowOf(content, '首响区间');
    const chart = content.charts!.find((c) => c.title === '各首响区间的转化率')!;
    expect(chart).toMatchObject({ kind: 'column', data: { row: header, col: 1, rows: 4, cols: 2 } });
    expect(content.values.slice(header - 1, header + 3).map((r) => r.slice(0, 2))).toEqual([
      ['首响区间', '转化率'],
      ['≤30 秒', 10 / 31],
      ['30–120 秒', 0.6],
      ['>120 秒', 0.25],
    ]);
    expect(chart.anchor.col).toBeGreaterThan(10);
    // fast 10/31 vs slow 4/16: Fisher's exact test (an expected count of 4.77), p = 0.7422.
    // A difference between two groups that is not significant reads "no clear difference".
    expect(cell(content, header + 4, 2)).toBe('差异不显著');
  });

  it('lists agents and rankings with enum labels in the workbook language', () => {
    const agent = rowOf(content, '张三');
    expect(content.values[agent - 1]!.slice(0, 4)).toEqual(['张三', 34, 10, 10 / 34]);
    expect(cell(content, rowOf(content, '询盘渠道') + 2, 1)).toBe('旺旺');
    expect(cell(content, rowOf(content, '热销商品') + 2, 1)).toBe('帽子');
  });

  it('puts user text in cells as it is', () => {
    const tricky = weekInquiries.map((r) =>
      r.noDealReason === '价格太高' ? { ...r, noDealReason: '=1+1' } : r,
    );
    const out = layoutSummary(buildSummary(input('2026-W47', { inquiries: tricky })), 'zh');
    expect(out.values.some((r) => r[0] === '=1+1')).toBe(true);
  });
});

describe('layoutSummary variants', () => {
  it('lays out a month with its scorecard, in English', () => {
    const scorecard = [
      {
        agent: 'Zhang',
        role: 'after-sale' as const,
        level: 'lead' as const,
        score: 120,
        total: 130,
        percent: 120 / 130,
        qualified: true,
        bonus: 923.08,
        basePay: 3000,
        pay: 3923.08,
      },
    ];
    const model = buildSummary(
      input('2026-11', {
        scorecard,
        settings: { responseThresholdSeconds: 120, rankingSize: 2, language: 'en' },
      }),
    );
    const content = layoutSummary(model, 'en');
    expect(cell(content, 1, 1)).toBe('Monthly 2026-11 · 2026-11-01 to 2026-11-30');
    const row = rowOf(content, 'Zhang');
    expect(content.values[row - 1]!.slice(0, 6)).toEqual([
      'Zhang',
      'after-sale',
      'lead',
      120,
      120 / 130,
      'yes',
    ]);
    expect(styleAt(content, row, 5).numberFormat).toBe('0.0%');
    expect(styleAt(content, row, 9).numberFormat).toBe('#,##0.00');
    // The month's pay is read every month: its rows are never folded shut in the tab.
    expect(content.rowGroups!.some((g) => g.first <= row && row <= g.last && g.collapsed)).toBe(false);
    expect(content.folds!.find((f) => f.first < row && row <= f.last)?.open).toBe(true);
    // The payroll line under the agents (issue 10, item 6).
    expect(content.values[row]!.slice(0, 9)).toEqual([
      'Month total',
      '',
      '',
      '',
      '',
      '',
      923.08,
      3000,
      3923.08,
    ]);
    expect(cell(content, rowOf(content, 'Conversion rate'), 6)).toBe('no baseline');
  });

  it('lays out an empty period without failing', () => {
    const content = layoutSummary(buildSummary(input('2030-W01')), 'zh');
    expect(content.values.filter((r) => r[0] === '无数据').length).toBeGreaterThanOrEqual(4);
    // The trend charts are drawn even for an empty period (their rows say — ); the band chart too.
    expect(content.charts!.map((c) => c.title)).toEqual(['转化率', '各首响区间的转化率']);
  });
});
