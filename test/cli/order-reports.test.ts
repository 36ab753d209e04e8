/**
 * The order report as Taobao/Tmall export it (46 and 60 columns, GBK, CRLF, ="…" numbers, postage
 * and discounts, a closed unpaid order), then the same orders again from an .xlsx export that holds
 * the order numbers as plain numbers.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExport } from '../../src/cli/ingest/read-export';
import { noteText } from '../../src/core/ingest/import-note';
import { importRecords } from '../../src/core/ingest/import-records';
import type { InputTable } from '../../src/core/ingest/input-table';
import { readOrderRows, readOrders } from '../../src/core/ingest/orders';
import { installTemplates } from '../../src/core/setup/install';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { tempDir } from '../fakes/temp-dir';
import { FIXTURE_SOURCES } from '../fixtures/exports/sources';

const FIXTURES = join(__dirname, '../fixtures/exports');

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  return wb;
}

let report46: InputTable;
let report60: InputTable;

beforeAll(async () => {
  const a = await readExport(join(FIXTURES, 'order-report-46.csv'));
  const b = await readExport(join(FIXTURES, 'order-report-60.csv'));
  expect([a.format, b.format]).toEqual(['gb18030', 'gb18030']);
  report46 = a.table;
  report60 = b.table;
});

/** Worked by hand from the fixture: 买家实际支付金额, never 买家应付货款 or 总金额. */
const EXPECTED_46 = [
  [
    '3123456789012345678',
    'tb_阿明',
    1070,
    1100,
    20,
    1120,
    '2026-11-04 20:00:00',
    '订单未关闭',
    '某某家居旗舰店',
  ],
  ['3123456789012345679', 'tb_小红', 99, 99, 0, 99, '2026-11-06 09:00:00', '订单未关闭', '某某家居旗舰店'],
  ['3123456789012345680', 'tb_老王', 0, 50, 10, 60, null, '买家不想买了', '某某家居旗舰店'],
  ['3123456789012345681', 'tb_李四', 35, 30, 5, 35, '2026-11-07 10:01:30', '订单未关闭', '某某家居旗舰店'],
];

describe('order reports as exported', () => {
  it('names its public source beside every fixture', () => {
    expect(Object.keys(FIXTURE_SOURCES)).toEqual(
      expect.arrayContaining(['order-report-46.csv', 'order-report-60.csv']),
    );
    expect(report46.header).toHaveLength(46);
    expect(report60.header).toHaveLength(60);
  });

  it('46 columns: 0 rejected, paid = 买家实际支付金额, order numbers unwrapped and kept as text', () => {
    const wb = book();
    const result = importRecords(wb, 'orders', report46);
    expect(result).toMatchObject({ new: 4, rejected: 0 });
    const rows = readOrderRows(wb).records;
    expect(
      rows.map((o) => [
        o.orderId,
        o.buyer,
        o.paidAmount,
        o.goodsDue,
        o.postage,
        o.orderTotal,
        o.paidAt,
        o.closeReason,
        o.shop,
      ]),
    ).toEqual(EXPECTED_46);
    const sheet = wb.read('订单记录');
    expect(sheet.slice(1).map((r) => typeof r[0])).toEqual(['string', 'string', 'string', 'string']);
    // Discount and phone columns are other fields of the export, never the paid amount.
    expect(result.ignoredColumns).toEqual(
      expect.arrayContaining(['天猫卡券抵扣', '联系手机', '买家实际支付积分']),
    );
  });

  it('60 columns: 主订单编号 beside 订单编号 is no conflict, and a two-item order is one order for sales', () => {
    const wb = book();
    const result = importRecords(wb, 'orders', report60);
    expect(result).toMatchObject({ new: 6, rejected: 0 });
    expect(result.notes.map((n) => noteText(n, 'zh')).join('\n')).not.toMatch(/出现了|appears/);
    // The columns the Orders sheet does not keep are one note naming them all, not one note each.
    const left = result.notes.filter((n) => noteText(n, 'zh').includes('不在表中'));
    expect(left).toHaveLength(1);
    expect(result.ignoredColumns.length).toBeGreaterThan(30);
    expect(noteText(left[0]!, 'zh')).toBe(
      `${result.ignoredColumns.length} 列不在表中，未导入：${result.ignoredColumns.join('、')}`,
    );
    const orders = readOrders(wb).records;
    expect(orders.map((o) => [o.orderId, o.paidAmount])).toEqual([
      ['3123456789012345678', 1070],
      ['3123456789012345679', 99],
      ['3123456789012345680', 0],
      ['3123456789012345681', 35],
      ['3123456789012345689', 180],
    ]);
    // Lines kept for items: both rows of the two-item order stay in the sheet.
    expect(readOrderRows(wb).records.filter((r) => r.orderId === '3123456789012345689')).toHaveLength(2);
  });

  it('the same orders again from an .xlsx with plain-number order numbers add nothing, and the summary says how they were matched', async () => {
    const wb = book();
    importRecords(wb, 'orders', report46);
    const file = join(tempDir('spiral-order-xlsx'), 'orders.xlsx');
    const exported = new ExcelJS.Workbook();
    const sheet = exported.addWorksheet('订单报表');
    sheet.addRow(report46.header);
    for (const { cells } of report46.rows) {
      sheet.addRow(
        cells.map((cell, i) => {
          const text = String(cell);
          const plain = /^="(\d+)"$/.exec(text)?.[1] ?? text.replace(/^'/, '');
          // Excel turned every digit string into a number: 19 digits keep only their first 17.
          return /^\d+$/.test(plain) && report46.header[i] !== '订单付款时间 ' ? Number(plain) : plain;
        }),
      );
    }
    await exported.xlsx.writeFile(file);
    const again = await readExport(file);
    expect(typeof again.table.rows[0]!.cells[0]).toBe('number');
    const result = importRecords(wb, 'orders', again.table);
    expect(result).toMatchObject({ new: 0, rejected: 0 });
    expect(result.notes.map((n) => noteText(n, 'zh')).join('\n')).toContain('4 行的订单编号在文件里是数字');
    expect(result.notes.map((n) => noteText(n, 'zh')).join('\n')).toContain('4 行找到已有记录，0 行新增');
    expect(wb.read('订单记录')).toHaveLength(5);
  });
});
