/**
 * Clause-scoped reading of a review or a chat (issue 20): the text is scanned once, left to right,
 * taking the longest word the lexicon or the taxonomy knows at each point (so 特别, 差不多, 慢慢,
 * 好不好, 有没有 are one neutral word, never their pieces), split into clauses at punctuation and at
 * contrast words, and each polarity word is read in its clause — negators before it, a post-negator
 * after it, degree words, the clause's contrast weight — and counted for the aspect it describes.
 * Pure data in, data out: the lexicon and the taxonomy's words decide everything.
 */
import type { Lexicon } from './lexicon';

/** How a text reads: against, for, or neither (classify/polarity re-exports it). */
export type Polarity = 'negative' | 'positive' | 'neutral';

/** One category as the reader sees it: its label, the words that name it, its own polarity words. */
export interface ReaderCategory {
  label: string;
  keywords: readonly string[];
  negative: readonly string[];
  positive: readonly string[];
}

/** How an ambiguous aspect word picks its category: the first sense whose words the text holds. */
export interface ReaderSense {
  word: string;
  senses: { labels: readonly string[]; when: readonly string[] }[];
  /** Labels taken when no sense's words are in the text; empty: the word names no category then. */
  otherwise: readonly string[];
}

/** One polarity word as it counted: the word, its signed value, and what changed it. */
export interface Evidence {
  word: string;
  value: number;
  negator?: string;
  post?: string;
  degree?: string;
  contrast?: string;
  /** The categories it was counted for; empty when no aspect was near. */
  categories: string[];
}

export interface AspectReading {
  category: string;
  polarity: Polarity;
  score: number;
  /** The aspect words found, as the text has them (normalised). */
  keywords: string[];
  evidence: Evidence[];
}

export interface Reading {
  overall: Polarity;
  score: number;
  /** The rating's part of the score (0 without a rating). */
  ratingWeight: number;
  /** Every polarity word that counted, in text order. */
  evidence: Evidence[];
  /** Categories named, in taxonomy order, each with its own polarity. */
  aspects: AspectReading[];
}

interface BoundWord {
  value: number;
  /** Categories whose aspect in the clause makes the word count (taxonomy polarity words). */
  categories?: ReadonlySet<string>;
  /** Aspect words whose presence in the clause makes the word count (lexicon bound words). */
  aspects?: ReadonlySet<string>;
}

interface Entry {
  polarity?: number;
  bound?: BoundWord[];
  negator?: number;
  post?: boolean;
  degree?: number;
  contrast?: 'after' | 'before' | 'within';
  reset?: boolean;
  categories?: string[];
  /** The category keyword inside a polarity word that names its category (再买 in 不会再买). */
  keyword?: string;
}

interface Token {
  word: string;
  start: number;
  end: number;
  entry: Entry;
}

interface Clause {
  tokens: Token[];
  weight: number;
  contrast?: string;
  sentence: number;
}

export interface Reader {
  lexicon: Lexicon;
  entries: Map<string, Entry>;
  /** Every word of `entries` in a character trie: the scan walks it for the longest match. */
  trie: TrieNode;
  order: Map<string, number>;
  senses: Map<string, ReaderSense>;
}

export const normalizeForReading = (text: string) => text.normalize('NFKC').toLowerCase();

export const SENTENCE_BREAK: ReadonlySet<string> = new Set(['。', '！', '？', '!', '?', '\n', '\r']);
export const CLAUSE_BREAK: ReadonlySet<string> = new Set([
  '，',
  ',',
  '；',
  ';',
  '、',
  '：',
  ':',
  '…',
  '~',
  '～',
  '(',
  ')',
  '（',
  '）',
  '【',
  '】',
  '[',
  ']',
  '"',
  '“',
  '”',
  '/',
  '|',
]);
interface TrieNode {
  next: Map<string, TrieNode>;
  word: string | null;
}

const isLatin = (ch: string | undefined) => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
};
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

function entryOf(entries: Map<string, Entry>, word: string): Entry | null {
  const w = normalizeForReading(word.trim());
  if (w === '') return null;
  let e = entries.get(w);
  if (!e) {
    e = {};
    entries.set(w, e);
  }
  return e;
}

function addBound(e: Entry, bound: BoundWord): void {
  if (e.bound) e.bound.push(bound);
  else e.bound = [bound];
}

function addCategory(e: Entry, label: string): void {
  if (!e.categories) e.categories = [label];
  else if (!e.categories.includes(label)) e.categories.push(label);
}

/** Compiles the lexicon and the categories into one dictionary (built once per run). */
export function compileReader(
  lexicon: Lexicon,
  categories: readonly ReaderCategory[],
  senses: readonly ReaderSense[] = [],
): Reader {
  const entries = new Map<string, Entry>();
  const w = lexicon.weights;
  for (const [side, sign] of [
    [lexicon.positive, 1],
    [lexicon.negative, -1],
  ] as const) {
    for (const strength of ['weak', 'normal', 'strong'] as const) {
      for (const word of side[strength]) {
        const e = entryOf(entries, word);
        if (e) e.polarity = sign * w[strength];
      }
    }
  }
  for (const group of lexicon.negators) {
    for (const word of group.words) {
      const e = entryOf(entries, word);
      if (e) e.negator = group.factor;
    }
  }
  for (const word of lexicon.postNegators) {
    const e = entryOf(entries, word);
    if (e) e.post = true;
  }
  for (const group of lexicon.degrees) {
    for (const word of group.words) {
      const e = entryOf(entries, word);
      if (e) e.degree = group.factor;
    }
  }
  for (const kind of ['after', 'before', 'within'] as const) {
    for (const word of lexicon.contrast[kind]) {
      const e = entryOf(entries, word);
      if (e) e.contrast = kind;
    }
  }
  for (const word of lexicon.neutral) entryOf(entries, word);
  for (const word of lexicon.resets) {
    const e = entryOf(entries, word);
    if (e) e.reset = true;
  }
  for (const bound of lexicon.bound) {
    const aspects = new Set(bound.aspects.map(normalizeForReading));
    for (const [list, sign] of [
      [bound.positive, 1],
      [bound.negative, -1],
    ] as const) {
      for (const word of list) {
        const e = entryOf(entries, word);
        if (e) addBound(e, { value: sign * w.normal, aspects });
      }
    }
    for (const word of bound.aspects) entryOf(entries, word);
  }
  const order = new Map<string, number>();
  const keywordsOf = (c: ReaderCategory) =>
    c.keywords.map(normalizeForReading).filter((k) => k.trim() !== '');
  categories.forEach((c, i) => {
    if (!order.has(c.label)) order.set(c.label, i);
    for (const word of keywordsOf(c)) {
      const e = entryOf(entries, word);
      if (e) addCategory(e, c.label);
    }
  });
  const allKeywords = categories.flatMap(keywordsOf);
  for (const c of categories) {
    const keywords = keywordsOf(c);
    const own = new Set([c.label]);
    for (const [list, sign] of [
      [c.positive, 1],
      [c.negative, -1],
    ] as const) {
      for (const written of list) {
        // 大了 reads as 大: the particle would hide the word from the clause's 太.
        const word = written.trim().replace(/了$/u, '');
        // 很好, 太慢, 不快 are read from their parts; as one word they would hide 很好吃 and 很好用.
        const n = normalizeForReading(word);
        if (composed(entries, n, sign)) continue;
        // 质量太差 is 质量 and 太差: as one word it would lose the degree of 太.
        const head = allKeywords.find((k) => n.length > k.length && n.startsWith(k));
        if (
          head &&
          (isPolar(entries.get(n.slice(head.length)) ?? {}) || composed(entries, n.slice(head.length), sign))
        )
          continue;
        const e = entryOf(entries, word);
        if (!e) continue;
        addBound(e, { value: sign * w.normal, categories: own });
        // A phrase (不理人, 没人处理) means the same anywhere; a short word (大, 生) only beside its aspect.
        if (n.length >= 3 && e.polarity === undefined) e.polarity = sign * w.normal;
        // A category's polarity word holding one of its keywords (不会再买 ⊃ 再买) names the category too.
        const inside = keywords.find((k) => n.includes(k));
        if (inside !== undefined && !e.categories?.includes(c.label)) {
          addCategory(e, c.label);
          e.keyword ??= inside;
        }
      }
    }
  }
  const trie: TrieNode = { next: new Map(), word: null };
  for (const word of entries.keys()) {
    let node = trie;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), word: null };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.word = word;
  }
  const senseMap = new Map(senses.map((s) => [normalizeForReading(s.word), s]));
  return { lexicon, entries, trie, order, senses: senseMap };
}

/**
 * True when a word reads the same from its parts: a degree word and a polarity word of the same
 * direction (很好), or a negator and one of the other direction (不快). 太甜 (too sweet) is kept.
 */
function composed(entries: Map<string, Entry>, word: string, sign: number): boolean {
  for (let cut = 1; cut < word.length; cut++) {
    const head = entries.get(word.slice(0, cut));
    const rest = entries.get(word.slice(cut));
    if (!head || !rest) continue;
    const signs = [rest.polarity, ...(rest.bound ?? []).map((b) => b.value)]
      .filter((v): v is number => v !== undefined)
      .map(Math.sign);
    if (head.degree !== undefined && signs.includes(sign)) return true;
    if (head.negator !== undefined && signs.includes(-sign)) return true;
  }
  return false;
}

type Piece = Token | 'clause' | 'sentence';

/** The text's words (longest match first) and its clause and sentence breaks. */
function scan(reader: Reader, text: string): Piece[] {
  const pieces: Piece[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (SENTENCE_BREAK.has(ch) || (ch === '.' && !(isDigit(text[i - 1]) && isDigit(text[i + 1])))) {
      pieces.push('sentence');
      i++;
      continue;
    }
    if (CLAUSE_BREAK.has(ch)) {
      pieces.push('clause');
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\u3000') {
      // A space separates clauses in Chinese text, words in English.
      if (!isLatin(text[i - 1]) || !isLatin(text[i + 1])) pieces.push('clause');
      i++;
      continue;
    }
    if (isLatin(ch) && isLatin(text[i - 1])) {
      i++;
      continue;
    }
    let taken: string | null = null;
    let node: TrieNode | undefined = reader.trie;
    for (let j = i; j < n; j++) {
      node = node.next.get(text[j]!);
      if (!node) break;
      // An English word ends where its letters do: "good" is not read inside "goods".
      if (node.word !== null && !(isLatin(text[j]) && isLatin(text[j + 1]))) taken = node.word;
    }
    if (taken === null) {
      i++;
      continue;
    }
    pieces.push({ word: taken, start: i, end: i + taken.length, entry: reader.entries.get(taken)! });
    i += taken.length;
  }
  return pieces;
}

function clausesOf(reader: Reader, pieces: readonly Piece[]): Clause[] {
  const { contrast } = reader.lexicon;
  const clauses: Clause[] = [];
  let sentence = 0;
  let current: Clause = { tokens: [], weight: 1, sentence };
  const close = () => {
    if (current.tokens.length > 0) clauses.push(current);
    current = { tokens: [], weight: 1, sentence };
  };
  for (const piece of pieces) {
    if (piece === 'clause' || piece === 'sentence') {
      close();
      if (piece === 'sentence') current.sentence = ++sentence;
      continue;
    }
    const kind = piece.entry.contrast;
    if (kind === 'after') {
      close();
      current.weight = contrast.afterWeight;
      current.contrast = piece.word;
    } else if (kind === 'before') {
      current.weight = contrast.beforeWeight;
    } else if (kind === 'within') {
      current.weight = contrast.withinWeight;
      current.contrast = piece.word;
    }
    current.tokens.push(piece);
  }
  close();
  return clauses;
}

/** The categories an aspect word names in this text, its senses resolved. */
function categoriesOf(reader: Reader, token: Token, text: string): string[] {
  const named = token.entry.categories ?? [];
  const sense = reader.senses.get(token.word);
  if (!sense || named.length < 2) return named;
  const chosen = sense.senses.find((s) => s.when.some((w) => text.includes(w)))?.labels ?? sense.otherwise;
  return named.filter((c) => chosen.includes(c));
}

/** One word of a clause as the scan took it, with the categories it names here (senses resolved). */
export interface ClauseWord {
  word: string;
  start: number;
  end: number;
  categories: string[];
  negator: boolean;
  post: boolean;
}

/**
 * The clauses of a text and their words, as readText splits and scans them (longest word first),
 * for readers that ask which categories a text names and whether a word is negated there.
 */
export function clauseWords(reader: Reader, raw: string): { text: string; clauses: ClauseWord[][] } {
  const text = normalizeForReading(raw);
  const clauses = clausesOf(reader, scan(reader, text)).map((clause) =>
    clause.tokens.map((t) => ({
      word: t.word,
      start: t.start,
      end: t.end,
      categories: t.entry.categories ? categoriesOf(reader, t, text) : [],
      negator: t.entry.negator !== undefined,
      post: t.entry.post === true,
    })),
  );
  return { text, clauses };
}

const isPolar = (e: Entry) => e.polarity !== undefined || e.bound !== undefined;

export function ratingWeight(lexicon: Lexicon, rating: number | null): number {
  if (rating === null || !Number.isFinite(rating)) return 0;
  const r = Math.min(5, Math.max(1, Math.round(rating)));
  return lexicon.rating[String(r) as '1' | '2' | '3' | '4' | '5'];
}

const polarityOfScore = (score: number, band: number): Polarity =>
  score < -band ? 'negative' : score > band ? 'positive' : 'neutral';

/** Reads one text (a review, or a buyer's messages) with an optional 1–5 rating. */
export function readText(reader: Reader, raw: string, rating: number | null = null): Reading {
  const text = normalizeForReading(raw);
  const clauses = clausesOf(reader, scan(reader, text));
  const { lexicon } = reader;
  const evidence: Evidence[] = [];
  const aspectWords = new Map<string, Set<string>>();
  const aspectEvidence = new Map<string, Evidence[]>();
  let topic: string[] = [];
  let topicSentence = -1;
  let topicSpoken = false;
  const credit = (ev: Evidence, clause: Clause) => {
    ev.value *= clause.weight;
    if (clause.contrast && clause.weight !== 1) ev.contrast = clause.contrast;
    evidence.push(ev);
    for (const c of ev.categories) {
      const list = aspectEvidence.get(c) ?? [];
      list.push(ev);
      aspectEvidence.set(c, list);
    }
  };
  for (const clause of clauses) {
    const aspects: { at: number; categories: string[]; word: string }[] = [];
    let reset = false;
    for (const t of clause.tokens) {
      if (t.entry.reset) reset = true;
      if (!t.entry.categories) continue;
      const categories = categoriesOf(reader, t, text);
      if (categories.length === 0) continue;
      aspects.push({ at: t.start, categories, word: t.word });
      for (const c of categories) {
        const set = aspectWords.get(c) ?? new Set<string>();
        set.add(t.entry.keyword ?? t.word);
        aspectWords.set(c, set);
      }
    }
    if (clause.sentence !== topicSentence || reset) topic = [];
    const inClause = new Set(aspects.flatMap((a) => a.categories));
    const wordsInClause = new Set(clause.tokens.map((t) => t.word));
    let clauseSpoke = false;
    let negators: { word: string; factor: number; end: number; afterDegree: boolean }[] = [];
    let degree = null as { word: string; factor: number } | null;
    let last: Evidence | null = null;
    const tokens = clause.tokens;
    // The next polarity word (and the next one or negator) after each token, found once backwards.
    const nextPolarAt: (Token | undefined)[] = new Array(tokens.length);
    const nextAt: (Token | undefined)[] = new Array(tokens.length);
    for (let k = tokens.length - 1, polar: Token | undefined, any: Token | undefined; k >= 0; k--) {
      nextPolarAt[k] = polar;
      nextAt[k] = any;
      const o = tokens[k]!;
      if (isPolar(o.entry)) polar = any = o;
      else if (o.entry.negator !== undefined) any = o;
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const e = t.entry;
      const next = nextAt[k];
      const nextPolar = nextPolarAt[k];
      // A word both degree and polarity (好, 真) is a degree word right before another polarity word.
      if (e.degree !== undefined && (!isPolar(e) || (next && next.start === t.end && isPolar(next.entry)))) {
        degree = { word: t.word, factor: (degree?.factor ?? 1) * e.degree };
        continue;
      }
      if (
        e.negator !== undefined &&
        nextPolar &&
        nextPolar.start - t.end <= lexicon.negationWindow &&
        !(e.post && last && !isPolar(e))
      ) {
        negators.push({ word: t.word, factor: e.negator, end: t.end, afterDegree: false });
        if (degree) negators[negators.length - 1]!.afterDegree = true;
        continue;
      }
      // A post-negator ends its clause (异味都没有, 色差不明显); 死机就会没有信号 negates 信号, not 死机.
      if (e.post && last && !last.post && k === tokens.length - 1 && tailLength(text, t.end) <= 2) {
        last.value = -last.value * 0.8;
        last.post = t.word;
        continue;
      }
      if (!isPolar(e)) continue;
      let value: number | null = null;
      let categories: string[] = [];
      for (const b of e.bound ?? []) {
        const cats = b.categories
          ? [...b.categories].filter((c) => inClause.has(c) || (topic.includes(c) && !topicSpoken))
          : aspects.filter((a) => b.aspects!.has(a.word)).flatMap((a) => a.categories);
        const boundByWord = b.aspects && [...b.aspects].some((a) => wordsInClause.has(a));
        if (cats.length > 0 || boundByWord) {
          value = b.value;
          categories = [...new Set(cats)];
          break;
        }
      }
      if (value === null && e.polarity !== undefined) {
        value = e.polarity;
        categories = nearestAspect(aspects, t.start) ?? (topicSpoken ? [] : topic);
      }
      if (value === null) continue;
      let ev: Evidence = { word: t.word, value, categories };
      const strength = degree?.factor ?? 1;
      const negated = negators.length % 2 === 1;
      if (negated) {
        const negator = negators[negators.length - 1]!;
        // 很不好 strengthens the turned word; 不是很好 softens it.
        const factor = negators.reduce((f, x) => f * x.factor, 1);
        ev = { ...ev, value: -value * factor * (negator.afterDegree ? strength : 1), negator: negator.word };
        if (!negator.afterDegree && degree) ev.value *= 0.6;
      } else {
        ev.value = value * strength;
      }
      if (degree) ev.degree = degree.word;
      credit(ev, clause);
      if (aspects.length === 0 && categories.length > 0) topicSpoken = true;
      if (aspects.length > 0) clauseSpoke = true;
      last = ev;
      negators = [];
      degree = null;
    }
    if (aspects.length > 0) {
      topic = aspects[aspects.length - 1]!.categories;
      topicSentence = clause.sentence;
      topicSpoken = clauseSpoke;
    }
  }
  const ratingPart = ratingWeight(lexicon, rating);
  const score = evidence.reduce((s, ev) => s + ev.value, 0) + ratingPart;
  const ratingOnly = ratingPolarityOf(lexicon, rating);
  const aspects: AspectReading[] = [...aspectWords.keys()]
    .sort((a, b) => (reader.order.get(a) ?? 0) - (reader.order.get(b) ?? 0))
    .map((category) => {
      const list = aspectEvidence.get(category) ?? [];
      const s = list.reduce((sum, ev) => sum + ev.value, 0);
      return {
        category,
        polarity: s < 0 ? 'negative' : s > 0 ? 'positive' : ratingOnly,
        score: s,
        keywords: [...aspectWords.get(category)!],
        evidence: list,
      };
    });
  return {
    overall: polarityOfScore(score, lexicon.neutralBand),
    score,
    ratingWeight: ratingPart,
    evidence,
    aspects,
  };
}

/** Characters from `from` to the end of the clause, counted up to 3. */
function tailLength(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length && n < 3; i++) {
    const ch = text[i]!;
    if (SENTENCE_BREAK.has(ch) || CLAUSE_BREAK.has(ch) || ch === ' ' || ch === '.') break;
    n++;
  }
  return n;
}

function ratingPolarityOf(lexicon: Lexicon, rating: number | null): Polarity {
  const w = ratingWeight(lexicon, rating);
  return polarityOfScore(w, lexicon.neutralBand);
}

function nearestAspect(
  aspects: readonly { at: number; categories: string[] }[],
  at: number,
): string[] | null {
  let before: { at: number; categories: string[] } | null = null;
  for (const a of aspects) if (a.at <= at) before = a;
  if (before) return before.categories;
  const after = aspects.find((a) => a.at > at);
  return after ? after.categories : null;
}
