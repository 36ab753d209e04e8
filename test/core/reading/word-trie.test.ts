/**
 * The reader's trie keeps its edge table's clusters short however many words a Taxonomy holds: a hash
 * that used 16 bits of (node, unit) sent 320,000 edges to 65,536 home slots, so a team's long keyword
 * list (or the engine's folder taxonomy) took minutes to build and to scan.
 */
import { describe, expect, it } from 'vitest';
import { buildTrie, childOf } from '../../../src/core/reading/word-trie';

/** The longest run of occupied slots in the edge table (each look-up walks at most that far). */
function longestCluster(from: Int32Array): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < from.length * 2; i++) {
    run = from[i % from.length] !== 0 ? run + 1 : 0;
    longest = Math.max(longest, Math.min(run, from.length));
  }
  return longest;
}

describe('the word trie', () => {
  const word = (i: number) =>
    Array.from({ length: 40 }, (_, k) =>
      String.fromCharCode(0x4e00 + ((i * 7919 + k * 104_729) % 20_000)),
    ).join('');
  const words = Array.from({ length: 8_000 }, (_, i) => word(i));

  it('finds every word of a long list, with short clusters in its edge table', () => {
    const trie = buildTrie(words.map((w, i) => [w, i] as const));
    const found = words.filter((w, i) => {
      let node = trie.root[w.charCodeAt(0)]!;
      for (let k = 1; k < w.length && node !== 0; k++) node = childOf(trie, node, w.charCodeAt(k));
      return node !== 0 && trie.word[node] === w && trie.value[node] === i;
    });
    expect(found.length).toBe(words.length);
    expect(longestCluster(trie.from)).toBeLessThan(200);
  });
});
