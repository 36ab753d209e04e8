/**
 * The Problems sheet lists what the jobs found in the data. A job that reads no rows it could
 * report on (the queues) leaves the sheet alone, so another job's findings stay listed.
 */
import { describe, expect, it } from 'vitest';
import { runLogged } from '../../../src/core/automation/run';
import { JOBS, runJob } from '../../../src/core/jobs/job-table';
import { installTemplates } from '../../../src/core/setup/install';
import { sheetName } from '../../../src/core/sheets/template';
import { FakeClock, MemoryLock } from '../../fakes/memory-ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const ZONE = 'Asia/Shanghai';

describe('the queues job and the Problems sheet', () => {
  it('keeps the findings another job listed', async () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb);
    const ports = { wb, clock: new FakeClock('2026-11-25T02:00:00Z'), lock: new MemoryLock() };
    const inquiries = sheetName('inquiries', 'zh');
    const header = wb.read(inquiries)[0]!;
    const row = header.map(() => '' as string | number);
    const put = (label: string, value: string) => {
      row[header.indexOf(label)] = value;
    };
    put('日期', '2026-02-30');
    put('客服', '小美');
    put('客户ID', '阿明');
    put('阶段', '售前');
    put('咨询内容', '有现货吗');
    wb.write(inquiries, 2, 1, [row]);
    await runLogged(ports, 'menu', (ctx) => runJob(JOBS.classify, ctx, { timeZone: ZONE }));
    const listed = wb.read(sheetName('problems', 'zh')).slice(1);
    expect(listed.some((r) => r[0] === inquiries && r[1] === 2)).toBe(true);
    await runLogged(ports, 'menu', (ctx) => runJob(JOBS.queues, ctx, { timeZone: ZONE }));
    expect(wb.read(sheetName('problems', 'zh')).slice(1)).toEqual(listed);
  });
});
