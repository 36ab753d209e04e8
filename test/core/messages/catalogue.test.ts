import { describe, expect, it } from 'vitest';
import { CATALOGUE, type Entry, say } from '../../../src/core/messages/catalogue';
import { otherLanguageCells } from './language-scan';

const HAN = /[\u3400-\u9fff]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  const entries = Object.entries(CATALOGUE as Record<string, Entry>);

  it('holds entries', () => {
    expect(entries.length).toBeGreaterThan(1);
  });

  it.each(entries)('%s has both languages with the same placeholders', (_key, entry) => {
    expect(entry.zh.trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
    expect(placeholders(entry.zh)).toEqual(placeholders(entry.en));
  });

  it.each(entries)('%s: the English holds no Chinese characters', (_key, entry) => {
    expect(HAN.test(entry.en)).toBe(false);
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(say('en', 'automation.stalled', { days: 3 })).toContain('for 3 days');
    expect(say('zh', 'automation.stalled', {})).toContain('{days}');
  });
});

describe('the language scan used on demo workbooks', () => {
  it('finds a catalogue sentence of the other language, and nothing in cells of the right one', () => {
    const grid = [
      ['另一次运行正占用表格；本次未做任何事', 3],
      ['another run held the lock; nothing done', ''],
    ];
    expect(otherLanguageCells({ 运行日志: grid }, 'en')).toEqual([
      {
        sheet: '运行日志',
        row: 2,
        col: 1,
        text: 'another run held the lock; nothing done',
        fragment: 'another run held the lock; nothing done',
      },
    ]);
    expect(otherLanguageCells({ 'Run log': [grid[1]!] }, 'zh')).toEqual([]);
  });
});
