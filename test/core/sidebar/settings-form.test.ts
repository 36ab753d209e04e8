import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  readSettings,
  SETTING_DEFS,
  unreadableSetting,
} from '../../../src/core/settings/settings';
import { saveSettings, settingsForm } from '../../../src/core/sidebar/settings-form';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const def = (key: string) => SETTING_DEFS.find((d) => d.key === key)!;

function book(extra: string[][] = []): MemoryWorkbook {
  return MemoryWorkbook.from({
    设置: [['设置项', '值', '说明'], ['bonusBase', '1000', ''], ['language', 'zh', ''], ...extra],
  });
}

describe('the Settings form', () => {
  it('shows each value as written, the default where the sheet has none, and the sheet’s own reason for a bad one', () => {
    const form = settingsForm(book([['triggerHour', '25', '']]), 'zh');
    const field = (key: string) => form.fields.find((f) => f.key === key)!;
    expect(form.fields.map((f) => f.key)).toEqual(SETTING_DEFS.map((d) => d.key));
    expect(field('bonusBase')).toMatchObject({ value: '1000', error: null, label: def('bonusBase').zh });
    expect(field('autoWeekly')).toMatchObject({ value: '是', kind: 'boolean', options: ['是', '否'] });
    const sheetReason = readSettings(book([['triggerHour', '25', '']])).problems[0]?.reason;
    expect(field('triggerHour').error).toBe(sheetReason);
  });

  it('finds a setting under its former name and saves it in that same row', () => {
    const wb = MemoryWorkbook.from({
      设置: [
        ['设置项', '值', '说明'],
        ['bonusPool', '800', ''],
      ],
    });
    expect(settingsForm(wb, 'zh').fields.find((f) => f.key === 'bonusBase')?.value).toBe('800');
    saveSettings(wb, { bonusBase: '900' }, 'zh');
    expect(wb.read('设置')).toEqual([
      ['设置项', '值', '说明'],
      ['bonusPool', 900, ''],
    ]);
  });

  it('writes nothing while any value is unreadable', () => {
    const wb = book();
    const result = saveSettings(wb, { bonusBase: '2000', triggerHour: '25' }, 'zh');
    expect(result).toEqual({
      errors: { triggerHour: unreadableSetting(def('triggerHour'), '25', DEFAULT_SETTINGS, 'zh') },
      changed: [],
    });
    expect(wb.calls.write).toBe(0);
    expect(readSettings(wb).settings.bonusBase).toBe(1000);
  });

  it('writes only the changed cells, adds the settings the sheet lacked in one write, and keeps the rest', () => {
    const wb = book([['备注', '我们自己的行', '']]);
    const result = saveSettings(wb, { bonusBase: '2000', language: 'zh', gatePercent: '75%' }, 'zh');
    expect(result).toEqual({ errors: {}, changed: ['bonusBase', 'gatePercent'] });
    expect(wb.calls.write).toBe(2);
    const grid = wb.read('设置');
    expect(grid[1]).toEqual(['bonusBase', 2000, '']);
    expect(grid[3]).toEqual(['备注', '我们自己的行', '']);
    expect(grid[4]).toEqual(['gatePercent', '75%', def('gatePercent').zh]);
    expect(readSettings(wb).settings).toMatchObject({ bonusBase: 2000, gatePercent: 0.75 });
  });
});
