import { describe, expect, it } from 'vitest';
import { say } from '../../../src/core/messages/catalogue';
import {
  computeScorecard,
  PaySettingsError,
  SCORECARD_OUTPUTS,
} from '../../../src/core/scorecard/compute-scorecard';
import { readSettings } from '../../../src/core/settings/settings';
import { TEMPLATES } from '../../../src/core/sheets/template';
import type { Cell } from '../../../src/ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const HEADER = [
  '月份',
  '客服',
  '岗位',
  '级别',
  '服务质量',
  '纠纷处理',
  '团队协作',
  '执行力',
  '订单数',
  '退款数',
  '迟到',
  '请假',
  '旷工',
  '低质评价',
  '投诉扣分',
  '表扬次数',
  '突出贡献加分',
  '得分',
  '得分率',
  '是否合格',
  '奖金',
  '底薪',
  '应发工资',
  '计算说明',
];
const OUT = HEADER.indexOf('得分');

/** month, agent, role, level, four grades, orders, refunds, late, leave, absence, and the adjustments. */
const input = (
  month: string,
  agent: string,
  role: string,
  level: string,
  refunds: number,
  late = 0,
): Cell[] => [
  month,
  agent,
  role,
  level,
  '优',
  '优',
  '优',
  '优',
  100,
  refunds,
  late,
  0,
  0,
  0,
  0,
  0,
  0,
  '',
  '',
  '',
  '',
  '',
  '',
  '',
];

function book(rows: Cell[][], extra: Record<string, Cell[][]> = {}): MemoryWorkbook {
  return MemoryWorkbook.from({ 客服考核: [HEADER, ...rows], ...extra });
}

describe('computeScorecard', () => {
  it('writes score, percent, qualified, bonus, base pay, pay and explanation into the month rows only', async () => {
    const wb = book([
      input('2026-11', '小美', '售后', '高级', 6),
      input('2026-10', '小美', '售后', '高级', 0),
      input('2026-11', '阿强', '售后', '普通', 20, 4),
    ]);
    const report = await computeScorecard(wb, '2026-11', readSettings(wb));
    const grid = wb.read('客服考核');
    expect(grid[1]!.slice(OUT, OUT + 6)).toEqual([120, 120 / 130, '是', 923.08, 2500, 3423.08]);
    expect(grid[1]![OUT + 6]).toContain('退款率 6%（6/100）→ 20 分，区间 5–8%');
    expect(grid[2]!.slice(OUT)).toEqual(['', '', '', '', '', '', '']);
    // 80 + 0 (20 % refunds) + 0 (4 × late) = 80 of 130: 61.5 %, no bonus.
    expect(grid[3]!.slice(OUT, OUT + 6)).toEqual([80, 80 / 130, '否', 0, 2000, 2000]);
    expect(report).toMatchObject({ month: '2026-11', rowsWritten: 2 });
    expect(report.agents.map((a) => [a.agent, a.score, a.qualified, a.pay])).toEqual([
      ['小美', 120, true, 3423.08],
      ['阿强', 80, false, 2000],
    ]);
    expect(wb.calls.updateColumn).toBe(7);
  });

  it('lets the Settings sheet override pool, gate and base pay', async () => {
    const settings: Cell[][] = [
      ['设置项', '值'],
      ['bonusPool', '1300'],
      ['gatePercent', '60%'],
      ['basePay.regular', '2100'],
    ];
    const wb = book([input('2026-11', '阿强', '售后', '普通', 20, 4)], { 设置: settings });
    const [agent] = (await computeScorecard(wb, '2026-11', readSettings(wb))).agents;
    expect(agent).toMatchObject({ score: 80, qualified: true, bonus: 800, basePay: 2100, pay: 2900 });
  });

  it('scores pre-sale agents from their inquiries of the month', async () => {
    const inquiries: Cell[][] = [
      ['日期', '客服', '客户ID', '阶段', '是否成交', '成交金额', '首次响应(秒)'],
      ['2026-11-02', '阿强', 'c1', '售前', '是', 100, 20],
      ['2026-11-03', '阿强', 'c2', '售前', '否', '', 25],
      ['2026-10-03', '阿强', 'c3', '售前', '否', '', 25],
    ];
    const wb = book([input('2026-11', '阿强', '售前', '组长', 0)], { 询单记录: inquiries });
    const [agent] = (await computeScorecard(wb, '2026-11', readSettings(wb))).agents;
    // Two inquiries of November: too small a base to tell from the desk, so the desk's band.
    expect(agent!.items.find((i) => i.item === 'conversion')).toEqual({
      item: 'conversion',
      points: 35,
      rule: 'conversion-90-up',
    });
    expect(agent).toMatchObject({ role: 'pre-sale', level: 'lead', basePay: 3000 });
    expect(wb.read('客服考核')[1]![OUT + 6]).toContain('暂按询单行计');
  });

  it('counts buyers, not rows, once the Orders sheet holds orders', async () => {
    const inquiries: Cell[][] = [
      ['日期', '客服', '客户ID', '阶段', '是否成交', '成交金额', '首次响应(秒)'],
      ['2026-11-02', '阿强', 'c1', '售前', '否', '', 20],
      ['2026-11-03', '阿强', 'c1', '售前', '是', 100, 25],
      ['2026-11-03', '阿强', 'c2', '售前', '否', '', 25],
    ];
    const orders: Cell[][] = [
      ['订单编号', '买家会员名', '买家实际支付金额'],
      ['A1', 'c1', 100],
    ];
    const wb = book([input('2026-11', '阿强', '售前', '组长', 0)], { 询单记录: inquiries, 订单记录: orders });
    await computeScorecard(wb, '2026-11', readSettings(wb));
    const text = String(wb.read('客服考核')[1]![OUT + 6]);
    expect(text).toContain('询单转化率 50%（1/2 位买家');
    expect(text).toContain('按买家计');
  });

  it('writes in English labels in an English workbook', async () => {
    const header = HEADER.map((_, i) => ['Month', 'Agent', 'Role', 'Level'][i] ?? HEADER[i]!);
    const wb = MemoryWorkbook.from({
      Scorecard: [header, input('2026-11', 'Amy', 'after-sale', 'regular', 0)],
      Settings: [
        ['Setting', 'Value'],
        ['language', 'en'],
      ],
    });
    await computeScorecard(wb, '2026-11', readSettings(wb));
    const row = wb.read('Scorecard')[1]!;
    expect(row[OUT + 2]).toBe('yes');
    expect(row[OUT + 6]).toContain('Refund rate 0% (0/100) → 30 points, band ≤ 5%');
  });

  it('reports a bad month, duplicate agents and missing output columns without crashing', async () => {
    const empty = book([]);
    expect((await computeScorecard(empty, '2026-13', readSettings(empty))).problems[0]).toMatchObject({
      value: '2026-13',
    });
    const same = book([
      input('2026-11', '小美', '售后', '普通', 0),
      input('2026-11', '小美 ', '售后', '普通', 0),
    ]);
    const twice = await computeScorecard(same, '2026-11', readSettings(same));
    expect(twice.problems).toContainEqual(expect.objectContaining({ row: 3, severity: 'warning' }));
    const narrow = MemoryWorkbook.from({
      客服考核: [HEADER.slice(0, 18), input('2026-11', '小美', '售后', '普通', 0).slice(0, 18)],
    });
    const report = await computeScorecard(narrow, '2026-11', readSettings(narrow));
    expect(narrow.read('客服考核')[1]![17]).toBe(130);
    expect(report.problems.filter((p) => p.severity === 'warning')).toHaveLength(6);
  });
});

describe('no pay from settings nobody can read (issue 21, item 5)', () => {
  const settingsOf = (rows: Cell[][]): Cell[][] => [['设置项', '值'], ...rows];

  it.each([
    ['bonusBase', '-500'],
    ['bonusBase', '500%'],
    ['bonusBase', 'NaN'],
    ['bonusBase', '1e308'],
    ['basePay.lead', '-1'],
    ['gatePercent', '0.7'],
    ['gatePercent', '150%'],
    ['bonusMode', 'everyone'],
  ])('%s = %s: the Sheets path refuses, names the row, writes nothing', async (key, value) => {
    const wb = book([input('2026-11', '阿强', '售后', '普通', 0)], {
      设置: settingsOf([
        ['language', 'zh'],
        [key, value],
      ]),
    });
    const before = JSON.stringify(wb.read('客服考核'));
    const run = computeScorecard(wb, '2026-11', readSettings(wb));
    await expect(run).rejects.toBeInstanceOf(PaySettingsError);
    await expect(run).rejects.toThrow(say('zh', 'scorecard.payNotComputed', { sheet: '设置' }));
    await expect(run).rejects.toThrow(`第 3 行 ${key}“${value}”`);
    expect(JSON.stringify(wb.read('客服考核'))).toBe(before);
  });

  it('with force, pays with the defaults and hands back the settings it overrode', async () => {
    const wb = book([input('2026-11', '阿强', '售后', '普通', 0)], {
      设置: settingsOf([['bonusBase', '-500']]),
    });
    const report = await computeScorecard(wb, '2026-11', readSettings(wb), undefined, { force: true });
    expect(report.forcedSettings.map((p) => [p.row, p.column, p.value])).toEqual([[2, 'bonusBase', '-500']]);
    expect(report.agents[0]).toMatchObject({ score: 130, bonus: 1000, pay: 3000 });
  });

  it('a setting that does not change pay does not stop pay', async () => {
    const wb = book([input('2026-11', '阿强', '售后', '普通', 0)], {
      设置: settingsOf([['triggerHour', '25']]),
    });
    expect((await computeScorecard(wb, '2026-11', readSettings(wb))).agents).toHaveLength(1);
  });

  it('0% is no gate: 61.5 % of the card still earns its bonus', async () => {
    const wb = book([input('2026-11', '阿强', '售后', '普通', 20, 4)], {
      设置: settingsOf([['gatePercent', '0%']]),
    });
    const [agent] = (await computeScorecard(wb, '2026-11', readSettings(wb))).agents;
    expect(agent).toMatchObject({ score: 80, qualified: true, bonus: 615.38, pay: 2615.38 });
  });
});

describe('the columns the scorecard writes', () => {
  it("are the Scorecard template's computed columns, in its order (one list, held to the template)", () => {
    const computed = TEMPLATES.scorecard.columns.filter((c) => c.auto === 'always').map((c) => c.key);
    expect([...SCORECARD_OUTPUTS]).toEqual(computed);
  });
});
