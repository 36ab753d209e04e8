import { describe, expect, it } from 'vitest';
import {
  addDays,
  closedPeriodsSince,
  isDate,
  isoWeekday,
  isoWeeksInYear,
  lastClosedMonth,
  lastClosedWeek,
  localDate,
  PeriodError,
  parsePeriod,
  parseTypedPeriod,
  periodOf,
  periodsBetween,
  previousPeriod,
} from '../../../src/core/time/periods';

describe('ISO weeks', () => {
  it('reads 2026-W47 as Monday 16 to Sunday 22 November', () => {
    expect(parsePeriod('2026-W47')).toEqual({
      kind: 'week',
      id: '2026-W47',
      start: '2026-11-16',
      end: '2026-11-22',
    });
    expect(isoWeekday('2026-11-16')).toBe(1);
    expect(isoWeekday('2026-11-22')).toBe(7);
  });

  it('handles year boundaries', () => {
    expect(periodOf('week', '2026-12-31').id).toBe('2026-W53');
    expect(periodOf('week', '2027-01-01').id).toBe('2026-W53');
    expect(periodOf('week', '2027-01-04').id).toBe('2027-W01');
    expect(periodOf('week', '2021-01-03').id).toBe('2020-W53');
    expect(periodOf('week', '2024-12-30').id).toBe('2025-W01');
    expect(periodOf('week', '2019-12-30').id).toBe('2020-W01');
    expect(parsePeriod('2026-W53')).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
    expect(parsePeriod('2025-W01')).toMatchObject({ start: '2024-12-30', end: '2025-01-05' });
  });

  it('counts 52 and 53-week years', () => {
    expect([2020, 2021, 2025, 2026, 2032].map(isoWeeksInYear)).toEqual([53, 52, 52, 53, 53]);
  });

  it('agrees with a brute-force walk over 30 years', () => {
    let day = '2000-01-03'; // a Monday, 2000-W01
    let year = 2000;
    let week = 1;
    while (day < '2030-12-31') {
      const id = `${year}-W${String(week).padStart(2, '0')}`;
      for (let i = 0; i < 7; i++) expect(periodOf('week', addDays(day, i)).id).toBe(id);
      day = addDays(day, 7);
      week += 1;
      if (week > isoWeeksInYear(year)) {
        year += 1;
        week = 1;
      }
    }
  });
});

describe('months', () => {
  it('reads months including leap Februaries', () => {
    expect(parsePeriod('2026-11')).toEqual({
      kind: 'month',
      id: '2026-11',
      start: '2026-11-01',
      end: '2026-11-30',
    });
    expect(parsePeriod('2024-02').end).toBe('2024-02-29');
    expect(parsePeriod('2100-02').end).toBe('2100-02-28');
    expect(parsePeriod('2000-02').end).toBe('2000-02-29');
    expect(periodOf('month', '2026-12-31').id).toBe('2026-12');
  });
});

describe('parsePeriod', () => {
  it('normalises tolerable spellings', () => {
    expect(parsePeriod(' 2026-w7 ').id).toBe('2026-W07');
    expect(parsePeriod('2026-3').id).toBe('2026-03');
  });

  it.each([
    ['2026-W54', 'week'],
    ['2026-W00', 'week'],
    ['2025-W53', 'week'],
    ['2026-13', 'month'],
    ['2026-00', 'month'],
    ['garbage', 'format'],
    ['', 'format'],
    ['2026-11-16', 'format'],
    ['0999-01', 'year'],
  ])('rejects %s (%s)', (text, code) => {
    let error: unknown;
    try {
      parsePeriod(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PeriodError);
    expect((error as PeriodError).code).toBe(code);
    expect((error as PeriodError).message).toContain(text.trim());
  });
});

describe('a period a person typed', () => {
  it.each(['1900-01', '1900-W01'])('refuses %s, whose previous period is out of range, naming it', (text) => {
    expect(() => parseTypedPeriod(text)).toThrow(PeriodError);
    try {
      parseTypedPeriod(text);
    } catch (error) {
      expect((error as PeriodError).code).toBe('year');
      expect((error as PeriodError).value).toBe(text);
    }
  });

  it('reads the first periods whose previous period is in range', () => {
    expect(parseTypedPeriod('1900-02').id).toBe('1900-02');
    expect(parseTypedPeriod('1900-W02').id).toBe('1900-W02');
    expect(parseTypedPeriod(' 2026-W47 ').id).toBe('2026-W47');
  });
});

describe('neighbours and ranges', () => {
  it('steps back across years', () => {
    expect(previousPeriod(parsePeriod('2027-W01')).id).toBe('2026-W53');
    expect(previousPeriod(parsePeriod('2026-01')).id).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-03'))).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
  });

  it('lists the periods overlapping a date range', () => {
    expect(periodsBetween('month', '2026-10-15', '2027-01-02').map((p) => p.id)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
    expect(periodsBetween('week', '2026-11-22', '2026-11-23').map((p) => p.id)).toEqual([
      '2026-W47',
      '2026-W48',
    ]);
    expect(periodsBetween('week', '2026-11-23', '2026-11-22')).toEqual([]);
  });

  it('validates dates', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('2023-2-28')).toBe(false);
    expect(() => addDays('2023-02-30', 1)).toThrow(PeriodError);
  });
});

describe('time zones', () => {
  // 2026-11-22 17:30 UTC is Monday 01:30 on 23 November in Shanghai, still Sunday in UTC and New York.
  const instant = new Date(Date.UTC(2026, 10, 22, 17, 30));

  it('gives the calendar date in the zone', () => {
    expect(localDate(instant, 'Asia/Shanghai')).toBe('2026-11-23');
    expect(localDate(instant, 'UTC')).toBe('2026-11-22');
    expect(localDate(instant, 'America/New_York')).toBe('2026-11-22');
  });

  it('finds the last closed week and month in the zone', () => {
    expect(lastClosedWeek(instant, 'Asia/Shanghai').id).toBe('2026-W47');
    expect(lastClosedWeek(instant, 'UTC').id).toBe('2026-W46');
    const newYear = new Date(Date.UTC(2026, 11, 31, 16, 30));
    expect(lastClosedMonth(newYear, 'Asia/Shanghai').id).toBe('2026-12');
    expect(lastClosedMonth(newYear, 'UTC').id).toBe('2026-11');
  });

  it('lists recent closed periods oldest first', () => {
    expect(closedPeriodsSince('month', instant, 'Asia/Shanghai', 3).map((p) => p.id)).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(closedPeriodsSince('week', instant, 'Asia/Shanghai', 0)).toEqual([]);
  });
});
