import { describe, expect, it } from 'vitest';
import { runDue } from '../../src/core/automation/run-due';
import { say } from '../../src/core/messages/catalogue';
import { installTemplates } from '../../src/core/setup/install';
import { MissingInputError } from '../../src/core/sheets/needs';
import { readInquiries } from '../../src/core/sheets/tables';
import { TEMPLATES } from '../../src/core/sheets/template';
import { GasWorkbook } from '../../src/gas/gas-workbook';
import type { Cell, WorkbookPort } from '../../src/ports';
import { createGasFakes } from '../fakes/gas-services';
import { FakeClock, MemoryLock, MemoryProperties } from '../fakes/memory-ports';
import { MemoryWorkbook } from '../fakes/memory-workbook';

// Monday 2026-11-23 09:00 in Shanghai: W47 (16–22 Nov) is the last closed week.
const NOW = '2026-11-23T01:00:00Z';
const HEADER = TEMPLATES.inquiries.columns.map((c) => c.zh);
const col = (key: string) => TEMPLATES.inquiries.columns.findIndex((c) => c.key === key);

/** An inquiry row in template order; `values` by contract key. */
function inquiry(values: Record<string, Cell>): Cell[] {
  const row: Cell[] = HEADER.map(() => '');
  for (const [key, value] of Object.entries(values)) row[col(key)] = value;
  return row;
}

const ok = {
  date: '2026-11-17',
  agent: '小美',
  customerId: 'b',
  stage: '售前',
  converted: '是',
  amount: 100,
};

async function run(wb: WorkbookPort) {
  const properties = new MemoryProperties();
  return runDue(
    { wb, clock: new FakeClock(NOW), lock: new MemoryLock(), properties, timeZone: 'Asia/Shanghai' },
    'menu',
  );
}

function book(inquiries: Cell[][]): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  wb.removeSheet('询单记录');
  wb.addSheet('询单记录');
  if (inquiries.length > 0) wb.write('询单记录', 1, 1, inquiries);
  return wb;
}

const problems = (wb: WorkbookPort) => wb.read('问题清单').slice(1);

/** The user's cells, less the column Spiral fills where blank (question categories). */
const userCells = (grid: Cell[][], skip = col('questionCategory')) =>
  grid.map((r) => r.filter((_, i) => i !== skip));

describe('hostile input: messages, and nothing the user typed changes', () => {
  it('an empty Inquiries sheet: one message naming the missing columns, nothing written', async () => {
    const wb = book([]);
    const before = wb.read('问题清单');
    await expect(run(wb)).rejects.toThrow(
      /工作表“询单记录”缺少列：日期 \(date\)、客服 \(agent\)、客户ID \(customerId\).*spiral init[\s\S]*本次没有写入任何内容/,
    );
    expect(wb.sheetNames().filter((n) => n.startsWith('周报') || n.startsWith('月报'))).toEqual([]);
    expect(wb.read('问题清单')).toEqual(before);
    expect(wb.read('询单记录')).toEqual([]);
  });

  it('a header-only sheet: no problems, no rows, nothing written to it', async () => {
    const wb = book([HEADER]);
    await run(wb);
    expect(problems(wb)).toEqual([]);
    expect(wb.read('询单记录')).toEqual([HEADER]);
  });

  it('a required column missing: one clear message naming it, nothing else done', async () => {
    const header = HEADER.filter((h) => h !== '客服');
    const row = inquiry(ok).filter((_, i) => i !== col('agent'));
    const grid = [header, row];
    const wb = book(grid);
    const before = wb.read('问题清单');
    const error = await run(wb).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(MissingInputError);
    expect((error as Error).message).toBe(
      `${say('zh', 'sheets.missingColumns', { sheet: '询单记录', columns: '客服 (agent)' })}\n${say('zh', 'sheets.nothingWritten')}`,
    );
    expect(wb.sheetNames().filter((n) => n.startsWith('周报') || n.startsWith('月报'))).toEqual([]);
    expect(wb.read('问题清单')).toEqual(before);
    expect(wb.read('询单记录')).toEqual(grid);
  });

  it('extra, reordered columns and headers with extra spaces or full-width characters are read', async () => {
    const header = ['  备注说明 (ours) ', ' 成交金额 ', 'ＤＡＴＥ', '客服', 'customerId', '阶段', '是否成交'];
    const grid = [
      header,
      ['keep', 100, '2026-11-17', '小美', 'b1', '售前', '是'],
      ['', '', '2026-11-18', '阿杰', 'b2', 'pre-sale', 'no'],
    ];
    const wb = book(grid);
    const report = await run(wb);
    // Only the column classification would fill is reported missing, as a warning.
    expect(problems(wb)).toEqual([
      [
        '询单记录',
        0,
        '问题分类',
        '',
        say('zh', 'rows.columnMissingNotWritten', { column: 'questionCategory' }),
        '警告',
      ],
    ]);
    const week = wb.tabOf('周报 2026-W47')!.values;
    expect(week.find((r) => r[0] === '售前询单')!.slice(1, 2)).toEqual([2]);
    expect(report.made).toContain('周报 2026-W47');
    expect(wb.read('询单记录')).toEqual(grid);
  });

  it('dates as Date values and strings in several formats are read; impossible dates are errors', async () => {
    const grid = [
      HEADER,
      inquiry({ ...ok, date: new Date(Date.UTC(2026, 10, 16, 16, 0)) }), // 2026-11-17 00:00 in Shanghai
      inquiry({ ...ok, date: '2026/11/18 14:30' }),
      inquiry({ ...ok, date: '2026年11月19日' }),
      inquiry({ ...ok, date: '2026-02-30' }),
      inquiry({ ...ok, date: '31/11/2026' }),
    ];
    const wb = book(grid);
    await run(wb);
    expect(readInquiries(wb).records.map((r) => r.date)).toEqual(['2026-11-17', '2026-11-18', '2026-11-19']);
    expect(problems(wb)).toEqual([
      ['询单记录', 5, '日期', '2026-02-30', say('zh', 'sheets.noSuchDate', { text: '2026-02-30' }), '错误'],
      [
        '询单记录',
        6,
        '日期',
        '31/11/2026',
        say('zh', 'sheets.dateOrderAmbiguous', { text: '31/11/2026' }),
        '错误',
      ],
    ]);
    expect(userCells(wb.read('询单记录'))).toEqual(userCells(grid));
  });

  it('numbers as text are read; negative amounts are errors', async () => {
    const grid = [
      HEADER,
      inquiry({ ...ok, amount: '1,234', firstResponseSeconds: '６' }),
      inquiry({ ...ok, amount: '6%' }),
      inquiry({ ...ok, amount: -20 }),
    ];
    const wb = book(grid);
    await run(wb);
    const records = readInquiries(wb).records;
    expect(records.map((r) => r.amount)).toEqual([1234, 0.06]);
    expect(records[0]!.firstResponseSeconds).toBe(6);
    expect(problems(wb)).toEqual([
      ['询单记录', 4, '成交金额', '-20', say('zh', 'rows.atLeast', { min: 0 }), '错误'],
    ]);
    expect(userCells(wb.read('询单记录'))).toEqual(userCells(grid));
  });

  it('50,000-character texts and emoji pass through; the Problems sheet shows a short excerpt', async () => {
    const long = `${'赠品'.repeat(25_000)}`;
    const grid = [
      HEADER,
      inquiry({ ...ok, question: long }),
      inquiry({ ...ok, agent: '小美😊', question: '有赠品吗🎁' }),
      inquiry({ ...ok, date: `${'x'.repeat(50_000)}` }),
    ];
    const wb = book(grid);
    const report = await run(wb);
    expect(report.classified).toBe(2);
    const [problem] = problems(wb);
    expect(String(problem![3])).toHaveLength(201);
    expect(userCells(wb.read('询单记录'))).toEqual(userCells(grid));
    const agents = wb.tabOf('周报 2026-W47')!.values.map((r) => r[0]);
    expect(agents).toContain('小美😊');
  });
});

describe('no formula injection through the Apps Script adapter', () => {
  it('agent names, categories and problem values that begin with = + - @ land as text in Sheets', async () => {
    const fakes = createGasFakes({ container: 'active', timeZone: 'Asia/Shanghai' });
    const wb = new GasWorkbook(fakes.spreadsheet as never, fakes.SpreadsheetApp as never);
    installTemplates(wb);
    const hostile = ['=HYPERLINK("http://x","点我")', '+86 小美', '-阿杰', '@婷婷'];
    const rows = hostile.map((agent) => inquiry({ ...ok, agent, noDealReason: agent }));
    rows.push(inquiry({ ...ok, date: '=NOW()' }));
    wb.write('询单记录', 2, 1, rows);
    await run(wb);
    const tab = wb.read('周报 2026-W47').flat();
    for (const text of hostile) expect(tab).toContain(text);
    expect(tab.filter((c) => typeof c === 'string' && c.startsWith('#'))).toEqual([]);
    expect(wb.read('问题清单').flat()).toContain('=NOW()');
    // The user's own cells are as they were typed.
    expect(
      wb
        .read('询单记录')
        .slice(1, 5)
        .map((r) => r[col('agent')]),
    ).toEqual(hostile);
  });
});
