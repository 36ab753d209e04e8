/**
 * Encodings as documented: UTF-16 without a byte-order mark is told by its NUL bytes in either half
 * (a text holding 一, 开 or 退 has NULs at even offsets too), and byte-order marks — two at the start,
 * one inside a cell — and spaces around an agent's name are normalised at import.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeText } from '../../src/cli/ingest/decode-text';
import { readExport } from '../../src/cli/ingest/read-export';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { utf16ByNuls } from '../../src/core/ingest/utf16-nuls';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spiral-marks-'));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const HEADER = '日期,客服,客户ID,阶段,咨询内容,是否成交';
/** 一 (U+4E00), 开 (U+5F00) and 退 (U+9000) each put a NUL at an even offset in UTF-16LE. */
const TEXT = `${HEADER}\r\n2026-11-02,小美,b1,售后,一直没开始退款,\r\n2026-11-03,阿杰,b2,售前,开票吗,否\r\n`;

describe('UTF-16 without a byte-order mark', () => {
  it('is told from the NULs in either half, LE and BE, with 一 开 退 in the text', () => {
    const le = iconv.encode(TEXT, 'utf-16le');
    const be = iconv.encode(TEXT, 'utf-16be');
    expect([le[0], le[1]]).not.toEqual([0xff, 0xfe]);
    expect(utf16ByNuls(le)).toBe('utf-16le');
    expect(utf16ByNuls(be)).toBe('utf-16be');
    expect(decodeText(le).text).toBe(TEXT);
    expect(decodeText(be).text).toBe(TEXT);
  });

  it('is read as an export, while a binary file with NULs in both halves is still refused', async () => {
    const file = join(dir, 'le.csv');
    writeFileSync(file, iconv.encode(TEXT, 'utf-16le'));
    const { table, format } = await readExport(file);
    expect(format).toBe('utf-16le');
    expect(table.rows[0]!.cells).toEqual(['2026-11-02', '小美', 'b1', '售后', '一直没开始退款', '']);
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) % 251)));
    expect(utf16ByNuls(binary)).toBe(null);
  });
});

describe('byte-order marks and spaces around agents, normalised at import', () => {
  it('two BOMs, a BOM inside a cell and spaces around a name give one agent', async () => {
    const book = join(dir, 'shop.xlsx');
    expect(await main(['init', book])).toBe(0);
    const rows = [
      '2026-11-02,小美,b1,售前,有货吗,是',
      '2026-11-02,\ufeff小美,b2,售前,有货吗,是',
      '2026-11-03, 小美\u3000,b3,售前,包邮吗,否',
      '2026-11-03,小\ufeff美,b4,售前,包邮吗,否',
    ];
    const file = join(dir, 'marks.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]),
        Buffer.from(`${HEADER}\n${rows.join('\n')}\n`),
      ]),
    );
    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', file])).toBe(0);
    const grid = (await XlsxWorkbook.open(book)).read('询单记录');
    const agent = grid[0]!.indexOf('客服');
    expect(grid.slice(1).map((row) => row[agent])).toEqual(['小美', '小美', '小美', '小美']);
  });
});
