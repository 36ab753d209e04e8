/**
 * The reader for a taxonomy in effect: its categories of one kind (keywords, and for reviews the
 * 负面词 / 正面词, else the shipped ones of the same label), the lexicon's senses named by category
 * id and mapped to the labels the rows use, and the shipped lexicon. Built once per rows array.
 */
import { defaultRuleBook } from '../rules/default-rules';
import type { TaxonomyFile } from '../rules/rule-file';
import type { CategoryKind, TaxonomyEntry } from '../sheets/records';
import { defaultLexicon, type Lexicon } from './lexicon';
import { compileReader, type Reader, type ReaderCategory, type ReaderSense } from './reader';

/** A Taxonomy sheet row (classify/taxonomy-rules names the same shape). */
type TaxonomyRow = Omit<TaxonomyEntry, 'row'>;

const cache = new WeakMap<readonly TaxonomyRow[], Map<CategoryKind, Reader>>();

/** The shipped labels (zh and en) of each category id of a kind. */
function labelsById(file: TaxonomyFile, kind: CategoryKind): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  for (const rule of file.rules) {
    const p = rule.event.params;
    if (p.kind === kind) labels.set(p.category, [p.zh, p.en]);
  }
  return labels;
}

export function readerOf(
  rows: readonly TaxonomyRow[],
  kind: CategoryKind,
  lexicon: Lexicon = defaultLexicon(),
  file: TaxonomyFile = defaultRuleBook().taxonomy,
): Reader {
  const shippedLexicon = lexicon === defaultLexicon() && file === defaultRuleBook().taxonomy;
  let perKind = shippedLexicon ? cache.get(rows) : undefined;
  const cached = perKind?.get(kind);
  if (cached) return cached;
  const ids = labelsById(file, kind);
  const shipped = new Map<string, { negative: string[]; positive: string[] }>();
  if (kind === 'review') {
    for (const [id, labels] of ids) {
      const words = file.polarity?.categories[id];
      if (words) for (const label of labels) shipped.set(label, words);
    }
  }
  const categories: ReaderCategory[] = rows
    .filter((row) => row.kind === kind)
    .map((row) => {
      const own = (row.negativeKeywords?.length ?? 0) > 0 || (row.positiveKeywords?.length ?? 0) > 0;
      const words = own
        ? { negative: row.negativeKeywords ?? [], positive: row.positiveKeywords ?? [] }
        : (shipped.get(row.category) ?? { negative: [], positive: [] });
      return { label: row.category, keywords: row.keywords, ...words };
    });
  const present = new Set(categories.map((c) => c.label));
  const labels = (id: string) => (ids.get(id) ?? []).filter((l) => present.has(l));
  const senses: ReaderSense[] = lexicon.senses.map((s) => ({
    word: s.word,
    senses: s.senses.map((x) => ({ labels: labels(x.category), when: x.when })),
    otherwise: labels(s.otherwise),
  }));
  const reader = compileReader(lexicon, categories, senses);
  if (shippedLexicon) {
    perKind ??= new Map();
    perKind.set(kind, reader);
    cache.set(rows, perKind);
  }
  return reader;
}
