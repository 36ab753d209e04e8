/**
 * `spiral demo --lang en`: the English demo workbook and what the demo prints hold no Chinese text of
 * a catalogue entry (the mirror of demo.test.ts's scan of the Chinese demo). The shop's own data
 * (agent names, products, the buyers' questions) stays Chinese: it is what the team typed.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runDemo } from '../../src/cli/commands/demo';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { say } from '../../src/core/messages/catalogue';
import { readSettings } from '../../src/core/settings/settings';
import { sheetName } from '../../src/core/sheets/template';
import { otherLanguageCells, otherLanguageLines, spiralWritten } from '../core/messages/language-scan';
import { tempDir } from '../fakes/temp-dir';

describe('spiral demo --lang en', () => {
  const path = join(tempDir('spiral-demo-en'), 'demo-en.xlsx');
  let wb: XlsxWorkbook;
  const out: string[] = [];

  beforeAll(async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    expect(await runDemo([path], { lang: 'en' })).toBe(0);
    wb = await XlsxWorkbook.open(path);
  }, 300_000);
  afterAll(() => vi.restoreAllMocks());

  it('makes an English workbook', () => {
    expect(readSettings(wb).settings.language).toBe('en');
    expect(wb.hasSheet(sheetName('inquiries', 'en'))).toBe(true);
    expect(wb.hasSheet('Weekly 2026-W46')).toBe(true);
    expect(out.join('')).toContain(say('en', 'demo.written', { path }));
  });

  it('writes no Chinese catalogue text into any cell Spiral wrote', () => {
    const sheets = spiralWritten(wb);
    expect(Object.keys(sheets).length).toBeGreaterThan(20);
    expect(otherLanguageCells(sheets, 'zh')).toEqual([]);
  });

  it('prints no Chinese catalogue text, and shows the planted gift finding in English', () => {
    const text = out.join('');
    expect(otherLanguageLines(text, 'zh')).toEqual([]);
    expect(text).toContain(say('en', 'demo.findings', { period: '2026-W46', count: 2 }));
    expect(text).toMatch(/trend of gift not attractive among no-deal reasons, 2026-W39–2026-W46: .*→ 21%/);
    // Every action's target reads in the English taxonomy (size/spec names two kinds: written with its kind).
    expect(text).toContain('no-deal: size/spec');
    expect(text).not.toContain(say('en', 'effects.label.unknownTarget'));
  });
});
