/**
 * The first screen of a summary (issue 23 item 6): findings, the money line and what the team
 * changed, then one line per part, a part where nothing changed folded to that line.
 */
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { loadSummaryData, summaryTab } from '../../../src/core/summary/generate-summary';
import { layoutSummary } from '../../../src/core/summary/summary-layout';
import { parsePeriod } from '../../../src/core/time/periods';
import { MemoryWorkbook } from '../../fakes/memory-workbook';
import { actionSheet, effectsInquiries } from '../../fixtures/effects/effects-fixture';
import { weekInquiries, weekReviews } from '../../fixtures/summary/week-fixture';
import { summarySheets } from '../../fixtures/summary/workbook';

/** The week fixture's W47 summary, in the workbook's language. */
const weekModel = (language: 'zh' | 'en') =>
  buildSummary({
    period: parsePeriod('2026-W47'),
    inquiries: weekInquiries,
    reviews: weekReviews,
    excludedRows: 0,
    settings: { responseThresholdSeconds: 120, rankingSize: 2, language },
  });

describe('what we changed and did it work', () => {
  // The hand-worked Effects shop (test/fixtures/effects): W46's tab reads the actions as of 2026-11-16.
  const wb = MemoryWorkbook.from({ ...summarySheets(effectsInquiries(), [], 'zh'), ...actionSheet() });
  const { model, content } = summaryTab(parsePeriod('2026-W46'), loadSummaryData(wb));
  const column = content.values.map((r) => String(r[0]));

  it('lists the actions whose window ended by the period’s end, newest first, one line each', () => {
    // The four actions of 2026-10-14 had W43–W46 after them; the three later ones are still watched.
    expect(model.effects!.ended.map((r) => r.action)).toEqual([
      '赠品换成加厚毛巾',
      '催付话术改成先问用途',
      '加厚纸箱',
      '客服午休排班',
    ]);
    expect(model.effects!.watching).toBe(3);
    const title = column.indexOf('改了什么，有没有用');
    expect(title).toBeGreaterThan(0);
    expect(title).toBeLessThan(25);
    // 40/200 → 10/200 of an up-bad reason, significant-down: it worked. Conversion in percentage points.
    expect(column.slice(title + 1, title + 5)).toEqual([
      '2026-10-14 赠品换成加厚毛巾（赠品不满意）：20% → 5%，有效',
      '2026-10-14 催付话术改成先问用途（转化率）：23% → 25%（+1.7 个百分点），无显著变化',
      expect.stringMatching(/^2026-10-14 加厚纸箱（包装破损）：/),
      '另有 1 项已有结论、3 项还在观察期，都在「效果追踪」表中。',
    ]);
  });

  it('reads the same whenever the tab is written: the clock plays no part', () => {
    const again = summaryTab(parsePeriod('2026-W46'), loadSummaryData(wb));
    expect(again.content.values).toEqual(content.values);
    // The week before: only W43–W45 had closed after the 14 October actions, so nothing has ended.
    const earlier = summaryTab(parsePeriod('2026-W45'), loadSummaryData(wb)).model.effects!;
    expect(earlier.ended).toEqual([]);
    expect(earlier.watching).toBe(6);
  });

  it('shows no effects block in a book without actions', () => {
    const bare = MemoryWorkbook.from(summarySheets(effectsInquiries(), [], 'zh'));
    const tab = summaryTab(parsePeriod('2026-W46'), loadSummaryData(bare));
    expect(tab.model.effects).toBeUndefined();
    expect(tab.content.values.some((r) => r[0] === '改了什么，有没有用')).toBe(false);
  });
});

describe('the money line', () => {
  const model = weekModel('en');

  it('gives sales, the change and its tested verdict in words, in English too', () => {
    const values = layoutSummary(model, 'en').values.map((r) => String(r[0]));
    const title = values.indexOf('Sales and ads');
    expect(title).toBeGreaterThan(0);
    expect(values[title + 1]).toBe(
      'Inquiry sales 2,660, previous period 4,000 (-34%): within chance variation, tested: not a change',
    );
    expect(values[title + 1]).not.toMatch(/p [<=]|Holm|Fisher/);
  });
});

describe('parts where nothing changed take one line', () => {
  const model = weekModel('zh');
  const content = layoutSummary(model, 'zh');
  const column = content.values.map((r) => String(r[0]));

  it('lists every tested part in one line, with its count and how many moved', () => {
    const title = column.indexOf('各部分一览');
    const lines = column.slice(title + 2, column.indexOf('', title));
    // Ours vs competitors: 8 category rows, three of them the findings 3–5; nothing else moved there.
    expect(lines).toEqual([
      '本期数字：3 项，无显著变化',
      '未成交原因：5 项，1 项显著变化',
      '售前咨询分类：4 项，1 项显著变化',
      '售后问题分类：3 项，无显著变化',
      '评价分类：30 项，无显著变化',
      '评价对比：本店与竞品：8 项，3 项差异显著',
      '客服转化与响应：2 项，无显著变化',
      '首次响应时间与转化：1 项，无显著差异',
    ]);
    expect(model.reviews.comparison).toHaveLength(8);
    expect(model.findings.filter((f) => f.table === 'reviewComparison')).toHaveLength(3);
  });

  it('folds each part to its line, open where it holds news, with its details below', () => {
    const folds = content.folds!;
    const byLine = (start: string) => folds.find((f) => f.line.startsWith(start))!;
    const quiet = byLine('售后问题分类：');
    expect(quiet.open).toBe(false);
    // The fold starts at the part's title row and holds its table.
    expect(column[quiet.first - 1]).toBe('售后问题分类');
    expect(quiet.last).toBeGreaterThan(quiet.first + 2);
    expect(byLine('未成交原因：').open).toBe(true);
    // An untested part (the rankings) folds to its title.
    expect(byLine('排行')).toMatchObject({ line: '排行', open: false });
    // The list of lines is the tab's own: the report's folds say the same.
    const list = content.tabOnly![0]!;
    expect(column[list.first - 1]).toBe('各部分一览');
  });
});

describe('the tab folds as the report does', () => {
  const model = weekModel('zh');
  const content = layoutSummary(model, 'zh');
  const column = content.values.map((r) => String(r[0]));
  const groups = content.rowGroups ?? [];
  const titleOf = (g: { first: number }) => column[g.first - 2];

  it('groups each part’s rows under its title row, collapsed exactly where nothing changed', () => {
    // Open: the three parts whose line counts a significant change or difference.
    expect(groups.filter((g) => !g.collapsed).map(titleOf)).toEqual([
      '未成交原因',
      '售前咨询分类',
      '评价对比：本店与竞品',
    ]);
    expect(groups.filter((g) => g.collapsed).map(titleOf)).toEqual(
      expect.arrayContaining([
        '本期数字',
        '售后问题分类',
        '评价分类',
        '客服转化与响应',
        '首次响应时间与转化',
        '排行',
      ]),
    );
    // One group per fold of more than its title row, holding the fold's rows below the title.
    const folds = (content.folds ?? []).filter((f) => f.last > f.first);
    expect(groups).toEqual(folds.map((f) => ({ first: f.first + 1, last: f.last, collapsed: !f.open })));
  });

  it('leaves the first screen and the list of lines outside every group', () => {
    const list = content.tabOnly![0]!;
    expect(Math.min(...groups.map((g) => g.first))).toBeGreaterThan(list.last);
    // Folded, the tab reads: the first screen, the list, then one title row per part.
    const hidden = new Set(groups.filter((g) => g.collapsed).flatMap((g) => range(g.first, g.last)));
    const shown = column.filter((_, i) => !hidden.has(i + 1) && column[i] !== '');
    expect(shown).toContain('售后问题分类');
    expect(shown.length).toBeLessThan(column.filter((c) => c !== '').length / 2);
  });
});

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
