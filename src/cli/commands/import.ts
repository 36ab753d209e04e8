import { stringify } from 'csv-stringify/sync';
import {
  ImportError,
  type ImportResult,
  importSheetOf,
  noteText,
  rejectedGrid,
  XLSX_CELL_LIMIT,
} from '../../core/ingest';
import { IMPORT_TARGETS, JOBS, runJob } from '../../core/jobs';
import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import { cliLang } from '../cli-lang';
import { command } from '../command';
import { writeFileAtomic } from '../files/atomic-write';
import { InvalidBytesError } from '../ingest/decode-text';
import { type ExportFile, ExportFileError, readExport } from '../ingest/read-export';
import { UsageError } from '../usage-error';
import { logged, withBook } from '../xlsx/book';

/**
 * `spiral import <book> --sheet <key> --file <export>` (`--csv` is the same option): exit 0 all
 * in, 3 some rejected, 1 usage or file error (nothing written). `--json` prints the result.
 */
export async function runImport(args: string[], values: Record<string, unknown>): Promise<number> {
  const sheet = values.sheet as string | undefined;
  const file = (values.file ?? values.csv) as string | undefined;
  if (!sheet || !IMPORT_TARGETS.includes(sheet)) {
    throw new UsageError(
      say(cliLang(values), 'commands.import.sheet', { choices: IMPORT_TARGETS.join(', ') }),
    );
  }
  if (!file) throw new UsageError(say(cliLang(values), 'commands.import.file'));
  const rejectedPath = `${file}.rejected.csv`;
  const { result, lang } = await withBook<{ result: ImportResult; lang: Lang }>(
    args[0],
    { save: ({ result: r }) => r.new + r.updated > 0 },
    (wb, lock) =>
      logged(wb, lock, async (context) => {
        // The run's one reading of Settings: its language and, for chats, the look-back days.
        const lang = context.settings.language;
        const exported = await readFile(file, lang);
        let result: ImportResult;
        try {
          const options = {
            cellLimit: XLSX_CELL_LIMIT,
            ...(typeof values.shop === 'string' ? { shop: values.shop } : {}),
          };
          const input = {
            timeZone: context.settings.timeZone,
            import: { sheet, table: exported.table, options },
          };
          result = (await runJob(JOBS.import, context, input)).result;
        } catch (error) {
          if (error instanceof ImportError) throw new UsageError(`${file}: ${error.message}`);
          throw error;
        }
        report(result, file, lang);
        // The rejected rows are on disk before the workbook is saved: if they cannot be, nothing is.
        if (result.rejectedRows.length > 0) {
          const csv = `\uFEFF${stringify(rejectedGrid(result.rejectedHeader, result.rejectedRows, lang), { record_delimiter: 'windows' })}`;
          try {
            await writeFileAtomic(rejectedPath, Buffer.from(csv, 'utf8'));
          } catch (error) {
            throw new UsageError(
              say(lang, 'import.rejectedWriteFailed', {
                path: rejectedPath,
                error: (error as Error).message,
              }),
            );
          }
          process.stderr.write(
            `${say(lang, 'import.rejectedWritten', { count: result.rejected, path: rejectedPath })}\n`,
          );
        }
        return { result, lang };
      }),
  );
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(
      `${say(lang, 'import.summary', { file, sheet: result.sheet, new: result.new, updated: result.updated, skipped: result.skipped, rejected: result.rejected })}\n`,
    );
    if (result.repeated > 0)
      process.stdout.write(`${say(lang, 'import.repeated', { repeated: result.repeated })}\n`);
  }
  return result.rejected > 0 ? 3 : 0;
}

async function readFile(file: string, lang: Lang): Promise<ExportFile> {
  try {
    return await readExport(file);
  } catch (error) {
    if (error instanceof InvalidBytesError) {
      throw new UsageError(
        say(lang, 'import.invalidBytes', { file, line: error.line, encoding: error.encoding }),
      );
    }
    if (error instanceof ExportFileError) {
      throw new UsageError(
        say(lang, error.reason === 'noFile' ? 'import.noFile' : 'import.unsupportedFile', { file }),
      );
    }
    throw error;
  }
}

function report(result: ImportResult, file: string, lang: Lang): void {
  const lines: string[] = result.notes.map((note) =>
    say(lang, 'import.warningFile', { file, reason: noteText(note, lang) }),
  );
  for (const w of result.warnings) {
    lines.push(say(lang, 'import.warningLine', { file, line: w.line, column: w.column, reason: w.reason }));
  }
  for (const r of result.rejectedRows) {
    lines.push(say(lang, 'import.rejectedLine', { file, line: r.line, reasons: r.reasons.join('; ') }));
  }
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}

/** `spiral import`: its usage, arguments and options, beside its action. */
export const importCommand = command({
  name: 'import',
  help: 'cli.help.import',
  args: ['book.xlsx'],
  options: {
    // A sheet's name in either language (订单记录, Orders) reads as its key.
    sheet: { type: 'string', value: (text) => importSheetOf(text) ?? text },
    file: { type: 'string' },
    csv: { type: 'string' },
    shop: { type: 'string' },
    json: { type: 'boolean' },
  },
  run: runImport,
});
