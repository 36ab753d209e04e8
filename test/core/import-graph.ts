/** The core's imports as a graph of files and of folders, read from the source text. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const CORE = resolve(__dirname, '../../src/core');

export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a source names: static imports, re-exports and dynamic imports. */
export function specifiers(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm;
  for (const match of text.matchAll(pattern)) found.push(match[2]!);
  return found;
}

/** The folder of src/core a file belongs to, '' for a file at the core's root, null outside the core. */
export function coreFolder(file: string, core = CORE): string | null {
  const rel = relative(core, file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(sep);
  return parts.length > 1 ? parts[0]! : '';
}

/** Folder → folders it imports, each edge with the files that make it. */
export function folderGraph(
  files: { path: string; text: string }[],
  core = CORE,
): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const { path, text } of files) {
    const from = coreFolder(path, core);
    if (from === null) continue;
    for (const spec of specifiers(text)) {
      if (!spec.startsWith('.')) continue;
      const to = coreFolder(resolve(dirname(path), spec), core);
      if (to === null || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, edges);
      const names = edges.get(to) ?? [];
      if (!names.includes(relative(core, path))) names.push(relative(core, path));
      edges.set(to, names);
    }
  }
  return graph;
}

/** The cycles of a folder graph, each as a path that returns to its start (one per strongly connected set). */
export function cycles(graph: Map<string, Map<string, string[]>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  for (const start of [...graph.keys()].sort()) {
    if (done.has(start)) continue;
    const path = shortestReturn(graph, start);
    if (path) {
      found.push(path);
      for (const node of path) done.add(node);
    }
  }
  return found;
}

function shortestReturn(graph: Map<string, Map<string, string[]>>, start: string): string[] | null {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(next) && next !== start) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

export function readCore(core = CORE): { path: string; text: string }[] {
  return sources(core).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}
