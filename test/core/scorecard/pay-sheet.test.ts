import { describe, expect, it } from 'vitest';
import { csvSafe, payTable, toCsv } from '../../../src/core/scorecard/pay-sheet';

const paid = [
  {
    agent: '小美',
    role: 'after-sale',
    level: 'senior',
    score: 120,
    percent: 120 / 130,
    qualified: true,
    bonus: 923.08,
    basePay: 2500,
    pay: 3423.08,
  },
  {
    agent: '阿强',
    role: 'pre-sale',
    level: 'regular',
    score: 80,
    percent: 80 / 130,
    qualified: false,
    bonus: 0,
    basePay: 2000,
    pay: 2000,
  },
] as const;

describe('the monthly pay sheet (issue 10, item 6)', () => {
  it('lists agent, role, level, score, percent, qualified, bonus, base, pay and note, then the month total', () => {
    const table = payTable(paid, [{ agent: '婷婷', reasons: ['“服务质量”的值“好”无法识别。'] }], 'en');
    expect(table).toEqual([
      ['Agent', 'Role', 'Level', 'Score', 'Percent', 'Qualified', 'Bonus', 'Base pay', 'Pay', 'Note'],
      ['小美', 'after-sale', 'senior', 120, '92.3%', 'yes', '923.08', '2500.00', '3423.08', ''],
      ['阿强', 'pre-sale', 'regular', 80, '61.5%', 'no', '0.00', '2000.00', '2000.00', ''],
      ['婷婷', '', '', '', '', 'no', '', '', '', 'Not paid: “服务质量”的值“好”无法识别。'],
      ['Month total', '', '', '', '', '', '923.08', '4500.00', '5423.08', ''],
    ]);
  });

  it('never lets a value start with = + - @ and quotes what CSV needs quoted', () => {
    expect(['=SUM(A1)', '+1', '-2', '@x', '\t=1', 'ok', 12].map(csvSafe)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@x",
      "'\t=1",
      'ok',
      '12',
    ]);
    expect(toCsv([['a,b', 'say "hi"', '=1']])).toBe('\uFEFF"a,b","say ""hi""",\'=1\r\n');
  });
});
