import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { installTemplates } from '../../src/core/setup/install';
import { loadSummaryData, summaryTab } from '../../src/core/summary/generate-summary';
import { parsePeriod } from '../../src/core/time/periods';
import type { WorkbookPort } from '../../src/ports';
import { tempDir } from '../fakes/temp-dir';
import { weekInquiries, weekReviews } from '../fixtures/summary/week-fixture';
import { inquirySheet, reviewSheet } from '../fixtures/summary/workbook';
import { browserForTests, launchOptions } from '../setup/browser';

const HOSTILE_AGENT = '<img src=x onerror="window.pwned=1">';
const dir = tempDir('spiral-report');

function fill(wb: WorkbookPort): void {
  installTemplates(wb);
  const inquiries = weekInquiries.map((r, i) => (i === 0 ? { ...r, agent: HOSTILE_AGENT } : r));
  wb.write('询单记录', 2, 1, inquirySheet(inquiries, 'zh').slice(1));
  wb.write('评价记录', 2, 1, reviewSheet(weekReviews, 'zh').slice(1));
}

let book: string;
let out: string;
let html: string;
let charts: number;
let stdout: string;

beforeAll(async () => {
  book = join(dir, 'shop.xlsx');
  out = join(dir, 'report.html');
  const wb = XlsxWorkbook.create();
  fill(wb);
  charts = summaryTab(parsePeriod('2026-W47'), loadSummaryData(wb)).content.charts?.length ?? 0;
  await wb.save(book);
  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  expect(await main(['report', book, '--week', '2026-W47', '--out', out])).toBe(0);
  vi.restoreAllMocks();
  stdout = printed.join('');
  html = readFileSync(out, 'utf8');
}, 240_000);

describe('spiral report', () => {
  it('writes one self-contained page in the workbook language: no external script, style or picture', () => {
    expect(stdout).toContain('已写出');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('周报 2026-W47');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|url\(http/i);
    expect(html).toContain('echarts');
  });

  it('folds each part into an expandable <details> whose summary is its line, without the tab’s list of lines', () => {
    const wb = XlsxWorkbook.create();
    fill(wb);
    const { content } = summaryTab(parsePeriod('2026-W47'), loadSummaryData(wb));
    expect(content.folds!.length).toBeGreaterThan(5);
    for (const fold of content.folds!) {
      const tag = `<details class="part"${fold.open ? ' open' : ''}><summary>${fold.line}</summary>`;
      expect(html).toContain(tag);
    }
    expect(html.match(/<details /g)).toHaveLength(content.folds!.length);
    expect(html.match(/<\/details>/g)).toHaveLength(content.folds!.length);
    // The tab's list of part lines is the tab's own: in the report the summaries say it once.
    expect(html).not.toContain('各部分一览');
    expect(html.split('售后问题分类：3 项，无显著变化')).toHaveLength(2);
  });

  it('escapes what the team typed', () => {
    expect(html).not.toContain(HOSTILE_AGENT);
    expect(html).toContain('&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;');
  });

  it('leaves the workbook as it was (read only)', async () => {
    const reopened = await XlsxWorkbook.open(book);
    expect(reopened.hasSheet('周报 2026-W47')).toBe(false);
  });

  it('draws every chart of the tab, interactively, in a real browser', async (context) => {
    expect(charts).toBeGreaterThanOrEqual(2);
    const search = browserForTests();
    if (!search.browser) return context.skip(search.reason);
    const browser = await chromium.launch(launchOptions(search.browser));
    try {
      const page = await browser.newPage();
      await page.goto(`file://${out}`);
      // Open every folded part, as a reader would (a browser that hides closed parts draws their charts then).
      await page.evaluate(`document.querySelectorAll('details.part').forEach((d) => { d.open = true; })`);
      await page.waitForFunction(`document.querySelectorAll('.chart svg').length === ${charts}`);
      expect(await page.locator('.chart svg').count()).toBe(charts);
      const widths = await page
        .locator('.chart svg')
        .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
      expect(widths.every((w) => w > 100)).toBe(true);
      expect(await page.evaluate('window.pwned')).toBeUndefined();
      // The first table is the headline, in its part, as on the tab.
      expect(await page.locator('details.part').first().locator('table').first().innerText()).toContain(
        '转化率',
      );
    } finally {
      await browser.close();
    }
  }, 240_000);

  it('opens with the findings above the fold of a 1280×800 screen (issue 23 item 6)', async (context) => {
    const wb = await XlsxWorkbook.open(book);
    const { model } = summaryTab(parsePeriod('2026-W47'), loadSummaryData(wb));
    expect(model.findings.length).toBeGreaterThanOrEqual(1);
    const search = browserForTests();
    if (!search.browser) return context.skip(search.reason);
    const browser = await chromium.launch(launchOptions(search.browser));
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`file://${out}`);
      const shot = await page.screenshot();
      expect(shot.length).toBeGreaterThan(1000);
      const bottom = async (text: string) => {
        const box = await page.getByText(text, { exact: false }).first().boundingBox();
        expect(box, text).not.toBeNull();
        return box!.y + box!.height;
      };
      // Every finding of the week, its footnote and the money line sit above the fold.
      for (const finding of model.findings) expect(await bottom(finding.text)).toBeLessThanOrEqual(800);
      expect(await bottom('注 1（p = ')).toBeLessThanOrEqual(800);
      expect(await bottom('询单销售额 2,660 元，上期 4,000 元')).toBeLessThanOrEqual(800);
      // Below it, each part is one line: folded where nothing changed, open where something did.
      const summaries = await page.locator('details.part > summary').allInnerTexts();
      expect(summaries).toContain('售后问题分类：3 项，无显著变化');
      expect(
        await page.locator('details.part:not([open]) > summary', { hasText: '售后问题分类' }).count(),
      ).toBe(1);
      expect(await page.locator('details.part[open] > summary', { hasText: '评价对比' }).count()).toBe(1);
      // A folded part's table is there, hidden until opened.
      const folded = page.locator('details.part', { hasText: '售后问题分类：3 项' });
      expect(await folded.locator('table').first().isVisible()).toBe(false);
      await folded.locator('summary').click();
      expect(await folded.locator('table').first().isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  }, 240_000);
});
