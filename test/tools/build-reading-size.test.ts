import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { readingBytes } from '../../src/tools/build';

const output = (inputs: Record<string, number>): Metafile['outputs'][string] => ({
  bytes: 0,
  imports: [],
  exports: [],
  inputs: Object.fromEntries(Object.entries(inputs).map(([k, bytesInOutput]) => [k, { bytesInOutput }])),
});

describe('npm run build: what the reading code adds to the bundle', () => {
  it('sums the bundle bytes of src/core/reading and of rules/lexicon.json, nothing else', () => {
    const metafile: Metafile = {
      inputs: {},
      outputs: {
        'dist/Code.js': output({
          'src/core/reading/reader.ts': 1000,
          'src/core/reading/lexicon.ts': 24,
          'rules/lexicon.json': 2048,
          'rules/taxonomy.json': 5000,
          'src/core/classify/polarity.ts': 700,
        }),
      },
    };
    expect(readingBytes(metafile)).toEqual([
      { name: 'src/core/reading', bytes: 1024 },
      { name: 'rules/lexicon.json', bytes: 2048 },
    ]);
  });
});
