import { describe, expect, it } from 'vitest';
import { failureMessage, installMessage } from '../../src/gas/reports';

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
    expect(failureMessage({ message: 'from a service' })).toContain('from a service');
    expect(failureMessage('plain')).toContain('plain');
  });
});
