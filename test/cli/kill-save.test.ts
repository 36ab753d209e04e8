/** Issue 8 acceptance: spiral import killed at random moments leaves the old or the new workbook, never a broken one. */
import { describe, expect, it } from 'vitest';
import { soak } from '../../src/tools/soak/soak-run';

describe('kill -9 at random moments (the short form of npm run soak)', () => {
  it('leaves the old or the new workbook, and the next command clears the lock and temporary files', async () => {
    const report = await soak({ runs: 4, seed: 20261130, rows: 200 });
    expect(report.old + report.new + report.broken).toBe(4);
    expect(report.broken, report.brokenDetails.join('\n')).toBe(0);
    expect(report.locksTakenOver).toBe(report.locksLeft);
    expect(report.temporaryRemoved).toBe(report.temporaryLeft);
  }, 120_000);
});
