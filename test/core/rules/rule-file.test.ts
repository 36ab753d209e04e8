import { describe, expect, it } from 'vitest';
import afterSale from '../../../rules/scorecard-after-sale.json';
import taxonomy from '../../../rules/taxonomy.json';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';
import { parseRuleFile } from '../../../src/core/rules/rule-file';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function messagesFor(fileName: string, json: unknown): string[] {
  const parsed = parseRuleFile(fileName, json);
  if (parsed.ok) throw new Error('expected the file to be rejected');
  return parsed.messages;
}

describe('the shipped rule files', () => {
  it('all validate', () => {
    const book = defaultRuleBook();
    expect(book.taxonomy.rules.length).toBeGreaterThanOrEqual(35);
    expect(book.scorecards['after-sale'].total).toBe(130);
    expect(book.pay).toMatchObject({
      gatePercent: 0.7,
      bonusBase: 1000,
      basePay: { regular: 2000, senior: 2500, lead: 3000 },
    });
  });

  it('give every default category labels, a dimension and keywords (other excepted)', () => {
    for (const rule of defaultRuleBook().taxonomy.rules) {
      const { zh, en, dimension, category } = rule.event.params;
      expect(zh && en && dimension).toBeTruthy();
      const keywords = JSON.stringify(rule.conditions).match(/containsAny/g);
      expect(keywords).toHaveLength(1);
      if (category !== 'other') expect(JSON.stringify(rule.conditions).length).toBeGreaterThan(120);
    }
  });
});

describe('rule file errors name the file, the rule and the field', () => {
  it('rejects an operator typo', () => {
    const json = copy(afterSale);
    json.rules.find((r) => r.name === 'refund-rate-5-8')!.conditions.all[1]!.operator = 'lessThanInclusve';
    expect(messagesFor('scorecard-after-sale.json', json)).toEqual([
      'scorecard-after-sale.json: rule "refund-rate-5-8": conditions.all[1].operator: unknown operator "lessThanInclusve" (did you mean "lessThanInclusive"?)',
    ]);
  });

  it('rejects a missing field in a condition, an event and the file', () => {
    const json = copy(taxonomy) as Record<string, unknown> & typeof taxonomy;
    delete (json.rules[0]!.conditions.all[1] as { value?: unknown }).value;
    delete (json.rules[1]!.event.params as { zh?: string }).zh;
    delete (json as { description?: string }).description;
    expect(messagesFor('taxonomy.json', json)).toEqual([
      'taxonomy.json: description: missing field "description"',
      'taxonomy.json: rule "pre-sale/gift": conditions.all[1].value: missing field "value"',
      'taxonomy.json: rule "pre-sale/shipping-fee": event.params.zh: missing field "zh"',
    ]);
  });

  it('rejects wrong types', () => {
    const json = copy(afterSale) as unknown as { total: unknown; rules: Record<string, unknown>[] };
    json.total = '130';
    json.rules[0]!.priority = 'high';
    (json.rules[4] as { conditions: { all: { value: unknown }[] } }).conditions.all[0]!.value = '5%';
    expect(messagesFor('scorecard-after-sale.json', json)).toEqual([
      'scorecard-after-sale.json: total: expected number, got string',
      'scorecard-after-sale.json: rule "quality-grade": priority: expected number, got string',
      'scorecard-after-sale.json: rule "refund-rate-0-5": conditions.all[0].value: expected a number, got string',
    ]);
  });

  it('names an unnamed rule by its index, and catches unknown facts, events and items', () => {
    const json = copy(afterSale) as unknown as { rules: Record<string, unknown>[] };
    delete json.rules[0]!.name;
    (json.rules[4] as { conditions: { all: { fact: string }[] } }).conditions.all[0]!.fact = 'refundRte';
    (json.rules[5] as { event: { type: string } }).event.type = 'point';
    (json.rules[6] as { event: { params: { item: string } } }).event.params.item = 'refunds';
    const messages = messagesFor('scorecard-after-sale.json', json);
    expect(messages).toEqual([
      'scorecard-after-sale.json: rules[0]: name: missing field "name"',
      'scorecard-after-sale.json: rule "refund-rate-0-5": conditions.all[0].fact: unknown fact "refundRte" (did you mean "refundRate"?)',
      'scorecard-after-sale.json: rule "refund-rate-5-8": event.type: unknown event type "point" (expected points, points-per-unit, grade-table)',
    ]);
  });

  it('checks item references and duplicate names once the shape is right', () => {
    const json = copy(afterSale) as unknown as {
      rules: { name: string; event: { params: { item: string } } }[];
    };
    json.rules[5]!.event.params.item = 'refunds';
    json.rules[6]!.name = json.rules[5]!.name;
    expect(messagesFor('scorecard-after-sale.json', json)).toEqual([
      'scorecard-after-sale.json: rule "refund-rate-5-8": name: duplicate rule name "refund-rate-5-8"',
      'scorecard-after-sale.json: rule "refund-rate-5-8": event.params.item: item "refunds" is not listed in "items"',
    ]);
  });

  it('rejects condition shapes the engine would choke on', () => {
    const json = copy(taxonomy) as unknown as { rules: { conditions: unknown }[] };
    json.rules[0]!.conditions = { all: { fact: 'kind', operator: 'equal', value: 'x' } };
    json.rules[1]!.conditions = { not: [] };
    json.rules[2]!.conditions = { fact: 'kind', operator: 'equal', value: 'x' };
    json.rules[3]!.conditions = { all: [{ fact: 'text', operator: 'containsAny', value: '运费' }] };
    json.rules[4]!.conditions = { all: [{ condition: 'shared' }], any: [] };
    expect(messagesFor('taxonomy.json', json)).toEqual([
      'taxonomy.json: rule "pre-sale/gift": conditions.all: "all" must be an array, got object',
      'taxonomy.json: rule "pre-sale/shipping-fee": conditions.not: "not" takes one condition, not an array',
      'taxonomy.json: rule "pre-sale/price": conditions: the top level of "conditions" must be "all", "any" or "not"',
      'taxonomy.json: rule "pre-sale/stock": conditions.all[0].value: expected an array of keywords, got string',
      'taxonomy.json: rule "pre-sale/size-spec": conditions: a condition takes one of all, any, not or fact, not all and any together',
    ]);
  });

  it('rejects a file of unknown type', () => {
    expect(messagesFor('x.json', { type: 'pricing', rules: [] })).toEqual([
      'x.json: type: expected one of taxonomy, scorecard, pay, got "pricing"',
    ]);
  });
});
