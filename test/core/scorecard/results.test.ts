import { describe, expect, it } from 'vitest';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';
import { roundMoney } from '../../../src/core/scorecard/pay';
import {
  agentScoreJson,
  computeScorecardResults,
  type ScoreSettings,
} from '../../../src/core/scorecard/results';
import type { Inquiry, ScorecardRow } from '../../../src/core/sheets/records';

/** A perfect after-sales month: four 优, no refunds, full attendance — 130 points. */
function row(overrides: Partial<ScorecardRow> = {}): ScorecardRow {
  return {
    row: 2,
    month: '2026-11',
    agent: '小美',
    role: 'after-sale',
    level: 'regular',
    quality: 'excellent',
    disputes: 'excellent',
    cooperation: 'excellent',
    execution: 'excellent',
    orders: 100,
    refunds: 0,
    late: 0,
    leave: 0,
    absence: 0,
    lowQualityReviews: 0,
    complaintPoints: 0,
    praises: 0,
    outstandingPoints: 0,
    ...overrides,
  };
}

const ZH: ScoreSettings = { language: 'zh' };

async function score(
  overrides: Partial<ScorecardRow>,
  settings: ScoreSettings = ZH,
  inquiries: Inquiry[] = [],
) {
  const [result] = await computeScorecardResults([row(overrides)], inquiries, settings);
  return result!;
}

const item = (result: Awaited<ReturnType<typeof score>>, id: string) =>
  result.items.find((i) => i.item === id)!;

describe('after-sales scorecard (seed 003) at every boundary', () => {
  it('scores a perfect month 130 of 130', async () => {
    const result = await score({});
    expect(result.score).toBe(130);
    expect(result.total).toBe(130);
    expect(result.percent).toBe(1);
  });

  const refundCases: [number, number, number, string][] = [
    [5, 100, 30, 'refund-rate-0-5'],
    [51, 1000, 20, 'refund-rate-5-8'],
    [8, 100, 20, 'refund-rate-5-8'],
    [81, 1000, 10, 'refund-rate-8-11'],
    [11, 100, 10, 'refund-rate-8-11'],
    [111, 1000, 0, 'refund-rate-over-11'],
    [4, 50, 20, 'refund-rate-5-8'],
  ];
  for (const [refunds, orders, points, rule] of refundCases) {
    it(`refund rate ${refunds}/${orders} scores ${points} by ${rule}`, async () => {
      const refund = item(await score({ refunds, orders }), 'refund');
      expect(refund).toMatchObject({ points, rule, facts: { refundRate: refunds / orders } });
    });
  }

  it('treats zero orders as no data: no points, never a 0 % rate (issue 21, item 6)', async () => {
    const refund = item(await score({ orders: 0, refunds: 0 }), 'refund');
    expect(refund).toMatchObject({ points: 0, rule: 'refund-no-data', facts: { refundRate: null } });
  });

  it('takes 5 per late and leave and 10 per absence from attendance, never below 0', async () => {
    expect(item(await score({ late: 1 }), 'attendance').points).toBe(15);
    expect(item(await score({ late: 1, leave: 1, absence: 1 }), 'attendance').points).toBe(0);
    const floored = item(await score({ late: 3, leave: 2, absence: 1 }), 'attendance');
    expect(floored).toMatchObject({
      points: 0,
      rule: 'attendance',
      facts: { late: 3, leave: 2, absence: 1 },
    });
  });

  it('scores grades 20/15/10/0 and a blank grade 0', async () => {
    const result = await score({ quality: 'good', disputes: 'fair', cooperation: 'poor', execution: null });
    expect(['quality', 'disputes', 'cooperation', 'execution'].map((id) => item(result, id).points)).toEqual([
      15, 10, 0, 0,
    ]);
    expect(item(result, 'quality').rule).toBe('quality-grade');
  });

  it('applies reviews, complaints, praise and outstanding points', async () => {
    const result = await score({
      lowQualityReviews: 2,
      complaintPoints: 15,
      praises: 3,
      outstandingPoints: 4,
    });
    expect(item(result, 'lowQualityReviews').points).toBe(-10);
    expect(item(result, 'complaints').points).toBe(-15);
    expect(item(result, 'praises').points).toBe(6);
    expect(item(result, 'outstanding').points).toBe(4);
    expect(result.score).toBe(130 - 10 - 15 + 6 + 4);
  });

  it('floors the score at 0', async () => {
    const result = await score({
      quality: 'poor',
      disputes: 'poor',
      cooperation: 'poor',
      execution: 'poor',
      refunds: 50,
      absence: 3,
      complaintPoints: 40,
    });
    expect(result.items.reduce((sum, i) => sum + i.points, 0)).toBe(-40);
    expect(result.score).toBe(0);
    expect(result).toMatchObject({ percent: 0, qualified: false, bonus: 0, pay: 2000 });
  });

  it('has no upper cap', async () => {
    const result = await score({ praises: 5, outstandingPoints: 5 });
    expect(result.score).toBe(145);
    expect(result.percent).toBeCloseTo(145 / 130, 12);
    expect(result.bonus).toBe(roundMoney((1000 * 145) / 130));
  });

  // 80 (grades) + 10 (refund 10 %) + 0 (attendance) = 90; one outstanding point makes 91.
  const ninety = { refunds: 10, late: 1, leave: 1, absence: 1 };
  it('qualifies at exactly 70 % (91 of 130) and pays 700.00 bonus', async () => {
    const result = await score({ ...ninety, outstandingPoints: 1, level: 'senior' });
    expect(result).toMatchObject({
      score: 91,
      percent: 0.7,
      qualified: true,
      bonus: 700,
      basePay: 2500,
      pay: 3200,
    });
    expect(result.gateRule).toBe('gate');
  });

  it('does not qualify at 90 of 130: no bonus, base pay only', async () => {
    const result = await score({ ...ninety, level: 'lead' });
    expect(result).toMatchObject({ score: 90, qualified: false, bonus: 0, basePay: 3000, pay: 3000 });
  });

  it('rounds money to the cent', async () => {
    const result = await score({ refunds: 6, praises: 0, late: 1, leave: 1, absence: 1 });
    // 80 + 20 + 0 = 100 → 1000 × 100 / 130 = 769.2307…
    expect(result.score).toBe(100);
    expect(result.bonus).toBe(769.23);
    expect(result.pay).toBe(2769.23);
    expect(roundMoney(1.005)).toBe(1.01);
    expect(roundMoney(2.675)).toBe(2.68);
    expect(roundMoney(0.125)).toBe(0.13);
    expect(roundMoney(1e-7)).toBe(0);
    expect(roundMoney(1111.049999)).toBe(1111.05);
  });
});

describe('Settings win over the rule defaults', () => {
  it('uses the gate, pool and base pay from Settings', async () => {
    // 80 + 20 + 0 = 100 of 130 (76.9 %): fails an 80 % gate, passes the default 70 %.
    const month = { refunds: 6, late: 1, leave: 1, absence: 1 };
    expect((await score(month, { language: 'zh', gatePercent: 0.8 })).qualified).toBe(false);
    const paid = await score(month, { language: 'zh', bonusBase: 1300, basePay: { regular: 2100 } });
    expect(paid).toMatchObject({ qualified: true, bonus: 1000, basePay: 2100, pay: 3100 });
  });

  it('ignores an unusable value and keeps the default', async () => {
    const result = await score({}, { language: 'zh', bonusBase: Number.NaN, gatePercent: -1 });
    expect(result).toMatchObject({ qualified: true, bonus: 1000 });
  });
});

describe('explanations people read (issue 10, item 5)', () => {
  it('reads one line per item with its band and the distance to the next, then the gate and the pay, in zh', async () => {
    const result = await score({ refunds: 33, orders: 301, late: 1 });
    expect(result.explanation.split('\n')).toEqual([
      '服务质量 优 → 20 分；',
      '纠纷处理 优 → 20 分；',
      '团队协作 优 → 20 分；',
      '执行力 优 → 20 分；',
      '退款率 10.96%（33/301）→ 10 分，区间 8–11%，距下一档（20 分，5–8%）还差 2.96 个百分点；',
      '出勤 迟到 1、请假 0、旷工 0 → 15 分；',
      '合计 105 / 130 = 80.8%，达到 70% 门槛。',
      '奖金 807.69 = 奖金基数 1000.00 × 105 / 130；底薪 2000.00（普通）；应发 2807.69。',
    ]);
  });

  it('says how many points are missing below the gate, and speaks English in an en workbook', async () => {
    const result = await score(
      { refunds: 31, orders: 500, late: 4, praises: 1, lowQualityReviews: 1, quality: 'fair' },
      { language: 'en' },
    );
    expect(result.explanation.split('\n')).toEqual([
      'Quality fair → 10 points;',
      'Disputes excellent → 20 points;',
      'Cooperation excellent → 20 points;',
      'Execution excellent → 20 points;',
      'Refund rate 6.2% (31/500) → 20 points, band 5–8%, 1.2 percentage points short of the next band (30 points, ≤ 5%);',
      'Attendance late 4, leave 0, absence 0 → 0 points;',
      'Low-quality reviews 1 → -5 points;',
      'Praises 1 → +2 points;',
      'Total 87 / 130 = 66.9%, below the 70% gate; 4 more points would qualify.',
      'Not qualified, no bonus; base pay 2000.00 (regular); pay 2000.00.',
    ]);
  });

  it('never shows a rule id', async () => {
    const result = await score({ refunds: 6, late: 1 });
    for (const rule of defaultRuleBook().scorecards['after-sale'].rules) {
      expect(result.explanation).not.toContain(`(${rule.name})`);
    }
    expect(result.explanation).not.toContain('refund-rate');
  });
});

describe('the --json shape', () => {
  it('lists agent, role, level, score, total, percent, qualified, money and items with rules', async () => {
    const json = agentScoreJson(await score({ refunds: 6 }));
    expect(Object.keys(json)).toEqual([
      'agent',
      'role',
      'level',
      'score',
      'total',
      'percent',
      'qualified',
      'bonus',
      'basePay',
      'pay',
      'items',
    ]);
    expect(json.items).toHaveLength(defaultRuleBook().scorecards['after-sale'].items.length);
    expect(json.items.find((i) => i.item === 'refund')).toEqual({
      item: 'refund',
      points: 20,
      rule: 'refund-rate-5-8',
    });
  });
});
