/**
 * Issue 23 item 2 through the bundled Apps Script over the fake: the Classify menu item writes
 * 建议角色 and 角色依据 on 商品清单 from the orders, leaves the typed 角色 as it is, and lists an
 * unknown typed role in the Problems sheet as one sentence's parts (sheet, row, column, reason).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLabel, type SheetKey, sheetName } from '../../src/core/sheets/template';
import { build } from '../../src/tools/build';
import { type Book, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const NOW = '2026-11-30T01:00:00Z';
const PRODUCTS = sheetName('products', 'zh');
const colOf = (b: Book, key: SheetKey, name: string) =>
  (b.wb.read(sheetName(key, 'zh'))[0] ?? []).indexOf(columnLabel(key, name, 'zh')) + 1;

describe('分类新记录 suggests product roles in Sheets', () => {
  it('writes the suggestion and its basis, keeps the typed role, names the unknown one', async () => {
    const b = await setUpBook({}, NOW);
    b.append('products', [
      { product: '袜子', sku: 'WZ', price: 10, role: '' },
      { product: '四件套', sku: 'SJT', price: 300, role: '利润款' },
      { product: '抱枕', sku: 'BZ', price: 50, role: '爆款' },
    ]);
    // Eight 袜子 orders of 10 and two 四件套 orders of 300: 袜子 has 80 % of the orders, 12 % of
    // sales, and a price of 10/50 = 0.2 × the catalogue's median (low band) → 引流款.
    b.append('orders', [
      ...Array.from({ length: 8 }, (_, i) => ({
        orderId: `w${i}`,
        buyer: `a${i}`,
        paidAmount: 10,
        paidAt: `2026-11-2${i} 10:00:00`,
        title: '袜子',
      })),
      ...[0, 1].map((i) => ({
        orderId: `s${i}`,
        buyer: `c${i}`,
        paidAmount: 300,
        paidAt: `2026-11-1${i} 10:00:00`,
        title: '四件套',
      })),
    ]);
    await b.run('classifyNewRows', 'active');
    const rows = b.first.spreadsheet.sheet(PRODUCTS).snapshot();
    const at = (row: number, key: string) => rows[row - 1]![colOf(b, 'products', key) - 1];
    expect([at(2, 'suggestedRole'), at(3, 'suggestedRole'), at(4, 'suggestedRole')]).toEqual([
      '引流款',
      '',
      '',
    ]);
    expect(String(at(2, 'roleBasis'))).toContain('订单占比 80%');
    expect(String(at(3, 'roleBasis'))).toContain('少于 5 笔');
    expect([at(3, 'role'), at(4, 'role')]).toEqual(['利润款', '爆款']);
    const problems = b.wb.read(sheetName('problems', 'zh'));
    const unknown = problems.find((r) => r.includes('爆款'));
    expect(unknown).toBeDefined();
    expect(unknown!.join('|')).toContain(PRODUCTS);
    expect(unknown!.join('|')).toContain('不是可选的值：爆款（可选：引流款、活动款、利润款、渠道款）');
  });
});
