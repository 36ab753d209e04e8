import { describe, expect, it } from 'vitest';
import { installTemplates } from '../../../src/core/setup/install';
import { readTaxonomy } from '../../../src/core/sheets/tables';
import { SHEET_KEYS, sheetName, TEMPLATES } from '../../../src/core/sheets/template';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

describe('installTemplates', () => {
  it('creates every sheet in Chinese by default, with the header and formats', () => {
    const wb = new MemoryWorkbook();
    const report = installTemplates(wb);
    expect(report.language).toBe('zh');
    expect(wb.sheetNames()).toEqual(SHEET_KEYS.map((k) => sheetName(k, 'zh')));
    expect(wb.read('询单记录')[0]).toEqual(TEMPLATES.inquiries.columns.map((c) => c.zh));
    const format = wb.formatOf('询单记录')!;
    expect(format.frozenRows).toBe(1);
    expect(format.protectHeader).toBe(true);
    const stage = format.columns.find((c) => c.index === 6);
    expect(stage?.list).toEqual(['售前', '售后']);
    const date = format.columns.find((c) => c.index === 1);
    expect(date).toMatchObject({ numberFormat: 'yyyy-mm-dd', width: 100 });
  });

  it('seeds the taxonomy from rules/ and every setting with its default', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb, { language: 'en' });
    const taxonomy = readTaxonomy(wb).records;
    expect(taxonomy.filter((t) => t.kind === 'review').map((t) => t.category)).toContain(
      'praise for an agent',
    );
    expect(taxonomy.filter((t) => t.category !== 'other').every((t) => t.keywords.length > 0)).toBe(true);
    const settings = wb.read('Settings');
    expect(settings.map((r) => r[0])).toContain('bonusBase');
    const categoryDropdown = wb.formatOf('Inquiries')!.columns.find((c) => c.index === 8);
    expect(categoryDropdown?.list).toContain('courier');
  });

  it('is idempotent: a second run changes nothing', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb);
    const before = wb.sheetNames().map((n) => [n, wb.read(n), wb.formatOf(n)]);
    const writes = wb.calls.write;
    const report = installTemplates(wb);
    expect(report.created).toEqual([]);
    expect(report.columnsAdded).toEqual([]);
    expect(report.rowsAdded).toEqual([]);
    expect(wb.calls.write).toBe(writes);
    expect(wb.sheetNames().map((n) => [n, wb.read(n), wb.formatOf(n)])).toEqual(before);
  });

  it('completes a reordered, partly filled sheet without moving or changing anything', () => {
    const userSheet = [
      ['客服', 'My own column', 'Date', '客户ID', 'stage'],
      ['小美', 'keep me', '2026-11-02', 'b1', '售前'],
      ['阿杰', '', '2026-11-03', 'b2', 'after-sale'],
      ['', 'stray note beyond the header', '', '', '', 'far right'],
    ];
    const wb = MemoryWorkbook.from({ Inquiries: userSheet });
    const report = installTemplates(wb);
    const grid = wb.read('Inquiries');
    // The user's cells are exactly where they were.
    userSheet.forEach((row, r) => {
      row.forEach((cell, c) => {
        expect(grid[r]![c]).toBe(cell);
      });
    });
    // Missing columns were appended after the widest row, in the workbook's language (English here:
    // with no Settings sheet, the sheet's English name tells).
    const added = report.columnsAdded.find((c) => c.sheet === 'Inquiries')!.columns;
    expect(added).toContain('Question');
    expect(added).not.toContain('Date');
    expect(grid[0]!.slice(6)).toEqual(added);
    expect(report.created).not.toContain('询单记录');
    const again = installTemplates(wb);
    expect(again.columnsAdded).toEqual([]);
    expect(wb.read('Inquiries')).toEqual(grid);
  });

  it('leaves a team’s own taxonomy and settings values alone', () => {
    const wb = MemoryWorkbook.from({
      分类词典: [
        ['类型', '分类', '关键词'],
        ['评价内容', '包装', '包装,盒子'],
      ],
      设置: [
        ['设置项', '值'],
        ['bonusPool', '5000'],
      ],
    });
    installTemplates(wb);
    expect(readTaxonomy(wb).records.map((t) => t.category)).toEqual(['包装']);
    const settings = wb.read('设置');
    expect(settings[1]!.slice(0, 2)).toEqual(['bonusPool', '5000']);
    expect(settings.length).toBeGreaterThan(2);
  });
});
