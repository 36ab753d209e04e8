/**
 * `npm run shots`: a screenshot of each tab of the panel, in Chinese, over a demo workbook driven
 * through the built bundle (as the browser tests do), written to out/sidebar/ (not committed) for
 * the README. Run after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { generateDemo } from '../../src/cli/demo/generate-demo';
import { findBrowser } from '../setup/browser';
import { setUpBook } from './bundle-book';
import { launchBrowser, openPanel } from './sidebar-browser';

const OUT = fileURLToPath(new URL('../../out/sidebar', import.meta.url));
const NOW = '2026-11-10T01:00:00Z';
const LATER = '2026-11-14T02:00:00Z';

const demo = generateDemo({ seed: 7, start: '2026-10-05', weeks: 5 });
const book = await setUpBook({}, NOW);
book.append('inquiries', demo.inquiries.slice(0, 400));
book.append('reviews', demo.reviews);
await book.run('turnOnAutomation', 'active', NOW);
await book.run('runDueTrigger', 'trigger', '2026-11-11T22:00:00Z');
await book.run('classifyNewRows', 'active', LATER);
book.setSetting('triggerHour', '25');

const search = findBrowser();
if (!search.browser) throw new Error(search.reason);
mkdirSync(OUT, { recursive: true });
const browser = await launchBrowser(search.browser);
try {
  const { page } = await openPanel(browser, book, LATER);
  const shot = async (name: string) => {
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    console.log(join('out/sidebar', `${name}.png`));
  };
  await page.locator('[data-test="stalled"]').waitFor();
  await shot('health');

  await page.click('[data-tab="jobs"]');
  await page.click('[data-test="job-lastWeekSummary"]');
  await page.locator('[data-test="job-result"]').waitFor();
  await shot('jobs');

  await page.click('[data-tab="rules"]');
  await page.fill('[data-test="rule-text"]', '快递太慢了，打开有股味道，不过孩子很喜欢');
  await page.click('[data-test="rule-test"]');
  await page.locator('[data-test="rule-hits"]').waitFor();
  await shot('rules');

  await page.click('[data-tab="settings"]');
  await page.locator('#setting-responseThresholdSeconds').fill('两分钟');
  await page.click('[data-test="settings-save"]');
  await page.locator('[data-test="settings-status"] .error').waitFor();
  await shot('settings');

  await page.click('[data-tab="import"]');
  const csv = [
    '日期,客服,客户ID,阶段,咨询内容,是否成交',
    '2026-11-12,小美,tb_王小明,售前,这款有现货吗？,是',
    '2026-11-12,小美,tb_李华,售前,能便宜点吗,否',
    '2026-11-13,阿强,,售前,包邮吗,否',
  ].join('\r\n');
  await page.setInputFiles('[data-test="import-file"]', {
    name: '询单导出.csv',
    mimeType: 'text/csv',
    buffer: iconv.encode(csv, 'gbk'),
  });
  await page.click('[data-test="import-start"]');
  await page.locator('[data-test="import-rejected"]').waitFor();
  await shot('import');

  await page.click('[data-tab="help"]');
  await shot('help');
} finally {
  await browser.close();
}
