/**
 * An inquiry's one question category (DOMAIN: one per inquiry; issue 20, item 5): the clause-scoped
 * reading of its question — an imported chat's question is the buyer's messages before the first
 * reply — names categories, a negated keyword names none unless its clause asks (没有色差 is no size
 * complaint), and the first the Taxonomy lists wins. Classify, the chat import's stage, the probe
 * tally, the rule tester and the engine all ask here, so they read a question the same way.
 */
import { defaultLexicon, type Lexicon } from '../reading/lexicon';
import { firstNamed, type Named } from '../reading/mentions';
import type { Reader } from '../reading/reader';
import { readerOf } from '../reading/taxonomy-reader';
import type { CategoryKind } from '../sheets/records';
import type { TaxonomyRow } from './taxonomy-rules';

/** The category a question (or any text of a non-review kind) names, with the words; null when none. */
export type QuestionReader = (kind: Exclude<CategoryKind, 'review'>, text: string) => Named | null;

/** A reader of questions over these Taxonomy rows; each kind's reader is compiled once, on first use. */
export function questionReader(
  rows: readonly TaxonomyRow[],
  lexicon: Lexicon = defaultLexicon(),
): QuestionReader {
  const readers = new Map<CategoryKind, Reader>();
  return (kind, text) => {
    let reader = readers.get(kind);
    if (reader === undefined) {
      reader = readerOf(rows, kind, lexicon);
      readers.set(kind, reader);
    }
    return firstNamed(reader, text);
  };
}
