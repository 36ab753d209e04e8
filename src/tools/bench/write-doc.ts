/**
 * `npm run bench -- --write`: each section's printed figures go into docs/benchmarks.md between
 * markers of their own, so the page holds what the bench printed, never figures typed by hand.
 * A section that did not run keeps its last figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const start = (name: string) => `<!-- bench:${name} -->`;
const end = (name: string) => `<!-- /bench:${name} -->`;

/** `doc` with the figures of section `name` replaced by `output` (appended at the end the first time). */
export function withSection(doc: string, name: string, output: string, when: string): string {
  const block = `${start(name)}\n\`${name}\`, ${when}:\n\n\`\`\`text\n${output.trimEnd()}\n\`\`\`\n${end(name)}`;
  const from = doc.indexOf(start(name));
  const to = doc.indexOf(end(name));
  if (from >= 0 && to > from) return doc.slice(0, from) + block + doc.slice(to + end(name).length);
  return `${doc.trimEnd()}\n\n${block}\n`;
}

/** Writes the sections' outputs into the page at `path`. */
export function writeBenchmarks(path: string, outputs: ReadonlyMap<string, string>, when: string): void {
  let doc = readFileSync(path, 'utf8');
  for (const [name, output] of outputs) doc = withSection(doc, name, output, when);
  writeFileSync(path, doc);
}
