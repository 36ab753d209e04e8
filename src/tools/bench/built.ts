/**
 * Runs a bench section as shipped code: the section and the core it drives are compiled by esbuild
 * with the options dist/cli.js is built with (one bundle, node20, ESM) and run by plain node, not
 * through tsx's per-file transform; its Sheets figures drive dist/Code.js itself (see gas-run.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { DIST, nodeOptions } from '../build';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const OUT = join(HERE, '../../../out/bench');

/** Compiles `file`'s `name` export into out/bench/<file>.mjs and runs it in a node process of its own. */
export async function runBuilt(file: string, name: string): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const outfile = join(OUT, `${file}.mjs`);
  const { entryPoints: _unused, ...options } = nodeOptions('', outfile);
  await build({
    ...options,
    stdin: {
      contents: `import { ${name} } from './${file}';\nawait ${name}();\n`,
      resolveDir: HERE,
      loader: 'ts',
      sourcefile: `${file}-main.ts`,
    },
  });
  // Imported, not run as the main script: build.ts, bundled in through the test harness, builds when it is the main one.
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(outfile).href)});`],
    {
      stdio: 'inherit',
      env: { ...process.env, SPIRAL_DIST: DIST },
    },
  );
  if (result.status !== 0)
    throw new Error(`bench section ${file} failed (exit ${result.status ?? result.signal})`);
}
