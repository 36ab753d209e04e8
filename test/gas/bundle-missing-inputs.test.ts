/**
 * Issue 8 item 2 through the bundled Apps Script over the fake: with 询单记录 renamed, the menu
 * shows one alert naming it and the way back, pays nobody and leaves a written tab as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { type Book, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 60_000);

/** Tuesday 2026-11-10 in Shanghai: October is the last closed month. */
const NOW = '2026-11-10T01:00:00Z';
const INQUIRIES = sheetName('inquiries', 'zh');

async function octoberBook(): Promise<Book> {
  const b = await setUpBook({}, NOW);
  b.append(
    'inquiries',
    Array.from({ length: 20 }, (_, i) => ({
      date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
      agent: '小美',
      customerId: `b${i}`,
      stage: 'pre-sale',
      converted: i < 12,
      amount: i < 12 ? 150 : '',
      firstResponseSeconds: 20,
    })),
  );
  b.append('scorecard', [
    {
      month: '2026-10',
      agent: '小美',
      role: 'pre-sale',
      level: 'regular',
      quality: 'excellent',
      disputes: 'excellent',
      cooperation: 'good',
      execution: 'excellent',
    },
  ]);
  return b;
}

const payColumn = (b: Book) => {
  const grid = b.wb.read(sheetName('scorecard', 'zh'));
  return grid.slice(1).map((row) => row[grid[0]!.indexOf('应发工资')]);
};

describe('a renamed 询单记录 in Sheets', () => {
  it('计算考核 alerts once with what is missing and how to restore it, and pays nobody', async () => {
    const b = await octoberBook();
    b.first.spreadsheet.sheet(INQUIRIES).setName('询单记录2026');
    const run = b.execution('active');
    run.fakes.ui.promptResponses.push({ button: 'OK', text: '2026-10' });
    await expect(run.bundle.call('computeScorecard') as Promise<void>).rejects.toThrow(/询单记录/);
    expect(run.fakes.ui.alerts).toHaveLength(1);
    expect(run.fakes.ui.alerts[0]?.prompt).toContain(
      '找不到工作表“询单记录”（Inquiries）；“询单记录2026”像是改了名的它',
    );
    expect(run.fakes.ui.alerts[0]?.prompt).toContain('本次没有写入任何内容');
    expect(payColumn(b)).toEqual(['']);
  });

  it('上月月报 alerts and leaves the tab written before with its numbers', async () => {
    const b = await octoberBook();
    await b.run('lastMonthSummary', 'active');
    const tab = () => b.wb.read('月报 2026-10');
    const before = tab();
    expect(before.some((row) => row[0] === '售前询单' && row[1] === 20)).toBe(true);

    b.first.spreadsheet.sheet(INQUIRIES).setName('询单记录2026');
    const run = b.execution('active');
    await expect(run.bundle.call('lastMonthSummary') as Promise<void>).rejects.toThrow(/询单记录2026/);
    expect(run.fakes.ui.alerts[0]?.prompt).toContain('改回“询单记录”');
    expect(tab()).toEqual(before);
  });
});
