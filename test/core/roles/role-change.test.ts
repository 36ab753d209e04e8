/**
 * Each role item's change tested by the number its role is judged by (issue 23 items 2 and 7),
 * November (30 days) against October (31), worked by hand and checked against SciPy 1.17.1:
 *
 *   引流款 袜子 (typed): pre-sale inquiries 20/25 converted → 5/25. Every expected count 12.5 ≥ 5,
 *     so the pooled z-test: pooled 0.5, se √(0.25 · 2/25) = 0.141421, z = −0.6/0.141421 = −4.24264,
 *     p = 2.2090496998585475e-05 (scipy.stats.chi2_contingency([[20, 5], [5, 20]], correction=False),
 *     the same as 2·norm.sf(4.24264)). Holm over the section's two tested items: ×2 → 4.418e-05.
 *   利润款 四件套 (typed): October 5 retail orders of 300 and one wholesale order of 3,000; November 5
 *     of 300. Sales 4,500 → 1,500, but the drop is the one wholesale order: the exact deal of the 11
 *     orders, each to November with q = 30/61, gives P(S ≤ 1,500) = (1 − q)·P(Bin(10, q) ≤ 5) =
 *     0.326794 and P(S ≥ 1,500) = 0.798102, two-sided 0.6535877532351754 (enumerated in Python
 *     over all 2^11 deals) → noise, and Holm leaves it (the larger p of two, ×1).
 */
import { describe, expect, it } from 'vitest';
import { importRows } from '../../../src/core/ingest/import-rows';
import { adjustRoleChanges, roleChange } from '../../../src/core/roles/role-change';
import { installTemplates } from '../../../src/core/setup/install';
import { generateSummary } from '../../../src/core/summary/generate-summary';
import { layoutSummary } from '../../../src/core/summary/summary-layout';
import type { Cell } from '../../../src/ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';
import { ASK_HEADER, asks } from './role-fixture';

const SCIPY_CONVERSION_P = 2.2090496998585475e-5;
const EXACT_SALES_P = 0.6535877532351754;

/** A month's workbook: the catalogue (商品, 商家编码, 价格, 角色), its orders and inquiries naming items. */
function book(products: Cell[][], orders: Cell[][], inquiries: Cell[][]): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  importRows(wb, 'products', ['商品', '商家编码', '价格', '角色'], products);
  importRows(
    wb,
    'orders',
    ['订单编号', '买家会员名', '订单付款时间', '买家实际支付金额', '宝贝标题', '交易类型'],
    orders,
  );
  importRows(wb, 'inquiries', ASK_HEADER, inquiries);
  return wb;
}

describe('a role item’s change is tested by what its role is judged by', () => {
  const wb = book(
    [
      ['袜子', 'WZ', 10, '引流款'],
      ['四件套', 'SJT', 300, '利润款'],
    ],
    [
      ...Array.from({ length: 5 }, (_, i) => [
        `o${i}`,
        `oct${i}`,
        `2026-10-0${i + 2} 10:00:00`,
        300,
        '四件套',
        '',
      ]),
      ['w1', '义乌恒源商贸', '2026-10-20 10:00:00', 3000, '四件套', '批发'],
      ...Array.from({ length: 5 }, (_, i) => [
        `n${i}`,
        `nov${i}`,
        `2026-11-0${i + 2} 10:00:00`,
        300,
        '四件套',
        '',
      ]),
    ],
    [...asks('2026-10-12', 25, 20), ...asks('2026-11-12', 25, 5)],
  );
  const { model, tabName } = generateSummary(wb, '2026-11');
  const roles = model.roles!;
  const traffic = roles.roles.traffic[0]!;
  const profit = roles.roles.profit[0]!;

  it('a traffic item’s conversion 20/25 → 5/25 is a real drop (SciPy’s p, Holm ×2)', () => {
    expect(traffic.item).toBe('袜子');
    expect(traffic.change.measure).toBe('conversion');
    expect(traffic.change.method).toBe('z');
    expect(traffic.change.label).toBe('significant-down');
    expect(traffic.change.p).toBeCloseTo(2 * SCIPY_CONVERSION_P, 12);
  });

  it('a profit item whose drop is one wholesale order is noise', () => {
    expect([profit.item, profit.previousSales, profit.sales]).toEqual(['四件套', 4500, 1500]);
    expect(profit.change).toMatchObject({ measure: 'sales', label: 'noise', method: 'sign-flip-exact' });
    expect(profit.change.p).toBeCloseTo(EXACT_SALES_P, 12);
  });

  it('the conversion drop is a finding in plain words, in percentage points; the noise is not', () => {
    const roleFindings = model.findings.filter((f) => f.table.startsWith('role'));
    expect(roleFindings).toHaveLength(1);
    const f = roleFindings[0]!;
    expect(f).toMatchObject({
      table: 'roleConversion',
      category: '袜子',
      label: 'significant-down',
      method: 'z',
    });
    expect(f.text).toBe('引流款「袜子」的询单转化率 80% → 20%（-60.0 个百分点），显著下降');
    expect(f.text).not.toMatch(/Holm|z|Fisher|p =/);
    expect(f.p).toBeCloseTo(2 * SCIPY_CONVERSION_P, 12);
  });

  it('the tab shows each item’s label and p, and the footnote names the method', () => {
    const rows = wb.read(tabName).map((r) => r.join('|'));
    const headerAt = rows.findIndex((r) => r.startsWith('商品|角色来源|询单'));
    expect(rows[headerAt]).toContain('转化率变化|p 值');
    expect(rows[headerAt + 1]).toMatch(/^袜子\|已填\|25\|5\|0\.2\|0\.8\|0\|0\|显著下降\|< 0\.001/);
    expect(
      rows.some(
        (r) => r.startsWith('四件套|已填|1500|4500|300|') && r.includes(`|随机波动|${EXACT_SALES_P}`),
      ),
    ).toBe(true);
    expect(rows.some((r) => r.includes('商品角色一节按各商品的角色检验一个数'))).toBe(true);
  });

  it('the tab names the roles part in its one-line list and leaves it open, as it holds a change', () => {
    const tab = layoutSummary(model, 'zh');
    expect(tab.values.map((r) => r[0])).toContain('商品角色：2 项，1 项显著变化');
    const fold = tab.folds!.find((f) => f.line.startsWith('商品角色'))!;
    expect(fold.open).toBe(true);
    expect(tab.rowGroups!.find((g) => g.first === fold.first + 1)?.collapsed).toBe(false);
  });

  it('the summary JSON carries the label and p under the item', () => {
    const json = JSON.parse(JSON.stringify(model));
    expect(json.roles.roles.traffic[0].change).toEqual({
      measure: 'conversion',
      label: 'significant-down',
      p: traffic.change.p,
      method: 'z',
    });
  });
});

describe('a channel item is judged by its trade re-orders, counted', () => {
  it('12 re-orders in October, 2 in November: each counts one, the exact test of the two counts', () => {
    // Under no change the 14 re-orders fall in November with q = 30/61: K ~ Bin(14, q), and the
    // two-sided p is twice the smaller tail, 2·min(P(K ≤ 2), P(K ≥ 2)) =
    // 2·scipy.stats.binom.cdf(2, 14, 30/61) = 0.015292735827470405.
    const change = roleChange(
      { measure: 'tradeReorders', previous: [{ amount: 1, n: 12 }], current: [{ amount: 1, n: 2 }] },
      { current: 30, previous: 31 },
    );
    expect(change).toMatchObject({
      measure: 'tradeReorders',
      label: 'significant-down',
      method: 'sign-flip-exact',
    });
    expect(change.p).toBeCloseTo(0.015292735827470405, 12);
  });

  it('Holm across the section turns a change that is real alone into noise', () => {
    const reorders = roleChange(
      { measure: 'tradeReorders', previous: [{ amount: 1, n: 12 }], current: [{ amount: 1, n: 2 }] },
      { current: 30, previous: 31 },
    );
    const [adjusted, other] = adjustRoleChanges([
      reorders,
      { measure: 'sales', label: 'noise', p: 0.5, method: 'sign-flip-exact' },
      { measure: 'sales', label: 'no-baseline', p: null, method: null },
      { measure: 'conversion', label: 'noise', p: 0.2, method: 'z' },
    ]);
    // Three tested: 0.0153 × 3 = 0.0459 is still below 0.05.
    expect(adjusted).toMatchObject({ label: 'significant-down', p: 3 * reorders.p! });
    expect(other!.p).toBe(0.5);
    const four = adjustRoleChanges([
      reorders,
      { measure: 'sales', label: 'noise', p: 0.5, method: 'sign-flip-exact' },
      { measure: 'sales', label: 'noise', p: 0.6, method: 'sign-flip-exact' },
      { measure: 'conversion', label: 'noise', p: 0.2, method: 'z' },
    ]);
    // Four tested: × 4 = 0.0612, no longer below 0.05.
    expect(four[0]).toMatchObject({ label: 'noise', p: 4 * reorders.p! });
  });
});

describe('re-orders of the roles read masked buyers as the repeat section does', () => {
  // 夏凉被 and 枕头 are typed 渠道款. tx1 and ty1 both fit t**1, so t**1 stands for nobody: its
  // November order is no re-order, though the same masked name paid in October. d**1 fits dd1 alone,
  // who paid in October: its November order is a re-order, though the name as written is new.
  const wb = book(
    [
      ['夏凉被', 'XLB', 150, '渠道款'],
      ['枕头', 'ZT', 60, '渠道款'],
    ],
    [
      ['o1', 'tx1', '2026-10-05 10:00:00', 150, '夏凉被', '批发'],
      ['o2', 'ty1', '2026-10-06 10:00:00', 150, '夏凉被', '批发'],
      ['o3', 't**1', '2026-10-07 10:00:00', 150, '夏凉被', '批发'],
      ['n1', 't**1', '2026-11-05 10:00:00', 150, '夏凉被', '批发'],
      ['o4', 'dd1', '2026-10-08 10:00:00', 60, '枕头', '批发'],
      ['n2', 'd**1', '2026-11-06 10:00:00', 60, '枕头', '批发'],
    ],
    asks('2026-11-12', 1, 1),
  );
  const channel = generateSummary(wb, '2026-11').model.roles!.roles.channel;
  const item = (name: string) => channel.find((r) => r.item === name)!;

  it('a masked name two buyers fit is no re-order', () => {
    expect(item('夏凉被')).toMatchObject({ tradeOrders: 1, tradeReorders: 0, previousTradeOrders: 3 });
  });

  it('a masked name one known buyer fits is that buyer, and re-orders', () => {
    expect(item('枕头')).toMatchObject({ tradeOrders: 1, tradeReorders: 1, previousTradeOrders: 1 });
  });
});
