/**
 * The count queries' rows read by the core (issue 20, item 5): each distinct question whose category
 * is blank takes the one category the clause-scoped reading gives it, each distinct review whose
 * category cells are blank the categories its reading names, and every review its polarity — the
 * very functions "Classify new rows" and the workbook's summaries call, so the two paths read a text
 * alike. Rows that come out alike are added up.
 */
import { type PolarityRules, type QuestionReader, readingOf } from '../../core/classify';
import type { Stage } from '../../core/sheets';
import { type InquiryTally, type ReviewTally, reviewCategories } from '../../core/summary';

type Row = Record<string, unknown>;

const num = (v: unknown): number =>
  typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v);
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** The `inquiries` query's rows as tallies: a blank category read from the row's question. */
export function inquiryTallies(rows: readonly Row[], questionOf: QuestionReader): InquiryTally[] {
  const tallies = new Map<string, InquiryTally>();
  for (const r of rows) {
    const stage = r.stage === null || r.stage === undefined ? null : (String(r.stage) as Stage);
    const written = text(r.written_category);
    const category =
      written !== '' || stage === null ? written : (questionOf(stage, text(r.question))?.category ?? '');
    const tally: InquiryTally = {
      slot: num(r.slot),
      stage,
      converted: r.converted === true,
      questionCategory: category,
      noDealReason: text(r.no_deal_reason),
      ...(r.suggested === true ? { suggested: true } : {}),
      n: 0,
      sales: 0,
    };
    const key = JSON.stringify([
      tally.slot,
      stage,
      tally.converted,
      category,
      tally.noDealReason,
      r.suggested,
    ]);
    const entry = tallies.get(key) ?? tally;
    entry.n += num(r.n);
    entry.sales += num(r.sales);
    tallies.set(key, entry);
  }
  return [...tallies.values()];
}

/** The `reviews` query's rows as tallies: blank categories read from the text, then its polarity. */
export function reviewTallies(rows: readonly Row[], rules: PolarityRules): ReviewTally[] {
  const tallies = new Map<string, ReviewTally>();
  for (const r of rows) {
    const written = text(r.categories);
    const rating = r.rating === null || r.rating === undefined ? null : num(r.rating);
    const review = text(r.text);
    const categories =
      written !== ''
        ? written.split('\u001f')
        : rules.reader
          ? readingOf(rules.reader, review, rating).aspects.map((a) => a.category)
          : [];
    const counted = reviewCategories({ text: review, rating, categories, categoryOverride: [] }, rules);
    const slot = num(r.slot);
    const shop = text(r.shop);
    const key = JSON.stringify([
      slot,
      shop,
      rating,
      counted.categories,
      counted.negative,
      counted.defaultPraise,
    ]);
    const entry = tallies.get(key) ?? { slot, shop, rating, ...counted, n: 0 };
    entry.n += num(r.n);
    tallies.set(key, entry);
  }
  return [...tallies.values()];
}
