/** Scorecard counts taken from the logs where the sheet's cell is blank (issue 10, item 3). */
import { effectiveCategories, OURS, type Review, type ScorecardRow } from '../records';
import type { ScorecardFile, TaxonomyFile } from '../rules/rule-file';
import type { LoadedTable } from '../tables';
import { normalizeLabel } from '../template';
import { isBlank } from '../values';

/** Counts the logs can fill, and the log each comes from. */
export const LOG_FILLED = { praises: 'reviews', lowQualityReviews: 'reviews' } as const;
export type LogFilled = keyof typeof LOG_FILLED;

/** Which of a row's log-fillable cells were left blank (a typed value, 0 included, always wins). */
export function blankCounts(table: Pick<LoadedTable<unknown>, 'grid' | 'columns'>, row: number): LogFilled[] {
  return (Object.keys(LOG_FILLED) as LogFilled[]).filter((key) => {
    const col = table.columns[key];
    return col === undefined || isBlank(table.grid[row - 1]?.[col - 1]);
  });
}

/** The labels a review category may carry for the rules' praise category: its id and its zh and en names. */
export function categoryLabels(taxonomy: TaxonomyFile, id: string): Set<string> {
  const labels = new Set([normalizeLabel(id)]);
  for (const rule of taxonomy.rules) {
    const p = rule.event.params;
    if (p.kind === 'review' && p.category === id) for (const l of [p.zh, p.en]) labels.add(normalizeLabel(l));
  }
  return labels;
}

/**
 * praises: our reviews of the month that mention the agent (agentMentioned) in the praise
 * category; lowQualityReviews: our reviews of the month mentioning the agent rated at or below
 * the card's low rating (1–2 ★ by default; polarity will refine this once reviews carry it).
 */
export function countsFromReviews(
  reviews: readonly Review[],
  row: Pick<ScorecardRow, 'agent' | 'month'>,
  file: ScorecardFile,
  praiseLabels: ReadonlySet<string>,
): Record<LogFilled, number> {
  const agent = normalizeLabel(row.agent);
  const mine = reviews.filter(
    (r) =>
      r.shop === OURS &&
      r.date.slice(0, 7) === row.month &&
      agent !== '' &&
      normalizeLabel(r.agentMentioned) === agent,
  );
  const lowRating = file.fromReviews?.lowRatingAtMost ?? 2;
  return {
    praises: mine.filter((r) => effectiveCategories(r).some((c) => praiseLabels.has(normalizeLabel(c))))
      .length,
    lowQualityReviews: mine.filter((r) => r.rating !== null && r.rating <= lowRating).length,
  };
}
