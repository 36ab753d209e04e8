import { describe, expect, it } from 'vitest';
import { readQueueOrders } from '../../../src/core/effects/order-purchases';
import { installTemplates } from '../../../src/core/setup/install';
import { columnLabel, TEMPLATES } from '../../../src/core/sheets/template';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

describe('orders as purchases for the queues', () => {
  it('reads each order as its buyer and the day it was placed (paid time when created is blank)', () => {
    const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
    installTemplates(wb);
    const keys = TEMPLATES.orders.columns.map((c) => c.key);
    const header = keys.map((k) => columnLabel('orders', k, 'zh'));
    const row = (values: Record<string, string>) => keys.map((k) => values[k] ?? '');
    const sheet = wb.sheetNames().find((n) => n === '订单记录')!;
    wb.write(sheet, 1, 1, [
      header,
      row({ orderId: '1', buyer: 'b6', createdAt: '2026-11-24 10:00:00' }),
      row({ orderId: '2', buyer: 'b9', paidAt: '2026-11-25 08:00:00' }),
    ]);
    expect(readQueueOrders(wb).orders).toEqual([
      { buyer: 'b6', date: '2026-11-24' },
      { buyer: 'b9', date: '2026-11-25' },
    ]);
  });
});
