/**
 * Builds dist/Sidebar.html: the panel's page with its script (bundled by esbuild) and its styles
 * inlined, so HtmlService serves one self-contained file and the page loads nothing from outside.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SIDEBAR_HTML = join(ROOT, 'dist', 'Sidebar.html');
const PAGE = 'src/gas/sidebar/page';

/** Text that would end the inline <script> or <style> early is escaped. */
const inline = (code: string, tag: 'script' | 'style') =>
  code.replace(new RegExp(`</${tag}`, 'gi'), `<\\/${tag}`);

export async function buildSidebar(root: string = ROOT): Promise<string> {
  const result = await build({
    entryPoints: [join(root, PAGE, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const script = result.outputFiles[0]!.text;
  const [html, css] = await Promise.all([
    readFile(join(root, PAGE, 'sidebar.html'), 'utf8'),
    readFile(join(root, PAGE, 'sidebar.css'), 'utf8'),
  ]);
  // A function replacement, so `$&` and the like in the script are taken literally.
  return html
    .replace('/*STYLE*/', () => inline(css, 'style'))
    .replace('/*SCRIPT*/', () => inline(script, 'script'));
}
