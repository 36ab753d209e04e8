import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../src/core/reading/lexicon';
import { compileReader, readText } from '../../../src/core/reading/reader';

const category = (label: string, keywords: string[]) => ({ label, keywords, negative: [], positive: [] });

describe('the reading scan', () => {
  it('finds a taxonomy word holding a character outside the basic plane (an emoji)', () => {
    const reader = compileReader(defaultLexicon(), [category('表情', ['👍包装'])]);
    expect(readText(reader, '收到了👍包装很好').aspects.map((a) => a.category)).toEqual(['表情']);
  });

  it('takes the longest word at each point and never a word inside a longer one', () => {
    const reader = compileReader(defaultLexicon(), [category('色差', ['色差']), category('颜色', ['颜色'])]);
    expect(readText(reader, '颜色差不多').aspects.map((a) => a.category)).toEqual(['颜色']);
  });

  it('reads an English word only where its letters end: "good" is not in "goods"', () => {
    const reader = compileReader(defaultLexicon(), [category('物品', ['goods'])]);
    const reading = readText(reader, 'the goods arrived');
    expect(reading.aspects.map((a) => a.category)).toEqual(['物品']);
    expect(reading.evidence.map((e) => e.word)).not.toContain('good');
  });
});
