import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test run gets its own temporary folder (os.tmpdir() reads TMPDIR at each call, and the test
 * workers inherit it). At the end the run fails if a test left anything in it: a test removes what it
 * makes. The folder itself is removed either way.
 */
export default function setup(): () => void {
  const original = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'spiral-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    // tsx (run by `npm run build` inside the examples) keeps its compile cache in tsx-<uid>: not a test's leftover.
    const left = readdirSync(root).filter((name) => !/^tsx-\d+$/.test(name));
    rmSync(root, { recursive: true, force: true });
    if (original === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = original;
    if (left.length > 0) {
      // vitest reports an error thrown here ("error during close") but still exits 0: say it and fail the run.
      console.error(
        `tests left ${left.length} temporary entries behind (${left.slice(0, 8).join(', ')}): remove them in afterAll/afterEach`,
      );
      process.exitCode = 1;
    }
  };
}
