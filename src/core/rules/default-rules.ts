import pay from '../../../rules/pay.json';
import afterSale from '../../../rules/scorecard-after-sale.json';
import preSale from '../../../rules/scorecard-pre-sale.json';
import taxonomy from '../../../rules/taxonomy.json';
import {
  type PayFile,
  parseRuleFile,
  type RuleFile,
  type ScorecardFile,
  type TaxonomyFile,
} from './rule-file';

/** The rule files shipped in rules/, validated once. */
export interface RuleBook {
  taxonomy: TaxonomyFile;
  scorecards: { 'after-sale': ScorecardFile; 'pre-sale': ScorecardFile };
  pay: PayFile;
}

function load<T extends RuleFile>(fileName: string, json: unknown, type: T['type']): T {
  const parsed = parseRuleFile(fileName, json);
  if (!parsed.ok) throw new Error(`rules/${parsed.messages.join('\nrules/')}`);
  if (parsed.file.type !== type) throw new Error(`rules/${fileName}: type: expected "${type}"`);
  return parsed.file as T;
}

let cached: RuleBook | null = null;

/** The default rules; throws naming file, rule and field if a shipped file is invalid (tests keep them valid). */
export function defaultRuleBook(): RuleBook {
  cached ??= {
    taxonomy: load<TaxonomyFile>('taxonomy.json', taxonomy, 'taxonomy'),
    scorecards: {
      'after-sale': load<ScorecardFile>('scorecard-after-sale.json', afterSale, 'scorecard'),
      'pre-sale': load<ScorecardFile>('scorecard-pre-sale.json', preSale, 'scorecard'),
    },
    pay: load<PayFile>('pay.json', pay, 'pay'),
  };
  return cached;
}
