import { describe, expect, it } from 'vitest';
import { say } from '../../../src/core/messages/catalogue';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/core/settings/settings';
import { installTemplates } from '../../../src/core/setup/install';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

function withSettings(rows: string[][]): MemoryWorkbook {
  return MemoryWorkbook.from({ 设置: [['设置项', '值', '说明'], ...rows] });
}

describe('readSettings', () => {
  it('takes the defaults from rules/ when there is no Settings sheet', () => {
    const { settings, problems } = readSettings(new MemoryWorkbook());
    expect(problems).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings).toMatchObject({
      bonusBase: 1000,
      bonusMode: 'per-agent',
      bonusCap: null,
      minimumBase: 20,
      gatePercent: 0.7,
      basePay: { regular: 2000, senior: 2500, lead: 3000 },
    });
  });

  it('lets Settings values win, written in the ways a team writes them', () => {
    const { settings, problems } = readSettings(
      withSettings([
        ['bonusBase', '5,000'],
        ['bonusMode', '共享奖金池'],
        ['bonusCap', '800'],
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
      bonusBase: 5000,
      bonusMode: 'shared-pool',
      bonusCap: 800,
      gatePercent: 0.75,
      basePay: { regular: 2000, senior: 2800, lead: 3000 },
      responseThresholdSeconds: 60,
      autoWeekly: false,
      autoMonthly: true,
      language: 'en',
      triggerHour: 7,
    });
    expect(readSettings(withSettings([['gatePercent', '80']])).settings.gatePercent).toBe(0.8);
  });

  it('reads the gate as a percent always: 0% is no gate, a bare 0.8 or 1 asks for 80%, a bare 1.5 is 1.5 %', () => {
    const gate = (value: string) => readSettings(withSettings([['gatePercent', value]]));
    expect(gate('0%').settings.gatePercent).toBe(0);
    expect(gate('0').settings.gatePercent).toBe(0);
    expect(gate('1.5').settings.gatePercent).toBeCloseTo(0.015, 12);
    expect(gate('100%').settings.gatePercent).toBe(1);
    for (const [value, percent] of [
      ['0.8', '80%'],
      ['1', '100%'],
      ['0.07', '7%'],
    ] as const) {
      const { settings, problems, refused } = gate(value);
      expect(settings.gatePercent).toBe(0.7);
      expect(refused.map((r) => r.key)).toEqual(['gatePercent']);
      expect(problems[0]!.reason).toContain(say('zh', 'sheets.gateBareFraction', { value, percent }));
    }
  });

  it('refuses a percent sign on a setting that is not a percent: 500% is not a bonus base of 5', () => {
    const { settings, problems } = readSettings(withSettings([['bonusBase', '500%']]));
    expect(settings.bonusBase).toBe(1000);
    expect(problems[0]!.reason).toContain(say('zh', 'sheets.settingNoPercent'));
  });

  it('reports a value it cannot read, and uses the default', () => {
    const { settings, problems } = readSettings(
      withSettings([
        ['bonusBase', 'a lot'],
        ['triggerHour', '25'],
        ['gatePercent', '-5%'],
        ['timeZone', 'Mars/Olympus'],
        ['favouriteColour', 'red'],
      ]),
    );
    expect(settings.bonusBase).toBe(1000);
    expect(settings.triggerHour).toBe(DEFAULT_SETTINGS.triggerHour);
    expect(settings.gatePercent).toBe(0.7);
    expect(settings.timeZone).toBe('Asia/Shanghai');
    expect(problems.map((p) => [p.row, p.column, p.value, p.severity])).toEqual([
      [2, 'bonusBase', 'a lot', 'error'],
      [3, 'triggerHour', '25', 'error'],
      [4, 'gatePercent', '-5%', 'error'],
      [5, 'timeZone', 'Mars/Olympus', 'error'],
      [6, 'favouriteColour', 'red', 'warning'],
    ]);
    expect(problems[0]!.reason).toBe('无法读取这个值（不是数字：a lot），使用默认值 1000');
    expect(problems[4]!.reason).toBe(say('zh', 'settings.unknown'));
  });

  it('reads the old 奖金池 / bonusPool key of an older workbook as the bonus base and says it was renamed', () => {
    for (const [key, lang] of [
      ['奖金池（元）', 'zh'],
      ['bonusPool', 'en'],
    ] as const) {
      const { settings, problems } = readSettings(
        withSettings([
          ['language', lang],
          [key, '5000'],
        ]),
      );
      expect(settings.bonusBase).toBe(5000);
      expect(settings.bonusMode).toBe('per-agent');
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ row: 3, column: key, value: '5000', severity: 'warning' });
      expect(problems[0]!.reason).toContain(
        lang === 'zh' ? '已更名为“奖金基数（元）”（bonusBase）' : 'now called "Bonus base" (bonusBase)',
      );
    }
  });

  it('set-up does not add a second bonus base beside the old key, so the old value keeps counting', () => {
    const wb = withSettings([['奖金池（元）', '5000']]);
    installTemplates(wb, { language: 'zh' });
    const keys = wb.read('设置').map((row) => String(row[0]));
    expect(keys.filter((k) => k === 'bonusBase' || k.startsWith('奖金池'))).toEqual(['奖金池（元）']);
    expect(keys).toContain('bonusMode');
    expect(readSettings(wb).settings.bonusBase).toBe(5000);
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
