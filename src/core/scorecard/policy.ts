import type { RuleBook } from '../rules/default-rules';
import type { Settings } from '../settings/settings';

/** The numbers the rules leave to the team: the Settings sheet's values win over the rule files. */
export type PaySettings = Pick<
  Settings,
  | 'gatePercent'
  | 'bonusBase'
  | 'bonusMode'
  | 'bonusCap'
  | 'basePay'
  | 'responseThresholdSeconds'
  | 'minimumBase'
>;

/** What a team may pass: any subset, base pay per level included. */
export type PaySettingsOverride = Partial<Omit<PaySettings, 'basePay'>> & {
  basePay?: Partial<Settings['basePay']>;
};

// Seed 004: replies slower than two minutes cost conversion.
const SEED_RESPONSE_THRESHOLD_SECONDS = 120;
// Seed 004: never compare ratios without their base; below 20 buyers a ratio says little.
const PRODUCT_MINIMUM_BASE = 20;

/** The defaults as the rule files state them (pay.json; the pre-sale card's response threshold). */
export function ruleDefaults(book: RuleBook): PaySettings {
  return {
    gatePercent: book.pay.gatePercent,
    bonusBase: book.pay.bonusBase,
    bonusMode: book.pay.bonusMode,
    bonusCap: book.pay.bonusCap ?? null,
    basePay: { ...book.pay.basePay },
    responseThresholdSeconds:
      book.scorecards['pre-sale'].responseThresholdSeconds ?? SEED_RESPONSE_THRESHOLD_SECONDS,
    minimumBase: book.scorecards['pre-sale'].minimumBase ?? PRODUCT_MINIMUM_BASE,
  };
}

const usable = (v: unknown, ok: (n: number) => boolean): v is number =>
  typeof v === 'number' && Number.isFinite(v) && ok(v);

/**
 * Settings over rule defaults, field by field. readSettings has already reported values that do
 * not parse; a value that is still unusable here (NaN, negative) leaves the default in place.
 */
export function mergeSettings(book: RuleBook, settings: PaySettingsOverride = {}): PaySettings {
  const merged = ruleDefaults(book);
  if (usable(settings.gatePercent, (n) => n >= 0 && n <= 1)) merged.gatePercent = settings.gatePercent;
  if (usable(settings.bonusBase, (n) => n >= 0)) merged.bonusBase = settings.bonusBase;
  if (settings.bonusMode === 'per-agent' || settings.bonusMode === 'shared-pool')
    merged.bonusMode = settings.bonusMode;
  if (settings.bonusCap === null || usable(settings.bonusCap, (n) => n >= 0))
    merged.bonusCap = settings.bonusCap;
  if (usable(settings.minimumBase, (n) => n >= 1)) merged.minimumBase = settings.minimumBase;
  if (usable(settings.responseThresholdSeconds, (n) => n > 0)) {
    merged.responseThresholdSeconds = settings.responseThresholdSeconds;
  }
  for (const level of ['regular', 'senior', 'lead'] as const) {
    const pay = settings.basePay?.[level];
    if (usable(pay, (n) => n >= 0)) merged.basePay[level] = pay;
  }
  return merged;
}
