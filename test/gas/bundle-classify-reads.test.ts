/**
 * Issue 22 item 3 through the bundled Apps Script over the fake: classification's write reads only
 * the category cells it may write, not the whole column span three times (values, formulas and
 * rich text, the slowest read).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLabel, sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const NOW = '2026-11-10T01:00:00Z';
const INQUIRIES = sheetName('inquiries', 'zh');

/** `rows` parcel questions whose category the team typed, but for the first and the last one. */
async function typedBook(rows: number) {
  const b = await setUpBook({}, NOW);
  b.append(
    'inquiries',
    Array.from({ length: rows }, (_, i) => ({
      date: '2026-11-02',
      agent: '小美',
      customerId: `b${i + 2}`,
      stage: 'after-sale',
      question: '快递到哪了',
      questionCategory: i === 0 || i === rows - 1 ? '' : '售后其他',
    })),
  );
  const category =
    (b.wb.read(INQUIRIES)[0] ?? []).indexOf(columnLabel('inquiries', 'questionCategory', 'zh')) + 1;
  return { b, category };
}

describe('分类新记录 writing two categories far apart', () => {
  it('reads the two cells it may write, and no rich text', async () => {
    const rows = 300;
    const { b, category } = await typedBook(rows);
    const run = b.execution('active');
    await run.bundle.call('classifyNewRows');
    const shown = b.first.spreadsheet
      .sheet(INQUIRIES)
      .snapshot()
      .map((row) => row[category - 1]);
    expect(shown[1]).toBe('快递问题');
    expect(shown[rows]).toBe('快递问题');
    expect(shown[2]).toBe('售后其他');
    // Reads of the category column alone (the write's re-read): one cell at each end, not the span between.
    const columnReads = run.fakes.env.reads.filter(
      (read) => read.sheet === INQUIRIES && read.col === category && read.cols === 1,
    );
    expect(columnReads.map((read) => [read.row, read.rows])).toEqual([
      [2, 1],
      [rows + 1, 1],
    ]);
    // Both cells were blank: there is no text to lose, so the slowest read is not made.
    expect(run.fakes.env.calls.getRichTextValues ?? 0).toBe(0);
  });
});
