import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/cli/demo/generate-demo';
import { say } from '../../src/core/messages/catalogue';
import { columnLabel, sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { type Book, LOG, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const DEMO = generateDemo({ seed: 11, start: '2026-10-05', weeks: 3 });
/** Tuesday 2026-11-10 09:00 in Shanghai: October is the last closed month. */
const NOW = '2026-11-10T01:00:00Z';

async function demoBook(): Promise<Book> {
  const b = await setUpBook({}, NOW);
  b.append('inquiries', DEMO.inquiries);
  b.append('reviews', DEMO.reviews);
  b.append('scorecard', DEMO.scorecard);
  return b;
}

const column = (b: Book, key: 'inquiries' | 'scorecard', name: string) => {
  const grid = b.wb.read(sheetName(key, 'zh'));
  const at = grid[0]?.indexOf(columnLabel(key, name, 'zh')) ?? -1;
  return grid.slice(1).map((row) => row[at]);
};

describe('分类新记录 / Classify new rows', () => {
  it('fills blank question categories, says how many, and fills none the second time', async () => {
    const b = await demoBook();
    expect(column(b, 'inquiries', 'questionCategory').every((cell) => cell === '')).toBe(true);
    const first = await b.run('classifyNewRows', 'active');
    const filled = column(b, 'inquiries', 'questionCategory').filter((cell) => cell !== '').length;
    expect(filled).toBeGreaterThan(DEMO.inquiries.length / 2);
    expect(first.fakes.ui.alerts[0]?.prompt).toContain(`已为 ${filled} 条询单填写问题分类`);
    const second = await b.run('classifyNewRows', 'active');
    expect(second.fakes.ui.alerts[0]?.prompt).toMatch(/^已为 0 条询单填写问题分类（\d+ 条已有分类保持不变/);
    expect(b.runLog().at(-1)?.[LOG.actions]).toMatch(/^分类：填写 0 个问题分类/);
  });
});

describe('计算考核 / Compute scorecard', () => {
  const october = DEMO.scorecard.filter((row) => row.month === '2026-10');

  it('scores the last closed month when the prompt is left blank and lists each agent', async () => {
    const b = await demoBook();
    const run = b.execution('active');
    run.fakes.ui.promptResponses.push({ button: 'OK', text: ' ' });
    await run.bundle.call('computeScorecard');
    expect(run.fakes.ui.prompts[0]?.prompt).toContain('留空即 2026-10');
    const lines = run.fakes.ui.alerts[0]?.prompt.split('\n') ?? [];
    expect(lines[0]).toBe(`已计算 2026-10 考核：${october.length} 位客服，结果已写入“客服考核”。`);
    expect(lines.slice(1, 1 + october.length).map((line) => line.split('：')[0])).toEqual(
      october.map((row) => row.agent),
    );
    const months = column(b, 'scorecard', 'month');
    const scores = column(b, 'scorecard', 'score');
    months.forEach((month, i) => {
      expect(typeof scores[i]).toBe(month === '2026-10' ? 'number' : 'string');
    });
  });

  it('explains a week, a typo or a month with no rows, scoring nothing', async () => {
    const b = await demoBook();
    const run = b.execution('active');
    run.fakes.ui.promptResponses.push(
      { button: 'OK', text: '2026-W45' },
      { button: 'OK', text: '2026-13' },
      { button: 'CANCEL', text: '2026-10' },
    );
    for (let i = 0; i < 3; i++) await run.bundle.call('computeScorecard');
    expect(run.fakes.ui.alerts.map((a) => a.prompt.split('\n')[0])).toEqual([
      `"2026-W45"：${say('zh', 'menu.monthOnly')}`,
      say('zh', 'menu.period.month', { value: '2026-13' }),
    ]);
    expect(column(b, 'scorecard', 'score').every((cell) => cell === '')).toBe(true);
    const typed = b.execution('active');
    typed.fakes.ui.promptResponses.push({ button: 'OK', text: '2026-11' });
    await typed.bundle.call('computeScorecard');
    expect(typed.fakes.ui.alerts[0]?.prompt).toBe('“客服考核”中没有 2026-11 的记录，未做更改。');
  });
});
