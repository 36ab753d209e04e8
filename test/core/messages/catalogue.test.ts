import { describe, expect, it } from 'vitest';
import { CATALOGUE, type Entry, say } from '../../../src/core/messages/catalogue';
import { otherLanguageCells, otherLanguageLines } from './language-scan';

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

  it('finds a short sentence no fragment can tell apart, and a template label, in either direction', () => {
    const planted = [
      [say('zh', 'demo.rows', { sheet: 'Inquiries', rows: 12 }), '工作表', 'Inquiries 12 rows'],
    ];
    expect(otherLanguageCells({ Problems: planted }, 'zh').map((f) => f.col)).toEqual([1, 2]);
    const english = [
      [say('en', 'demo.rows', { sheet: '询单记录', rows: 12 }), 'Question category', '问题分类'],
    ];
    expect(otherLanguageCells({ 问题清单: english }, 'en').map((f) => f.col)).toEqual([1, 2]);
  });

  it('reads printed lines the same way', () => {
    const printed = `${say('zh', 'demo.written', { path: 'a.xlsx' })}\n  ${say('en', 'demo.rows', { sheet: 'Reviews', rows: 3 })}\n`;
    expect(otherLanguageLines(printed, 'en')).toEqual([
      { line: '  Reviews: 3 rows', fragment: 'Reviews: 3 rows' },
    ]);
    expect(otherLanguageLines(printed, 'zh')).toEqual([{ line: '已写出 a.xlsx', fragment: '已写出 a.xlsx' }]);
  });
});
