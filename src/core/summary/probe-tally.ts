/**
 * Monthly: the competitor-probe tally (seed 000: ask the competitor's desk the same questions and
 * see who answers better), by question category, classified as an inquiry's question is (classify/question-category).
 */
import type { WorkbookPort } from '../../ports';
import { questionReader } from '../classify/question-category';
import type { TaxonomyRow } from '../classify/taxonomy-rules';
import { readRows } from '../sheets/rows';
import { type Period, periodContains } from '../time/periods';

export interface Probe {
  row: number;
  date: string;
  competitor: string;
  question: string;
  better: 'ours' | 'theirs' | 'same' | null;
}

export interface ProbeTallyRow {
  category: string;
  ours: number;
  theirs: number;
  same: number;
  /** Probes with no verdict in 谁更好 / Better. */
  unrated: number;
  total: number;
}

export function readProbes(wb: WorkbookPort): Probe[] {
  return readRows(wb, 'probes').records.map((v) => ({
    row: v.row as number,
    date: v.date as string,
    competitor: typeof v.competitor === 'string' ? v.competitor : '',
    question: typeof v.question === 'string' ? v.question : '',
    better: (v.better as Probe['better'] | undefined) ?? null,
  }));
}

/** The period's probes by pre-sale category (the unclassified label when none matches); most asked first. */
export function probeTally(
  probes: readonly Probe[],
  period: Period,
  taxonomy: readonly TaxonomyRow[],
  unclassified: string,
): ProbeTallyRow[] {
  const inPeriod = probes.filter((p) => periodContains(period, p.date));
  if (inPeriod.length === 0) return [];
  const questionOf = questionReader(taxonomy);
  const rows = new Map<string, ProbeTallyRow>();
  for (const probe of inPeriod) {
    const category = questionOf('pre-sale', probe.question)?.category ?? unclassified;
    const row = rows.get(category) ?? { category, ours: 0, theirs: 0, same: 0, unrated: 0, total: 0 };
    rows.set(category, row);
    row.total++;
    if (probe.better === null) row.unrated++;
    else row[probe.better]++;
  }
  return [...rows.values()].sort(
    (a, b) => b.total - a.total || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0),
  );
}
