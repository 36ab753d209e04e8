import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    dir: 'test',
    // Slow but correct tests (browser, bundle, exceljs) must not fail on a loaded machine.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['test/setup/temp-dirs.ts'],
  },
});
