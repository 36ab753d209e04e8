/**
 * Issue 8 item 1 through the bundled Apps Script over the fake: the Classify and Scorecard menu
 * items leave a formula, a hyperlink, rich text, an error value and a colleague's fresh edit as
 * they are, and write their cells as runs of changed rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLabel, type SheetKey, sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { type Book, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const NOW = '2026-11-10T01:00:00Z';
const INQUIRIES = sheetName('inquiries', 'zh');

const colOf = (b: Book, key: SheetKey, name: string) =>
  (b.wb.read(sheetName(key, 'zh'))[0] ?? []).indexOf(columnLabel(key, name, 'zh')) + 1;

/** Eight after-sale inquiries asking where the parcel is (rows 2–9): each would be filed under 快递问题. */
async function parcelBook(): Promise<Book> {
  const b = await setUpBook({}, NOW);
  b.append(
    'inquiries',
    Array.from({ length: 8 }, (_, i) => ({
      date: '2026-11-02',
      agent: '小美',
      customerId: `b${i + 2}`,
      stage: 'after-sale',
      question: '快递到哪了，单号查不到',
    })),
  );
  return b;
}

describe('分类新记录 keeps what people put in 问题分类', () => {
  it('leaves a formula, a link, rich text, #REF! and a category typed during the run as they are', async () => {
    const b = await parcelBook();
    const sheet = b.first.spreadsheet.sheet(INQUIRIES);
    const category = colOf(b, 'inquiries', 'questionCategory');
    sheet.putFormula(3, category, '=Z1&"物流"', '物流');
    // A formula that shows nothing is still a person's: classification must not replace it.
    sheet.putFormula(4, category, '=IF(Z1="","",Z1)', '');
    sheet.putRichText(5, category, [{ text: '快递', link: 'https://example.com/kd' }]);
    sheet.putRichText(6, category, [{ text: '尺码', bold: true }, { text: '偏小' }]);
    sheet.putError(7, category, '#REF!');

    // A colleague types a category into row 9 after the run has read the sheet, before it writes.
    let readInquiries = false;
    b.first.env.fault = (method, name) => {
      if (method === 'getValues' && name === INQUIRIES && !readInquiries) readInquiries = true;
      else if (readInquiries) {
        sheet.enter(9, category, '催发货');
        b.first.env.fault = null;
      }
    };
    const run = await b.run('classifyNewRows', 'active');
    b.first.env.fault = null;

    const shown = sheet.snapshot().map((row) => row[category - 1]);
    expect(shown.slice(1, 9)).toEqual([
      '快递问题',
      '物流',
      '',
      '快递',
      '尺码偏小',
      '#REF!',
      '快递问题',
      '催发货',
    ]);
    expect(sheet.formulaAt(3, category)).toBe('=Z1&"物流"');
    expect(sheet.formulaAt(4, category)).toBe('=IF(Z1="","",Z1)');
    expect(sheet.richTextAt(5, category)?.getLinkUrl()).toBe('https://example.com/kd');
    expect(sheet.richTextAt(6, category)?.getRuns()).toHaveLength(2);
    expect(run.fakes.ui.alerts[0]?.prompt).toMatch(/^已为 2 条询单填写问题分类/);
  });

  it('writes one block per run of changed rows, however many rows the run spans', async () => {
    const counts: number[] = [];
    for (const rows of [8, 80]) {
      const b = await setUpBook({}, NOW);
      b.append(
        'inquiries',
        Array.from({ length: rows }, (_, i) => ({
          date: '2026-11-02',
          agent: '小美',
          customerId: `b${i + 2}`,
          stage: 'after-sale',
          question: '快递到哪了',
        })),
      );
      const sheet = b.first.spreadsheet.sheet(INQUIRIES);
      sheet.putFormula(5, colOf(b, 'inquiries', 'questionCategory'), '=Z1', '');
      const run = b.execution('active');
      const before = run.fakes.env.calls.setValues ?? 0;
      await run.bundle.call('classifyNewRows');
      counts.push((run.fakes.env.calls.setValues ?? 0) - before);
    }
    // Two runs of category cells around the formula, and the run log row: the same at 8 and 80 rows.
    expect(counts[0]).toBe(counts[1]);
  });
});

describe('分类新记录 between categories a team typed', () => {
  /** `rows` parcel questions; every third row's category typed by the team (快递问题), the others blank. */
  async function interleaved(rows: number) {
    const b = await setUpBook({}, NOW);
    b.append(
      'inquiries',
      Array.from({ length: rows }, (_, i) => ({
        date: '2026-11-02',
        agent: '小美',
        customerId: `b${i + 2}`,
        stage: 'after-sale',
        question: '快递到哪了',
        questionCategory: i % 3 === 0 ? '售后其他' : '',
      })),
    );
    return b;
  }

  it('writes the column in one block, the typed rows written back as they were, the same at 12 and 120 rows', async () => {
    const counts: number[] = [];
    for (const rows of [12, 120]) {
      const b = await interleaved(rows);
      const run = b.execution('active');
      const before = run.fakes.env.calls.setValues ?? 0;
      await run.bundle.call('classifyNewRows');
      counts.push((run.fakes.env.calls.setValues ?? 0) - before);
      const category = colOf(b, 'inquiries', 'questionCategory');
      const shown = b.first.spreadsheet
        .sheet(INQUIRIES)
        .snapshot()
        .slice(1, rows + 1)
        .map((row) => row[category - 1]);
      expect(shown).toEqual(Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? '售后其他' : '快递问题')));
    }
    // Before, each blank pair between two typed rows was its own setValues: 8 at 12 rows, 80 at 120.
    expect(counts[1]).toBe(counts[0]);
  });

  it('keeps a formula, a number and a long typed stretch out of the rewritten gaps', async () => {
    const b = await interleaved(12);
    const sheet = b.first.spreadsheet.sheet(INQUIRIES);
    const category = colOf(b, 'inquiries', 'questionCategory');
    sheet.putFormula(5, category, '=Z1&"其他"', '其他');
    sheet.enter(8, category, 42);
    await b.run('classifyNewRows', 'active');
    expect(sheet.formulaAt(5, category)).toBe('=Z1&"其他"');
    expect(sheet.snapshot()[7]![category - 1]).toBe(42);
  });
});

describe('计算考核 keeps a formula a team put in an output column', () => {
  it('writes the other agents and lists the kept cell in Problems', async () => {
    const b = await setUpBook({}, NOW);
    b.append(
      'scorecard',
      ['阿杰', '小美', '阿强'].map((agent) => ({
        month: '2026-10',
        agent,
        role: 'after-sale',
        level: 'regular',
        quality: 'excellent',
        disputes: 'excellent',
        cooperation: 'excellent',
        execution: 'excellent',
        orders: 100,
        refunds: 1,
      })),
    );
    const sheet = b.first.spreadsheet.sheet(sheetName('scorecard', 'zh'));
    const pay = colOf(b, 'scorecard', 'pay');
    sheet.putFormula(3, pay, '=2000+500', 2500);
    const run = b.execution('active');
    run.fakes.ui.promptResponses.push({ button: 'OK', text: '2026-10' });
    await run.bundle.call('computeScorecard');

    expect(sheet.formulaAt(3, pay)).toBe('=2000+500');
    const pays = sheet.snapshot().map((row) => row[pay - 1]);
    expect(typeof pays[1]).toBe('number');
    expect(typeof pays[3]).toBe('number');
    const problems = b.wb.read(sheetName('problems', 'zh'));
    expect(problems.some((row) => row.includes(3) && row.join(' ').includes('保留原样'))).toBe(true);
  });
});
