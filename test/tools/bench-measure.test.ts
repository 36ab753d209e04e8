import { describe, expect, it } from 'vitest';
import { loadAverage, repeatWithCpu, shownWithCpu, timing, verdict } from '../../src/tools/bench/measure';

describe('bench timings: wall clock and CPU time', () => {
  it('takes the median of an even and an odd number of runs, with the fastest and slowest', () => {
    expect(timing([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: 3 });
    expect(timing([40, 10, 20, 30])).toEqual({ median: 25, min: 10, max: 40, runs: 4 });
  });

  it('prints the wall clock with its runs, then the CPU time with its range', () => {
    const wall = timing([9760, 8891.3, 10037.6]);
    const cpu = timing([8120.4, 8011, 8300.2]);
    expect(shownWithCpu({ wall, cpu })).toBe(
      '9760.0 ms (8891.3 ms–10037.6 ms, 3 runs); CPU 8120.4 ms (8011.0 ms–8300.2 ms)',
    );
    expect(shownWithCpu({ wall: timing([12_500]), cpu: timing([9_000]) })).toBe(
      '12.50 s (12.50 s–12.50 s, 1 runs); CPU 9000.0 ms (9000.0 ms–9000.0 ms)',
    );
  });

  it('prints the load average with the cores it is shared over, and a verdict', () => {
    expect(loadAverage([21.339, 19.6, 19.2], 2)).toBe('load average 21.34, 19.60, 19.20 on 2 cores');
    expect(verdict(true)).toBe('met');
    expect(verdict(false)).toBe('MISSED');
  });

  it('counts CPU time only while the code works, not while it waits', async () => {
    const spin = (ms: number) => {
      const start = process.cpuUsage();
      for (;;) {
        const { user, system } = process.cpuUsage(start);
        if ((user + system) / 1000 >= ms) return;
      }
    };
    const busy = await repeatWithCpu(3, () => spin(20));
    expect(busy.cpu.runs).toBe(3);
    expect(busy.cpu.min).toBeGreaterThanOrEqual(20);

    const idle = await repeatWithCpu(3, () => new Promise((done) => setTimeout(done, 80)));
    expect(idle.wall.min).toBeGreaterThanOrEqual(75);
    expect(idle.cpu.median).toBeLessThan(idle.wall.median / 2);
  });

  it('times each run after its setup, which is not timed', async () => {
    let made = 0;
    const t = await repeatWithCpu(
      2,
      (n: number) => expect(n).toBe(made),
      () => ++made,
    );
    expect(made).toBe(2);
    expect(t.wall.runs).toBe(2);
  });
});
