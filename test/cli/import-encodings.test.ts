import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import type { Cell } from '../../src/ports';

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spiral-encodings-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function initBook(): Promise<string> {
  const book = join(dir, 'shop.xlsx');
  expect(await main(['init', book])).toBe(0);
  return book;
}

/** An order-like export as a Chinese desk saves it: Chinese headers and values, ¥ amounts with thousands separators. */
const ORDER_LIKE = [
  ['日期', '客服', '客户ID', '阶段', '咨询内容', '是否成交', '成交金额', '商品', '地区', '备注'],
  [
    '2026-11-02',
    '小美',
    '淘气宝宝_88',
    '售前',
    '有优惠吗，能便宜点吗？',
    '是',
    '¥1,280.50',
    '纯棉婴儿连体衣',
    '浙江省',
    '顾客说「下次还来」',
  ],
  [
    '2026-11-03',
    '阿杰',
    '王小二',
    '售前',
    '发顺丰吗',
    '是',
    '￥12,000',
    '儿童羽绒服（加厚）',
    '黑龙江省',
    '批发：𠮷野家',
  ],
  ['2026-11-04', '小美', '李四', '售后', '快递到哪了，三天没动', '', '', '', '广东省', '龘靐齉'],
];
const AMOUNTS = [1280.5, 12000, ''];

function csv(rows: string[][], delimiter = ','): string {
  return `${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\r\n')}\r\n`;
}

/** Every cell of the source, by header, against the sheet: text identical, amounts as numbers. */
async function expectIntact(book: string, source: string[][]): Promise<void> {
  const wb = await XlsxWorkbook.open(book);
  const grid = wb.read('询单记录');
  const [header, ...rows] = source;
  expect(grid.length - 1).toBe(rows.length);
  rows.forEach((row, r) => {
    header!.forEach((label, c) => {
      const sheetLabel = label === 'Date' ? '日期' : label;
      const cell: Cell | undefined = grid[r + 1]![grid[0]!.indexOf(sheetLabel)];
      if (label === '成交金额') expect(cell).toBe(AMOUNTS[r]);
      else if (label === '日期' || label === 'Date')
        expect((cell as Date).toISOString().slice(0, 10)).toBe(row[c]);
      else expect(cell, `${label} of row ${r + 1}`).toBe(row[c]);
    });
  });
}

describe('spiral import reads what teams export', () => {
  it('a GBK order-like export keeps every Chinese character (GB18030 for the characters beyond GBK)', async () => {
    const book = await initBook();
    const file = join(dir, 'orders-gbk.csv');
    writeFileSync(file, iconv.encode(csv(ORDER_LIKE), 'gb18030'));
    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', file])).toBe(0);
    await expectIntact(book, ORDER_LIKE);
  });

  it('a GBK file with ASCII headers is not written as mojibake', async () => {
    const book = await initBook();
    const ascii = [
      [
        'date',
        'agent',
        'customerId',
        'stage',
        'question',
        'converted',
        'amount',
        'product',
        'region',
        'note',
      ],
      ...ORDER_LIKE.slice(1),
    ];
    const file = join(dir, 'ascii-gbk.csv');
    // Plain GBK as Chinese Excel saves it: no characters beyond GBK, and the full-width ￥.
    const gbkOnly = ascii.map((r) => r.map((c) => c.replace('𠮷', '吉').replace('¥', '￥')));
    writeFileSync(file, iconv.encode(csv(gbkOnly), 'gbk'));
    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', file])).toBe(0);
    await expectIntact(book, [ORDER_LIKE[0]!, ...gbkOnly.slice(1)]);
  });

  it.each(['utf16le', 'utf16be'])(
    'a %s export with a byte-order mark, tab separated (Excel "Unicode text")',
    async (encoding) => {
      const book = await initBook();
      const file = join(dir, `export-${encoding}.txt`);
      writeFileSync(file, iconv.encode(csv(ORDER_LIKE, '\t'), encoding, { addBOM: true }));
      expect(await main(['import', book, '--sheet', 'inquiries', '--csv', file])).toBe(0);
      await expectIntact(book, ORDER_LIKE);
    },
  );

  it('a semicolon-separated UTF-8 file without a BOM', async () => {
    const book = await initBook();
    const file = join(dir, 'semicolon.csv');
    writeFileSync(
      file,
      csv(
        ORDER_LIKE.map((r) => r.map((c) => c.replace(/,/g, ''))),
        ';',
      ),
    );
    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', file])).toBe(0);
    const wb = await XlsxWorkbook.open(book);
    expect(
      wb
        .read('询单记录')
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(['淘气宝宝_88', '王小二', '李四']);
  });

  it.each([
    [
      'GBK',
      () =>
        Buffer.concat([
          iconv.encode(csv(ORDER_LIKE.slice(0, 2)), 'gbk'),
          Buffer.from([0x32, 0x30, 0xff, 0x2c, 0x0d, 0x0a]),
        ]),
      3,
      'GB18030/GBK',
    ],
    [
      'UTF-8',
      () =>
        Buffer.concat([
          Buffer.from(csv(ORDER_LIKE.slice(0, 3)), 'utf8'),
          Buffer.from([0xe5, 0xb0, 0x2c, 0x0a]),
        ]),
      4,
      'UTF-8',
    ],
  ])(
    'a %s file with invalid bytes is refused naming the line, with nothing written',
    async (_name, bytes, line, encoding) => {
      const book = await initBook();
      const before = readFileSync(book);
      const file = join(dir, 'bad.csv');
      writeFileSync(file, bytes());
      expect(await main(['import', book, '--sheet', 'inquiries', '--csv', file])).toBe(1);
      expect(err.join('')).toContain(`第 ${line} 行：有不是合法 ${encoding} 编码的字节`);
      expect(readFileSync(book).equals(before)).toBe(true);
    },
  );

  it('accepts an .xlsx export with --file, dates and numbers as cells', async () => {
    const book = await initBook();
    const ExcelJS = (await import('exceljs')).default;
    const exported = new ExcelJS.Workbook();
    const sheet = exported.addWorksheet('导出');
    sheet.addRow(ORDER_LIKE[0]);
    sheet.addRow([
      new Date(Date.UTC(2026, 10, 2)),
      '小美',
      '淘气宝宝_88',
      '售前',
      '有优惠吗',
      '是',
      1280.5,
      '连体衣',
      '浙江省',
      '',
    ]);
    sheet.addRow([46329, '阿杰', '王小二', '售后', '=HYPERLINK("x")', '', '', '', '', '']);
    const file = join(dir, 'export.xlsx');
    await exported.xlsx.writeFile(file);
    expect(await main(['import', book, '--sheet', 'inquiries', '--file', file])).toBe(0);
    const wb = await XlsxWorkbook.open(book);
    const [header, ...rows] = wb.read('询单记录');
    expect(rows.map((r) => (r[0] as Date).toISOString().slice(0, 10))).toEqual(['2026-11-02', '2026-11-03']);
    expect(rows.map((r) => r[2])).toEqual(['淘气宝宝_88', '王小二']);
    expect(rows.map((r) => r[header!.indexOf('成交金额')])).toEqual([1280.5, '']);
    expect(rows[1]![header!.indexOf('咨询内容')]).toBe('=HYPERLINK("x")');
  });

  it('refuses an old binary .xls or other non-export with one line', async () => {
    const book = await initBook();
    const file = join(dir, 'old.xls');
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(await main(['import', book, '--sheet', 'inquiries', '--file', file])).toBe(1);
    expect(err.join('')).toContain('不是 CSV、TSV 或 .xlsx 导出文件');
  });
});

describe('spiral import adds nothing twice and says what it did', () => {
  it('re-importing a file skips every row as already present', async () => {
    const book = await initBook();
    const file = join(dir, 'log.csv');
    writeFileSync(file, csv(ORDER_LIKE));
    expect(await main(['import', book, '--sheet', 'inquiries', '--file', file])).toBe(0);
    expect(out.join('')).toContain('新增 3 行，更新 0 行，已存在跳过 0 行，拒绝 0 行');
    out.length = 0;
    expect(await main(['import', book, '--sheet', 'inquiries', '--file', file, '--json'])).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ new: 0, updated: 0, skipped: 3, rejected: 0 });
    await expectIntact(book, ORDER_LIKE);
  });

  it('keeps a stray quote in an unquoted field, and a channel outside the list as written', async () => {
    const book = await initBook();
    const file = join(dir, 'stray.csv');
    writeFileSync(
      file,
      'date,agent,customerId,stage,question,converted,channel\n2026-11-06,小美,b7,售前,=HYPERLINK("x"),否,淘宝\n',
    );
    expect(await main(['import', book, '--sheet', 'inquiries', '--csv', file])).toBe(0);
    const wb = await XlsxWorkbook.open(book);
    const grid = wb.read('询单记录');
    expect(grid[1]![grid[0]!.indexOf('咨询内容')]).toBe('=HYPERLINK("x")');
    expect(grid[1]![grid[0]!.indexOf('询盘渠道')]).toBe('淘宝');
    expect(err.join('')).toContain('“淘宝”不在下拉列表中');
  });
});

describe('spiral import and its rejected file', () => {
  it('writes nothing to the workbook when the rejected file cannot be written', async () => {
    const book = await initBook();
    const before = readFileSync(book);
    const file = join(dir, 'some-bad.csv');
    writeFileSync(file, 'date,agent,customerId\n2026-11-02,小美,b1\n2026-02-30,小美,b2\n');
    // A folder where the rejected file would go: the write fails.
    mkdirSync(`${file}.rejected.csv`);
    expect(await main(['import', book, '--sheet', 'inquiries', '--file', file])).toBe(1);
    expect(err.join('')).toContain('工作簿没有改动');
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it('names a short row and extra fields, and the rejected file imports again once fixed', async () => {
    const book = await initBook();
    const file = join(dir, 'shapes.csv');
    writeFileSync(
      file,
      'date,agent,customerId,question\n2026-11-02,小美,b1,=1+1\n2026-11-02,小美\n2026-11-03,阿杰,b3,q,extra\n',
    );
    expect(await main(['import', book, '--sheet', 'inquiries', '--file', file])).toBe(3);
    const stderr = err.join('');
    expect(stderr).toContain('第 3 行：只有 2 个字段，表头有 4 个');
    expect(stderr).toContain('第 4 行：比表头多出 1 个字段');
    const rejected = readFileSync(`${file}.rejected.csv`, 'utf8');
    expect(rejected).toContain('date,agent,customerId,question,多出的字段1,拒绝原因');
    const fixed = rejected
      .replace('2026-11-02,小美,,,,', '2026-11-02,小美,b2,,,')
      .replace(',q,extra,', ',q,,');
    const again = join(dir, 'fixed.csv');
    writeFileSync(again, fixed);
    expect(await main(['import', book, '--sheet', 'inquiries', '--file', again])).toBe(0);
    const wb = await XlsxWorkbook.open(book);
    expect(
      wb
        .read('询单记录')
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(['b1', 'b2', 'b3']);
    expect(
      wb
        .read('询单记录')
        .flat()
        .some((c) => String(c).includes('字段')),
    ).toBe(false);
  });
});
