/** Issue 10 through the built Apps Script bundle over the SpreadsheetApp fake: 好 as a grade is not paid. */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/cli/demo/generate-demo';
import { columnLabel, sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { LOG, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 60_000);

const DEMO = generateDemo({ seed: 11, start: '2026-10-05', weeks: 3 });
const NOW = '2026-11-10T01:00:00Z';

describe('计算考核 over the bundle (issue 10)', () => {
  it('a grade typed as 好: that row is not paid, the others are, Problems and the Run log say so', async () => {
    const b = await setUpBook({}, NOW);
    b.append('inquiries', DEMO.inquiries);
    b.append('reviews', DEMO.reviews);
    const october = DEMO.scorecard.filter((row) => row.month === '2026-10');
    b.append('scorecard', october);
    const sheet = sheetName('scorecard', 'zh');
    const header = b.wb.read(sheet)[0]!;
    const at = (key: string) => header.indexOf(columnLabel('scorecard', key, 'zh'));
    b.wb.write(sheet, 2, at('quality') + 1, [['好']]);
    const run = b.execution('active');
    run.fakes.ui.promptResponses.push({ button: 'OK', text: '2026-10' });
    await run.bundle.call('computeScorecard');
    const grid = b.wb.read(sheet);
    expect(grid[1]![at('quality')]).toBe('好');
    expect(grid[1]![at('pay')]).toBe('');
    expect(grid[1]![at('qualified')]).toBe('否');
    expect(String(grid[1]![at('explanation')])).toMatch(/^未计分、未计发：“服务质量”的值“好”无法识别/);
    for (const row of grid.slice(2, 1 + october.length)) expect(typeof row[at('pay')]).toBe('number');
    expect(run.fakes.ui.alerts[0]?.prompt).toContain('1 行未计发');
    const problems = b.wb.read(sheetName('problems', 'zh'));
    expect(problems.some((r) => r.includes('好') && r.includes('错误'))).toBe(true);
    expect(b.runLog().at(-1)?.[LOG.actions]).toContain(
      `考核 2026-10：${october.length - 1} 人已计分，1 行未计发`,
    );
  });
});
