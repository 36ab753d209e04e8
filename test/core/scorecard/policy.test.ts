import { describe, expect, it } from 'vitest';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';
import { mergeSettings, ruleDefaults } from '../../../src/core/scorecard/policy';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';

const book = defaultRuleBook();

describe('Settings over rule defaults', () => {
  it('takes the defaults from the rule files', () => {
    expect(ruleDefaults(book)).toEqual({
      gatePercent: 0.7,
      bonusBase: 1000,
      bonusMode: 'per-agent',
      bonusCap: null,
      basePay: { regular: 2000, senior: 2500, lead: 3000 },
      responseThresholdSeconds: 120,
      minimumBase: 20,
    });
  });

  it('agrees with the Settings defaults the settings reader uses', () => {
    const { gatePercent, bonusBase, bonusMode, bonusCap, basePay, responseThresholdSeconds, minimumBase } =
      DEFAULT_SETTINGS;
    expect(ruleDefaults(book)).toEqual({
      gatePercent,
      bonusBase,
      bonusMode,
      bonusCap,
      basePay,
      responseThresholdSeconds,
      minimumBase,
    });
  });

  it('lets each Settings value win, field by field', () => {
    const merged = mergeSettings(book, {
      bonusBase: 1500,
      basePay: { senior: 2600 },
      responseThresholdSeconds: 60,
    });
    expect(merged).toEqual({
      ...ruleDefaults(book),
      bonusBase: 1500,
      basePay: { regular: 2000, senior: 2600, lead: 3000 },
      responseThresholdSeconds: 60,
    });
  });

  it('keeps the default for a value that cannot be used', () => {
    const merged = mergeSettings(book, { gatePercent: 70, bonusBase: -1, basePay: { lead: Number.NaN } });
    expect(merged).toEqual(ruleDefaults(book));
  });

  it('never changes the rule book', () => {
    mergeSettings(book, { basePay: { regular: 1 } });
    expect(book.pay.basePay.regular).toBe(2000);
  });
});
