/**
 * Which categories a buyer's words name (issue 20, items 4 and 5): the Taxonomy's keywords found by
 * the clause-scoped scan readText uses, where a keyword turned round by a negator names nothing
 * unless its clause asks (不缺货 names no stock problem; 没有赠品吗 asks about the gift). One
 * category per text: the first named in the Taxonomy's order.
 */
import { type ChatReading, defaultChatReading } from './chat-reading';
import { CLAUSE_BREAK, type ClauseWord, clauseWords, type Reader, SENTENCE_BREAK } from './reader';

export interface Mention {
  category: string;
  /** The keyword as the text has it (normalised). */
  word: string;
  /** The negator that turned it round, or null. */
  negator: string | null;
  question: boolean;
}

export interface Named {
  category: string;
  /** The keywords that named it, in text order, each once. */
  words: string[];
}

const isBreak = (ch: string) => SENTENCE_BREAK.has(ch) || CLAUSE_BREAK.has(ch) || ch === ' ' || ch === '.';

/** True when the clause ending at `end` is a question: a question mark after it, or a question particle last. */
function asks(text: string, end: number, rules: ChatReading): boolean {
  let i = end;
  while (i < text.length && !isBreak(text[i]!)) i++;
  if (i < text.length && rules.questionMarks.includes(text[i]!)) return true;
  const last = text.slice(end, i).trim() || text.slice(0, end).trim();
  return rules.questionEnds.some((p) => last.endsWith(p));
}

/**
 * The negator turning words[k] round: the nearest before it within reach, with at most one
 * character between that is no word (也不算太贵 — 没券就有点贵了 is about the coupon), or a
 * post-negator right after it.
 */
function negatorOf(words: readonly ClauseWord[], k: number, window: number, reach: number): string | null {
  const w = words[k]!;
  let known = 0;
  for (let j = k - 1; j >= 0; j--) {
    const before = words[j]!;
    if (w.start - before.end > window || before.categories.length > 0) break;
    if (w.start - before.end - known > 1) break;
    if (before.negator) return before.word;
    known += before.end - before.start;
  }
  const after = words[k + 1];
  if (after?.post && after.start - w.end <= reach) return after.word;
  return null;
}

/** Every keyword of the reader's categories in the text, with its negator and whether its clause asks. */
export function mentionsOf(
  reader: Reader,
  raw: string,
  rules: ChatReading = defaultChatReading(),
): Mention[] {
  const { text, clauses } = clauseWords(reader, raw);
  const window = reader.lexicon.negationWindow;
  const mentions: Mention[] = [];
  for (const words of clauses) {
    const question = asks(text, words[words.length - 1]!.end, rules);
    words.forEach((w, k) => {
      if (w.categories.length === 0) return;
      const negator = negatorOf(words, k, window, rules.postNegatorReach);
      for (const category of w.categories) mentions.push({ category, word: w.word, negator, question });
    });
  }
  return mentions;
}

/** The categories the text names (a negated keyword only in a question), in the Taxonomy's order. */
export function namedCategories(reader: Reader, raw: string, rules?: ChatReading): Named[] {
  const named = new Map<string, string[]>();
  for (const m of mentionsOf(reader, raw, rules)) {
    if (m.negator !== null && !m.question) continue;
    const words = named.get(m.category) ?? [];
    if (!words.includes(m.word)) words.push(m.word);
    named.set(m.category, words);
  }
  return [...named]
    .map(([category, words]) => ({ category, words }))
    .sort((a, b) => (reader.order.get(a.category) ?? 0) - (reader.order.get(b.category) ?? 0));
}

/** The one category of a text: the first the Taxonomy lists among those it names; null when none. */
export function firstNamed(reader: Reader, raw: string, rules?: ChatReading): Named | null {
  return namedCategories(reader, raw, rules)[0] ?? null;
}
