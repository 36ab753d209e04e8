import { type TaxonomyRow, taxonomyRowsOf } from '../classify/taxonomy-rules';
import { defaultRuleBook } from '../rules/default-rules';
import type { Lang } from '../sheets/template';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** The default taxonomy (rules/taxonomy.json) as rows of the Taxonomy sheet. */
export function defaultTaxonomyRows(lang: Lang): TaxonomyRow[] {
  return taxonomyRowsOf(defaultRuleBook().taxonomy, lang);
}

export function defaultSettingsValue(lang: Lang): Settings {
  return { ...DEFAULT_SETTINGS, basePay: { ...DEFAULT_SETTINGS.basePay }, language: lang };
}
