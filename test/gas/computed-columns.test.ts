import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { COMPUTED_PROTECTION, installTemplates } from '../../src/core/setup/install';
import { GasWorkbook, HEADER_PROTECTION } from '../../src/gas/gas-workbook';
import type { FakeDataValidation } from '../fakes/fake-parts';
import { createGasFakes } from '../fakes/gas-services';
import { tempDir } from '../fakes/temp-dir';

/** Scorecard columns in template order: the last seven are written by Spiral (issue 10, item 5). */
const TYPED = 17;
const COMPUTED = [18, 19, 20, 21, 22, 23, 24];

describe('computed Scorecard columns read apart from typed ones', () => {
  it('in Sheets: grey data rows, a header note, the explanation wrapped and wide, a warning-only protection, once', () => {
    const fakes = createGasFakes();
    const wb = new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp);
    installTemplates(wb, { language: 'zh' });
    installTemplates(wb, { language: 'zh' });
    const sheet = fakes.spreadsheet.sheet('客服考核');
    for (const col of COMPUTED) {
      expect(sheet.styleAt(2, col).background).toBe('#eeeeee');
      expect(sheet.styleAt(500, col).background).toBe('#eeeeee');
      expect(String(sheet.styleAt(1, col).note)).toContain('由 Spiral 计算并写入');
    }
    // The header keeps its own colour; typed columns stay white.
    expect(sheet.styleAt(1, 24).background).toBe('#1f4e79');
    expect(sheet.styleAt(2, TYPED).background).toBeUndefined();
    expect(sheet.styleAt(2, 24).wrap).toBe(true);
    expect(sheet.columnWidth(24)).toBeGreaterThanOrEqual(500);
    const protections = sheet.getProtections(fakes.SpreadsheetApp.ProtectionType.RANGE);
    const computed = protections.filter((p) => p.getDescription().startsWith(COMPUTED_PROTECTION));
    expect(computed).toHaveLength(COMPUTED.length);
    expect(computed.every((p) => p.isWarningOnly())).toBe(true);
    expect(computed.map((p) => p.box?.col)).toEqual(COMPUTED);
    expect(protections.filter((p) => p.getDescription() === HEADER_PROTECTION)).toHaveLength(1);
  });

  it('in .xlsx: the same grey fill and wrapped explanation, saved and reopened (no protection: Sheets only)', async () => {
    const wb = XlsxWorkbook.create();
    installTemplates(wb, { language: 'en' });
    const path = join(tempDir('spiral-computed'), 'book.xlsx');
    await wb.save(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet('Scorecard')!;
    const fill = (col: number) =>
      (sheet.getColumn(col).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    for (const col of COMPUTED) expect(fill(col)).toBe('FFEEEEEE');
    expect(fill(TYPED)).toBeUndefined();
    expect(sheet.getColumn(24).alignment?.wrapText).toBe(true);
    expect(String(sheet.getCell(1, 24).note)).toContain('Computed and written by Spiral');
    expect((sheet.getCell(1, 24).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1F4E79');
  });

  it('Products: 角色 is a typed dropdown of the four roles; 建议角色 and 角色依据 are computed, protected once', () => {
    const fakes = createGasFakes();
    const wb = new GasWorkbook(fakes.spreadsheet, fakes.SpreadsheetApp);
    installTemplates(wb, { language: 'zh' });
    installTemplates(wb, { language: 'zh' });
    const sheet = fakes.spreadsheet.sheet('商品清单');
    const role = sheet.styleAt(2, 4);
    expect(role.background).toBeUndefined();
    const list = role.validation as FakeDataValidation;
    expect(list.list).toEqual(['引流款', '活动款', '利润款', '渠道款']);
    expect(list.getAllowInvalid()).toBe(true);
    for (const col of [5, 6]) {
      expect(sheet.styleAt(2, col).background).toBe('#eeeeee');
      expect(sheet.styleAt(2, col).validation).toBeUndefined();
      expect(String(sheet.styleAt(1, col).note)).toContain('由 Spiral 计算并写入');
    }
    const computed = sheet
      .getProtections(fakes.SpreadsheetApp.ProtectionType.RANGE)
      .filter((p) => p.getDescription().startsWith(COMPUTED_PROTECTION));
    expect(computed.map((p) => p.box?.col)).toEqual([5, 6]);
  });
});
