import { describe, expect, it } from 'vitest';
import { AUTOMATION_KEYS } from '../../../src/core/automation/state';
import { say } from '../../../src/core/messages/catalogue';
import { readHealth } from '../../../src/core/sidebar/health';
import { MemoryProperties } from '../../fakes/memory-ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const LOG_HEADER = ['时间', '触发方式', '执行内容', '耗时(秒)', '结果', '错误'];
const PROBLEMS_HEADER = ['工作表', '行', '列', '值', '原因', '级别'];

function workbook(problems: number): MemoryWorkbook {
  return MemoryWorkbook.from({
    运行日志: [
      LOG_HEADER,
      ['2026-11-09 06:00:01', '定时', 'wrote 周报 2026-W45', 3.1, '部分完成', ''],
      ['2026-11-09 10:00:00', '菜单', 'classified', 1, '完成', ''],
    ],
    问题清单: [
      PROBLEMS_HEADER,
      ...Array.from({ length: problems }, (_, i) => [
        '询单记录',
        i + 2,
        '日期',
        'x',
        'not a date',
        i % 4 === 0 ? '错误' : '警告',
      ]),
    ],
  });
}

describe('the panel’s health', () => {
  it('finds the last run started by the trigger, counts problems by severity, and reads each sheet once', () => {
    const properties = new MemoryProperties();
    properties.set(AUTOMATION_KEYS.enabled, '2026-11-01T00:00:00.000Z');
    properties.set(AUTOMATION_KEYS.lastAutomaticRun, '2026-11-08T22:00:01.000Z');
    const now = new Date('2026-11-13T00:00:00Z');
    for (const rows of [8, 800]) {
      const wb = workbook(rows);
      const health = readHealth(wb, properties, now, 'zh');
      expect(health.automation).toEqual({
        enabled: true,
        since: '2026-11-01T00:00:00.000Z',
        warning: say('zh', 'automation.stalled', { days: 4 }),
      });
      expect(health.lastAutomaticRun).toEqual({
        when: '2026-11-09 06:00:01',
        outcome: 'partial',
        actions: 'wrote 周报 2026-W45',
      });
      expect(health.problems).toEqual({ errors: rows / 4, warnings: (rows * 3) / 4, sheet: '问题清单' });
      expect(wb.calls.read).toBe(2);
    }
  });

  it('says automation is off and no automatic run is logged in a new workbook', () => {
    const health = readHealth(new MemoryWorkbook(), new MemoryProperties(), new Date(), 'en');
    expect(health).toMatchObject({
      automation: { enabled: false, warning: null },
      lastAutomaticRun: null,
      problems: { errors: 0, warnings: 0, sheet: null },
    });
  });
});
