/**
 * 建议角色 (issue 23 item 2, seed 002): the hand-worked catalogue of role-fixture.ts gets the roles
 * its comment derives, the basis names the numbers, a typed role wins, and an unknown typed role is
 * one sentence naming sheet, row, column and reason.
 */
import { describe, expect, it } from 'vitest';
import { importRows } from '../../../src/core/ingest/import-rows';
import { say } from '../../../src/core/messages/catalogue';
import { parseRoleRules, roleRules } from '../../../src/core/roles/role-rules';
import { writeProductRoles } from '../../../src/core/roles/write-roles';
import { installTemplates } from '../../../src/core/setup/install';
import { MemoryWorkbook } from '../../fakes/memory-workbook';
import { LINE_HEADER, LINES, ORDER_HEADER, ORDERS, PRODUCT_HEADER, PRODUCTS } from './role-fixture';

function book(lang: 'zh' | 'en' = 'zh'): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb, { language: lang });
  importRows(wb, 'products', PRODUCT_HEADER, PRODUCTS);
  importRows(wb, 'orders', ORDER_HEADER, ORDERS);
  importRows(wb, 'orderLines', LINE_HEADER, LINES);
  return wb;
}

const column = (wb: MemoryWorkbook, sheet: string, label: string) => {
  const [header, ...rows] = wb.read(sheet);
  const i = header!.indexOf(label);
  return rows.map((r) => r[i]);
};

describe('suggested product roles on the Products sheet', () => {
  it('writes the hand-worked roles, the typed role winning, and says why', () => {
    const wb = book();
    const report = writeProductRoles(wb);
    expect(column(wb, '商品清单', '建议角色')).toEqual(['引流款', '活动款', '利润款', '渠道款', '', '', '']);
    expect(report).toMatchObject({ items: 7, suggested: 4, typed: 1 });
    const basis = column(wb, '商品清单', '角色依据');
    expect(basis[0]).toBe(
      '近 90 天 15 笔订单：价格为目录中位价的 0.17 倍（不高于 0.7，低价带），订单占比 38%（不低于 10%）高于销售额占比 3% → 引流款',
    );
    expect(basis[1]).toContain('5 笔比标价低 15% 以上成交（100%');
    expect(basis[2]).toContain('销售额占比 41%（不低于 10%）不低于订单占比 18%');
    expect(basis[3]).toContain('批发/分销 5 笔（83%');
    expect(basis[4]).toBe(
      '近 90 天 5 笔订单：订单占比 13%、销售额占比 6%、价格为目录中位价的 1 倍，不符合任何角色规则；已填角色「利润款」为准',
    );
    expect(basis[5]).toBe('近 90 天没有成交，不建议角色');
    // 床垫's August order is outside the window: 2 orders, not 3.
    expect(basis[6]).toBe('近 90 天只有 2 笔订单，少于 5 笔，不建议角色');
  });

  it('names the unknown typed role in one sentence, and the item still counts', () => {
    const wb = book();
    const report = writeProductRoles(wb);
    const problem = report.problems.find((p) => p.column === '角色');
    expect(problem).toBeDefined();
    expect(say('zh', 'commands.problem', { ...problem! })).toBe(
      '商品清单 第 7 行，角色：不是可选的值：爆款（可选：引流款、活动款、利润款、渠道款）；按空白处理',
    );
    expect(report.items).toBe(7);
  });

  it('in an English workbook the roles and the sentence are English', () => {
    const wb = book('en');
    const report = writeProductRoles(wb, undefined);
    const problem = report.problems.find((p) => p.column === 'Role')!;
    expect(say('en', 'commands.problem', { ...problem })).toBe(
      'Products row 7, Role: not one of the allowed values: 爆款 (allowed: traffic, promotion, profit, channel); treated as blank',
    );
  });

  it('a second run writes nothing; a typed role is never written over', () => {
    const wb = book();
    writeProductRoles(wb);
    const before = JSON.stringify(wb.read('商品清单'));
    writeProductRoles(wb);
    expect(JSON.stringify(wb.read('商品清单'))).toBe(before);
    expect(column(wb, '商品清单', '角色')).toEqual(['', '', '', '', '利润款', '爆款', '']);
  });

  it('the thresholds are data, validated on load', () => {
    expect(roleRules().windowDays).toBe(90);
    expect(() => parseRoleRules({ ...roleRules(), traffic: { orderShare: 2 } })).toThrow(
      /templates\/product-roles.json: traffic.orderShare/,
    );
  });
});
