/** The panel's rule tester reads a question as "Classify new rows" does (issue 20, item 5). */
import { describe, expect, it } from 'vitest';
import { installTemplates } from '../../../src/core/setup/install';
import { testRule } from '../../../src/core/sidebar/rule-test';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

describe('the rule tester on a question', () => {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);

  it('shows the one category the clause-scoped reading picks, with the words that named it', () => {
    const test = testRule(wb, 'after-sale', '收到了，没有色差，就是快递太慢了', 'zh');
    expect(test.hits.map((h) => [h.category, h.keywords, h.rule])).toEqual([
      ['快递问题', ['快递'], 'after-sale/快递问题'],
    ]);
  });

  it('shows no category for a keyword the buyer negates', () => {
    expect(testRule(wb, 'pre-sale', '没有赠品也可以，1.8米的有吗', 'zh').hits).toEqual([]);
  });
});
