import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from '../../src/cli/heap-growth';

describe('how far the CLI lets the heap grow', () => {
  it('bounds V8 heap growth when node was started plainly', () => {
    expect(heapGrowthFlag([], undefined)).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(['--enable-source-maps'], '--trace-warnings')).toBe(
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
    );
  });

  it("leaves a user's own heap flags alone, on the command line or in NODE_OPTIONS", () => {
    expect(heapGrowthFlag(['--max-old-space-size=8192'], undefined)).toBeNull();
    expect(heapGrowthFlag([], '--max_old_space_size=8192')).toBeNull();
    expect(heapGrowthFlag(['--heap-growing-percent=300'], '')).toBeNull();
    expect(heapGrowthFlag([], '--trace-gc --optimize-for-size')).toBeNull();
  });
});
