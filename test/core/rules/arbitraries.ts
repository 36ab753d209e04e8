import fc from 'fast-check';
import { keywordsOf } from '../../../src/core/classify/taxonomy-rules';
import { defaultRuleBook } from '../../../src/core/rules/default-rules';

const KINDS = ['pre-sale', 'after-sale', 'review', 'no-deal'] as const;

/** Every keyword of the shipped taxonomy, the raw material of realistic texts. */
export const SHIPPED_KEYWORDS: string[] = [
  ...new Set(defaultRuleBook().taxonomy.rules.flatMap((rule) => keywordsOf(rule.conditions))),
];

const toFullWidth = (text: string) =>
  text.replace(/[\u0021-\u007e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const noise = fc.oneof(
  fc.constantFrom(
    '，',
    '。',
    '！',
    '？',
    ' ',
    '\n',
    '亲',
    '请问',
    '这个',
    '我',
    '了',
    '吗',
    '谢谢',
    '还行',
    'ok',
    'OK',
  ),
  fc.string({ maxLength: 4 }),
  fc.constantFrom('😀', '👍', '🎁', '📦', '❤️', '🙏'),
  fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code)),
);

const keyword = fc.constantFrom(...SHIPPED_KEYWORDS);

/** A keyword as a customer might type it: as is, upper-case, full-width, or cut short. */
const keywordVariant = keyword.chain((k) =>
  fc.constantFrom(
    k,
    k.toUpperCase(),
    toFullWidth(k),
    toFullWidth(k.toUpperCase()),
    k.slice(0, Math.max(1, k.length - 1)),
  ),
);

/** Customer text built from keyword fragments, noise, emoji and full-width characters — or empty. */
export const customerText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  {
    weight: 8,
    arbitrary: fc.array(fc.oneof(keywordVariant, noise), { maxLength: 8 }).map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** Facts of a row to classify; now and then a kind outside the taxonomy or a text that is not text. */
export const classificationFacts: fc.Arbitrary<Record<string, unknown>> = fc.record({
  kind: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...KINDS) },
    { weight: 1, arbitrary: fc.constant('other') },
  ),
  text: fc.oneof(
    { weight: 20, arbitrary: customerText },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 42, ['退款'], { text: '退款' }) },
  ),
});
