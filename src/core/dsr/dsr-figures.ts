/**
 * DSR beside the reviews that drive it (issue 23 item 4; seeds 000, 003). Each DSR score is the
 * average of the last 180 days' ratings, so its level carries half a year of history and says
 * nothing about one week's complaints: only its week-on-week change is set beside the week's
 * share of our reviews that complain in the driving categories, and only once 12 weeks of
 * readings exist. The test is Spearman's rank correlation, Holm-corrected over the three scores,
 * and it is reported as a correlation — never as a cause.
 */
import { OURS, type Review } from '../sheets/records';
import type { Lang } from '../sheets/template';
import { normalizeLabel } from '../sheets/template';
import { belowAlpha, holm } from '../stats/proportions';
import { spearman } from '../stats/rank-correlation';
import { addDays, type Period, periodOf, periodsBetween } from '../time/periods';
import { type DsrDrivers, dsrDrivers } from './dsr-drivers';
import { DSR_SCORES, type DsrRow, type DsrScore } from './dsr-sheet';

/** Weeks of readings before changes are compared (issue 23). */
export const DSR_MIN_WEEKS = 12;
/** The weeks shown and compared: half a year, the DSR's own window. */
export const DSR_WEEKS_SHOWN = 26;

export interface DsrWeek {
  week: string;
  /** The week's latest reading; null in a week nobody typed one. */
  scores: Record<DsrScore, number> | null;
  /** Our reviews dated in the week. */
  reviews: number;
  /** Of those, reviews negative on a category that drives the score. */
  negative: Record<DsrScore, number>;
  share: Record<DsrScore, number | null>;
}

export type DsrCorrelationLabel = 'too-few-weeks' | 'insufficient-base' | 'negative' | 'positive' | 'noise';

export interface DsrCorrelation {
  score: DsrScore;
  /** The driving review categories, in the summary's language. */
  categories: string[];
  /** Weeks with a change and reviews: the pairs compared. */
  pairs: number;
  rho: number | null;
  /** Holm-adjusted over the scores tested. */
  p: number | null;
  label: DsrCorrelationLabel;
}

export interface DsrSection {
  weeks: DsrWeek[];
  /** Weeks among `weeks` with a reading. */
  weeksOfData: number;
  minWeeks: number;
  /** The latest reading up to the period's end, and the latest before the period began. */
  latest: DsrRow | null;
  previous: DsrRow | null;
  correlations: DsrCorrelation[];
}

const later = (a: DsrRow, b: DsrRow) => (b.date > a.date || (b.date === a.date && b.row > a.row) ? b : a);

/** The section for a period; null when no reading is dated on or before its end. */
export function dsrFigures(
  rows: readonly DsrRow[],
  reviews: readonly Review[],
  period: Period,
  /** The categories a review is negative on, as the summary's review tables count them. */
  negativeOf: (review: Review) => readonly string[],
  lang: Lang,
  drivers: DsrDrivers = dsrDrivers(),
): DsrSection | null {
  const upTo = rows.filter((r) => r.date <= period.end);
  if (upTo.length === 0) return null;
  const last = periodOf('week', period.end);
  const first = periodOf('week', addDays(last.start, -7 * (DSR_WEEKS_SHOWN - 1)));
  const weeks = periodsBetween('week', first.start, last.end);
  const index = new Map(weeks.map((w, i) => [w.id, i]));
  const readings = new Array<DsrRow | null>(weeks.length).fill(null);
  for (const r of upTo) {
    if (r.date < first.start) continue;
    const i = index.get(periodOf('week', r.date).id)!;
    readings[i] = readings[i] === null ? r : later(readings[i]!, r);
  }
  const zero = () => ({ description: 0, service: 0, logistics: 0 });
  const counted = weeks.map(() => ({ reviews: 0, negative: zero() }));
  // Our reviews from the week before the first shown: the first change shown reaches back to it.
  const from = addDays(first.start, -7);
  const marks: { date: string; negative: Record<DsrScore, boolean> }[] = [];
  for (const review of reviews) {
    if (review.shop !== OURS || review.date < from || review.date > last.end) continue;
    const negative = negativeOf(review).map(normalizeLabel);
    const mark = {
      date: review.date,
      negative: {
        description: negative.some((c) => drivers.description.labels.has(c)),
        service: negative.some((c) => drivers.service.labels.has(c)),
        logistics: negative.some((c) => drivers.logistics.labels.has(c)),
      },
    };
    marks.push(mark);
    const i = index.get(periodOf('week', review.date).id);
    if (i === undefined) continue;
    const slot = counted[i]!;
    slot.reviews++;
    for (const score of DSR_SCORES) if (mark.negative[score]) slot.negative[score]++;
  }
  const table: DsrWeek[] = weeks.map((w, i) => {
    const { reviews: n, negative } = counted[i]!;
    const share = (score: DsrScore) => (n > 0 ? negative[score] / n : null);
    return {
      week: w.id,
      scores: readings[i]?.scores ?? null,
      reviews: n,
      negative,
      share: { description: share('description'), service: share('service'), logistics: share('logistics') },
    };
  });
  const taken = readings.filter((r): r is DsrRow => r !== null);
  const correlations = correlate(taken, marks, drivers, lang);
  const before = upTo.filter((r) => r.date < period.start);
  return {
    weeks: table,
    weeksOfData: taken.length,
    minWeeks: DSR_MIN_WEEKS,
    latest: upTo.reduce(later),
    previous: before.length === 0 ? null : before.reduce(later),
    correlations,
  };
}

/**
 * Each change between consecutive weekly readings beside the share of our reviews dated between
 * them (from the earlier reading's day to the day before the later one's): the ratings a change
 * can reflect, whichever weekday the team types the score on.
 */
function correlate(
  readings: readonly DsrRow[],
  marks: readonly { date: string; negative: Record<DsrScore, boolean> }[],
  drivers: DsrDrivers,
  lang: Lang,
): DsrCorrelation[] {
  const tests = DSR_SCORES.map((score) => {
    const changes: number[] = [];
    const shares: number[] = [];
    for (let i = 1; i < readings.length; i++) {
      const before = readings[i - 1]!;
      const now = readings[i]!;
      // A gap of more than a fortnight is no week-on-week change.
      if (addDays(before.date, 14) < now.date) continue;
      const between = marks.filter((m) => m.date >= before.date && m.date < now.date);
      if (between.length === 0) continue;
      // Rounded to a millionth: float dust must not split ties the typed scores share.
      changes.push(Math.round((now.scores[score] - before.scores[score]) * 1e6));
      shares.push(between.filter((m) => m.negative[score]).length / between.length);
    }
    return { score, ...spearman(changes, shares), pairs: changes.length };
  });
  const enough = readings.length >= DSR_MIN_WEEKS;
  const tested = enough ? tests.filter((t) => t.p !== null) : [];
  const adjusted = holm(tested.map((t) => t.p!));
  return tests.map((t) => {
    const k = tested.indexOf(t);
    const p = k < 0 ? null : adjusted[k]!;
    const label: DsrCorrelationLabel = !enough
      ? 'too-few-weeks'
      : p === null
        ? 'insufficient-base'
        : !belowAlpha(p)
          ? 'noise'
          : t.rho! < 0
            ? 'negative'
            : 'positive';
    return {
      score: t.score,
      categories: drivers[t.score].shown[lang],
      pairs: t.pairs,
      rho: enough ? t.rho : null,
      p,
      label,
    };
  });
}
