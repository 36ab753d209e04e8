import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { MissingInputError } from '../../../src/core/sheets/needs';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { generateSummary } from '../../../src/core/summary/generate-summary';
import type { ScorecardResultLike } from '../../../src/core/summary/summary-model';
import { PeriodError, parsePeriod } from '../../../src/core/time/periods';
import { MemoryWorkbook } from '../../fakes/memory-workbook';
import { weekInquiries, weekReviews } from '../../fixtures/summary/week-fixture';
import { summarySheets } from '../../fixtures/summary/workbook';

const INQUIRIES = '询单记录';
const workbook = (lang: 'zh' | 'en' = 'zh') =>
  MemoryWorkbook.from(summarySheets(weekInquiries, weekReviews, lang));

describe('generateSummary', () => {
  it('reads the sheets and writes the same model as buildSummary over the records', () => {
    const wb = workbook();
    const { tabName, model, problems } = generateSummary(wb, '2026-W47');
    expect(tabName).toBe('周报 2026-W47');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const direct = buildSummary({
      period: parsePeriod('2026-W47'),
      inquiries: weekInquiries,
      reviews: weekReviews,
      excludedRows: 0,
      settings: { ...DEFAULT_SETTINGS, language: 'zh' },
    });
    expect(model).toEqual(direct);
    expect(wb.tabOf(tabName)?.values[0]?.[0]).toBe('周报 2026-W47 · 2026-11-16 至 2026-11-22');
  });

  it('reads the sheets once each and writes the tab in one call', () => {
    const wb = workbook();
    generateSummary(wb, '2026-W47');
    expect(wb.calls.writeTab).toBe(1);
    expect(wb.calls.write).toBe(0);
    expect(wb.calls.read).toBeLessThanOrEqual(3);
    // The check that the logs and their columns are there reads their header rows only.
    expect(wb.calls.readHeader).toBe(2);
  });

  it('regenerating a period rewrites the one tab in place and leaves other tabs alone', () => {
    const wb = workbook();
    wb.addSheet('备忘');
    wb.write('备忘', 1, 1, [['keep me']]);
    generateSummary(wb, '2026-W47');
    const id = wb.sheetIdOf('周报 2026-W47');
    const before = wb.tabOf('周报 2026-W47')!;
    // New data arrives: three more converted pre-sale inquiries in the week.
    const more = weekInquiries.filter((r) => r.date === '2026-11-18' && r.converted === true).slice(0, 3);
    const wb2Sheets = summarySheets([...weekInquiries, ...more], weekReviews, 'zh');
    wb.write(INQUIRIES, 1, 1, wb2Sheets[INQUIRIES]!);
    const { model } = generateSummary(wb, '2026-W47');
    expect(wb.sheetNames().filter((n) => n.startsWith('周报'))).toEqual(['周报 2026-W47']);
    expect(wb.sheetIdOf('周报 2026-W47')).toBe(id);
    expect(model.inquiries.total).toBe(63);
    const after = wb.tabOf('周报 2026-W47')!;
    expect(after).not.toEqual(before);
    expect(after.values.find((r) => r[0] === '售前询单')?.[1]).toBe(63);
    expect(wb.read('备忘')).toEqual([['keep me']]);
    expect(wb.sheetNames()).toEqual(['询单记录', '评价记录', '备忘', '周报 2026-W47']);
  });

  it('counts rows left out for errors', () => {
    const sheets = summarySheets(weekInquiries, weekReviews, 'zh');
    const inquiries = sheets[INQUIRIES]!;
    inquiries.push([...inquiries[1]!]);
    inquiries[inquiries.length - 1]![0] = '2026-02-30';
    // A W47 row without its agent (required): left out, and dated, so it counts in W47 only.
    const agent = inquiries[0]!.indexOf('客服');
    const w47 = inquiries.findIndex((r) => r[0] === '2026-11-18');
    inquiries.push([...inquiries[w47]!]);
    inquiries[inquiries.length - 1]![agent] = '';
    const { model } = generateSummary(MemoryWorkbook.from(sheets), '2026-W47');
    expect(model.excludedRows).toBe(1);
    // 30 February has no date to place it by: counted apart, in no period.
    expect(model.undatedExcludedRows).toBe(1);
    const previous = generateSummary(MemoryWorkbook.from(sheets), '2026-W46').model;
    expect(previous.excludedRows).toBe(0);
    expect(previous.undatedExcludedRows).toBe(1);
  });

  it('writes English tabs for an English workbook and adds the month scorecard', () => {
    const wb = workbook('en');
    const scorecard: ScorecardResultLike[] = [
      {
        agent: 'Li',
        role: 'pre-sale',
        level: 'regular',
        score: 80,
        total: 130,
        percent: 80 / 130,
        qualified: false,
        bonus: 0,
        basePay: 2000,
        pay: 2000,
      },
    ];
    let asked = '';
    const { tabName, model } = generateSummary(wb, '2026-11', {
      scorecard: (_wb, month) => {
        asked = month;
        return scorecard;
      },
    });
    expect(tabName).toBe('Monthly 2026-11');
    expect(asked).toBe('2026-11');
    expect(model.scorecard).toEqual(scorecard);
    expect(model.noDealReasons.map((r) => r.category)).toContain('unrecorded');
    expect(wb.tabOf('Monthly 2026-11')?.values.some((r) => r[0] === 'Li' && r[5] === 'no')).toBe(true);
  });

  it('refuses a period id that is not one', () => {
    const wb = workbook();
    expect(() => generateSummary(wb, '2026-W54')).toThrow(PeriodError);
    expect(wb.calls.writeTab).toBe(0);
  });

  it('writes no tab for a workbook without data sheets, naming both and set-up', () => {
    const wb = new MemoryWorkbook();
    expect(() => generateSummary(wb, '2026-W47')).toThrow(MissingInputError);
    expect(() => generateSummary(wb, '2026-W47')).toThrow(/询单记录[\s\S]*评价记录[\s\S]*spiral init/);
    expect(wb.hasSheet('周报 2026-W47')).toBe(false);
  });

  it('never overwrites a tab with zeros when the Inquiries sheet was renamed or lost a column', () => {
    const wb = workbook();
    generateSummary(wb, '2026-W47');
    const before = wb.tabOf('周报 2026-W47');
    const grid = wb.read(INQUIRIES);
    wb.addSheet('询单记录2026');
    wb.write('询单记录2026', 1, 1, grid);
    wb.removeSheet(INQUIRIES);
    expect(() => generateSummary(wb, '2026-W47')).toThrow(/询单记录2026.*改回“询单记录”/);
    expect(wb.tabOf('周报 2026-W47')).toBe(before);

    const renamed = workbook();
    const header = renamed.read(INQUIRIES)[0]!;
    renamed.write(INQUIRIES, 1, header.indexOf('是否成交') + 1, [['成交?']]);
    expect(() => generateSummary(renamed, '2026-W47')).toThrow(/缺少列：是否成交 \(converted\)/);
    expect(renamed.hasSheet('周报 2026-W47')).toBe(false);
  });
});
