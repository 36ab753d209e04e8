/** The demo's weekly tabs open with one screen: findings, the money line, the effects (issue 23 item 6). */
import { describe, expect, it } from 'vitest';
import { loadSummaryData, summaryTab } from '../../../src/core/summary/generate-summary';
import { FIRST_SCREEN_FINDINGS } from '../../../src/core/summary/layout-overview';
import { demoBook, demoWeeks } from '../../fixtures/summary/demo-book';

describe('the first screen of the demo-like weekly tabs', () => {
  const data = loadSummaryData(demoBook());
  const tabs = demoWeeks().map((period) => summaryTab(period, data));

  it('holds the findings, the money line and the effects within the first 25 rows of every week', () => {
    for (const { model, content } of tabs) {
      const column = content.values.map((r) => String(r[0]));
      const within = (text: string) => {
        const at = column.indexOf(text);
        expect(at, `${model.period.id}: ${text}`).toBeGreaterThanOrEqual(0);
        expect(at, `${model.period.id}: ${text}`).toBeLessThan(25);
        return at;
      };
      for (const [i, f] of model.findings.slice(0, FIRST_SCREEN_FINDINGS).entries())
        within(`${i + 1}. ${f.text}`);
      const money = within('销售与推广');
      // The shop's sales where the order export covers the weeks, else the inquiries'.
      expect(column[money + 1]).toMatch(/^(全店|询单)销售额 [\d,]+ 元，上期 [\d,]+ 元（[-+\d%—]+）：/);
      if (model.ads !== undefined) {
        within(column[money + 2]!);
        expect(column[money + 2]).toMatch(/^推广花费 [\d,]+ 元/);
      }
      const effects = within('改了什么，有没有用');
      for (const row of model.effects!.ended.slice(0, 3))
        expect(column.slice(effects + 1, 25).join('\n')).toContain(row.action);
    }
  });

  it('the last week, the one the report shows, has findings and ended actions to show', () => {
    const last = tabs.at(-1)!.model;
    expect(last.findings.length).toBeGreaterThanOrEqual(3);
    expect(last.effects!.ended.length).toBeGreaterThanOrEqual(1);
    // Three actions ended by then and all three are listed; the fourth is still being watched.
    const column = tabs.at(-1)!.content.values.map((r) => String(r[0]));
    expect(column).toContain('另有 1 项还在观察期，在「效果追踪」表中。');
    // The planted sales drop week names the tested fall on its money line.
    const drop = tabs.find(({ model }) => model.inquiries.storeSalesChange?.label === 'significant-down');
    expect(drop).toBeDefined();
    expect(drop!.content.values.map((r) => String(r[0])).join('\n')).toMatch(
      /全店销售额 .*：经检验，确实下降/,
    );
  });

  it('folds in the tab exactly the parts where nothing changed: a collapsed row group each', () => {
    for (const { model, content } of tabs) {
      const folds = (content.folds ?? []).filter((f) => f.last > f.first);
      const groups = content.rowGroups ?? [];
      // One group per part, its rows under the part's title row (where the +/- sits).
      expect(groups.map((g) => g.first - 1)).toEqual(folds.map((f) => f.first));
      for (const [i, fold] of folds.entries()) {
        const changed = /\d+ 项(显著变化|差异显著)$/.test(fold.line);
        expect(groups[i]!.collapsed, `${model.period.id}: ${fold.line}`).toBe(!changed);
        expect(groups[i]!.last).toBe(fold.last);
      }
      expect(groups.some((g) => g.collapsed)).toBe(true);
    }
    // Somewhere in the weeks a part changed and stays open, so the team can fold it.
    expect(tabs.some(({ content }) => content.rowGroups?.some((g) => !g.collapsed))).toBe(true);
  });
});
