import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSection, writeBenchmarks } from '../../src/tools/bench/write-doc';

describe('npm run bench -- --write', () => {
  it("puts each section's output between its markers, keeping the page and the other sections", () => {
    const page = '# Benchmarks\n\nHow the bench measures.\n';
    const first = withSection(page, 'classify', 'compiled 1.0 s\n', 'Node v20, run 1');
    expect(first).toContain('How the bench measures.');
    expect(first).toMatch(
      /<!-- bench:classify -->\n`classify`, Node v20, run 1:\n\n```text\ncompiled 1\.0 s\n```\n<!-- \/bench:classify -->/,
    );
    const both = withSection(first, 'summary', 'weekly 2 ms', 'Node v20, run 1');
    const again = withSection(both, 'classify', 'compiled 0.9 s', 'Node v20, run 2');
    expect(again).not.toContain('compiled 1.0 s');
    expect(again).toContain('compiled 0.9 s');
    expect(again).toContain('weekly 2 ms');
    expect(again.match(/<!-- bench:classify -->/g)).toHaveLength(1);
    expect(again.indexOf('bench:classify')).toBeLessThan(again.indexOf('bench:summary'));
  });

  it('writes the page on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spiral-bench-doc-'));
    try {
      const path = join(dir, 'benchmarks.md');
      writeFileSync(path, '# Benchmarks\n');
      writeBenchmarks(path, new Map([['engine', 'engine 3M rows 7.1 s']]), 'now');
      expect(readFileSync(path, 'utf8')).toContain('engine 3M rows 7.1 s');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
