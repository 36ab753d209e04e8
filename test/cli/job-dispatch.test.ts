/**
 * One job table (issue 24, item 3) from the command line: every CLI command of a job runs that job
 * through the table's runJob (so its Run log line and problems are the menu's), and the daily run is
 * the table's run-due. A command that ran its use case by hand would not show up here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { JOB_IDS, JOBS, runJob } from '../../src/core/jobs/job-table';
import { sheetName } from '../../src/core/sheets/template';
import { tempDir } from '../fakes/temp-dir';

vi.mock('../../src/core/jobs/job-table', async (original) => {
  const table = await original<typeof import('../../src/core/jobs/job-table')>();
  return { ...table, runJob: vi.fn(table.runJob) };
});

let dir: string;
beforeEach(() => {
  dir = tempDir('spiral-job-dispatch');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

describe('each CLI command of a job runs it through the job table', () => {
  it('init, import, match, classify, kpi, summary, effects and queues each run their job once, logged', async () => {
    const path = join(dir, 'shop.xlsx');
    const chats = join(dir, 'chats.csv');
    writeFileSync(
      chats,
      csv([
        ['时间', '买家', '客服', '发送方', '内容'],
        ['2026-11-03 09:00:00', '阿明', '', '买家', '这个四件套有现货吗'],
        ['2026-11-03 09:01:05', '阿明', '小美', '客服', '亲，有现货的'],
      ]),
    );
    const commands: Record<string, string[]> = {
      init: ['init', path],
      import: ['import', path, '--sheet', 'chats', '--file', chats],
      match: ['match', path, '--now', '2026-11-10T01:00:00Z'],
      classify: ['classify', path],
      kpi: ['kpi', path, '--month', '2026-11'],
      summary: ['summary', path, '--week', '2026-W45'],
      effects: ['effects', path, '--now', '2026-11-10T01:00:00Z'],
      queues: ['queues', path, '--now', '2026-11-10T01:00:00Z'],
    };
    // Every job of the table is driven here, so a job added without a CLI path fails this test.
    expect(Object.keys(commands).sort()).toEqual(JOB_IDS.map((id) => JOBS[id].command).sort());
    const ran = vi.mocked(runJob);
    let logRows = 0;
    for (const id of JOB_IDS) {
      ran.mockClear();
      expect(await main(commands[JOBS[id].command]!), id).toBe(0);
      expect(
        ran.mock.calls.map(([spec]) => spec),
        id,
      ).toEqual([JOBS[id]]);
      const log = (await XlsxWorkbook.open(path)).read(sheetName('runLog', 'zh')).slice(1);
      expect(log.length, `${id}: one Run log row`).toBe(logRows + 1);
      logRows = log.length;
    }
  });
});
