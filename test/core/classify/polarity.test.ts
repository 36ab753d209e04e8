import { describe, expect, it } from 'vitest';
import { type PolarityRules, polarityOf, ratingPolarity } from '../../../src/core/classify/polarity';
import { polarityRulesOf } from '../../../src/core/classify/polarity-rules';
import { taxonomyRowsOf } from '../../../src/core/classify/taxonomy-rules';
import { type Polarity, readText } from '../../../src/core/reading/reader';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';

/** The polarity of each category a review counts under, in the categories' order. */
function reviewPolarities(
  text: string,
  categories: readonly string[],
  rules: PolarityRules,
  rating: number | null,
): Polarity[] {
  return categories.map((c) => polarityOf(text, c, rules, rating));
}

const rows = taxonomyRowsOf(defaultRuleBook().taxonomy, 'zh');
const rules = polarityRulesOf(rows);

// Twenty reviews, worked by hand against rules/taxonomy.json: the categories the text mentions
// and the direction of each. n = negative, p = positive, 0 = neutral.
// biome-ignore format: one review per line reads as the fixture it is
const FIXTURE: [text: string, rating: number | null, expected: Record<string, 'n' | 'p' | '0'>][] = [
  // 1–4 plain polarity keywords
  ['味道很大，有点刺鼻', 5, { 气味: 'n' }],
  ['没有味道，很放心', 1, { 气味: 'p' }],
  ['快递太慢了', 5, { 快递: 'n' }],
  ['快递很快，第二天就到', 1, { 快递: 'p' }],
  // 5–9 negation before a negative word
  ['一点也不臭', null, { 气味: 'p' }],
  ['没有异味，宝宝用着放心', null, { 气味: 'p' }],
  ['无异味', 2, { 气味: 'p' }],
  ['物流不慢，包装也没有破', 3, { 快递: 'p', 包装: 'p' }],
  ['没有色差，和图片一样', null, { 花色: 'p' }],
  // 10–11 negation before a positive word
  ['质量不好，不好用', 5, { 产品质量: 'n', 效果: 'n' }],
  ['花色不好看', 4, { 花色: 'n' }],
  // 12–15 mixed texts: one direction per category
  ['快递很快，但是味道太大了', 4, { 气味: 'n', 快递: 'p' }],
  ['颜色很漂亮，质量一般，有线头', 3, { 产品质量: 'n', 花色: 'p' }],
  ['质量不错不过有异味', 4, { 气味: 'n', 产品质量: 'p' }],
  ['赠品不满意，包装很好', 3, { 赠品质量: 'n', 包装: 'p' }],
  // 16–19 a category mentioned without a polarity word: the rating decides
  ['收到了，颜色和款式就那样', 2, { 花色: 'n' }],
  ['快递到了', 3, { 快递: '0' }],
  ['赠品收到了', 5, { 赠品质量: 'p' }],
  ['材质是棉的', null, { 产品质量: '0' }],
  // 20 packaging has its own category since issue 20; the courier reads its own clause
  ['包装很好但是物流太慢', 5, { 包装: 'p', 快递: 'n' }],
];

const WORD = { n: 'negative', p: 'positive', '0': 'neutral' } as const;

describe('review polarity per category (issue 11 fixture of twenty reviews)', () => {
  it('classifies each review into the expected categories', () => {
    for (const [text, , expected] of FIXTURE) {
      // Since issue 20 the reading names a review's categories (味道 is a smell without food words).
      const categories = readText(rules.reader!, text).aspects.map((a) => a.category);
      expect([...categories].sort(), text).toEqual(Object.keys(expected).sort());
    }
  });

  it('gives exactly the expected polarity per category', () => {
    for (const [text, rating, expected] of FIXTURE) {
      const categories = Object.keys(expected);
      const got = reviewPolarities(text, categories, rules, rating);
      expect(Object.fromEntries(categories.map((c, i) => [c, got[i]])), text).toEqual(
        Object.fromEntries(categories.map((c) => [c, WORD[expected[c]!]])),
      );
    }
  });
});

describe('polarityOf', () => {
  it('falls back on the rating: 1–2 negative, 3 neutral, 4–5 positive, none neutral', () => {
    expect([1, 2, 3, 4, 5, null].map(ratingPolarity)).toEqual([
      'negative',
      'negative',
      'neutral',
      'positive',
      'positive',
      'neutral',
    ]);
    expect(polarityOf('快递到了', '快递', rules, 1)).toBe('negative');
  });

  it('does not read a negation across a clause break or in a look-alike word', () => {
    // 不错 is not a negation, and the comma ends the clause before 刺鼻.
    expect(polarityOf('不错，刺鼻', '气味', rules)).toBe('negative');
    expect(polarityOf('不过刺鼻', '气味', rules)).toBe('negative');
    expect(polarityOf('不刺鼻', '气味', rules)).toBe('positive');
  });

  it('uses the keywords a team typed in the Taxonomy sheet', () => {
    const own = polarityRulesOf([
      {
        kind: 'review',
        category: '气味',
        dimension: '',
        keywords: ['味'],
        negativeKeywords: ['怪味'],
        positiveKeywords: [],
      },
    ]);
    expect(polarityOf('有股怪味', '气味', own)).toBe('negative');
    // The team's own list replaces the shipped one: 熏 is no longer a polarity word of 气味, so the rating decides.
    expect(polarityOf('气味有点熏', '气味', own, 4)).toBe('positive');
    expect(polarityOf('气味有点熏', '气味', polarityRulesOf(rows), 4)).toBe('negative');
  });

  it('takes the shipped keywords for a sheet row whose polarity cells are blank', () => {
    const old = polarityRulesOf([{ kind: 'review', category: '气味', dimension: '', keywords: ['味道'] }]);
    expect(polarityOf('味道很大', '气味', old, 5)).toBe('negative');
  });
});
