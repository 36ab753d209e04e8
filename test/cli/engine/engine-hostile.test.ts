/**
 * Nothing from a folder's files or its path becomes SQL: hostile headers, folder names and cells
 * give the workbook path's figures, write nothing, and raise nothing. The dialect is told to
 * DuckDB, never sniffed: a cell wrapped in apostrophes keeps them, and a file whose first quoted
 * cell comes after DuckDB's 20,480-row sample reads whole.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeExportFolder } from '../../../src/cli/engine/export-folder';
import { folderSummaries } from '../../../src/cli/engine/folder-summary';
import { mapHeader } from '../../../src/core/sheets/header';
import { columnLabel, TEMPLATES } from '../../../src/core/sheets/template';
import { parsePeriod } from '../../../src/core/time/periods';
import { tempDir } from '../../fakes/temp-dir';
import { generateLogs } from './generated-logs';
import { workbookSummaries } from './workbook-path';

const json = (x: unknown) => JSON.parse(JSON.stringify(x));
const MONTH = [parsePeriod('2026-10')];
const LOGS = generateLogs(40, {
  seed: 11,
  start: '2026-09-28',
  days: 35,
  emptyWeek: '2026-10-12',
  emptyMonth: '2026-12',
});

/** A header cell that closed sniff_csv's `columns = {…}` in the SQL and copied a table to a file. */
const copyPayload = (target: string) =>
  `a': 'VARCHAR'})); COPY (SELECT 42 AS x) TO '${target}' (FORMAT csv); --`;

/** The engine's figures and the workbook path's over the same folder. */
async function bothPaths(folder: string) {
  const engine = await folderSummaries(folder, MONTH, 'zh');
  return { engine: json(engine.models), workbook: json(await workbookSummaries(folder, MONTH)) };
}

type Sheet = 'inquiries' | 'reviews';
type Grid = string[][];

const readGrid = (path: string): Grid => parse(readFileSync(path), { relax_column_count: true }) as Grid;
const writeGrid = (path: string, grid: Grid) => writeFileSync(path, stringify(grid));

/** The generated logs as an export folder's grids (header first). */
function exportGrids(folder: string): Record<Sheet, Grid> {
  writeExportFolder(folder, { ...LOGS, lang: 'zh' });
  return {
    inquiries: readGrid(join(folder, 'inquiries.csv')),
    reviews: readGrid(join(folder, 'reviews.csv')),
  };
}

/** An extra column spliced into a grid at `at`: a header and the cells, cycled down the rows. */
function withColumn(grid: Grid, at: number, name: string, cells: readonly string[]): Grid {
  const i = Math.min(at, grid[0]!.length);
  return grid.map((row, r) => {
    const copy = [...row];
    copy.splice(i, 0, r === 0 ? name : (cells[r % cells.length] ?? ''));
    return copy;
  });
}

/** The grid with every cell of the named column (by its zh label) replaced by `cell(row)`. */
function withCells(grid: Grid, sheet: Sheet, key: string, cell: (row: number) => string | null): Grid {
  const at = grid[0]!.indexOf(columnLabel(sheet, key, 'zh'));
  return grid.map((row, r) => {
    const value = r === 0 ? null : cell(r);
    if (value === null) return row;
    const copy = [...row];
    copy[at] = value;
    return copy;
  });
}

/** Characters that break SQL literals, identifiers, CSV quoting and file-name patterns. */
const HOSTILE = [...'\'"`,;-\n\t {}()*?[]\\$:/%_#=~.aZ0价格快递', '\u3000'];
const hostileText = (min: number, max: number) =>
  fc.array(fc.constantFrom(...HOSTILE), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const extraName = (sheet: Sheet) =>
  fc
    .oneof(hostileText(0, 16), fc.constantFrom("x'y", 'a"b', copyPayload('/tmp/pwned.csv')))
    .filter((name) => Object.keys(mapHeader([name], TEMPLATES[sheet]).columns).length === 0);
/** Free-text columns, where any text is a value (both paths keep it as written). */
const TEXT_COLUMNS: [Sheet, string][] = [
  ['inquiries', 'question'],
  ['inquiries', 'product'],
  ['inquiries', 'region'],
  ['inquiries', 'noDealReason'],
  ['reviews', 'text'],
  ['reviews', 'product'],
];

describe('summary --from <folder> --engine duckdb: nothing from the files becomes SQL', () => {
  it('a header closing the old columns struct runs no COPY: no file written, the same figures', async () => {
    const folder = tempDir('spiral-hostile-header');
    const target = join(folder, 'pwned.csv');
    const grids = exportGrids(folder);
    writeGrid(join(folder, 'inquiries.csv'), withColumn(grids.inquiries, 99, copyPayload(target), ['1']));
    const { engine, workbook } = await bothPaths(folder);
    expect(existsSync(target)).toBe(false);
    expect(engine).toEqual(workbook);
    expect(engine[0].inquiries.total).toBeGreaterThan(0);
  });

  it("reads a header x'y as a column like any other", async () => {
    const folder = tempDir('spiral-hostile-quote-header');
    const grids = exportGrids(folder);
    writeGrid(join(folder, 'reviews.csv'), withColumn(grids.reviews, 3, "x'y", ['1', "it's"]));
    const { engine, workbook } = await bothPaths(folder);
    expect(engine).toEqual(workbook);
  });

  it("reads a folder named it's, and reads only the folder named d* beside one named dd", async () => {
    const sandbox = tempDir('spiral-hostile-folder');
    for (const name of ["it's", 'd*', 'dd']) {
      const folder = join(sandbox, name);
      mkdirSync(folder);
      writeGrid(join(folder, 'inquiries.csv'), exportGrids(folder).inquiries);
    }
    const { engine, workbook } = await bothPaths(join(sandbox, "it's"));
    expect(engine).toEqual(workbook);
    const star = await bothPaths(join(sandbox, 'd*'));
    expect(star.engine).toEqual(star.workbook);
    expect(star.engine[0].inquiries.total).toBe(workbook[0].inquiries.total);
  });

  it('keeps apostrophes around a cell (no quote character sniffed)', async () => {
    const folder = tempDir('spiral-hostile-apostrophes');
    const grids = exportGrids(folder);
    const quoted = (r: number) => (r % 2 === 0 ? `'${grids.inquiries[r]![10]}'` : null);
    writeGrid(join(folder, 'inquiries.csv'), withCells(grids.inquiries, 'inquiries', 'product', quoted));
    writeGrid(
      join(folder, 'reviews.csv'),
      withCells(grids.reviews, 'reviews', 'date', (r) => (r === 1 ? "'2026-10-05'" : null)),
    );
    const { engine, workbook } = await bothPaths(folder);
    expect(engine).toEqual(workbook);
    expect(JSON.stringify(engine)).toContain("'四件套'");
  });

  it("pads a short row with blanks and leaves out a long row's extra cells, beside quoted line breaks", async () => {
    const folder = tempDir('spiral-hostile-short-row');
    const grids = exportGrids(folder);
    const rows = withCells(grids.inquiries, 'inquiries', 'question', (r) => (r === 2 ? '价格\n贵' : null));
    rows[3] = rows[3]!.slice(0, 9);
    rows[4] = [...rows[4]!, 'extra', '"'];
    writeGrid(join(folder, 'inquiries.csv'), rows);
    const { engine, workbook } = await bothPaths(folder);
    expect(engine).toEqual(workbook);
  });

  it('reads a file whose first quoted cell comes after row 20,480', async () => {
    const folder = tempDir('spiral-hostile-late-quote');
    const grids = exportGrids(folder);
    const [header, first] = grids.inquiries as [string[], string[]];
    const plain = first.map((c) => c.replaceAll(/[",\n]/g, ''));
    const late = withCells([header, plain], 'inquiries', 'question', () => '价格, 还能便宜吗？"真的"')[1]!;
    writeGrid(join(folder, 'inquiries.csv'), [header, ...new Array<string[]>(20_500).fill(plain), late]);
    const engine = await folderSummaries(folder, MONTH, 'zh');
    expect(engine.rows.inquiries).toBe(20_501);
    expect(json(engine.models)).toEqual(json(await workbookSummaries(folder, MONTH)));
  }, 120_000);

  it('fuzz: hostile headers, folder names and cells give the workbook figures and write nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileText(1, 12).filter((n) => !/^\.*$/.test(n) && !n.includes('/')),
        fc.array(
          fc.record({ at: fc.nat(20), name: extraName('inquiries'), cells: fc.array(hostileText(0, 8)) }),
          {
            maxLength: 2,
          },
        ),
        fc.record({ at: fc.nat(8), name: extraName('reviews'), cells: fc.array(hostileText(0, 8)) }),
        fc.array(fc.tuple(fc.constantFrom(...TEXT_COLUMNS), hostileText(1, 10)), { maxLength: 4 }),
        async (name, inquiryExtras, reviewExtra, cells) => {
          const sandbox = tempDir('spiral-fuzz');
          const folder = join(sandbox, name);
          mkdirSync(folder);
          // A sibling the folder's name would match as a pattern (d* beside dz).
          const decoy = name.replaceAll(/[*?[\]{}]/g, 'z');
          if (decoy !== name) mkdirSync(join(sandbox, decoy), { recursive: true });
          const grids = exportGrids(folder);
          if (decoy !== name) writeExportFolder(join(sandbox, decoy), { ...generateLogs(30), lang: 'zh' });
          let inquiries = grids.inquiries;
          let reviews = grids.reviews;
          for (const [[sheet, key], text] of cells) {
            const put = (r: number) => (r % 3 === 1 ? text : null);
            if (sheet === 'inquiries') inquiries = withCells(inquiries, sheet, key, put);
            else reviews = withCells(reviews, sheet, key, put);
          }
          for (const extra of inquiryExtras)
            inquiries = withColumn(inquiries, extra.at, extra.name, extra.cells);
          reviews = withColumn(reviews, reviewExtra.at, reviewExtra.name, reviewExtra.cells);
          writeGrid(join(folder, 'inquiries.csv'), inquiries);
          writeGrid(join(folder, 'reviews.csv'), reviews);
          const { engine, workbook } = await bothPaths(folder);
          expect(engine).toEqual(workbook);
          expect(readdirSync(folder).sort()).toEqual(['inquiries.csv', 'reviews.csv']);
          expect(readdirSync(sandbox).sort()).toEqual([...new Set([name, decoy])].sort());
          expect(existsSync('/tmp/pwned.csv')).toBe(false);
        },
      ),
      { numRuns: 20 },
    );
  }, 300_000);
});
