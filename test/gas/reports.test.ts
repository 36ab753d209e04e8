import { describe, expect, it } from 'vitest';
import { installMessage } from '../../src/core/jobs/job-messages';
import { type PeriodError, parsePeriod } from '../../src/core/time/periods';
import { failureMessage, periodMessage } from '../../src/gas/reports';

describe('installMessage', () => {
  it('lists what set-up did in the workbook language', () => {
    const report = {
      language: 'en' as const,
      created: ['Inquiries', 'Reviews'],
      columnsAdded: [{ sheet: 'Scorecard', columns: ['Praises'] }],
      rowsAdded: [{ sheet: 'Settings', rows: 3 }],
      messages: ['A note from set-up.'],
    };
    expect(installMessage(report).split('\n')).toEqual([
      'Created sheets: Inquiries, Reviews',
      'Added to the end of "Scorecard": Praises',
      'Seeded 3 row(s) in "Settings"',
      'A note from set-up.',
    ]);
    expect(installMessage({ ...report, language: 'zh' }).split('\n')[0]).toBe(
      '已创建工作表：Inquiries、Reviews',
    );
  });

  it('says when nothing changed', () => {
    const empty = { language: 'en' as const, created: [], columnsAdded: [], rowsAdded: [], messages: [] };
    expect(installMessage(empty)).toBe('Every sheet and column is already in place; nothing changed.');
  });
});

describe('failureMessage', () => {
  it('shows the error message, whatever realm the error came from', () => {
    expect(failureMessage(new Error('boom'))).toBe('Spiral 未能完成 / Spiral could not finish:\nboom');
    expect(failureMessage(new Error('boom'), 'zh')).toBe('Spiral 未能完成：\nboom');
    expect(failureMessage(new Error('boom'), 'en')).toBe('Spiral could not finish:\nboom');
    expect(failureMessage({ message: 'from a service' })).toContain('from a service');
    expect(failureMessage('plain')).toContain('plain');
  });
});

describe('periodMessage', () => {
  it('explains each way a typed period can be wrong, in the workbook language', () => {
    const message = (text: string, lang: 'zh' | 'en' = 'en') => {
      try {
        parsePeriod(text);
      } catch (error) {
        return periodMessage(error as PeriodError, lang);
      }
      throw new Error(`${text} parsed`);
    };
    expect(message('last week', 'zh')).toMatch(/^"last week" 不是周期。\n请按 2026-W47/);
    expect(message('last week')).toMatch(/^"last week" is not a period\.\n/);
    expect(message('2026-13')).toContain('months run from 01 to 12');
    expect(message('2025-W53')).toContain('no such ISO week');
    expect(message('1800-01')).toContain('year is out of range');
    expect(message('x')).toContain('2026-W47');
  });
});
