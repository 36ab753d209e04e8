import { describe, expect, it } from 'vitest';
import { scorecardMessage } from '../../src/core/jobs/job-messages';
import type { ScorecardReport } from '../../src/core/scorecard/compute-scorecard';
import { automationOffMessage, automationOnMessage } from '../../src/gas/automation-reports';

describe('automation messages', () => {
  const install = { hour: 6, timeZone: 'Asia/Shanghai', removed: 0 };

  it('say when and in which zone the daily run happens, and whether anything changed', () => {
    expect(automationOnMessage({ ...install, change: 'created' }, 'en')).toMatch(
      /^Automatic summaries are on: every day around 06:00 \(Asia\/Shanghai\)/,
    );
    expect(automationOnMessage({ ...install, change: 'replaced', hour: 21 }, 'zh')).toMatch(
      /^已按“设置”中的时间更新自动汇总：每天 21:00 \(Asia\/Shanghai\)/,
    );
    expect(automationOnMessage({ ...install, change: 'kept' }, 'en')).toMatch(/nothing changed/);
  });

  it("turning off says whether this user's trigger was deleted", () => {
    expect(automationOffMessage(1, 'en')).toBe('Automatic summaries are off; the daily trigger is deleted.');
    expect(automationOffMessage(0, 'zh')).toMatch(/您在此表格中没有定时任务/);
  });
});

describe('scorecardMessage', () => {
  const agent = {
    role: 'after-sale' as const,
    level: 'regular' as const,
    total: 130,
    bonus: 0,
    basePay: 2000,
    items: [],
  };
  const report: ScorecardReport = {
    month: '2026-10',
    rowsWritten: 2,
    problems: [],
    forcedSettings: [],
    unpaid: [],
    agents: [
      { ...agent, agent: '小美', score: 117, percent: 0.9, qualified: true, pay: 2900 },
      { ...agent, agent: 'Tom', score: 65, percent: 0.5, qualified: false, pay: 2000 },
    ],
  };

  it('lists each agent with score, percent, the gate and pay', () => {
    expect(scorecardMessage(report, 'en').split('\n')).toEqual([
      'Scored 2026-10: 2 agent(s); results written to the Scorecard sheet.',
      '小美: 117 points (90.0%), pay 2900.00',
      'Tom: 65 points (50.0%), below the gate, pay 2000.00',
    ]);
  });

  it('says when the month has no rows, and points to the Problems sheet', () => {
    const none = {
      ...report,
      agents: [],
      problems: [{ sheet: '', row: 0, column: '', value: '', reason: 'x', severity: 'warning' as const }],
    };
    expect(scorecardMessage(none, 'zh').split('\n')).toEqual([
      '“客服考核”中没有 2026-10 的记录，未做更改。',
      '发现 1 个数据问题，详见“问题清单”。',
    ]);
  });
});
