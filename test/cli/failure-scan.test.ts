/**
 * Issue 21, acceptance: every `spiral` command (from the CLI's own registry, so a new command must
 * join the scan) over a corpus of hostile inputs (test/fixtures/hostile/, and workbooks generated
 * here), each case mapped to the catalogue key of the one sentence it must print. A case fails on a
 * stack trace, on the catch-all (cli.unexpected), on any stderr line the catalogue does not hold, or
 * when the sentence is not the expected key's. In process (main), faults injected at the file ports.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodeAtomicFs } from '../../src/cli/files/atomic-write';
import { nodeLockFs } from '../../src/cli/files/file-lock';
import { COMMANDS, main } from '../../src/cli/spiral';
import { writeZip, ZipArchive, type ZipEntry } from '../../src/cli/xlsx/stream/zip';
import { CATALOGUE, type MessageKey } from '../../src/core/messages/catalogue';
import { tempDir } from '../fakes/temp-dir';

const HOSTILE = resolve('test/fixtures/hostile');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalogue sentence as a pattern: its {parameters} stand for any text. */
const pattern = (template: string) => escapeRegExp(template).replace(/\\\{\w+\\\}/g, '[\\s\\S]*?');
const sentenceOf = (key: MessageKey) =>
  new RegExp(`(?:${pattern(CATALOGUE[key].zh)}|${pattern(CATALOGUE[key].en)})$`);
/** The words a sentence has of its own, its {parameters} left out. */
const ownWords = (template: string) => template.replace(/\{\w+\}/g, '').replace(/[\s\p{P}\p{S}\d]/gu, '');
/**
 * Every sentence of the catalogue, for "no other message": a printed line ends with one of them.
 * Fragments that are mostly parameters ("{n}", "{book}: {outcome}") would match any line: left out.
 */
const ANY = Object.values(CATALOGUE).flatMap((e) =>
  [e.zh, e.en].flatMap((t) => t.split('\n')).filter((line) => ownWords(line).length >= 6),
);
const anyLine = new RegExp(`(?:${ANY.map(pattern).join('|')})$`);

type Fault = 'diskFull' | 'readOnly';
interface Case {
  command: string;
  what: string;
  argv: (book: string, dir: string) => string[];
  key: MessageKey;
  fault?: Fault;
  setUp?: (book: string, dir: string) => void;
}

let fresh: string;
let charRef: string;
let bomb: string;

/** The book with its first sheet's XML patched, or its bytes replaced by `raw` declaring `size`. */
async function variant(to: string, edit: { xml?: (xml: string) => string; raw?: Buffer; size?: number }) {
  const zip = ZipArchive.read(readFileSync(fresh));
  const part = 'xl/worksheets/sheet1.xml';
  const original = zip.entries.get(part)!;
  const swapped: ZipEntry = edit.raw
    ? { ...original, size: edit.size!, compressedSize: edit.raw.length }
    : original;
  const source = { raw: (e: ZipEntry) => (e === swapped && edit.raw ? edit.raw : zip.raw(e)) } as ZipArchive;
  const entries = [...zip.entries.values()].map((entry) =>
    entry.name === part && edit.xml
      ? { name: part, content: Buffer.from(edit.xml(zip.text(part))) }
      : { name: entry.name, copy: entry.name === part ? swapped : entry },
  );
  writeFileSync(to, await writeZip(source, entries));
}

beforeAll(async () => {
  const dir = tempDir('spiral-scan-books');
  fresh = join(dir, 'fresh.xlsx');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  expect(await main(['init', fresh, '--lang', 'en'])).toBe(0);
  vi.restoreAllMocks();
  charRef = join(dir, 'char-ref.xlsx');
  await variant(charRef, {
    xml: (xml) =>
      xml.replace(
        '</sheetData>',
        '<row r="2"><c r="A2" t="inlineStr"><is><t>&#x110000;</t></is></c></row></sheetData>',
      ),
  });
  // A gigabyte of spaces in about a megabyte: one flushed deflate block repeated.
  const block = deflateRawSync(Buffer.alloc(1 << 20, 0x20), {
    finishFlush: constants.Z_FULL_FLUSH,
    level: 9,
  });
  bomb = join(dir, 'bomb.xlsx');
  await variant(bomb, {
    raw: Buffer.concat([...new Array<Buffer>(1024).fill(block), deflateRawSync(Buffer.alloc(0))]),
    size: 1 << 30,
  });
}, 120_000);

afterEach(() => vi.restoreAllMocks());

/** Commands that open a workbook: each meets the hostile books and the refusing file ports. */
const BOOK_COMMANDS: Record<string, string[]> = {
  init: [],
  import: ['--sheet', 'inquiries', '--file', join(HOSTILE, 'inquiries-gbk.csv')],
  classify: [],
  match: [],
  kpi: ['--month', '2026-11'],
  summary: ['--month', '2026-11'],
  report: ['--month', '2026-11'],
  effects: [],
  queues: [],
  'run-due': ['--now', '2026-12-01T08:00:00Z'],
};
/** Commands that write the workbook back (a fresh book: every one of them saves). */
const SAVING = ['import', 'classify', 'match', 'kpi', 'summary', 'effects', 'queues', 'run-due'];
/** The Scorecard is all kpi reads of a book: the inquiries' bad cell is not its to meet. */
const READS_INQUIRIES = Object.keys(BOOK_COMMANDS).filter((c) => c !== 'kpi');

const folderWith = (dir: string, files: Record<string, string>) => {
  const folder = join(dir, 'folder');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'inquiries.csv'),
    'date,agent,customerId,stage,question,converted\n2026-10-02,xm,b1,pre-sale,price,yes\n',
  );
  writeFileSync(join(folder, 'reviews.csv'), 'date,shop,rating,text\n');
  for (const [name, fixture] of Object.entries(files))
    copyFileSync(join(HOSTILE, fixture), join(folder, name));
  return folder;
};

const CASES: Case[] = [
  ...READS_INQUIRIES.map(
    (command): Case => ({
      command,
      what: 'a cell holding &#x110000;',
      argv: () => [command, charRef, ...BOOK_COMMANDS[command]!],
      key: 'cli.charRef',
    }),
  ),
  ...Object.keys(BOOK_COMMANDS).map(
    (command): Case => ({
      command,
      what: 'a zip bomb of a gigabyte',
      argv: () => [command, bomb, ...BOOK_COMMANDS[command]!],
      key: 'cli.partTooLarge',
    }),
  ),
  ...SAVING.map(
    (command): Case => ({
      command,
      what: 'the disk full as it saves',
      argv: (book) => [command, book, ...BOOK_COMMANDS[command]!],
      key: 'cli.couldNotSave',
      fault: 'diskFull',
    }),
  ),
  ...Object.keys(BOOK_COMMANDS)
    .filter((c) => c !== 'report')
    .map(
      (command): Case => ({
        command,
        what: 'a read-only folder',
        argv: (book) => [command, book, ...BOOK_COMMANDS[command]!],
        key: 'cli.lockFailed',
        fault: 'readOnly',
      }),
    ),
  {
    command: 'summary',
    what: '--month 1900-01',
    argv: (book) => ['summary', book, '--month', '1900-01'],
    key: 'menu.period.year',
  },
  {
    command: 'report',
    what: '--week 1900-W01',
    argv: (book) => ['report', book, '--week', '1900-W01'],
    key: 'menu.period.year',
  },
  {
    command: 'report',
    what: '--out a folder',
    argv: (book, dir) => ['report', book, '--month', '2026-11', '--out', dir],
    key: 'cli.couldNotSave',
  },
  {
    command: 'kpi',
    what: '--csv a folder',
    argv: (book, dir) => ['kpi', book, '--month', '2026-11', '--csv', dir],
    key: 'cli.couldNotSave',
  },
  {
    command: 'import',
    what: 'an export with invalid bytes',
    argv: (book) => [
      'import',
      book,
      '--sheet',
      'inquiries',
      '--file',
      join(HOSTILE, 'export-invalid-bytes.csv'),
    ],
    key: 'import.invalidBytes',
  },
  {
    command: 'import',
    what: 'a binary export',
    argv: (book) => ['import', book, '--sheet', 'inquiries', '--file', join(HOSTILE, 'settings-binary.csv')],
    key: 'import.unsupportedFile',
  },
  {
    command: 'import',
    what: 'a zip bomb as the export',
    argv: (book) => ['import', book, '--sheet', 'inquiries', '--file', bomb],
    key: 'cli.partTooLarge',
  },
  {
    command: 'run-due',
    what: 'a state path that is a folder',
    argv: (book) => ['run-due', book, '--now', '2026-12-01T08:00:00Z'],
    setUp: (book, dir) => mkdirSync(join(dir, `.${book.split('/').pop()}.spiral.json`)),
    key: 'cli.stateNotFile',
  },
  {
    command: 'summary',
    what: 'a 0-byte log in the folder',
    argv: (_, dir) => [
      'summary',
      '--from',
      folderWith(dir, { 'inquiries.csv': 'empty.csv' }),
      '--engine',
      'duckdb',
      '--month',
      '2026-10',
    ],
    key: 'engine.emptyFile',
  },
  {
    command: 'summary',
    what: 'a GBK log in the folder',
    argv: (_, dir) => [
      'summary',
      '--from',
      folderWith(dir, { 'inquiries.csv': 'inquiries-gbk.csv' }),
      '--engine',
      'duckdb',
      '--month',
      '2026-10',
    ],
    key: 'engine.notUtf8',
  },
  // `sql` reads no folder since the engine reads texts with the core: the folder's files meet `summary --from`.
  {
    command: 'summary',
    what: 'taxonomy.csv with invalid bytes',
    argv: (_, dir) => [
      'summary',
      '--from',
      folderWith(dir, { 'taxonomy.csv': 'taxonomy-invalid-bytes.csv' }),
      '--engine',
      'duckdb',
      '--month',
      '2026-10',
    ],
    key: 'engine.invalidBytes',
  },
  {
    command: 'summary',
    what: 'a binary settings.csv',
    argv: (_, dir) => [
      'summary',
      '--from',
      folderWith(dir, { 'settings.csv': 'settings-binary.csv' }),
      '--engine',
      'duckdb',
      '--month',
      '2026-10',
    ],
    key: 'engine.notText',
  },
  {
    command: 'sql',
    what: '--dialect without its value',
    argv: () => ['sql', '--dialect'],
    key: 'cli.missingValue',
  },
  {
    command: 'sql',
    what: 'a dialect it does not know',
    argv: () => ['sql', '--dialect', 'oracle'],
    key: 'engine.unknownDialect',
  },
  {
    command: 'rules',
    what: 'a rule file cut off mid-JSON',
    argv: (_, dir) => {
      const rules = join(dir, 'rules');
      mkdirSync(rules);
      writeFileSync(join(rules, 'broken.json'), '{"decisions": [{');
      return ['rules', 'check', '--dir', rules];
    },
    key: 'cli.ruleNotJson',
  },
  {
    command: 'rules',
    what: 'a sub-command it does not have',
    argv: () => ['rules', 'chek'],
    key: 'cli.rulesUsage',
  },
  {
    command: 'demo',
    what: 'a target that is a folder',
    argv: (_, dir) => {
      const target = join(dir, 'demo.xlsx');
      mkdirSync(target);
      return ['demo', target, '--force'];
    },
    key: 'cli.notWorkbook',
  },
];

function inject(fault: Fault | undefined): void {
  const refuse = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  if (fault === 'diskFull') vi.spyOn(nodeAtomicFs, 'writeFile').mockRejectedValue(refuse('ENOSPC'));
  if (fault === 'readOnly') {
    vi.spyOn(nodeLockFs, 'writeNew').mockImplementation(() => {
      throw refuse('EROFS');
    });
    vi.spyOn(nodeLockFs, 'remove').mockImplementation(() => {
      throw refuse('EROFS');
    });
  }
}

describe('the failure scan: every command, every hostile input, one catalogue sentence', () => {
  it('tells a catalogue sentence from raw text', () => {
    for (const raw of [
      "TypeError: Cannot read properties of undefined (reading 'sheet')",
      'Error: ENOSPC: no space left on device, write',
      'Invalid Input Error: CSV Error on Line: 2',
      'RangeError: Invalid code point 1114112',
    ])
      expect(raw).not.toMatch(anyLine);
    expect('spiral classify: /books/shop.xlsx: the disk is full; nothing was written').toMatch(anyLine);
  });

  it('covers every command the CLI registers', () => {
    expect([...new Set(CASES.map((c) => c.command))].sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it.each(CASES.map((c) => [`${c.command}: ${c.what} → ${c.key}`, c] as const))('%s', async (_, c) => {
    const dir = tempDir('spiral-scan');
    const book = join(dir, 'shop.xlsx');
    cpSync(fresh, book);
    c.setUp?.(book, dir);
    const argv = c.argv(book, dir);
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });
    inject(c.fault);
    const code = await main(argv);
    vi.restoreAllMocks();
    const text = err.join('');
    expect(code, text).not.toBe(0);
    expect(text, 'a stack trace').not.toMatch(/\n\s+at |^\s+at /m);
    expect(text, 'the catch-all').not.toMatch(sentenceOf('cli.unexpected'));
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    for (const line of lines) expect(line, 'a line the catalogue does not hold').toMatch(anyLine);
    expect(
      lines.some((line) => sentenceOf(c.key).test(line)),
      `${c.key} in:\n${text}`,
    ).toBe(true);
  });
});
