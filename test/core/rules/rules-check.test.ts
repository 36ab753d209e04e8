import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesCheck } from '../../../src/cli/rules-check';
import { tempDir } from '../../fakes/temp-dir';

const here = (path: string) => new URL(path, import.meta.url).pathname;

describe('rulesCheck', () => {
  it('accepts the shipped rules folder', async () => {
    const result = await rulesCheck(here('../../../rules'));
    expect(result.ok).toBe(true);
    expect(result.messages).toContain('pay.json: pay, 1 rules, ok');
    expect(result.messages).toContain('lexicon.json: lexicon, ok');
    expect(result.messages).toContain('chat-reading.json: chat-reading, ok');
    expect(result.messages).toHaveLength(6);
  });

  it('reports every invalid file by file, rule and field', async () => {
    const result = await rulesCheck(here('../../fixtures/rules/invalid'));
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual([
      'missing-field.json: rule "pre-sale/gift": event.params.zh: missing field "zh"',
      'missing-field.json: rule "pre-sale/shipping-fee": conditions.all[1].value: missing field "value"',
      'operator-typo.json: rule "refund-rate-5-8": conditions.all[1].operator: unknown operator "lessThanInclusve" (did you mean "lessThanInclusive"?)',
      'wrong-type.json: bonusBase: expected number, got string',
      'wrong-type.json: rule "gate": priority: expected number, got string',
    ]);
  });

  it('reports unreadable JSON and an empty or missing folder', async () => {
    const dir = tempDir('spiral-rules');
    try {
      expect((await rulesCheck(dir)).messages).toEqual([`${dir}: no *.json rule files`]);
      await writeFile(join(dir, 'broken.json'), '{ "type": "pay", ');
      const result = await rulesCheck(dir);
      expect(result.ok).toBe(false);
      expect(result.messages[0]).toMatch(/^broken\.json: not valid JSON/);
    } finally {
      await rm(dir, { recursive: true });
    }
    expect((await rulesCheck(join(dir, 'gone'))).ok).toBe(false);
  });
});
