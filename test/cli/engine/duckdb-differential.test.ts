/**
 * The DuckDB path equals the in-memory path field by field: the same logs, written as an export
 * folder and summarised by `folderSummaries` (SQL classification and GROUP BY counts), against
 * buildSummary over the records with their blanks classified in memory.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_DATE_FORMS } from '../../../src/cli/demo/engine-demo';
import { writeExportFolder } from '../../../src/cli/engine/export-folder';
import { folderSummaries } from '../../../src/cli/engine/folder-summary';
import { polarityRulesOf } from '../../../src/core/classify/polarity-rules';
import { defaultTaxonomyRows } from '../../../src/core/classify/taxonomy-rules';
import { defaultSettingsValue } from '../../../src/core/settings/settings';
import type { Inquiry, Review } from '../../../src/core/sheets/records';
import { buildSummary } from '../../../src/core/summary/build-summary';
import type { SummaryModel } from '../../../src/core/summary/summary-model';
import type { Period } from '../../../src/core/time/periods';
import { parsePeriod } from '../../../src/core/time/periods';
import { tempDir } from '../../fakes/temp-dir';
import { classifyBlanks } from './classify-blanks';
import { generateLogs } from './generated-logs';

function inMemory(periods: Period[], inquiries: Inquiry[], reviews: Review[]): SummaryModel[] {
  const settings = defaultSettingsValue('zh');
  const taxonomy = defaultTaxonomyRows('zh');
  const logs = classifyBlanks(taxonomy, inquiries, reviews);
  return periods.map((period) =>
    buildSummary({
      period,
      inquiries: logs.inquiries,
      reviews: logs.reviews,
      excludedRows: 0,
      undatedExcludedRows: 0,
      settings: {
        responseThresholdSeconds: settings.responseThresholdSeconds,
        rankingSize: settings.rankingSize,
        language: settings.language,
      },
      attributionDays: settings.attributionDays,
      taxonomy,
      polarityRules: polarityRulesOf(taxonomy),
    }),
  );
}

const json = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('summary --from <folder> --engine duckdb', () => {
  const { inquiries, reviews } = generateLogs(10_000);
  const periods = ['2026-W29', '2026-W37', '2026-W38', '2026-W43', '2026-08', '2026-09', '2026-10'].map(
    parsePeriod,
  );

  it('equals the in-memory summary on 10,000 generated rows, weekly and monthly', async () => {
    const folder = tempDir('spiral-engine');
    writeExportFolder(folder, { inquiries, reviews, lang: 'zh' });
    const engine = await folderSummaries(folder, periods, 'zh');
    const memory = inMemory(periods, inquiries, reviews);
    expect(engine.rows).toEqual({ inquiries: 7000, reviews: 3000 });
    for (let i = 0; i < periods.length; i++) {
      expect(json(engine.models[i]), periods[i]!.id).toEqual(json(memory[i]));
    }
  });

  it('equals it with the dates written in every form the demo writes (2026.11.3, 年月日, serials, ISO…)', async () => {
    const folder = tempDir('spiral-engine-dates');
    const dateText = (date: string, row: number) => DEMO_DATE_FORMS[row % DEMO_DATE_FORMS.length]!(date);
    writeExportFolder(folder, { inquiries, reviews, lang: 'zh', dateText });
    const engine = await folderSummaries(folder, periods, 'zh');
    expect(engine.rows).toEqual({ inquiries: 7000, reviews: 3000 });
    const memory = inMemory(periods, inquiries, reviews);
    for (let i = 0; i < periods.length; i++) {
      expect(json(engine.models[i]), periods[i]!.id).toEqual(json(memory[i]));
    }
  });

  it('the generated logs hold what the test claims: multi-label reviews, every kind, empty periods', () => {
    const memory = inMemory(periods, inquiries, reviews);
    const week37 = memory[1]!;
    const august = memory[4]!;
    // 2026-W37 and August are empty; W38 and September follow an empty period.
    expect(week37.inquiries.total + week37.inquiries.afterSaleTotal).toBe(0);
    expect(august.inquiries.total).toBe(0);
    expect(memory[2]!.inquiries.previousTotal).toBe(0);
    const ours = memory[6]!.reviews.shops.ours!;
    const mentions = ours.categories.reduce((s, c) => s + c.count, 0);
    expect(mentions).toBeGreaterThan(ours.total);
    expect(ours.categories.some((c) => c.negativeCount > 0)).toBe(true);
    const october = memory[6]!;
    expect(october.noDealReasons.length).toBeGreaterThan(2);
    expect(october.questionCategories['after-sale'].length).toBeGreaterThan(2);
    expect(october.questionCategories['pre-sale'].length).toBeGreaterThan(2);
    expect(october.dimensions!.length).toBeGreaterThan(0);
  });

  it('leaves 系统默认好评 out of the shares as the workbook path does, and counts it', async () => {
    const small = generateLogs(600, {
      seed: 5,
      start: '2026-09-07',
      days: 56,
      emptyWeek: '2026-09-21',
      emptyMonth: '2026-12',
    });
    const october = small.reviews.filter((r) => r.date.startsWith('2026-10'));
    // Every third October review becomes the platform's default praise (ours and competitors' alike).
    const reviews = small.reviews.map((r) =>
      october.indexOf(r) % 3 === 0
        ? { ...r, text: '评价方未及时做出评价,系统默认好评!', rating: 5, categories: [] }
        : r,
    );
    const folder = tempDir('spiral-engine-default-praise');
    writeExportFolder(folder, { inquiries: small.inquiries, reviews, lang: 'zh' });
    const month = [parsePeriod('2026-10')];
    const engine = await folderSummaries(folder, month, 'zh');
    const memory = inMemory(month, small.inquiries, reviews)[0]!;
    expect(json(engine.models[0])).toEqual(json(memory));
    const shops = Object.values(memory.reviews.shops);
    const defaults = shops.reduce((n, s) => n + s.defaultPraise, 0);
    expect(defaults).toBe(october.filter((_, i) => i % 3 === 0).length);
    expect(shops.reduce((n, s) => n + s.total, 0)).toBe(october.length - defaults);
  });

  it('reads English headers and keys as well, and says what the folder cannot give', async () => {
    const small = generateLogs(600, {
      seed: 3,
      start: '2026-09-07',
      days: 56,
      emptyWeek: '2026-09-21',
      emptyMonth: '2026-12',
    });
    // A compatibility character DuckDB has no NFKC for: the core reads the text, so it reads the same.
    small.reviews[0] = { ...small.reviews[0]!, text: `①号${small.reviews[0]!.text}` };
    const folder = tempDir('spiral-engine-en');
    writeExportFolder(folder, { ...small, lang: 'en' });
    const month = [parsePeriod('2026-10')];
    const engine = await folderSummaries(folder, month, 'zh');
    expect(json(engine.models[0])).toEqual(json(inMemory(month, small.inquiries, small.reviews)[0]));
    expect(engine.notes.join('\n')).toContain('考核');
    expect(engine.notes.join('\n')).toContain('月报没有商品角色部分');
  });
});
