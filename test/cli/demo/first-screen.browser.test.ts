/**
 * The demo's last week as the HTML report a team would send round, in headless Chromium at
 * 1280×800 (issue 23 acceptance): its findings, money line and effects are above the fold.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadSummaryData, summaryTab } from '../../../src/core/summary/generate-summary';
import { FIRST_SCREEN_FINDINGS } from '../../../src/core/summary/layout-overview';
import { tabHtml } from '../../../src/core/tabs/tab-html';
import { tempDir } from '../../fakes/temp-dir';
import { demoBook, demoWeeks } from '../../fixtures/summary/demo-book';
import { browserForTests, launchOptions } from '../../setup/browser';

describe('the demo’s weekly report in a browser', () => {
  it('shows the findings, the money line and the effects above the fold of a 1280×800 screen', async (context) => {
    const search = browserForTests();
    if (!search.browser) return context.skip(search.reason);
    const { tabName, model, content } = summaryTab(demoWeeks().at(-1)!, loadSummaryData(demoBook()));
    expect(model.findings.length).toBeGreaterThanOrEqual(3);
    const out = join(tempDir('spiral-first-screen'), 'report.html');
    const echartsSource = readFileSync(
      createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'),
      'utf8',
    );
    writeFileSync(out, tabHtml(content, { title: tabName, lang: 'zh', echartsSource, footer: '' }));
    const browser = await chromium.launch(launchOptions(search.browser));
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`file://${out}`);
      expect((await page.screenshot()).length).toBeGreaterThan(1000);
      const bottom = async (text: string) => {
        const box = await page.getByText(text, { exact: true }).first().boundingBox();
        expect(box, text).not.toBeNull();
        return box!.y + box!.height;
      };
      const column = content.values.map((r) => String(r[0]));
      const money = column.indexOf('销售与推广');
      const effects = column.indexOf('改了什么，有没有用');
      const lines = [
        ...model.findings.slice(0, FIRST_SCREEN_FINDINGS).map((f, i) => `${i + 1}. ${f.text}`),
        column[money + 1]!,
        column[money + 2]!,
        ...column.slice(effects + 1, effects + 1 + Math.min(3, model.effects!.ended.length)),
      ];
      for (const line of lines) expect(await bottom(line), line).toBeLessThanOrEqual(800);
    } finally {
      await browser.close();
    }
  }, 240_000);
});
