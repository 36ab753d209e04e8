/**
 * One job table (issue 24, item 3) from the command line: every CLI command of a job runs that job
 * through the table's runJob (so its Run log line and problems are the menu's), and the daily run is
 * the table's run-due. A command that ran its use case by hand would not show up here.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { JOB_IDS, JOBS, runJob } from '../../src/core/jobs/job-table';
import { cliSandbox, runLogRows, writeChats } from './cli-harness';

vi.mock('../../src/core/jobs/job-table', async (original) => {
  const table = await original<typeof import('../../src/core/jobs/job-table')>();
  return { ...table, runJob: vi.fn(table.runJob) };
});

const cli = cliSandbox('spiral-job-dispatch');

describe('each CLI command of a job runs it through the job table', () => {
  it('init, import, match, classify, kpi, summary, effects and queues each run their job once, logged', async () => {
    const path = join(cli.dir, 'shop.xlsx');
    const chats = writeChats(cli.dir);
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
      const log = await runLogRows(path);
      expect(log.length, `${id}: one Run log row`).toBe(logRows + 1);
      logRows = log.length;
    }
  });
});
