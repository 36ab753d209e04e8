import { describe, expect, it } from 'vitest';
import {
  dateCell,
  parseBoolean,
  parseDate,
  parseEnum,
  parseMonth,
  parseNumber,
  splitList,
} from '../../src/core/values';

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
