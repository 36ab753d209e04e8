/**
 * Clause-scoped reading of a review or a chat (issue 20): the text is scanned once, left to right,
 * taking the longest word the lexicon or the taxonomy knows at each point (so 特别, 差不多, 慢慢,
 * 好不好, 有没有 are one neutral word, never their pieces), split into clauses at punctuation and at
 * contrast words, and each polarity word is read in its clause — negators before it, a post-negator
 * after it, degree words, the clause's contrast weight — and counted for the aspect it describes.
 * Pure data in, data out: the lexicon and the taxonomy's words decide everything.
 */
import type { Lexicon } from './lexicon';
import { buildTrie, childOf, type WordTrie } from './word-trie';

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
  /** The wish (就好了) that turned it: 要是能便宜点就好了 says it is not cheap. */
  wish?: string;
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
  contrast?: 'after' | 'before' | 'within' | 'opening';
  reset?: boolean;
  /** Ends a wish (就好了): the polarity words before it in its clause are turned round. */
  wish?: boolean;
  /** After it the clause speaks of something else (还不如去超市买划算): its polarity words do not count. */
  alternative?: boolean;
  /** A degree word that makes a mild complaint of a word the lexicon does not know (有点厚, 太热了). */
  complaint?: boolean;
  categories?: string[];
  /** An aspect word of the lexicon's bound words (the clause's words are looked up for it). */
  boundAspect?: boolean;
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
  /** Where the clause's break (or the text's end) is. */
  end: number;
  weight: number;
  contrast?: string;
  sentence: number;
}

export interface Reader {
  lexicon: Lexicon;
  entries: Map<string, Entry>;
  /** Every word of `entries` in a trie: the scan walks it for the longest match. */
  trie: WordTrie<Entry>;
  order: Map<string, number>;
  senses: Map<string, ReaderSense>;
}

/**
 * NFKC, lower-cased. Most review text is ASCII, CJK ideographs and full-width punctuation, whose
 * NFKC forms are known (full-width ASCII is ASCII, the ideographic space a space): those are mapped
 * by hand, and any other character sends the whole text through String.normalize.
 */
export function normalizeForReading(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80 ? c < 65 || c > 90 : (c >= 0x4e00 && c <= 0x9fff) || KEPT.has(c)) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    else if (c >= 0x80) return text.normalize('NFKC').toLowerCase();
    if (c >= 65 && c <= 90) c += 32;
    out += text.slice(from, i) + String.fromCharCode(c);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Characters outside ASCII and the CJK ideographs that NFKC leaves as they are (、。《》「」【】“” …). */
const KEPT = new Set(
  [0x3001, 0x3002, 0x3008, 0x3009, 0x300a, 0x300b, 0x300c, 0x300d, 0x300e, 0x300f, 0x3010, 0x3011].concat([
    0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x00b7,
  ]),
);

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

// Every character's part in the scan, looked up by code unit: one typed array, built once.
const SENTENCE = 1;
const CLAUSE = 2;
const SPACE = 3;
const DOT = 4;
const CHAR_KIND = (() => {
  const kinds = new Uint8Array(65536);
  for (const ch of SENTENCE_BREAK) kinds[ch.charCodeAt(0)] = SENTENCE;
  for (const ch of CLAUSE_BREAK) kinds[ch.charCodeAt(0)] = CLAUSE;
  for (const ch of ' \t\u3000') kinds[ch.charCodeAt(0)] = SPACE;
  kinds['.'.charCodeAt(0)] = DOT;
  return kinds;
})();

/** a–z, 0–9 and the apostrophe: the letters of an English word (the text is lower-cased first). */
const isLatin = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
const isDigit = (c: number) => c >= 48 && c <= 57;

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
  for (const kind of ['after', 'before', 'within', 'opening'] as const) {
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
  for (const word of lexicon.wishes) {
    const e = entryOf(entries, word);
    if (e) e.wish = true;
  }
  for (const word of lexicon.alternatives) {
    const e = entryOf(entries, word);
    if (e) e.alternative = true;
  }
  for (const word of lexicon.complaintDegrees) {
    const e = entryOf(entries, word);
    if (e) e.complaint = true;
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
    for (const word of bound.aspects) {
      const e = entryOf(entries, word);
      if (e) e.boundAspect = true;
    }
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
  const trie = buildTrie(entries);
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

/**
 * The text's clauses: its words (longest match first), split at clause and sentence breaks and
 * before a contrast word that opens a clause. One pass over the text's code units.
 */
function clausesOf(reader: Reader, text: string): Clause[] {
  const { contrast } = reader.lexicon;
  const { trie } = reader;
  const clauses: Clause[] = [];
  let sentence = 0;
  let tokens: Token[] = [];
  let weight = 1;
  let contrastWord: string | undefined;
  let i = 0;
  const close = () => {
    if (tokens.length > 0) {
      const clause: Clause = { tokens, end: i, weight, sentence };
      if (contrastWord !== undefined) clause.contrast = contrastWord;
      clauses.push(clause);
      tokens = [];
    }
    weight = 1;
    contrastWord = undefined;
  };
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = CHAR_KIND[c];
    if (
      kind === SENTENCE ||
      (kind === DOT && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))))
    ) {
      close();
      sentence++;
      i++;
      continue;
    }
    if (kind === CLAUSE) {
      close();
      i++;
      continue;
    }
    if (kind === SPACE) {
      // A space separates clauses in Chinese text, words in English.
      if (!isLatin(text.charCodeAt(i - 1)) || !isLatin(text.charCodeAt(i + 1))) close();
      i++;
      continue;
    }
    const latin = isLatin(c);
    if (latin && isLatin(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    const taken = longestAt(trie, text, i);
    if (taken === 0) {
      i++;
      continue;
    }
    const word = trie.word[taken]!;
    const entry = trie.value[taken]!;
    // 也不怎么样, 都不忘: a negator (也不) whose tail is a negator starting a longer word (不怎么样) gives way.
    if (
      entry.negator !== undefined &&
      word.length > 1 &&
      trie.value[longestAt(trie, word, 1)]?.negator !== undefined
    ) {
      const inner = longestAt(trie, text, i + 1);
      if (inner !== 0 && trie.word[inner]!.length >= word.length) {
        i++;
        continue;
      }
    }
    const token: Token = { word, start: i, end: i + word.length, entry };
    i += word.length;
    // 就是 opening its clause or after a polarity word turns (挺好的就是贵); elsewhere it is emphasis (就是好).
    const role =
      entry.contrast === 'opening'
        ? tokens.length === 0 || tokens.some((x) => isPolar(x.entry))
          ? 'after'
          : undefined
        : entry.contrast;
    if (role === 'after') {
      close();
      weight = contrast.afterWeight;
      contrastWord = word;
    } else if (role === 'before') {
      weight = contrast.beforeWeight;
    } else if (role === 'within') {
      weight = contrast.withinWeight;
      contrastWord = word;
    }
    tokens.push(token);
  }
  close();
  return clauses;
}

/** The trie node of the longest word starting at i (0 when none does). */
function longestAt(trie: WordTrie<Entry>, text: string, i: number): number {
  let node = trie.root[text.charCodeAt(i)] ?? 0;
  let taken = 0;
  for (let j = i; node !== 0; ) {
    // An English word ends where its letters do: "good" is not read inside "goods".
    if (trie.word[node] !== null && !(isLatin(text.charCodeAt(j)) && isLatin(text.charCodeAt(j + 1))))
      taken = node;
    if (++j >= text.length) break;
    node = childOf(trie, node, text.charCodeAt(j));
  }
  return taken;
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
  const clauses = clausesOf(reader, text).map((clause) =>
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

/**
 * The overall direction. A text whose words counted is negative below `negativeBelow` (the decision
 * offset the reading bench chooses: praise and a complaint of equal weight read negative); a text
 * with no polarity word is read from its rating alone, within ±neutralBand neutral, so 收到了，还没用
 * stays 中性.
 */
function overallOf(lexicon: Lexicon, score: number, spoke: boolean): Polarity {
  if (!spoke) return polarityOfScore(score, lexicon.neutralBand);
  return score < lexicon.negativeBelow ? 'negative' : score > lexicon.neutralBand ? 'positive' : 'neutral';
}

interface Aspect {
  at: number;
  categories: string[];
  word: string;
}

interface Negator {
  word: string;
  factor: number;
  end: number;
  /** A degree word stood before the negator (很不好), not after it (不是很好). */
  afterDegree: boolean;
}

/** Whether the next polarity word or negator after token k is a polarity word right after `end`. */
function nextIsPolarAt(tokens: readonly Token[], k: number, end: number): boolean {
  for (let m = k + 1; m < tokens.length; m++) {
    const o = tokens[m]!.entry;
    if (isPolar(o)) return tokens[m]!.start === end;
    if (o.negator !== undefined) return false;
  }
  return false;
}

/** Whether the next polarity word after token k starts by `limit`. */
function nextPolarWithin(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let m = k + 1; m < tokens.length; m++) if (isPolar(tokens[m]!.entry)) return tokens[m]!.start <= limit;
  return false;
}

function names(aspects: readonly Aspect[], category: string): boolean {
  for (const a of aspects) if (a.categories.includes(category)) return true;
  return false;
}

function holdsWord(inClause: readonly string[], words: ReadonlySet<string>): boolean {
  for (const word of inClause) if (words.has(word)) return true;
  return false;
}

/** Reads one text (a review, or a buyer's messages) with an optional 1–5 rating. */
export function readText(reader: Reader, raw: string, rating: number | null = null): Reading {
  const text = normalizeForReading(raw);
  const clauses = clausesOf(reader, text);
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
  const none: Aspect[] = [];
  for (const clause of clauses) {
    const tokens = clause.tokens;
    let aspects = none;
    let reset = false;
    let boundAspects: string[] | null = null;
    for (const t of tokens) {
      if (t.entry.reset) reset = true;
      if (t.entry.boundAspect) {
        boundAspects ??= [];
        boundAspects.push(t.word);
      }
      if (!t.entry.categories) continue;
      const categories = categoriesOf(reader, t, text);
      if (categories.length === 0) continue;
      if (aspects === none) aspects = [];
      aspects.push({ at: t.start, categories, word: t.word });
      for (const c of categories) {
        let set = aspectWords.get(c);
        if (!set) {
          set = new Set<string>();
          aspectWords.set(c, set);
        }
        set.add(t.entry.keyword ?? t.word);
      }
    }
    if (clause.sentence !== topicSentence || reset) topic = [];
    let clauseSpoke = false;
    let negators: Negator[] | null = null;
    let degree = null as {
      word: string;
      factor: number;
      complaint?: number;
    } | null;
    let last: Evidence | null = null;
    let lastEnd = 0;
    let wish: Token | undefined;
    for (const t of tokens) if (t.entry.wish) wish = t;
    let elsewhere = false;
    let wishTurned = false;
    // 这不是骗人吗, 难道不是假货吗: a negator in a clause ending in a question particle asserts, not turns.
    const rhetorical = lexicon.questionEnds.some((q) => text.startsWith(q, clause.end - q.length));
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const e = t.entry;
      const polar = isPolar(e);
      if (elsewhere) continue;
      if (e.alternative) elsewhere = true;
      // A wish that turned a word before it (要是能便宜点就好了) says no more than that word does.
      if (t === wish && wishTurned) continue;
      if (e.degree === undefined && e.negator === undefined && !e.post && !polar) continue;
      // A word both degree and polarity (好, 真) is a degree word right before another polarity word.
      if (e.degree !== undefined && (!polar || nextIsPolarAt(tokens, k, t.end))) {
        const turned = k > 0 && tokens[k - 1]!.entry.negator !== undefined && tokens[k - 1]!.end === t.start;
        if (e.complaint && !turned && unknownAt(text, tokens, k, lexicon.particles)) {
          // 有点厚, 太热了: a degree word of this kind before a word the lexicon does not know complains.
          const ev: Evidence = {
            word: text.slice(t.start, unknownEnd(text, tokens, k, lexicon.particles)),
            value: -lexicon.weights.weak,
            categories: nearestAspect(aspects, t.start) ?? (topicSpoken ? [] : topic),
          };
          credit(ev, clause);
          last = ev;
          lastEnd = t.end + 1;
          negators = null;
          degree = null;
          continue;
        }
        degree = { word: t.word, factor: (degree?.factor ?? 1) * e.degree };
        // 太大了 with no aspect that 大 describes complains as 太热了 does.
        if (e.complaint && !turned) degree.complaint = t.start;
        continue;
      }
      // 好热啊: 好 before a word the lexicon does not know and then a particle or the clause's end is its degree.
      if (
        e.degree !== undefined &&
        unknownAt(text, tokens, k, lexicon.particles) &&
        endsAfterOne(text, tokens, k, lexicon.particles)
      )
        continue;
      if (
        e.negator !== undefined &&
        !rhetorical &&
        nextPolarWithin(tokens, k, t.end + lexicon.negationWindow) &&
        !(e.post && last && !polar)
      ) {
        negators ??= [];
        negators.push({
          word: t.word,
          factor: e.negator,
          end: t.end,
          afterDegree: degree !== null,
        });
        continue;
      }
      // A post-negator ends its clause close after its word (异味都没有, 色差不明显); 死机就会没有信号
      // negates 信号, not 死机, and 竟然一点辣椒都没有 turns no 竟然.
      if (
        e.post &&
        last &&
        !last.post &&
        k === tokens.length - 1 &&
        t.start - lastEnd <= lexicon.postNegationWindow &&
        tailLength(text, t.end) <= 2
      ) {
        last.value = -last.value * 0.8;
        last.post = t.word;
        continue;
      }
      if (!polar) continue;
      let value: number | null = null;
      let categories: string[] = [];
      for (const b of e.bound ?? []) {
        const cats: string[] = [];
        if (b.categories) {
          for (const c of b.categories)
            if (names(aspects, c) || (!topicSpoken && topic.includes(c))) cats.push(c);
        } else {
          for (const a of aspects)
            if (b.aspects!.has(a.word)) for (const c of a.categories) if (!cats.includes(c)) cats.push(c);
        }
        if (cats.length > 0 || (b.aspects && boundAspects !== null && holdsWord(boundAspects, b.aspects))) {
          value = b.value;
          categories = cats;
          break;
        }
      }
      if (value === null && e.polarity !== undefined) {
        value = e.polarity;
        categories = nearestAspect(aspects, t.start) ?? (topicSpoken ? [] : topic);
      }
      if (value === null) {
        if (degree?.complaint !== undefined) {
          const ev: Evidence = {
            word: text.slice(degree.complaint, t.end),
            value: -lexicon.weights.weak,
            categories: nearestAspect(aspects, t.start) ?? (topicSpoken ? [] : topic),
          };
          credit(ev, clause);
          last = ev;
          lastEnd = t.end;
          negators = null;
          degree = null;
        }
        continue;
      }
      const ev: Evidence = { word: t.word, value, categories };
      const strength = degree?.factor ?? 1;
      // A strong word is turned only by a negator right before it: 不失望, but 不想差评, 没耳机差评 stay.
      const turns =
        negators !== null &&
        negators.length % 2 === 1 &&
        (Math.abs(value) < lexicon.weights.strong || negators[negators.length - 1]!.end === t.start);
      if (negators !== null && turns) {
        const negator = negators[negators.length - 1]!;
        // 很不好 strengthens the turned word; 不是很好 softens it.
        let factor = 1;
        for (const x of negators) factor *= x.factor;
        ev.value = -value * factor * (negator.afterDegree ? strength : 1);
        ev.negator = negator.word;
        if (!negator.afterDegree && degree) ev.value *= 0.6;
      } else {
        ev.value = value * strength;
      }
      if (degree) ev.degree = degree.word;
      if (wish && t.end <= wish.start) {
        // A wish is a mild complaint: the word it turns weighs half.
        ev.value = -ev.value * 0.5;
        ev.wish = wish.word;
        wishTurned = true;
      }
      credit(ev, clause);
      if (aspects.length === 0 && categories.length > 0) topicSpoken = true;
      if (aspects.length > 0) clauseSpoke = true;
      last = ev;
      lastEnd = t.end;
      negators = null;
      degree = null;
    }
    if (aspects.length > 0) {
      topic = aspects[aspects.length - 1]!.categories;
      topicSentence = clause.sentence;
      topicSpoken = clauseSpoke;
    }
  }
  const ratingPart = ratingWeight(lexicon, rating);
  // Rounded so that 0.5 − 0.4 is 0.1 and not 0.0999…, whatever the lexicon's thresholds.
  const score = Math.round((evidence.reduce((s, ev) => s + ev.value, 0) + ratingPart) * 1e6) / 1e6;
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
    overall: overallOf(lexicon, score, evidence.length > 0),
    score,
    ratingWeight: ratingPart,
    evidence,
    aspects,
  };
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Whether a character the lexicon does not know (no word, no particle) follows token k. */
function unknownAt(text: string, tokens: readonly Token[], k: number, particles: readonly string[]): boolean {
  const end = tokens[k]!.end;
  return (
    isHan(text.charCodeAt(end)) &&
    tokens[k + 1]?.start !== end &&
    !particles.some((p) => text.startsWith(p, end))
  );
}

/** The end of the unknown word after token k (有点拉胯 → 拉胯): two characters at most, to the next word. */
function unknownEnd(text: string, tokens: readonly Token[], k: number, particles: readonly string[]): number {
  const from = tokens[k]!.end;
  const limit = Math.min(from + 2, tokens[k + 1]?.start ?? text.length);
  let end = from + 1;
  while (end < limit && isHan(text.charCodeAt(end)) && !particles.some((p) => text.startsWith(p, end))) end++;
  return end;
}

/** Whether one character after token k the clause ends or a particle (的, 啊 …) follows. */
function endsAfterOne(
  text: string,
  tokens: readonly Token[],
  k: number,
  particles: readonly string[],
): boolean {
  const at = tokens[k]!.end + 1;
  const next = tokens[k + 1];
  if (next && next.start === at) return false;
  return !isHan(text.charCodeAt(at)) || particles.some((p) => text.startsWith(p, at));
}

/** Characters from `from` to the end of the clause, counted up to 3. */
function tailLength(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length && n < 3; i++) {
    const c = text.charCodeAt(i);
    const kind = CHAR_KIND[c];
    if (kind === SENTENCE || kind === CLAUSE || c === 32 || c === 46) break;
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
