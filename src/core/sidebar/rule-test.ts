/**
 * The panel's rule tester: a question or review typed by hand, read as "Classify new rows" reads
 * it (clause by clause), with each category's matched keywords and the rule (and Taxonomy
 * row) that produced it. Nothing is written.
 */
import type { WorkbookPort } from '../../ports';
import { type Polarity, readingOf } from '../classify/polarity';
import { polarityRulesOf } from '../classify/polarity-rules';
import { questionReader } from '../classify/question-category';
import { taxonomyInEffect } from '../classify/taxonomy-in-effect';
import { aspectText, evidenceText, overallText } from '../reading/explain';
import type { CategoryKind } from '../sheets/records';
import type { Lang } from '../sheets/template';

export const TESTABLE_KINDS: readonly CategoryKind[] = ['pre-sale', 'after-sale', 'review', 'no-deal'];

export interface RuleHit {
  category: string;
  /** The keywords found in the text that named the category (normalised as the reading compares them). */
  keywords: string[];
  /** The rule's name, `<kind>/<category>`. */
  rule: string;
  /** The Taxonomy sheet row the rule comes from; null when the shipped taxonomy was used. */
  taxonomyRow: number | null;
  /** Reviews only: the direction the summaries give this category for the text (no rating typed). */
  polarity?: Polarity;
  /** The words that decided the category's polarity, with what changed them: 太慢（程度词 太）. */
  polarityWords?: string[];
  /** Reviews only: the whole line, 负面：快递 — 太慢（程度词 太）. */
  explanation?: string;
}

export interface RuleTest {
  kind: CategoryKind;
  /** Where the keywords came from: the Taxonomy sheet, or rules/taxonomy.json when the sheet is missing or empty. */
  source: 'sheet' | 'default';
  /** Highest priority first; a question takes only the first, a review every one. */
  hits: RuleHit[];
  /** Reviews only: the whole review's reading and the words that decided it (整体倾向). */
  overall?: string;
}

export function testRule(wb: WorkbookPort, kind: CategoryKind, text: string, lang: Lang): RuleTest {
  const { rows, source, lexicon } = taxonomyInEffect(wb, lang);
  if (kind === 'review') {
    // A review is read clause by clause, as "Classify new rows" and the summaries read it (issue 20).
    const reading = readingOf(polarityRulesOf(rows, lexicon).reader!, text, null);
    const hits = reading.aspects.map(
      (aspect): RuleHit => ({
        category: aspect.category,
        keywords: aspect.keywords,
        rule: `review/${aspect.category}`,
        taxonomyRow: rows.find((r) => r.kind === 'review' && r.category === aspect.category)?.row ?? null,
        polarity: aspect.polarity,
        polarityWords: aspect.evidence.map((ev) => evidenceText(lang, ev)),
        explanation: aspectText(lang, aspect),
      }),
    );
    return { kind, source, hits, overall: overallText(lang, reading, null) };
  }
  // A question is read as "Classify new rows" reads it: its one category, the words that named it.
  const named = questionReader(rows, lexicon)(kind, text);
  const hits: RuleHit[] =
    named === null
      ? []
      : [
          {
            category: named.category,
            keywords: named.words,
            rule: `${kind}/${named.category}`,
            taxonomyRow: rows.find((r) => r.kind === kind && r.category === named.category)?.row ?? null,
          },
        ];
  return { kind, source, hits };
}
