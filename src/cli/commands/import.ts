import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { IMPORTABLE, ImportError, type ImportResult, importRows } from '../../core/import-rows';
import type { SheetKey } from '../../core/template';
import { withBook } from '../book';
import { UsageError } from '../usage-error';

/** `spiral import <book> --sheet <key> --csv <file>`: exit 0 all in, 3 some rejected, 1 usage or file error. */
export async function runImport(args: string[], values: Record<string, unknown>): Promise<number> {
  const sheet = values.sheet as string | undefined;
  const csvPath = values.csv as string | undefined;
  if (!sheet || !(IMPORTABLE as readonly string[]).includes(sheet)) {
    throw new UsageError(`--sheet must be one of ${IMPORTABLE.join(', ')}`);
  }
  if (!csvPath) throw new UsageError('give the CSV file with --csv <file.csv>');
  const { header, rows } = readCsv(csvPath);
  const result = await withBook<ImportResult>(args[0], { save: (r) => r.appended > 0 }, (wb) => {
    try {
      return importRows(wb, sheet as SheetKey, header, rows);
    } catch (error) {
      if (error instanceof ImportError) throw new UsageError(`${csvPath}: ${error.message}`);
      throw error;
    }
  });
  for (const column of result.ignoredColumns)
    process.stderr.write(`warning: column "${column}" is not in the sheet; ignored\n`);
  for (const w of result.warnings) {
    process.stderr.write(`warning: ${csvPath} data row ${w.row}, column ${w.column}: ${w.reason}\n`);
  }
  for (const r of result.rejected) {
    process.stderr.write(`rejected: ${csvPath} data row ${r.index}: ${r.reasons.join('; ')}\n`);
  }
  if (result.rejected.length > 0) {
    const rejectedPath = `${csvPath}.rejected.csv`;
    writeFileSync(
      rejectedPath,
      toCsv([
        [...header, 'reason'],
        ...result.rejected.map((r) => [...(rows[r.index - 1] ?? []), r.reasons.join('; ')]),
      ]),
    );
    process.stderr.write(`${result.rejected.length} row(s) written to ${rejectedPath}\n`);
  }
  process.stdout.write(`${args[0]}: appended ${result.appended} row(s) to ${result.sheet}\n`);
  return result.rejected.length > 0 ? 3 : 0;
}

/** CSV as UTF-8, with or without a BOM; comma separated; quoted fields may hold commas and new lines. */
function readCsv(path: string): { header: string[]; rows: string[][] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new UsageError(`${path}: not readable as CSV: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new UsageError(`${path}: the file is empty`);
  return { header, rows };
}

/** The rejected rows as the user gave them, plus a reason column; a BOM so spreadsheet apps read UTF-8. */
function toCsv(rows: string[][]): string {
  return `\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`;
}
