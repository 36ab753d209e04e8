import { describe, expect, it } from 'vitest';
import {
  classifyText,
  classifyTexts,
  compileTaxonomy,
  compileTaxonomyRules,
} from '../../../src/core/classify/classify-text';
import { dimensionKey, taxonomyRowsOf, taxonomyRules } from '../../../src/core/classify/taxonomy-rules';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';

const zh = compileTaxonomy(taxonomyRowsOf(defaultRuleBook().taxonomy, 'zh'));

describe('classifyText with the default taxonomy', () => {
  it('gives an inquiry its first (highest-priority) category', () => {
    // "包邮" is a shipping-fee keyword, "优惠" a price one; shipping fee ranks higher.
    expect(classifyText(zh, 'pre-sale', '亲，包邮吗？有优惠吗')).toEqual({
      categories: ['运费'],
      matched: ['包邮'],
      rules: ['pre-sale/运费'],
    });
    expect(classifyText(zh, 'after-sale', '收到的赠品坏了').categories).toEqual(['赠品损坏']);
  });

  it('gives a review every category it mentions, with the keywords', () => {
    const result = classifyText(zh, 'review', '没有异味，做工精致，孩子很喜欢，快递也快');
    expect(result.categories).toEqual(['气味', '产品质量', '快递', '孩子家人喜欢']);
    expect(result.matched).toEqual(['异味', '做工', '精致', '快递', '孩子很喜欢']);
  });

  it('matches full-width and upper-case forms', () => {
    expect(classifyText(zh, 'review', 'ＱＵＡＬＩＴＹ is great').categories).toEqual(['产品质量']);
  });

  it('only uses categories of the asked kind, and finds nothing in empty text', () => {
    expect(classifyText(zh, 'no-deal', '包邮吗').categories).toEqual([]);
    expect(classifyText(zh, 'review', '')).toEqual({ categories: [], matched: [], rules: [] });
  });
});

describe('taxonomy rules from Taxonomy sheet rows', () => {
  const rows = [
    { kind: 'review' as const, category: '包装', dimension: '视觉', keywords: ['包装', '盒子'] },
    { kind: 'review' as const, category: '气味', dimension: '产品', keywords: ['味道'] },
    { kind: 'pre-sale' as const, category: '其他', dimension: '', keywords: [] },
  ];

  it('take keywords the team added at once, and rank rows top to bottom', () => {
    const taxonomy = compileTaxonomy(rows);
    expect(classifyText(taxonomy, 'review', '盒子很好看，没什么味道').categories).toEqual(['包装', '气味']);
    const rules = taxonomyRules(rows);
    expect(rules.map((r) => r.priority)).toEqual([2, 1, 1]);
    expect(rules[0]!.event.params).toMatchObject({ category: '包装', dimension: 'visual' });
  });

  it('never match a category without keywords', () => {
    expect(classifyText(compileTaxonomy(rows), 'pre-sale', '随便问问').categories).toEqual([]);
  });

  it('keep duplicate rows apart by name', () => {
    const names = taxonomyRules([rows[0]!, rows[0]!]).map((r) => r.name);
    expect(names).toEqual(['review/包装', 'review/包装 #2']);
  });

  it('read dimensions in either language', () => {
    expect(['服务', 'Service', ' 文化 ', '体验'].map((d) => dimensionKey(d))).toEqual([
      'service',
      'service',
      'culture',
      '',
    ]);
  });
});

describe('classifyTexts', () => {
  it('agrees with classifyText, and runs rules the compiler leaves to the engine', async () => {
    const rules = taxonomyRules([{ kind: 'review', category: '气味', dimension: '', keywords: ['味道'] }]);
    // A complex JSONPath is beyond the compiler; the rule then goes through Engine.run.
    rules.push({
      name: 'review/engine-only',
      priority: 1,
      conditions: { all: [{ fact: 'kind', operator: 'equal', value: 'review', path: '$..x' }] },
      event: {
        type: 'category',
        params: { kind: 'review', category: '引擎', zh: '引擎', en: 'engine', dimension: '' },
      },
    });
    const taxonomy = compileTaxonomyRules(rules);
    expect(() => classifyText(taxonomy, 'review', '味道')).toThrow(/classifyTexts/);
    const [result] = await classifyTexts(taxonomy, [{ kind: 'review', text: '有味道' }]);
    expect(result!.categories).toEqual(['气味', '引擎']);
    const plain = await classifyTexts(zh, [{ kind: 'pre-sale', text: '包邮吗' }]);
    expect(plain).toEqual([classifyText(zh, 'pre-sale', '包邮吗')]);
  });
});
