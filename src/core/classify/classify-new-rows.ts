import type { Cell, WorkbookPort } from '../../ports';
import { say } from '../messages/catalogue';
import { overallText } from '../reading/explain';
import type { Settings } from '../settings/settings';
import { NEEDS, requireInputs } from '../sheets/needs';
import type { Problem } from '../sheets/records';
import { knownCategoriesOf, readInquiries, readReviews, writeColumn } from '../sheets/tables';
import { columnLabel, type Lang } from '../sheets/template';
import { readingOf } from './polarity';
import { polarityLabel } from './polarity-label';
import { polarityRulesOf } from './polarity-rules';
import { questionReader } from './question-category';
import { taxonomyInEffect } from './taxonomy-in-effect';

export interface ClassifyReport {
  /** Where the categories came from: the Taxonomy sheet, or rules/taxonomy.json when the sheet is missing or empty. */
  taxonomy: { source: 'sheet' | 'default'; categories: number };
  inquiries: {
    /** Valid inquiry rows read. */
    rows: number;
    /** Blank question categories filled. */
    filled: number;
    /** Categories already there (typed by a person or a previous run), left alone. */
    kept: number;
    /** Blank categories whose question matched no keyword (or was empty). */
    unmatched: number;
    /** Rows without a stage, so no kind of question to classify as. */
    noStage: number;
  };
  reviews: { rows: number; categorized: number; unmatched: number };
  problems: Problem[];
}

const LIST_SEPARATOR: Record<Lang, string> = { zh: '、', en: ', ' };

function missingColumn(sheet: string, key: 'inquiries' | 'reviews', column: string, lang: Lang): Problem {
  return {
    sheet,
    row: 0,
    column: columnLabel(key, column, lang),
    value: '',
    reason: say(lang, 'rows.columnMissingNotWritten', { column }),
    severity: 'warning',
  };
}

/**
 * Menu "分类新记录 / Classify new rows": fills blank question categories of inquiries from their
 * question, and writes every review's auto categories and matched keywords. Never touches a
 * category a person typed or the manual override column. Keywords come from the Taxonomy sheet
 * on every run, so words the team adds there take effect at once.
 */
export function classifyNewRows(wb: WorkbookPort, settings: Settings): ClassifyReport {
  const lang = settings.language;
  requireInputs(wb, NEEDS.classify, lang);
  const { table: taxonomyTable, rows, source, lexicon, lexiconProblems } = taxonomyInEffect(wb, lang);
  const questionOf = questionReader(rows, lexicon);
  const polarityRules = polarityRulesOf(rows, lexicon);
  const knownCategories = knownCategoriesOf(rows.map((r, i) => ({ ...r, row: i })));
  const report: ClassifyReport = {
    taxonomy: { source, categories: rows.length },
    inquiries: { rows: 0, filled: 0, kept: 0, unmatched: 0, noStage: 0 },
    reviews: { rows: 0, categorized: 0, unmatched: 0 },
    problems: [...taxonomyTable.problems, ...lexiconProblems],
  };

  const inquiries = readInquiries(wb, { lang, knownCategories });
  report.problems.push(...inquiries.problems);
  report.inquiries.rows = inquiries.records.length;
  const questionCategories = new Map<number, Cell>();
  for (const inquiry of inquiries.records) {
    if (inquiry.questionCategory !== '') report.inquiries.kept++;
    else if (inquiry.stage === null) report.inquiries.noStage++;
    else {
      // One category per inquiry, read clause by clause (a negated keyword names none).
      const named = questionOf(inquiry.stage, inquiry.question);
      if (named === null) report.inquiries.unmatched++;
      else {
        questionCategories.set(inquiry.row, named.category);
        report.inquiries.filled++;
      }
    }
  }
  if (inquiries.sheet && inquiries.records.length > 0 && !('questionCategory' in inquiries.columns)) {
    report.problems.push(missingColumn(inquiries.sheet, 'inquiries', 'questionCategory', lang));
    report.inquiries.filled = 0;
  }
  // A cell that holds a formula, link, rich text or error, or that someone filled meanwhile, stays.
  const { kept } = writeColumn(wb, inquiries, 'questionCategory', questionCategories);
  report.inquiries.filled -= kept.length;
  report.inquiries.kept += kept.length;

  const reviews = readReviews(wb, { lang, knownCategories });
  report.problems.push(...reviews.problems);
  report.reviews.rows = reviews.records.length;
  const categories = new Map<number, Cell>();
  const matched = new Map<number, Cell>();
  const polarity = new Map<number, Cell>();
  const overalls = new Map<number, Cell>();
  const current = (row: number, key: string) => {
    const col = reviews.columns[key];
    return col === undefined ? undefined : (reviews.grid[row - 1]?.[col - 1] ?? '');
  };
  const reader = polarityRules.reader!;
  for (const review of reviews.records) {
    // The clause-scoped reading names the categories and reads each, and the whole review (issue 20).
    const reading = readingOf(reader, review.text, review.rating);
    const categoryText = reading.aspects.map((a) => a.category).join(LIST_SEPARATOR[lang]);
    const matchedText = [...new Set(reading.aspects.flatMap((a) => a.keywords))].join(LIST_SEPARATOR[lang]);
    // Only cells whose value changes are written, so a second run writes nothing.
    if (current(review.row, 'categories') !== categoryText) categories.set(review.row, categoryText);
    if (current(review.row, 'matchedKeywords') !== matchedText) matched.set(review.row, matchedText);
    const polarityText = reading.aspects
      .map((a) => polarityLabel(lang, a.category, a.polarity))
      .join(LIST_SEPARATOR[lang]);
    if (current(review.row, 'polarity') !== polarityText) polarity.set(review.row, polarityText);
    const overall = overallText(lang, reading, review.rating);
    if (current(review.row, 'overall') !== overall) overalls.set(review.row, overall);
    if (reading.aspects.length > 0) report.reviews.categorized++;
    else report.reviews.unmatched++;
  }
  for (const [column, values] of [
    ['categories', categories],
    ['matchedKeywords', matched],
    ['polarity', polarity],
    ['overall', overalls],
  ] as const) {
    if (reviews.sheet && reviews.records.length > 0 && !(column in reviews.columns)) {
      report.problems.push(missingColumn(reviews.sheet, 'reviews', column, lang));
    }
    writeColumn(wb, reviews, column, values);
  }
  return report;
}
