import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from '../../../src/core/ingest/delimited-text';
import { importRecords } from '../../../src/core/ingest/import-records';
import { installTemplates } from '../../../src/core/setup/install';
import { productNameOf, readProducts } from '../../../src/core/sheets/products';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

/**
 * An item list as 淘宝助理 exports it: its Chinese header row (the third line of the file, below
 * `version 1.00` and the English keys), cut to the columns a catalogue needs. Source: the
 * 淘宝助理 CSV headers written by public Taobao upload tools (find_string "宝贝名称,宝贝类目").
 */
const ITEM_LIST =
  '宝贝名称,宝贝类目,宝贝价格,宝贝数量,商家编码,宝贝状态\r\n' +
  '纯棉四件套,50008163,"1,120.00",35,="SJT-001",1\r\n' +
  "夏凉被,50008165,99,120,'XLB-002,1\r\n" +
  '枕套,50008166,25.5,300,,1\r\n';

describe('Products · 商品清单', () => {
  it('is created by set-up with 商品, 商家编码, 价格, a blank 角色 and the computed 建议角色, 角色依据', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb);
    expect(wb.read('商品清单')).toEqual([['商品', '商家编码', '价格', '角色', '建议角色', '角色依据']]);
    const en = new MemoryWorkbook();
    installTemplates(en, { language: 'en' });
    expect(en.read('Products')[0]).toEqual([
      'Product',
      'Merchant code',
      'Price',
      'Role',
      'Suggested role',
      'Role basis',
    ]);
  });

  it('fills from an item-list export; the role stays blank; a re-import adds nothing', () => {
    const wb = new MemoryWorkbook();
    installTemplates(wb);
    const first = importRecords(wb, 'products', parseDelimitedText(ITEM_LIST));
    expect(first).toMatchObject({ new: 3, rejected: 0 });
    expect(readProducts(wb).records).toEqual([
      { row: 2, product: '纯棉四件套', sku: 'SJT-001', price: 1120, role: null, suggestedRole: null },
      { row: 3, product: '夏凉被', sku: 'XLB-002', price: 99, role: null, suggestedRole: null },
      { row: 4, product: '枕套', sku: '', price: 25.5, role: null, suggestedRole: null },
    ]);
    const again = importRecords(wb, 'products', parseDelimitedText(ITEM_LIST));
    expect(again).toMatchObject({ new: 0, skipped: 3, rejected: 0 });
  });

  it('names an order line by its 商家编码, else by its title', () => {
    const name = productNameOf([
      { row: 2, product: '纯棉四件套', sku: 'SJT-001', price: 1120, role: null, suggestedRole: null },
      { row: 3, product: '夏凉被', sku: '', price: 99, role: null, suggestedRole: null },
    ]);
    expect(name({ sku: 'SJT-001', title: '【包邮】纯棉四件套 1.8m' })).toBe('纯棉四件套');
    expect(name({ title: ' 夏凉被 ' })).toBe('夏凉被');
    expect(name({ sku: 'X', title: '抱枕' })).toBe('抱枕');
  });
});
