/**
 * A summary from a folder of exports through DuckDB: settings and taxonomy from the folder (else
 * the defaults), the logs counted by the engine, then the core's summaryFromCounts and layout —
 * the same model `spiral summary <book>` builds from the workbook.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TaxonomyRow } from '../../core/classify';
import { lexiconInEffect, polarityRulesOf, questionReader, rowsInEffect } from '../../core/classify';
import { say } from '../../core/messages';
import { type Lexicon, readLexiconSheet } from '../../core/reading';
import { defaultSettingsValue, readSettingsOver, type Settings } from '../../core/settings';
import { columnLabel, type Lang, readTaxonomy } from '../../core/sheets';
import type { SummaryModel } from '../../core/summary';
import { summaryFromCounts } from '../../core/summary';
import type { Period } from '../../core/time';
import { UsageError } from '../usage-error';
import { MissingColumnError, openLogs } from './duckdb-counts';
import { engineFileError } from './engine-errors';
import { FOLDER_FILES, logFile } from './export-folder';
import { FolderSheets } from './folder-sheets';

export interface FolderSummaries {
  settings: Settings;
  models: SummaryModel[];
  rows: { inquiries: number; reviews: number };
  /** Sentences for stderr: where settings and taxonomy came from, what the folder cannot give. */
  notes: string[];
}

/**
 * The folder's settings (settings.csv over the defaults in `lang`), taxonomy rows (taxonomy.csv, else
 * shipped) and reading lexicon (rules/lexicon.json with lexicon.csv's rows applied, as the 词库 sheet's
 * are); null: the defaults. `problems`: a sentence per lexicon.csv row that could not be applied.
 */
export async function folderRules(
  folder: string | null,
  lang: Lang,
): Promise<{
  settings: Settings;
  taxonomy: TaxonomyRow[];
  lexicon: Lexicon;
  note: string;
  problems: string[];
}> {
  const at = (file: string) =>
    folder !== null && existsSync(join(folder, file)) ? join(folder, file) : null;
  const settingsFile = at(FOLDER_FILES.settings);
  const taxonomyFile = at(FOLDER_FILES.taxonomy);
  const lexiconFile = at(FOLDER_FILES.lexicon);
  const sheets = await FolderSheets.read(
    { settings: settingsFile, taxonomy: taxonomyFile, lexicon: lexiconFile },
    lang,
  );
  const settings = settingsFile
    ? readSettingsOver(sheets, defaultSettingsValue(lang)).settings
    : defaultSettingsValue(lang);
  const written = taxonomyFile ? readTaxonomy(sheets, { lang: settings.language }).records : [];
  const l = settings.language;
  const read = lexiconInEffect(readLexiconSheet(sheets, l), l);
  const { rows: taxonomy, source, lexicon } = rowsInEffect(written, l, read.lexicon);
  const note = say(l, 'engine.sources', {
    settings: settingsFile
      ? say(l, 'engine.fromFolder', { file: FOLDER_FILES.settings })
      : say(l, 'engine.defaults'),
    taxonomy:
      source === 'sheet'
        ? say(l, 'engine.fromFolder', { file: FOLDER_FILES.taxonomy })
        : say(l, 'engine.shippedTaxonomy'),
    lexicon: lexiconFile
      ? say(l, 'engine.fromFolder', { file: FOLDER_FILES.lexicon })
      : say(l, 'engine.shippedLexicon'),
  });
  const problems = read.problems.map((p) =>
    say(l, 'commands.problem', { ...p, sheet: FOLDER_FILES.lexicon }),
  );
  return { settings, taxonomy, lexicon, note, problems };
}

/** Summaries of the periods from the folder's logs (one DuckDB load for all of them). */
export async function folderSummaries(
  folder: string,
  periods: readonly Period[],
  lang: Lang,
): Promise<FolderSummaries> {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UsageError(say(lang, 'engine.noFolder', { folder }));
  const { settings, taxonomy, lexicon, note, problems } = await folderRules(folder, lang);
  const l = settings.language;
  const inquiries = logFile(folder, 'inquiries');
  const reviews = logFile(folder, 'reviews');
  for (const [name, file] of [
    ['inquiries', inquiries],
    ['reviews', reviews],
  ] as const) {
    if (file === null) throw new UsageError(say(l, 'engine.missingLog', { folder, name }));
  }
  let logs: Awaited<ReturnType<typeof openLogs>>;
  try {
    logs = await openLogs({ inquiries: inquiries!, reviews: reviews! }, questionReader(taxonomy, lexicon), l);
  } catch (error) {
    if (error instanceof MissingColumnError) {
      const sheet = error.file === inquiries ? 'inquiries' : 'reviews';
      const labels = {
        zh: columnLabel(sheet, error.column, 'zh'),
        en: columnLabel(sheet, error.column, 'en'),
      };
      throw new UsageError(
        say(l, 'engine.missingColumn', { file: error.file, key: error.column, ...labels }),
      );
    }
    throw engineFileError(error, [inquiries!, reviews!], l) ?? error;
  }
  try {
    const rules = polarityRulesOf(taxonomy, lexicon);
    const models: SummaryModel[] = [];
    let excluded = 0;
    for (const period of periods) {
      const counted = await logs
        .counts(period, rules)
        .catch((error: unknown) =>
          Promise.reject(engineFileError(error, [inquiries!, reviews!], l) ?? error),
        );
      excluded += counted.excludedRows;
      models.push(
        summaryFromCounts(counted.counts, {
          period,
          excludedRows: counted.excludedRows,
          undatedExcludedRows: counted.undatedExcludedRows,
          settings: {
            responseThresholdSeconds: settings.responseThresholdSeconds,
            rankingSize: settings.rankingSize,
            language: settings.language,
          },
          attributionDays: settings.attributionDays,
          taxonomy,
        }),
      );
    }
    const notes = [note, ...problems, say(l, 'engine.note.orders')];
    if (periods.some((p) => p.kind === 'month'))
      notes.push(say(l, 'engine.note.scorecard'), say(l, 'engine.note.probes'), say(l, 'engine.note.roles'));
    if (excluded > 0) notes.push(say(l, 'engine.note.excluded', { count: excluded }));
    return { settings, models, rows: logs.rows, notes };
  } finally {
    logs.close();
  }
}
