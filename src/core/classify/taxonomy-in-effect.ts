/**
 * Which taxonomy is in effect (issue 20, item 6): the Taxonomy sheet's rows when it holds any,
 * else the shipped rules/taxonomy.json in the workbook's language — a missing sheet and a sheet
 * whose rows were cleared read the same. Every caller (classify, summaries, effects, scorecard,
 * chat import, rule tester, the engine's folder) asks here, so the pay cannot depend on which.
 */
import type { WorkbookPort } from '../../ports';
import type { TaxonomyEntry } from '../sheets/records';
import { type LoadedTable, readTaxonomy } from '../sheets/tables';
import type { Lang } from '../sheets/template';
import type { TaxonomyRow } from './taxonomy-rules';
import { defaultTaxonomyRows } from './taxonomy-rules';

export interface TaxonomyInEffect {
  /** The rows in effect; a sheet's rows keep their row number. */
  rows: (TaxonomyRow & { row?: number })[];
  source: 'sheet' | 'default';
}

/** The rule itself, for rows read from anywhere (a sheet, the engine's taxonomy.csv). */
export function rowsInEffect(written: readonly TaxonomyEntry[], lang: Lang): TaxonomyInEffect {
  return written.length > 0
    ? { rows: [...written], source: 'sheet' }
    : { rows: defaultTaxonomyRows(lang), source: 'default' };
}

/** The workbook's taxonomy in effect, with the table read (its problems go to the caller's report). */
export function taxonomyInEffect(
  wb: WorkbookPort,
  lang: Lang,
): TaxonomyInEffect & { table: LoadedTable<TaxonomyEntry> } {
  const table = readTaxonomy(wb, { lang });
  return { ...rowsInEffect(table.records, lang), table };
}
