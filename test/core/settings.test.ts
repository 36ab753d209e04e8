import { describe, expect, it } from 'vitest';
import { installTemplates } from '../../src/core/install';
import { DEFAULT_SETTINGS, readSettings } from '../../src/core/settings';
import { MemoryWorkbook } from '../fakes/memory-workbook';

function withSettings(rows: string[][]): MemoryWorkbook {
  return MemoryWorkbook.from({ 设置: [['设置项', '值', '说明'], ...rows] });
}

describe('readSettings', () => {
  it('takes the defaults from rules/ when there is no Settings sheet', () => {
    const { settings, problems } = readSettings(new MemoryWorkbook());
    expect(problems).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings).toMatchObject({
      bonusPool: 1000,
      gatePercent: 0.7,
      basePay: { regular: 2000, senior: 2500, lead: 3000 },
    });
  });

  it('lets Settings values win, written in the ways a team writes them', () => {
    const { settings, problems } = readSettings(
      withSettings([
        ['bonusPool', '5,000'],
        ['gatePercent', '75%'],
        ['basePay.senior', '２８００'],
        ['responseThresholdSeconds', '60'],
        ['autoWeekly', '否'],
        ['language', 'en'],
        ['triggerHour', '7'],
      ]),
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      bonusPool: 5000,
      gatePercent: 0.75,
      basePay: { regular: 2000, senior: 2800, lead: 3000 },
      responseThresholdSeconds: 60,
      autoWeekly: false,
      autoMonthly: true,
      language: 'en',
      triggerHour: 7,
    });
    expect(readSettings(withSettings([['gatePercent', '0.8']])).settings.gatePercent).toBe(0.8);
  });

  it('reports a value it cannot read, and uses the default', () => {
    const { settings, problems } = readSettings(
      withSettings([
        ['bonusPool', 'a lot'],
        ['triggerHour', '25'],
        ['gatePercent', '-5%'],
        ['timeZone', 'Mars/Olympus'],
        ['favouriteColour', 'red'],
      ]),
    );
    expect(settings.bonusPool).toBe(1000);
    expect(settings.triggerHour).toBe(DEFAULT_SETTINGS.triggerHour);
    expect(settings.gatePercent).toBe(0.7);
    expect(settings.timeZone).toBe('Asia/Shanghai');
    expect(problems.map((p) => [p.row, p.column, p.value, p.severity])).toEqual([
      [2, 'bonusPool', 'a lot', 'error'],
      [3, 'triggerHour', '25', 'error'],
      [4, 'gatePercent', '-5%', 'error'],
      [5, 'timeZone', 'Mars/Olympus', 'error'],
      [6, 'favouriteColour', 'red', 'warning'],
    ]);
    expect(problems[0]!.reason).toBe('无法读取这个值（不是数字：a lot），使用默认值 1000');
    expect(problems[4]!.reason).toBe('unknown setting; ignored');
  });

  it('round-trips what set-up writes: every seeded value reads back as the default', () => {
    for (const language of ['zh', 'en'] as const) {
      const wb = new MemoryWorkbook();
      installTemplates(wb, { language });
      const { settings, problems } = readSettings(wb);
      expect(problems).toEqual([]);
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, language });
    }
  });
});
