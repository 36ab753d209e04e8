/**
 * 28,000 rows in the order report's 60-column layout (generated): 0 rejected, and the month's
 * storeSales equals the sum of 买家实际支付金额 of the orders paid that month — each 主订单 once,
 * refunds beside, to the cent.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../src/cli/ingest/read-export';
import { importRecords } from '../../src/core/ingest/import-records';
import { inputTable } from '../../src/core/ingest/input-table';
import { isPaid, readOrders } from '../../src/core/ingest/orders';
import { installTemplates } from '../../src/core/setup/install';
import { orderSales } from '../../src/core/summary/buyer-figures';
import { parsePeriod } from '../../src/core/time/periods';
import { MemoryWorkbook } from '../fakes/memory-workbook';

const FIXTURES = join(__dirname, '../fixtures/exports');

describe('an order report of 28,000 rows', () => {
  it('imports with 0 rejected and the month’s storeSales is the paid orders’ sum to the cent', async () => {
    const header = (await readExport(join(FIXTURES, 'order-report-60.csv'))).table.header;
    const col = (label: string) => header.findIndex((h) => h.trim() === label);
    const rows: string[][] = [];
    let novemberCents = 0;
    let refundCents = 0;
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let main = 0;
    while (rows.length < 28_000) {
      main++;
      const id = `31234567${String(main).padStart(11, '0')}`;
      const items = rand(10) === 0 ? 2 : 1;
      const cents = 100 + rand(99_900);
      const month = rand(3) === 0 ? '10' : '11';
      const day = String(1 + rand(28)).padStart(2, '0');
      const closed = rand(25) === 0;
      const refund = !closed && rand(20) === 0 ? rand(cents) : 0;
      if (!closed && month === '11') {
        novemberCents += cents;
        refundCents += refund;
      }
      for (let i = 0; i < items && rows.length < 28_000; i++) {
        const cells: string[] = new Array(header.length).fill('');
        cells[col('订单编号')] = `="${items === 1 ? id : `4${id.slice(1)}${i + 1}`}"`;
        cells[col('主订单编号')] = `="${id}"`;
        cells[col('买家会员名')] = `tb_${rand(9000)}`;
        cells[col('买家应付货款')] = ((cents + 1000) / 100).toFixed(2);
        cells[col('买家应付邮费')] = '10.00';
        cells[col('总金额')] = ((cents + 2000) / 100).toFixed(2);
        cells[col('买家实际支付金额')] = closed ? '0.00' : (cents / 100).toFixed(2);
        cells[col('订单状态')] = closed ? '交易关闭' : '交易成功';
        cells[col('订单创建时间')] = `2026-${month}-${day} 10:00:00`;
        cells[col('订单付款时间')] = closed ? '' : `2026-${month}-${day} 10:0${i}:30`;
        cells[col('宝贝标题')] = `商品${rand(40)}`;
        cells[col('退款金额')] = (refund / 100).toFixed(2);
        cells[col('订单关闭原因')] = closed ? '买家不想买了' : '订单未关闭';
        rows.push(cells);
      }
    }
    const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
    installTemplates(wb);
    const result = importRecords(wb, 'orders', inputTable(header, rows));
    expect(result).toMatchObject({ new: 28_000, rejected: 0 });
    const orders = readOrders(wb).records;
    expect(orders).toHaveLength(main);
    const sales = orderSales({ period: parsePeriod('2026-11'), preSale: [], orders, attributionDays: 1 })!;
    expect(Math.round(sales.store * 100)).toBe(novemberCents);
    const refunds = orders
      .filter((o) => isPaid(o) && o.paidAt.startsWith('2026-11'))
      .reduce((sum, o) => sum + Math.round((o.refund ?? 0) * 100), 0);
    expect(refunds).toBe(refundCents);
  }, 180_000);
});
