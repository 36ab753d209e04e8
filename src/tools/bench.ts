/**
 * `npm run bench`: each section runs in a process of its own, so the peak memory it prints is its own.
 * Figures are printed, not asserted: tests check behaviour, this program measures.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SECTIONS = ['classify', 'summary', 'run-due', 'orders', 'effects', 'engine'] as const;

if (process.argv[2]) {
  const name = process.argv[2];
  const sections: Record<string, () => Promise<void>> = {
    classify: async () => (await import('./bench/classify')).benchClassify(),
    summary: async () => (await import('./bench/summary')).benchSummary(),
    'run-due': async () => (await import('./bench/run-due')).benchRunDue(),
    orders: async () => (await import('./bench/orders')).benchOrders(),
    effects: async () => (await import('./bench/effects')).benchEffects(),
    engine: async () => (await import('./bench/engine')).benchEngine(),
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
