/**
 * The direction of what a review says about each category it mentions (issue 11 item 4): the
 * category's negative and positive polarity keywords from the Taxonomy, a negation word just before
 * a keyword turning it round (没有异味, 不刺鼻, 不好用), and the rating when no polarity keyword is
 * there (1–2 negative, 3 neutral, 4–5 positive). Pure: the sidebar's rule tester and the scorecard
 * call the same function as the summaries.
 */
import { type Polarity, type Reader, type Reading, readText } from '../reading/reader';
import { normalizeText, rowText } from '../rules/operators';

export type { Polarity };

export interface PolarityKeywords {
  negative: readonly string[];
  positive: readonly string[];
}

/** What decides polarity: keywords per category label, the negation words and their look-alikes. */
export interface PolarityRules {
  /** Keyed by the category label as the Taxonomy sheet writes it. */
  categories: ReadonlyMap<string, PolarityKeywords>;
  /** Words that turn the keyword right after them round (没有, 不, 无 …). */
  negations: readonly string[];
  /** Words that contain a negation but do not negate (不过, 不错, 无论 …); ignored before a keyword. */
  notNegations: readonly string[];
  /**
   * The clause-scoped reader (issue 20) built from the same Taxonomy rows and the lexicon: when
   * present it decides every polarity, and the keyword lists above only describe the rows.
   */
  reader?: Reader;
}

let lastReading: { reader: Reader; text: string; rating: number | null; reading: Reading } | null = null;

/** The reading of a review, remembered for the last text: its categories ask one after another. */
export function readingOf(reader: Reader, text: string, rating: number | null): Reading {
  if (
    lastReading &&
    lastReading.reader === reader &&
    lastReading.text === text &&
    lastReading.rating === rating
  )
    return lastReading.reading;
  const reading = readText(reader, text, rating);
  lastReading = { reader, text, rating, reading };
  return reading;
}

/** The whole review's direction: the reader's overall reading of text and rating, else the rating. */
export function overallOf(text: string, rules: PolarityRules, rating: number | null = null): Polarity {
  return rules.reader ? readingOf(rules.reader, text, rating).overall : ratingPolarity(rating);
}

/**
 * Whether a review counts as negative under a category it is filed under: the category's own
 * reading when it is decisive, the whole review's when it is neutral (issue 20: shares,
 * comparisons, Effects and the scorecard read it so).
 */
export function negativeUnder(
  text: string,
  category: string,
  rules: PolarityRules,
  rating: number | null = null,
): boolean {
  const own = polarityOf(text, category, rules, rating);
  return own === 'negative' || (own === 'neutral' && overallOf(text, rules, rating) === 'negative');
}

/** No polarity keywords at all: every direction comes from the rating. */
export const NO_POLARITY_RULES: PolarityRules = { categories: new Map(), negations: [], notNegations: [] };

/** How far before a keyword (in characters, within one clause) a negation still applies. */
export const NEGATION_WINDOW = 4;

const CLAUSE_BREAK = /[，。！？；、,.!?;:：\n]/u;

interface Hit {
  start: number;
  end: number;
  negative: boolean;
}

/** The rules with every word normalised once, as the keyword operators compare text. */
interface CompiledPolarity {
  categories: Map<string, { negative: string[]; positive: string[] }>;
  negations: string[];
  notNegations: string[];
  negationWithSpace: boolean;
}

const normalizedWords = (words: readonly string[]): string[] =>
  words.map((w) => normalizeText(w.trim())).filter((w) => w !== '');

const compiledRules = new WeakMap<PolarityRules, CompiledPolarity>();

/**
 * The rules compiled once per rules object (they are built once per run and never changed):
 * a summary asks for the polarity of every review under every category it counts, and normalising
 * each keyword again for each of them was most of a summary's time at 50,000 reviews.
 */
function compiled(rules: PolarityRules): CompiledPolarity {
  let c = compiledRules.get(rules);
  if (!c) {
    c = {
      categories: new Map(
        [...rules.categories].map(([label, k]) => [
          label,
          { negative: normalizedWords(k.negative), positive: normalizedWords(k.positive) },
        ]),
      ),
      negations: normalizedWords(rules.negations),
      notNegations: normalizedWords(rules.notNegations),
      negationWithSpace: rules.negations.some((w) => w.trim().includes(' ')),
    };
    compiledRules.set(rules, c);
  }
  return c;
}

/** Where each keyword occurs in the normalised text; a keyword inside a longer hit is dropped. */
function hitsOf(text: string, keywords: { negative: string[]; positive: string[] }): Hit[] {
  const hits: Hit[] = [];
  for (const [list, negative] of [
    [keywords.negative, true],
    [keywords.positive, false],
  ] as const) {
    for (const keyword of list) {
      for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
        hits.push({ start: at, end: at + keyword.length, negative });
      }
    }
  }
  return hits.filter(
    (h) =>
      !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}

/** True when a negation word stands in the few characters before `start`, in the same clause. */
function negated(text: string, start: number, rules: CompiledPolarity): boolean {
  let window = text.slice(Math.max(0, start - NEGATION_WINDOW), start);
  const clauses = window.split(CLAUSE_BREAK);
  window = clauses[clauses.length - 1] ?? '';
  // Most windows hold no negation at all; taking the look-alikes out (replaced by a space) cannot
  // make one appear unless a negation word itself holds a space.
  if (!rules.negationWithSpace && !rules.negations.some((w) => window.includes(w))) return false;
  for (const w of rules.notNegations) window = window.split(w).join(' ');
  return rules.negations.some((w) => window.includes(w));
}

/** The polarity a rating alone gives: 1–2 negative, 3 neutral, 4–5 positive; none is neutral. */
export function ratingPolarity(rating: number | null): Polarity {
  if (rating === null || !Number.isFinite(rating)) return 'neutral';
  if (rating <= 2) return 'negative';
  if (rating >= 4) return 'positive';
  return 'neutral';
}

/**
 * The polarity of `text` for one category. Each polarity keyword found counts for its side, or
 * for the other side when a negation stands just before it; any negative count makes the
 * category negative (a complaint is what the team acts on), else any positive count positive;
 * with no polarity keyword the rating decides.
 */
export function polarityOf(
  text: string,
  category: string,
  rules: PolarityRules,
  rating: number | null = null,
): Polarity {
  if (rules.reader) {
    const reading = readingOf(rules.reader, text, rating);
    // A category the text does not name (typed by a person) reads as the whole review.
    return reading.aspects.find((a) => a.category === category)?.polarity ?? reading.overall;
  }
  const compiledRules = compiled(rules);
  const keywords = compiledRules.categories.get(category);
  if (!keywords) return ratingPolarity(rating);
  // rowText: the categories of one review ask for the same text one after another.
  const normalized = rowText(text);
  const hits = hitsOf(normalized, keywords);
  if (hits.length === 0) return ratingPolarity(rating);
  const negative = hits.some((h) => h.negative !== negated(normalized, h.start, compiledRules));
  return negative ? 'negative' : 'positive';
}
