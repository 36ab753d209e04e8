/**
 * Builds dist/: Code.js (the Apps Script bundle with one top-level function per handler),
 * appsscript.json, and cli.js (the `spiral` command) when the CLI exists.
 * Run with `npm run build`; tests import `build`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BuildOptions, build as bundle, type Metafile } from 'esbuild';
import { HANDLER_NAMES } from '../gas/menu';
import { SIDEBAR_FUNCTIONS } from '../gas/sidebar/functions';
import { buildSidebar, SIDEBAR_HTML } from './build-sidebar';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const CODE_JS = join(DIST, 'Code.js');
export const CLI_JS = join(DIST, 'cli.js');
export { SIDEBAR_HTML } from './build-sidebar';

/**
 * Apps Script has no setTimeout, and bundled libraries (eventemitter2) read it at load time.
 * Run the callback as a microtask: the runtime finishes pending promise jobs before the run ends.
 */
export const TIMER_SHIM = `(function (g) {
  if (typeof g.setTimeout === 'function') return;
  var next = 1;
  var pending = {};
  g.setTimeout = function (fn) {
    var id = next++;
    var args = Array.prototype.slice.call(arguments, 2);
    pending[id] = true;
    Promise.resolve().then(function () {
      if (!pending[id]) return;
      delete pending[id];
      fn.apply(undefined, args);
    });
    return id;
  };
  g.clearTimeout = function (id) {
    delete pending[id];
  };
})(globalThis);`;

/** Apps Script calls only top-level functions by name; each forwards to the bundle's handler. */
export function handlerStubs(names: readonly string[]): string {
  return names.map((name) => `function ${name}(e) {\n  return Spiral.handlers.${name}(e);\n}`).join('\n');
}

/** The panel's google.script.run targets: top-level functions passing every argument on. */
export function sidebarStubs(names: readonly string[]): string {
  return names
    .map((name) => `function ${name}() {\n  return Spiral.sidebar.${name}.apply(null, arguments);\n}`)
    .join('\n');
}

/** esbuild options for a script Apps Script can run: one IIFE assigned to a global, timers shimmed. */
export function appsScriptOptions(entry: string, outfile: string, footer = ''): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    globalName: 'Spiral',
    // Node's platform would pull in node:vm through jsonpath-plus; Apps Script is neither, but closer to a browser.
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    banner: { js: TIMER_SHIM },
    footer: { js: footer },
    logLevel: 'warning',
  };
}

/** esbuild options for the Node side (dist/cli.js; the bench compiles its sections the same way). */
export function nodeOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  };
}

/** Writes through a temporary file and a rename, so a reader (a test in another worker) never sees half a file. */
async function writeAtomically(path: string, contents: string | Uint8Array, mode = 0o644): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents, { mode });
  await rename(temporary, path);
}

async function bundleTo(options: BuildOptions, mode?: number): Promise<Metafile> {
  const result = await bundle({ ...options, absWorkingDir: ROOT, write: false, metafile: true });
  for (const file of result.outputFiles ?? []) await writeAtomically(file.path, file.contents, mode);
  return result.metafile;
}

/** The reading code (issue 20): its sources and its lexicon, as the bundle holds them. */
const READING_PARTS = [
  { name: 'src/core/reading', holds: (input: string) => input.startsWith('src/core/reading/') },
  { name: 'rules/lexicon.json', holds: (input: string) => input === 'rules/lexicon.json' },
];

/** What the reading code adds to a bundle, in bytes per part (esbuild's bytes in the output). */
export function readingBytes(metafile: Metafile): { name: string; bytes: number }[] {
  const inputs = Object.values(metafile.outputs).flatMap((out) => Object.entries(out.inputs));
  return READING_PARTS.map(({ name, holds }) => ({
    name,
    bytes: inputs.filter(([input]) => holds(input)).reduce((sum, [, i]) => sum + i.bytesInOutput, 0),
  }));
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function build(): Promise<void> {
  await mkdir(DIST, { recursive: true });
  const stubs = `${handlerStubs(HANDLER_NAMES)}\n${sidebarStubs(SIDEBAR_FUNCTIONS)}`;
  const code = await bundleTo(appsScriptOptions(join(ROOT, 'src/gas/main.ts'), CODE_JS, stubs));
  await writeAtomically(join(DIST, 'appsscript.json'), await readFile(join(ROOT, 'appsscript.json')));
  await writeAtomically(SIDEBAR_HTML, await buildSidebar(ROOT));
  const outputs = [CODE_JS, join(DIST, 'appsscript.json'), SIDEBAR_HTML];
  const cli = join(ROOT, 'src/cli/main.ts');
  if (existsSync(cli)) {
    await bundleTo({ ...nodeOptions(cli, CLI_JS), banner: { js: '#!/usr/bin/env node' } }, 0o755);
    outputs.push(CLI_JS);
  }
  for (const file of outputs) {
    const { size } = await stat(file);
    console.log(`${file.slice(ROOT.length)}  ${kib(size)}`);
  }
  const reading = readingBytes(code);
  const parts = reading.map((p) => `${p.name} ${kib(p.bytes)}`).join(', ');
  console.log(
    `  the reading code adds to dist/Code.js: ${kib(reading.reduce((sum, p) => sum + p.bytes, 0))} (${parts})`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build();
}
