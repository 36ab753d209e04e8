import { describe, expect, it } from 'vitest';
import { runDue } from '../../../src/core/automation/run-due';
import { say } from '../../../src/core/messages/catalogue';
import { installTemplates } from '../../../src/core/setup/install';
import { FakeClock, MemoryLock, MemoryProperties } from '../../fakes/memory-ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';
import { ACTIONS, effectsInquiries, NOW } from '../../fixtures/effects/effects-fixture';
import { inquirySheet } from '../../fixtures/summary/workbook';

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  wb.write('询单记录', 2, 1, inquirySheet(effectsInquiries(), 'zh').slice(1));
  return wb;
}

describe('runDue rebuilds the Effects tab', () => {
  const ports = (wb: MemoryWorkbook, properties = new MemoryProperties()) => ({
    wb,
    clock: new FakeClock(NOW),
    lock: new MemoryLock(),
    properties,
    timeZone: 'Asia/Shanghai',
  });

  it('writes no Effects tab while the Actions sheet is empty (the queues, yes)', async () => {
    const wb = book();
    const report = await runDue(ports(wb), 'trigger');
    expect(report.rebuilt).toEqual(['复盘清单', '跟进清单']);
    expect(wb.hasSheet('效果追踪')).toBe(false);
  });

  it('writes it once actions exist, and not again on a second run at the same time', async () => {
    const wb = book();
    wb.write(
      '改进行动',
      2,
      1,
      ACTIONS.map((r) => [...r]),
    );
    const properties = new MemoryProperties();
    const first = await runDue(ports(wb, properties), 'trigger');
    expect(first.rebuilt).toEqual(['效果追踪', '复盘清单', '跟进清单']);
    expect(first.actions).toContain(say('zh', 'automation.log.rebuilt', { tab: '效果追踪' }));
    expect(wb.tabOf('效果追踪')!.values.flat()).toContain('显著下降');
    const tabs = wb.calls.writeTab;
    const second = await runDue(ports(wb, properties), 'trigger');
    expect(second.rebuilt).toEqual([]);
    expect(second.actions).toEqual([say('zh', 'automation.log.nothingDue')]);
    expect(wb.calls.writeTab).toBe(tabs);
    // A new action changes the tab, so the next run writes it.
    wb.write('改进行动', ACTIONS.length + 2, 1, [['2026-10-21', '缺货', '补货', '其他', '']]);
    const third = await runDue(ports(wb, properties), 'trigger');
    expect(third.rebuilt).toEqual(['效果追踪']);
    expect(wb.tabOf('效果追踪')!.values.flat()).toContain('补货');
  });

  it('rewrites a tab someone deleted even when its content has not changed', async () => {
    const wb = book();
    wb.write(
      '改进行动',
      2,
      1,
      ACTIONS.map((r) => [...r]),
    );
    const properties = new MemoryProperties();
    await runDue(ports(wb, properties), 'trigger');
    wb.removeSheet('效果追踪');
    const again = await runDue(ports(wb, properties), 'trigger');
    expect(again.rebuilt).toEqual(['效果追踪']);
  });
});
