/**
 * `npm run bench [-- [--write] [section …]]`: each section runs in a process of its own, so the peak
 * memory it prints is its own. Figures are printed, not asserted: tests check behaviour, this program
 * measures. With --write, what each section printed goes into docs/benchmarks.md (bench/write-doc.ts).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writeBenchmarks } from './bench/write-doc';

const SECTIONS = [
  'classify',
  'reading',
  'summary',
  'run-due',
  'sheets-cost',
  'orders',
  'effects',
  'engine',
  'xlsx-cli',
] as const;
const CHILD = '--section';

const args = process.argv.slice(2);
if (args[0] === CHILD) {
  const name = args[1] ?? '';
  // These sections run compiled as dist/cli.js is (bench/built.ts), not through tsx.
  const { runBuilt } = await import('./bench/built');
  const sections: Record<string, () => Promise<void>> = {
    classify: () => runBuilt('classify', 'benchClassify'),
    reading: () => runBuilt('reading', 'benchReading'),
    summary: () => runBuilt('summary', 'benchSummary'),
    'run-due': () => runBuilt('run-due', 'benchRunDue'),
    'sheets-cost': () => runBuilt('sheets-cost', 'benchSheetsCost'),
    orders: () => runBuilt('orders', 'benchOrders'),
    effects: () => runBuilt('effects', 'benchEffects'),
    engine: async () => (await import('./bench/engine')).benchEngine(),
    'xlsx-cli': async () => (await import('./bench/xlsx-cli')).benchXlsxCli(),
  };
  const run = sections[name];
  if (!run) throw new Error(`no bench section ${name}`);
  await run();
} else {
  const write = args.includes('--write');
  const asked = args.filter((a) => a !== '--write');
  const unknown = asked.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length > 0)
    throw new Error(`no bench section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})`);
  const names = asked.length > 0 ? asked : [...SECTIONS];
  const when = `Node ${process.version}, ${new Date().toISOString()}`;
  console.log(`Spiral benchmarks — ${when}\n`);
  const outputs = new Map<string, string>();
  for (const name of names) {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), CHILD, name],
      {
        stdio: ['inherit', write ? 'pipe' : 'inherit', 'inherit'],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (write) {
      const printed = result.stdout.toString('utf8');
      process.stdout.write(printed);
      if (result.status === 0) outputs.set(name, printed);
    }
    if (result.status !== 0) process.exit(result.status ?? 1);
    console.log('');
  }
  if (write) {
    writeBenchmarks(fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url)), outputs, when);
    console.log(`docs/benchmarks.md: ${[...outputs.keys()].join(', ')}`);
  }
}
