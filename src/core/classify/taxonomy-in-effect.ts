/**
 * Which taxonomy is in effect (issue 20, item 6): the Taxonomy sheet's rows when it holds any,
 * else the shipped rules/taxonomy.json in the workbook's language — a missing sheet and a sheet
 * whose rows were cleared read the same. Every caller (classify, summaries, effects, scorecard,
 * chat import, rule tester, the engine's folder) asks here, so the pay cannot depend on which.
 */
import type { WorkbookPort } from '../../ports';
import { defaultLexicon, type Lexicon } from '../reading/lexicon';
import { lexiconWith, readLexiconSheet } from '../reading/lexicon-sheet';
import type { Problem, TaxonomyEntry } from '../sheets/records';
import { type LoadedTable, readTaxonomy } from '../sheets/tables';
import type { Lang } from '../sheets/template';
import type { TaxonomyRow } from './taxonomy-rules';
import { defaultTaxonomyRows } from './taxonomy-rules';

export interface TaxonomyInEffect {
  /** The rows in effect; a sheet's rows keep their row number. */
  rows: (TaxonomyRow & { row?: number })[];
  source: 'sheet' | 'default';
  /** The reading lexicon: rules/lexicon.json with the 词库 / Lexicon sheet's rows applied (issue 20). */
  lexicon: Lexicon;
}

/** The rule itself, for rows read from anywhere (a sheet, the engine's taxonomy.csv). */
export function rowsInEffect(
  written: readonly TaxonomyEntry[],
  lang: Lang,
  lexicon: Lexicon = defaultLexicon(),
): TaxonomyInEffect {
  return written.length > 0
    ? { rows: [...written], source: 'sheet', lexicon }
    : { rows: defaultTaxonomyRows(lang), source: 'default', lexicon };
}

/** The shipped lexicon with a Lexicon sheet's rows applied; the shipped one itself when there are none. */
export function lexiconInEffect(
  sheet: { sheet: string | null; rows: Parameters<typeof lexiconWith>[1]; problems: Problem[] },
  lang: Lang,
): { lexicon: Lexicon; problems: Problem[] } {
  if (sheet.sheet === null || sheet.rows.length === 0)
    return { lexicon: defaultLexicon(), problems: sheet.problems };
  const applied = lexiconWith(defaultLexicon(), sheet.rows, sheet.sheet, lang);
  return { lexicon: applied.lexicon, problems: [...sheet.problems, ...applied.problems] };
}

/** The workbook's taxonomy in effect, with the table read (its problems go to the caller's report). */
export function taxonomyInEffect(
  wb: WorkbookPort,
  lang: Lang,
): TaxonomyInEffect & { table: LoadedTable<TaxonomyEntry>; lexiconProblems: Problem[] } {
  const table = readTaxonomy(wb, { lang });
  const { lexicon, problems } = lexiconInEffect(readLexiconSheet(wb, lang), lang);
  return { ...rowsInEffect(table.records, lang, lexicon), table, lexiconProblems: problems };
}
