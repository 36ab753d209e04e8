import { describe, expect, it } from 'vitest';
import {
  isKnownOperator,
  matchedKeywords,
  normalizeText,
  resolveOperator,
  UNKNOWN_VALUE,
} from '../../../src/core/rules/operators';

const op = (name: string) => resolveOperator(name)!;

describe('operators', () => {
  it('knows the engine built-ins, its decorators and Spiral operators, and nothing else', () => {
    for (const name of [
      'equal',
      'lessThanInclusive',
      'containsAny',
      'containsAll',
      'not:in',
      'someFact:not:equal',
    ]) {
      expect(isKnownOperator(name)).toBe(true);
    }
    for (const name of ['lessThanInclusve', 'contains_any', 'maybe:equal', ':equal', '']) {
      expect(isKnownOperator(name)).toBe(false);
    }
  });

  it('normalises full-width and case for keyword matching', () => {
    expect(normalizeText('ＱＵＡＬＩＴＹ１２３')).toBe('quality123');
    expect(op('containsAny').evaluate('这个ＯＫ吗', ['ok'])).toBe(true);
    expect(op('containsAny').evaluate('这个', ['ok', ''])).toBe(false);
    expect(op('containsAny').evaluate(42, ['42'])).toBe(false);
    expect(op('containsAll').evaluate('包邮又便宜', ['包邮', '便宜'])).toBe(true);
    expect(op('containsAll').evaluate('包邮', ['包邮', '便宜'])).toBe(false);
    expect(op('containsAll').evaluate('包邮', [])).toBe(false);
  });

  it('returns the matched keywords as written in the rule', () => {
    expect(matchedKeywords('做工很ＯＫ，孩子喜欢', ['OK', '孩子喜欢', '味道'])).toEqual(['OK', '孩子喜欢']);
  });

  it('marks operators that could throw for a value so the compiler leaves them to the engine', () => {
    expect(op('in').safeFor([1, 2])).toBe(true);
    expect(op('in').safeFor(5)).toBe(false);
    expect(op('in').safeFor(UNKNOWN_VALUE)).toBe(false);
    expect(op('someValue:equal').safeFor([1])).toBe(true);
    expect(op('someValue:equal').safeFor(1)).toBe(false);
    expect(op('swap:in').safeFor([1])).toBe(false);
    expect(op('swap:contains').safeFor(1)).toBe(true);
  });
});
