import { describe, expect, it } from 'vitest';
import { generateEffects } from '../../../src/core/effects/generate-effects';
import { readSettings } from '../../../src/core/settings/settings';
import { MemoryWorkbook } from '../../fakes/memory-workbook';
import {
  ACTIONS,
  actionSheet,
  effectsInquiries,
  GIFT_P,
  NOW,
  SCRIPT_P,
  ZONE,
} from '../../fixtures/effects/effects-fixture';
import { summarySheets } from '../../fixtures/summary/workbook';

function book(actions = ACTIONS): MemoryWorkbook {
  return MemoryWorkbook.from({ ...summarySheets(effectsInquiries(), [], 'zh'), ...actionSheet(actions) });
}

const byAction = (report: ReturnType<typeof generateEffects>, action: string) =>
  report.rows.find((r) => r.action === action)!;

describe('effects of actions (hand-worked fixture)', () => {
  const fresh = book();
  const report = generateEffects(fresh, NOW, ZONE, readSettings(fresh).settings);

  it('a gift change that worked: 40/200 → 10/200, significant-down with the hand-computed p', () => {
    const gift = byAction(report, '赠品换成加厚毛巾');
    expect(gift.before).toEqual({ hits: 40, base: 200, share: 0.2 });
    expect(gift.after).toEqual({ hits: 10, base: 200, share: 0.05 });
    expect(gift.beforeWeeks).toEqual(['2026-W38', '2026-W39', '2026-W40', '2026-W41']);
    expect(gift.afterWeeks).toEqual(['2026-W43', '2026-W44', '2026-W45', '2026-W46']);
    expect(gift.label).toBe('significant-down');
    expect(gift.p).toBeCloseTo(GIFT_P, 10);
    expect(gift.kind).toBe('gift');
    expect(gift.resolved).toEqual({ kind: 'no-deal', category: '赠品不满意' });
  });

  it('a script change that did not: conversion 60/260 → 66/266, noise with the hand-computed p', () => {
    const script = byAction(report, '催付话术改成先问用途');
    expect(script.before).toEqual({ hits: 60, base: 260, share: 60 / 260 });
    expect(script.after).toEqual({ hits: 66, base: 266, share: 66 / 266 });
    expect(script.label).toBe('noise');
    expect(script.p).toBeCloseTo(SCRIPT_P, 10);
  });

  it('an action dated last week is too-early, and so is one with a single closed week after it', () => {
    const lastWeek = byAction(report, '改发顺丰');
    expect(lastWeek.label).toBe('too-early');
    expect(lastWeek.p).toBeNull();
    expect(lastWeek.afterWeeks).toEqual([]);
    const oneWeek = byAction(report, '满 199 减 20');
    expect(oneWeek.label).toBe('too-early');
    expect(oneWeek.afterWeeks).toEqual(['2026-W46']);
  });

  it('two closed weeks after an action are enough to test it', () => {
    const twoWeeks = byAction(report, '详情页加尺码表');
    expect(twoWeeks.afterWeeks).toEqual(['2026-W45', '2026-W46']);
    expect(twoWeeks.label).not.toBe('too-early');
    expect(twoWeeks.resolved).toEqual({ kind: 'pre-sale', category: '尺寸规格' });
  });

  it('a target outside the taxonomy or in two kinds is kept, labelled and reported with its row', () => {
    expect(report.rows).toHaveLength(ACTIONS.length);
    expect(byAction(report, '加厚纸箱').label).toBe('unknown-target');
    expect(byAction(report, '客服午休排班').label).toBe('unknown-target');
    const [unknown, ambiguous] = report.problems;
    expect(unknown).toMatchObject({ sheet: '改进行动', row: 7, column: '目标', value: '包装破损' });
    expect(ambiguous).toMatchObject({ sheet: '改进行动', row: 8, value: '其他' });
    expect(ambiguous!.reason).toContain('售前咨询:其他');
  });

  it('lists actions newest first, in the order typed within a day', () => {
    expect(report.rows.map((r) => r.date)).toEqual([
      '2026-11-11',
      '2026-11-04',
      '2026-10-28',
      '2026-10-14',
      '2026-10-14',
      '2026-10-14',
      '2026-10-14',
    ]);
    expect(report.rows[3]!.action).toBe('赠品换成加厚毛巾');
  });

  it('kind:category names a label that sits in two kinds', () => {
    const wb = book([['2026-10-14', '未成交原因：价格太高', '降价', '价格', '']]);
    const [row] = generateEffects(wb, NOW, ZONE, readSettings(wb).settings).rows;
    expect(row!.resolved).toEqual({ kind: 'no-deal', category: '价格太高' });
    expect(row!.before).toEqual({ hits: 160, base: 200, share: 0.8 });
  });

  it('writes the Effects tab in one call, the verdict in words', () => {
    const wb = book();
    generateEffects(wb, NOW, ZONE, readSettings(wb).settings);
    expect(wb.calls.writeTab).toBe(1);
    const tab = wb.tabOf('效果追踪')!;
    const giftRow = tab.values.find((r) => r[4] === '赠品换成加厚毛巾')!;
    expect(giftRow.slice(6, 12)).toEqual([0.2, '40/200', 0.05, '10/200', '显著下降', '< 0.001']);
    expect(tab.values.find((r) => r[4] === '改发顺丰')![10]).toBe('为时尚早');
  });

  it('Settings effectWeeks changes both windows', () => {
    const wb = book([ACTIONS[0]!]);
    wb.addSheet('设置');
    wb.write('设置', 1, 1, [
      ['设置项', '值'],
      ['effectWeeks', 2],
    ]);
    const [row] = generateEffects(wb, NOW, ZONE, readSettings(wb).settings).rows;
    expect(row!.beforeWeeks).toEqual(['2026-W40', '2026-W41']);
    expect(row!.afterWeeks).toEqual(['2026-W43', '2026-W44']);
    expect(row!.before).toEqual({ hits: 20, base: 100, share: 0.2 });
    expect(row!.after).toEqual({ hits: 6, base: 100, share: 0.06 });
  });
});
