/** Issue 10 through the CLI over .xlsx files: an unreadable grade is not paid, and the pay sheet for payroll. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { tempDir } from '../fakes/temp-dir';

let dir: string;
let out: string[];

beforeEach(() => {
  dir = tempDir('spiral-kpi');
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const SCORECARD = [
  'month,agent,role,level,quality,disputes,cooperation,execution,orders,refunds,late,praises',
  '2026-11,小美,售后,高级,优,优,优,优,100,6,0,0',
  '2026-11,=HYPERLINK("x"),售后,普通,优,良,优,优,100,0,1,0',
  '2026-11,婷婷,售后,普通,好,优,优,优,100,0,0,0',
];

async function book(): Promise<string> {
  const path = join(dir, 'shop.xlsx');
  expect(await main(['init', path])).toBe(0);
  const csv = join(dir, 'scorecard.csv');
  writeFileSync(csv, `${SCORECARD.join('\n')}\n`);
  expect(await main(['import', path, '--sheet', 'scorecard', '--file', csv])).toBe(0);
  return path;
}

describe('spiral kpi (issue 10)', () => {
  it('好 as a grade: that row is not paid, Problems lists it as an error, the summary line counts it', async () => {
    const path = await book();
    out.length = 0;
    expect(await main(['kpi', path, '--month', '2026-11', '--json'])).toBe(0);
    const report = JSON.parse(out.join('')) as {
      agents: { agent: string; pay: number }[];
      unpaid: { agent: string; reasons: string[] }[];
    };
    expect(report.agents.map((a) => a.agent)).toEqual(['小美', '=HYPERLINK("x")']);
    expect(report.unpaid.map((u) => u.agent)).toEqual(['婷婷']);
    const wb = await XlsxWorkbook.open(path);
    const problem = wb.read('问题清单').find((r) => r.includes('好'))!;
    expect(problem).toContain('错误');
    const row = wb.read('客服考核')[3]!;
    expect(row[4]).toBe('好');
    expect(String(row.at(-1))).toMatch(/^未计分、未计发：“服务质量”的值“好”无法识别/);
    const log = wb.read('运行日志').at(-1)!.join(' ');
    expect(log).toContain('考核 2026-11：2 人已计分，1 行未计发');
  });

  it('--csv writes the payroll table: every agent, the unpaid one with its reason, the month total, no cell starting = + - @', async () => {
    const path = await book();
    const csv = join(dir, 'pay.csv');
    expect(await main(['kpi', path, '--month', '2026-11', '--csv', csv])).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1)) as string[][];
    expect(rows[0]).toEqual([
      '客服',
      '岗位',
      '级别',
      '得分',
      '得分率',
      '是否合格',
      '奖金',
      '底薪',
      '应发工资',
      '备注',
    ]);
    // 小美 80 + 20 + 20 = 120 → 923.08 + 2500; the formula-like agent 75 + 30 + 15 = 120 → 923.08 + 2000.
    expect(rows[1]).toEqual([
      '小美',
      '售后',
      '高级',
      '120',
      '92.3%',
      '是',
      '923.08',
      '2500.00',
      '3423.08',
      '',
    ]);
    expect(rows[2]!.slice(0, 9)).toEqual([
      '\'=HYPERLINK("x")',
      '售后',
      '普通',
      '120',
      '92.3%',
      '是',
      '923.08',
      '2000.00',
      '2923.08',
    ]);
    expect(rows[3]!.slice(0, 6)).toEqual(['婷婷', '', '', '', '', '否']);
    expect(rows[3]![9]).toContain('未计发：“服务质量”的值“好”无法识别');
    expect(rows[4]).toEqual(['本月合计', '', '', '', '', '', '1846.16', '4500.00', '6346.16', '']);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
