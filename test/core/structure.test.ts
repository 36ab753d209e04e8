import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE, cycles, folderGraph, readCore } from './import-graph';

describe('the core is folders by concept', () => {
  it('holds no loose source file at its root beyond an index', () => {
    const loose = readdirSync(CORE, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && entry.name !== 'index.ts')
      .map((entry) => entry.name);
    expect(loose).toEqual([]);
  });

  it('has no import cycle between its folders', () => {
    const graph = folderGraph(readCore());
    expect(graph.size).toBeGreaterThan(8);
    const found = cycles(graph).map((cycle) =>
      cycle
        .slice(0, -1)
        .map(
          (from, i) =>
            `${from} → ${cycle[i + 1]} (${graph
              .get(from)!
              .get(cycle[i + 1]!)!
              .join(', ')})`,
        )
        .join('; '),
    );
    expect(found).toEqual([]);
  });

  it('the check finds a cycle planted in a synthetic core', () => {
    const core = '/core';
    const graph = folderGraph(
      [
        { path: join(core, 'summary/a.ts'), text: "import { b } from '../matching/b';" },
        { path: join(core, 'matching/b.ts'), text: "export { c } from '../summary/c';" },
        { path: join(core, 'stats/c.ts'), text: "const d = await import('../summary/a');" },
        { path: join(core, 'sheets/d.ts'), text: "import type { e } from './e';" },
      ],
      core,
    );
    expect(cycles(graph)).toEqual([['matching', 'summary', 'matching']]);
    expect(graph.get('stats')?.has('summary')).toBe(true);
    expect(graph.has('sheets')).toBe(false);
  });
});
