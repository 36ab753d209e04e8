import { describe, expect, it } from 'vitest';
import { computeScorecard } from '../../../src/core/scorecard/compute-scorecard';
import { assignBonuses } from '../../../src/core/scorecard/pay';
import { readSettings } from '../../../src/core/settings/settings';
import type { Cell } from '../../../src/ports';
import { col, OUT, scorecardBook, scorecardRow } from '../../fixtures/scorecard/sheet';

const month = '2026-11';
const others = () => [
  scorecardRow(month, '小美', '售后', '高级', { 退款数: 6 }),
  scorecardRow(month, '阿强', '售后', '普通', { 退款数: 20, 迟到: 4 }),
];

describe('an unreadable input means no score and no pay for that row (issue 10, item 4)', () => {
  it('好 as a grade: no pay, an error in Problems, and nothing else changed', async () => {
    const bad = scorecardRow(month, '婷婷', '售后', '普通', { 服务质量: '好' });
    const clean = scorecardBook(others());
    const withBad = scorecardBook([...others(), bad]);
    const before = await computeScorecard(clean, month, readSettings(clean));
    const report = await computeScorecard(withBad, month, readSettings(withBad));

    const grid = withBad.read('客服考核');
    // The other rows are written exactly as without the bad one.
    expect(grid.slice(1, 3)).toEqual(clean.read('客服考核').slice(1, 3));
    expect(report.agents).toEqual(before.agents);
    // The bad row keeps what was typed, shows no number, is not qualified, and says why.
    expect(grid[3]!.slice(0, OUT)).toEqual(bad.slice(0, OUT));
    expect(grid[3]!.slice(OUT, OUT + 6)).toEqual(['', '', '否', '', '', '']);
    expect(grid[3]![OUT + 6]).toBe(
      '未计分、未计发：“服务质量”的值“好”无法识别（应为 优 / 良 / 中 / 差）。改正后重新计算考核。',
    );
    expect(report.unpaid).toEqual([
      { row: 4, month, agent: '婷婷', reasons: ['“服务质量”的值“好”无法识别（应为 优 / 良 / 中 / 差）。'] },
    ]);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        sheet: '客服考核',
        row: 4,
        column: '服务质量',
        value: '好',
        severity: 'error',
      }),
    );
  });

  it('an unreadable count, level or role also stops the pay, each with its reason', async () => {
    const wb = scorecardBook([
      scorecardRow(month, '甲', '售后', '普通', { 退款数: '三' }),
      scorecardRow(month, '乙', '售后', '主管'),
      scorecardRow(month, '丙', '客服', '普通'),
      scorecardRow('2026-10', '丁', '售后', '普通', { 执行力: '好' }),
      scorecardRow(month, '戊', '售后', '普通'),
    ]);
    const report = await computeScorecard(wb, month, readSettings(wb));
    expect(report.unpaid.map((u) => [u.row, u.agent])).toEqual([
      [2, '甲'],
      [3, '乙'],
      [4, '丙'],
    ]);
    expect(report.agents.map((a) => a.agent)).toEqual(['戊']);
    const grid = wb.read('客服考核');
    for (const r of [1, 2, 3]) {
      expect(grid[r]![OUT + 5]).toBe('');
      expect(String(grid[r]![OUT + 6])).toMatch(/^未计分、未计发：/);
    }
    expect(grid[2]![OUT + 6]).toContain('“级别”的值“主管”无法识别（应为 普通 / 高级 / 组长）');
    // Another month's row is that month's business: still a warning here, and nothing is written to it.
    expect(report.problems.find((p) => p.row === 5)?.severity).toBe('warning');
    expect(grid[4]![OUT + 6]).toBe('');
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.row)).toEqual([2, 3, 4]);
  });

  it('speaks English in an English workbook', async () => {
    const wb = scorecardBook([scorecardRow(month, 'Amy', '售后', '普通', { 服务质量: 'great' })], {
      设置: [
        ['设置项', '值'],
        ['language', 'en'],
      ],
    });
    await computeScorecard(wb, month, readSettings(wb));
    expect(wb.read('客服考核')[1]![OUT + 6]).toBe(
      'Not scored and not paid: "服务质量" holds "great", which cannot be read (expected excellent / good / fair / poor). Correct it and compute the scorecard again.',
    );
  });
});

describe('bonusMode (issue 10, item 4)', () => {
  const settings = (rows: Cell[][]) => ({ 设置: [['设置项', '值'], ...rows] });

  it('per-agent is the default and is seed 003: base × score / 130 for each qualified agent', async () => {
    const wb = scorecardBook(others());
    const report = await computeScorecard(wb, month, readSettings(wb));
    // 小美: 80 + 20 + 20 = 120 → 1000 × 120 / 130 = 923.08; 阿强 80 of 130 is below the gate.
    expect(report.agents.map((a) => [a.score, a.bonus, a.pay])).toEqual([
      [120, 923.08, 3423.08],
      [80, 0, 2000],
    ]);
  });

  it('shared-pool with three qualified agents sums to exactly the pool, cents balanced', async () => {
    const wb = scorecardBook(
      [
        scorecardRow(month, 'A', '售后', '普通'),
        scorecardRow(month, 'B', '售后', '普通', { 退款数: 6 }),
        scorecardRow(month, 'C', '售后', '普通', { 迟到: 1 }),
        scorecardRow(month, 'D', '售后', '普通', { 退款数: 20, 迟到: 4 }),
      ],
      settings([
        ['bonusBase', '1000'],
        ['bonusMode', 'shared-pool'],
      ]),
    );
    const report = await computeScorecard(wb, month, readSettings(wb));
    // Scores 130, 120, 125 qualify (375 in all); D's 80 does not.
    // 1000 × 130/375 = 346.666…, × 120/375 = 320, × 125/375 = 333.333…: 346.67 + 320 + 333.33.
    expect(report.agents.map((a) => [a.agent, a.score, a.bonus])).toEqual([
      ['A', 130, 346.67],
      ['B', 120, 320],
      ['C', 125, 333.33],
      ['D', 80, 0],
    ]);
    const cents = report.agents.reduce((sum, a) => sum + Math.round(a.bonus * 100), 0);
    expect(cents).toBe(100000);
    expect(wb.read('客服考核')[1]![OUT + 6]).toContain(
      '奖金 346.67 = 奖金池 1000.00 × 130 / 375（合格者得分合计）',
    );
  });

  it('balances the cents when the shares are all recurring: three equal scores of 100.00', () => {
    const three = [1, 2, 3].map(() => ({ qualified: true, score: 100, total: 130 }));
    const bonuses = assignBonuses(three, { bonusBase: 100, bonusMode: 'shared-pool', bonusCap: null });
    expect(bonuses.map((b) => b.bonus)).toEqual([33.34, 33.33, 33.33]);
    const odd = assignBonuses(
      [91, 97.5, 113, 129].map((score) => ({ qualified: true, score, total: 130 })),
      { bonusBase: 999.99, bonusMode: 'shared-pool', bonusCap: null },
    );
    expect(odd.reduce((s, b) => s + Math.round(b.bonus * 100), 0)).toBe(99999);
  });

  it('caps one agent at bonusCap and says so', async () => {
    const wb = scorecardBook(
      [scorecardRow(month, 'A', '售后', '普通')],
      settings([
        ['bonusBase', '1000'],
        ['bonusCap', '800'],
      ]),
    );
    const [a] = (await computeScorecard(wb, month, readSettings(wb))).agents;
    expect(a).toMatchObject({ bonus: 800, pay: 2800 });
    expect(wb.read('客服考核')[1]![OUT + 6]).toContain('超过上限 800.00，按上限发放，原为 1000.00');
  });
});

describe('the run line says how many rows were not paid', () => {
  it('counts them', async () => {
    const { scorecardRunLine } = await import('../../../src/core/scorecard/compute-scorecard');
    const wb = scorecardBook([...others(), scorecardRow(month, '婷婷', '售后', '普通', { 执行力: '好' })]);
    const report = await computeScorecard(wb, month, readSettings(wb));
    expect(scorecardRunLine(report, 'zh')).toBe('考核 2026-11：2 人已计分，1 行未计发');
    expect(scorecardRunLine(report, 'en')).toBe('scorecard 2026-11: 2 agent(s) scored, 1 row(s) not paid');
    expect(col('服务质量')).toBe(4);
  });
});
