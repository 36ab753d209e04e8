import { describe, expect, it } from 'vitest';
import { defaultLexicon, parseLexicon } from '../../../src/core/reading/lexicon';
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

describe('the decision offset (lexicon negativeBelow)', () => {
  const reader = (negativeBelow: number) =>
    compileReader({ ...defaultLexicon(), negativeBelow }, [category('产品质量', ['质量'])]);

  it('is read from the lexicon: the same balanced review is neutral with −0.4 and negative with 0.1', () => {
    expect(readText(reader(-0.4), '外观好看，质量差').overall).toBe('neutral');
    expect(readText(reader(0.1), '外观好看，质量差').overall).toBe('negative');
  });

  it('leaves a review with no polarity word to its rating: neutral without one', () => {
    expect(readText(reader(0.1), '昨天收到的，还没拆').overall).toBe('neutral');
    expect(readText(reader(0.1), '昨天收到的，还没拆', 1).overall).toBe('negative');
  });

  it('is validated on load: a missing or non-numeric offset names the field', () => {
    const { negativeBelow: _dropped, ...without } = defaultLexicon();
    const missing = parseLexicon('lexicon.json', without);
    expect(missing.ok).toBe(false);
    expect(missing.ok ? [] : missing.messages.join('\n')).toContain('lexicon.json: negativeBelow');
    const text = parseLexicon('lexicon.json', { ...defaultLexicon(), negativeBelow: 'low' });
    expect(text.ok ? [] : text.messages.join('\n')).toContain('lexicon.json: negativeBelow');
  });
});
