/**
 * Issue 12: one language per workbook, in Sheets too. A workbook set up through the built bundle
 * over the SpreadsheetApp fake — in Chinese for a zh_CN user, in English for an en_US one — gets a
 * day of the desk's work (the logs, an order report and a chat log) and the daily trigger run
 * (match, classify, scorecard, summaries); every cell Spiral wrote is then scanned for the other
 * language's catalogue text, as the CLI's demo workbooks are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/cli/demo/generate-demo';
import { demoInLanguage } from '../../src/cli/demo/in-language';
import { importChats } from '../../src/core/ingest/import-chats';
import { importRecords } from '../../src/core/ingest/import-records';
import { inputTable } from '../../src/core/ingest/input-table';
import type { Lang } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { otherLanguageCells, spiralWritten } from '../core/messages/language-scan';
import { setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

async function dailyRun(lang: Lang) {
  const demo = demoInLanguage(generateDemo({ seed: 11, start: '2026-09-07', weeks: 3 }), lang);
  const b = await setUpBook({ locale: lang === 'en' ? 'en_US' : 'zh_CN' }, '2026-09-07T01:00:00Z');
  b.append('inquiries', demo.inquiries);
  b.append('reviews', demo.reviews);
  b.append('scorecard', demo.scorecard);
  const [chatHeader, ...chats] = demo.exports.chats;
  importChats(b.wb, inputTable(chatHeader!, chats));
  const [orderHeader, ...orders] = demo.exports.orders;
  importRecords(b.wb, 'orders', inputTable(orderHeader!, orders));
  await b.run('turnOnAutomation', 'active');
  const end = new Date(Date.parse('2026-09-07T00:00:00Z') + 3 * 7 * 86_400_000 + 3_600_000);
  await b.run('runDueTrigger', 'trigger', end.toISOString());
  return b;
}

describe.each(['zh', 'en'] as const)('a %s workbook in Sheets', (lang) => {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';

  it(`holds no ${other} catalogue text in any cell Spiral wrote`, async () => {
    const b = await dailyRun(lang);
    const names = b.wb.sheetNames();
    // The run did the work whose words are scanned: summary tabs and a Run log line.
    expect(names.some((n) => (lang === 'zh' ? /^周报 / : /^Weekly /).test(n))).toBe(true);
    const written = spiralWritten(b.wb);
    expect(Object.keys(written).length).toBeGreaterThan(8);
    expect(otherLanguageCells(written, other)).toEqual([]);
  });
});
