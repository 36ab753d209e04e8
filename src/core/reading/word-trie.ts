/**
 * The reader's dictionary as a trie of UTF-16 code units in flat typed arrays: the first level is
 * a table indexed by the code unit, deeper edges sit in one open-addressing hash table keyed by
 * (node, code unit). Built once per reader; the scan walks it for the longest word at each point
 * without a Map look-up or an allocation per character (issue 20's ≥ 50× Engine.run target).
 */

export interface WordTrie<T> {
  /** The node a word starting with this code unit begins at; 0: no word starts so. */
  root: Int32Array;
  /** Per node (1-based; 0 unused): the word ending there and its value, else null. */
  word: (string | null)[];
  value: (T | null)[];
  /** Per node: 1 when some word goes on past it. */
  more: Uint8Array;
  /** The edge table: the parent node (0: empty slot), the code unit, the child node. */
  from: Int32Array;
  unit: Uint16Array;
  to: Int32Array;
  mask: number;
}

/** Every bit of node and unit reaches the slot: a hash of 16 bits left a big taxonomy's edges probing for long runs. */
const slotOf = (node: number, unit: number, mask: number) => {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
};

/** The trie of `words` (empty words are left out). */
export function buildTrie<T>(words: Iterable<readonly [string, T]>): WordTrie<T> {
  const root = new Int32Array(65536);
  const word: (string | null)[] = [null];
  const value: (T | null)[] = [null];
  const edges = new Map<number, Map<number, number>>();
  const newNode = () => {
    word.push(null);
    value.push(null);
    return word.length - 1;
  };
  for (const [w, v] of words) {
    if (w.length === 0) continue;
    let node = root[w.charCodeAt(0)]!;
    if (node === 0) {
      node = newNode();
      root[w.charCodeAt(0)] = node;
    }
    for (let i = 1; i < w.length; i++) {
      const unit = w.charCodeAt(i);
      let children = edges.get(node);
      if (!children) {
        children = new Map();
        edges.set(node, children);
      }
      let child = children.get(unit);
      if (child === undefined) {
        child = newNode();
        children.set(unit, child);
      }
      node = child;
    }
    word[node] = w;
    value[node] = v;
  }
  let count = 0;
  for (const children of edges.values()) count += children.size;
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const from = new Int32Array(size);
  const unit = new Uint16Array(size);
  const to = new Int32Array(size);
  const more = new Uint8Array(word.length);
  for (const [node, children] of edges) {
    more[node] = 1;
    for (const [u, child] of children) {
      let slot = slotOf(node, u, mask);
      while (from[slot] !== 0) slot = (slot + 1) & mask;
      from[slot] = node;
      unit[slot] = u;
      to[slot] = child;
    }
  }
  return { root, word, value, more, from, unit, to, mask };
}

/** The child of `node` along code unit `u`, or 0. */
export function childOf<T>(trie: WordTrie<T>, node: number, u: number): number {
  if (trie.more[node] === 0) return 0;
  const { from, unit, mask } = trie;
  for (let slot = slotOf(node, u, mask); from[slot] !== 0; slot = (slot + 1) & mask)
    if (from[slot] === node && unit[slot] === u) return trie.to[slot]!;
  return 0;
}
