/**
 * `npm run bench`: each section runs in a process of its own, so the peak memory it prints is its own.
 * Figures are printed, not asserted: tests check behaviour, this program measures.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SECTIONS = [
  'classify',
  'reading',
  'summary',
  'run-due',
  'orders',
  'effects',
  'engine',
  'xlsx-cli',
] as const;

if (process.argv[2]) {
  const name = process.argv[2];
  // These sections run compiled as dist/cli.js is (bench/built.ts), not through tsx.
  const { runBuilt } = await import('./bench/built');
  const sections: Record<string, () => Promise<void>> = {
    classify: () => runBuilt('classify', 'benchClassify'),
    reading: () => runBuilt('reading', 'benchReading'),
    summary: () => runBuilt('summary', 'benchSummary'),
    'run-due': () => runBuilt('run-due', 'benchRunDue'),
    orders: () => runBuilt('orders', 'benchOrders'),
    effects: () => runBuilt('effects', 'benchEffects'),
    engine: async () => (await import('./bench/engine')).benchEngine(),
    'xlsx-cli': async () => (await import('./bench/xlsx-cli')).benchXlsxCli(),
  };
  const run = sections[name];
  if (!run) throw new Error(`no bench section ${name}`);
  await run();
} else {
  console.log(`Spiral benchmarks — Node ${process.version}, ${new Date().toISOString()}\n`);
  for (const name of SECTIONS) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
    console.log('');
  }
}
