import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../../src/core/effects/target';
import enums from '../../../templates/enums.json';

const taxonomy = [
  { kind: 'pre-sale' as const, category: '尺寸' },
  { kind: 'no-deal' as const, category: '其他' },
  { kind: 'after-sale' as const, category: '其他' },
];

describe('an action’s target', () => {
  it('reads the conversion rate by the words templates/enums.json lists, not words in code', () => {
    const options = (
      enums.enums as Record<string, { value: string; zh: string; en: string; aliases?: string[] }[]>
    ).effectMetric;
    expect(options?.map((o) => [o.value, o.zh, o.en])).toEqual([['conversion', '转化率', 'conversion rate']]);
    const words = options!.flatMap((o) => [o.zh, o.en, ...(o.aliases ?? [])]);
    expect(words).toContain('询单转化率');
    for (const word of words)
      expect(resolveTarget(word, taxonomy)).toEqual({ ok: true, target: { kind: 'conversion' } });
    // Typed loosely: width and case.
    expect(resolveTarget(' Conversion Rate ', taxonomy)).toEqual({
      ok: true,
      target: { kind: 'conversion' },
    });
  });

  it('reads a category, and asks for the kind where a label sits in two', () => {
    expect(resolveTarget('尺寸', taxonomy)).toEqual({
      ok: true,
      target: { kind: 'pre-sale', category: '尺寸' },
    });
    expect(resolveTarget('其他', taxonomy)).toEqual({
      ok: false,
      reason: 'ambiguous',
      kinds: ['no-deal', 'after-sale'],
    });
    expect(resolveTarget('售后:其他', taxonomy)).toEqual({
      ok: true,
      target: { kind: 'after-sale', category: '其他' },
    });
    expect(resolveTarget('物流', taxonomy)).toEqual({ ok: false, reason: 'unknown', kinds: [] });
  });
});
