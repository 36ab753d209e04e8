import { describe, expect, it } from 'vitest';
import { say } from '../../../src/core/messages/catalogue';
import {
  isErrorValue,
  parseBoolean,
  parseDate,
  parseDateTime,
  parseEnum,
  parseMonth,
  parseNumber,
  splitList,
} from '../../../src/core/sheets/values';
import { dateCell } from '../../../src/core/time/date-cell';

const value = <T>(p: { ok: boolean; value?: T }) => (p.ok ? p.value : undefined);

describe('parseDate', () => {
  it('reads text dates in the usual shapes, with or without a time', () => {
    expect(value(parseDate('2026-11-02', 'UTC'))).toBe('2026-11-02');
    expect(value(parseDate('2026/11/2', 'UTC'))).toBe('2026-11-02');
    expect(value(parseDate('2026-11-02 14:05', 'UTC'))).toBe('2026-11-02');
    expect(value(parseDate('2026/11/02 14:05:33', 'UTC'))).toBe('2026-11-02');
    expect(value(parseDate('2026年11月2日', 'UTC'))).toBe('2026-11-02');
    expect(value(parseDate('２０２６－１１－０２', 'UTC'))).toBe('2026-11-02');
  });
  it('reads a Date value as the calendar date in the sheet zone', () => {
    // 2026-11-01T16:30Z is already 2026-11-02 in Shanghai (UTC+8).
    const instant = new Date(Date.UTC(2026, 10, 1, 16, 30));
    expect(value(parseDate(instant, 'Asia/Shanghai'))).toBe('2026-11-02');
    expect(value(parseDate(instant, 'UTC'))).toBe('2026-11-01');
  });
  it('rejects impossible dates and garbage with a reason', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29', 'yesterday', '11/02/2026']) {
      const parsed = parseDate(bad, 'UTC');
      expect(parsed.ok).toBe(false);
      expect(parsed.ok === false && !parsed.blank && parsed.reason).toBeTruthy();
    }
    expect(value(parseDate('2024-02-29', 'UTC'))).toBe('2024-02-29');
    expect(parseDate(new Date(Number.NaN), 'UTC').ok).toBe(false);
  });
  it('treats blank as blank, not as an error', () => {
    expect(parseDate('  ', 'UTC')).toEqual({ ok: false, blank: true });
  });
});

describe('parseMonth', () => {
  it('reads months and dates within a month', () => {
    expect(value(parseMonth('2026-11', 'UTC'))).toBe('2026-11');
    expect(value(parseMonth('2026/3', 'UTC'))).toBe('2026-03');
    expect(value(parseMonth('2026年11月', 'UTC'))).toBe('2026-11');
    expect(value(parseMonth('2026-11-15', 'UTC'))).toBe('2026-11');
    expect(parseMonth('2026-13', 'UTC').ok).toBe(false);
  });
});

describe('parseNumber', () => {
  it('reads numbers written as text', () => {
    expect(value(parseNumber('1,234'))).toBe(1234);
    expect(value(parseNumber('６'))).toBe(6);
    expect(value(parseNumber('6%'))).toBe(0.06);
    expect(value(parseNumber('70%'))).toBe(0.7);
    expect(value(parseNumber('￥12.50'))).toBe(12.5);
    expect(value(parseNumber(-3))).toBe(-3);
  });
  it('rejects what is not a number', () => {
    for (const bad of ['abc', '1.2.3', '--1', true]) expect(parseNumber(bad).ok).toBe(false);
    expect(parseNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
  });
});

describe('enums and lists', () => {
  it('accepts either language, keys and aliases', () => {
    expect(value(parseEnum('老客', 'customerType'))?.value).toBe('returning');
    expect(value(parseEnum(' Returning ', 'customerType'))?.value).toBe('returning');
    expect(value(parseEnum('1688询盘', 'channel'))?.value).toBe('1688');
    expect(parseEnum('VIP', 'customerType').ok).toBe(false);
    expect(value(parseBoolean('是'))).toBe(true);
    expect(value(parseBoolean('No'))).toBe(false);
    expect(value(parseBoolean(true))).toBe(true);
    expect(parseBoolean('maybe').ok).toBe(false);
  });
  it('splits category lists on the usual separators', () => {
    expect(splitList('气味、快递, 花色；赠品质量\n客服表扬')).toEqual([
      '气味',
      '快递',
      '花色',
      '赠品质量',
      '客服表扬',
    ]);
    expect(splitList('')).toEqual([]);
  });
});

describe('dateCell', () => {
  it('makes the instant that a sheet in the zone shows as that date', () => {
    expect(dateCell('2026-11-02', 'UTC').toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(dateCell('2026-11-02', 'Asia/Shanghai').toISOString()).toBe('2026-11-01T16:00:00.000Z');
    expect(dateCell('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });
});

const reasonKey = (p: { ok: boolean; blank?: boolean; reason?: { key: string } }) =>
  p.ok || p.blank ? undefined : p.reason?.key;

describe('numbers as a person meant them (issue 8 item 5)', () => {
  it('reads European and grouped forms only where the separators leave one reading', () => {
    expect(value(parseNumber('1 234,5'))).toBe(1234.5);
    expect(value(parseNumber('1.234,50'))).toBe(1234.5);
    expect(value(parseNumber('1,234.50'))).toBe(1234.5);
    expect(value(parseNumber('1 234.5'))).toBe(1234.5);
    expect(value(parseNumber('1.234.567'))).toBe(1234567);
    expect(value(parseNumber('12,50'))).toBe(12.5);
    expect(value(parseNumber('¥1,234.50'))).toBe(1234.5);
    expect(value(parseNumber('￥1,234.50'))).toBe(1234.5);
    expect(value(parseNumber('-¥12'))).toBe(-12);
    expect(value(parseNumber('¥-12'))).toBe(-12);
    expect(value(parseNumber('88元'))).toBe(88);
    expect(value(parseNumber('1.5e3'))).toBe(1500);
    expect(value(parseNumber('\u00a01\u202f234,5'))).toBe(1234.5);
  });
  it('refuses what could be read two ways, never 12345 or 1.2345 in silence', () => {
    for (const bad of ['1,2345', '12 34', '1.234,5.6', '1,234,5', '1.23.4', '1 234,5.0', '1,,234']) {
      expect(reasonKey(parseNumber(bad)), bad).toBe('sheets.numberAmbiguous');
    }
  });
  it('refuses non-finite values with their own reason', () => {
    for (const bad of ['1e400', '-1e400', Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(reasonKey(parseNumber(bad)), String(bad)).toBe('sheets.numberNotFinite');
    }
    for (const bad of ['NaN', 'Infinity', '#NUM!']) expect(parseNumber(bad).ok, bad).toBe(false);
  });
});

describe('dates as a person meant them (issue 8 item 5, issue 9)', () => {
  it('keeps a serial with a time of day on its own day', () => {
    // 46356 is 2026-11-30; .75 is 18:00 the same day (rounding would give December 1).
    expect(value(parseDate(46356.75, 'UTC'))).toBe('2026-11-30');
    expect(value(parseDate('46356.75', 'UTC'))).toBe('2026-11-30');
    expect(value(parseDateTime(46356.75, 'UTC'))).toEqual({ date: '2026-11-30', seconds: 18 * 3600 });
    expect(value(parseDate(46357, 'UTC'))).toBe('2026-12-01');
  });
  it('reads the issue 9 forms: serials, 2026年11月3日, 2026.11.3, with or without a time', () => {
    expect(value(parseDate('2026年11月3日', 'UTC'))).toBe('2026-11-03');
    expect(value(parseDate('2026.11.3', 'UTC'))).toBe('2026-11-03');
    expect(value(parseDate('2026年11月3日 14:05', 'UTC'))).toBe('2026-11-03');
    expect(value(parseDateTime('2026年11月3日14时05分', 'UTC'))).toEqual({
      date: '2026-11-03',
      seconds: 14 * 3600 + 5 * 60,
    });
    expect(value(parseDateTime('2026-11-03T14:05:33+08:00', 'UTC'))).toEqual({
      date: '2026-11-03',
      seconds: 14 * 3600 + 5 * 60 + 33,
    });
    expect(value(parseDate('46329', 'UTC'))).toBe('2026-11-03');
    expect(value(parseDateTime('2026-11-03', 'UTC'))).toEqual({ date: '2026-11-03', seconds: null });
  });
  it('refuses an ambiguous day-month order, naming the accepted forms', () => {
    for (const bad of ['11/3/2026', '3/11/2026', '11-03-2026', '3.11.2026']) {
      expect(reasonKey(parseDate(bad, 'UTC')), bad).toBe('sheets.dateOrderAmbiguous');
    }
    const parsed = parseDate('11/3/2026', 'UTC');
    const text = parsed.ok || parsed.blank ? '' : say('en', parsed.reason.key, parsed.reason.params);
    expect(text).toContain('11/3/2026');
    expect(text).toContain('2026-11-03, 2026/11/03, 2026.11.3');
  });
  it('refuses a time that does not exist', () => {
    for (const bad of ['2026-11-30 99:99', '2026-11-30 24:00', '2026-11-30 12:60', '2026-11-30 12:00:61']) {
      expect(reasonKey(parseDate(bad, 'UTC')), bad).toBe('sheets.noSuchTime');
    }
    expect(reasonKey(parseDate('2026-11-30 noon', 'UTC'))).toBe('sheets.notTime');
  });
  it('does not take a bare year or a formula error for a date', () => {
    expect(parseDate('2026', 'UTC').ok).toBe(false);
    expect(parseDate(5, 'UTC').ok).toBe(false);
    expect(reasonKey(parseDate('#N/A', 'UTC'))).toBe('sheets.errorValue');
  });
});

describe('error values', () => {
  it('knows the formula errors of Excel and Sheets, and nothing else', () => {
    for (const e of [
      '#N/A',
      '#REF!',
      '#VALUE!',
      '#DIV/0!',
      '#NAME?',
      '#NUM!',
      '#NULL!',
      '#ERROR!',
      ' #n/a ',
    ]) {
      expect(isErrorValue(e), e).toBe(true);
    }
    for (const t of ['#1 seller', 'N/A', '#', '', 5]) expect(isErrorValue(t), String(t)).toBe(false);
  });
});
