import { describe, expect, it } from 'vitest';
import { buildQueueTabs } from '../../../src/core/effects/generate-queues';
import type { Order } from '../../../src/core/ingest/orders';
import { buyerOrders } from '../../../src/core/repeat/buyer-orders';
import { oldCustomers } from '../../../src/core/repeat/old-customers';
import { repeatFigures } from '../../../src/core/repeat/repeat-figures';
import { defaultSettingsValue } from '../../../src/core/settings/settings';
import type { Inquiry } from '../../../src/core/sheets/records';
import { buildSummary } from '../../../src/core/summary/build-summary';
import { layoutSummary } from '../../../src/core/summary/summary-layout';
import { parsePeriod } from '../../../src/core/time/periods';
import { anOrder } from '../../fixtures/order';

let row = 2;
function order(buyer: string, paid: string | null, amount: number, more: Partial<Order> = {}): Order {
  const r = row++;
  return anOrder({
    row: r,
    orderId: `o${r + 1}`,
    buyer,
    paidAmount: amount,
    status: '交易成功',
    createdAt: paid === null ? '2026-11-03 10:00:00' : `${paid} 09:00:00`,
    paidAt: paid === null ? null : `${paid} 10:00:00`,
    title: `${buyer}的商品`,
    ...more,
  });
}

const asked = (customerId: string, customerType: Inquiry['customerType']) => ({ customerId, customerType });

// Hand count, month 2026-11 against 2026-10, window 365 days (from 2025-11-01 for November):
// November's paying buyers: amy, bob, cat, dan, eve, hal = 6. Bought before within the window:
// amy (06-10), bob (10-20), eve (10-08) = 3 → 50 %; dan's earlier order (2025-10-01) is outside.
// Intervals: amy 11-05 − 06-10 = 148, bob 11-25 − 10-20 = 36, eve 11-12 − 10-08 = 35 → median 36.
// October: bob, eve, fay = 3 buyers, eve a repeat (09-03) → 1/3; a base of 3 is not tested.
// 返单 (eve is a wholesaler by her inquiry; hal a 1688 company): November eve 11-12 and 11-26 = 2
// (hal's first order is none); October eve 10-08 = 1. Left out: t**1 twice (tom1 and tim1 fit it);
// a**y is amy (only she fits). gus never paid.
const ORDERS: Order[] = [
  order('amy', '2026-06-10', 100),
  order('amy', '2026-11-05', 200),
  order('a**y', '2026-11-20', 45),
  order('bob', '2026-10-20', 50),
  order('bob', '2026-11-25', 60),
  order('bob', '2026-11-28', 70),
  order('cat', '2026-11-10', 80),
  order('dan', '2025-10-01', 500),
  order('dan', '2026-11-02', 90),
  order('eve', '2026-09-03', 3000),
  order('eve', '2026-10-08', 2500),
  order('eve', '2026-11-12', 4000),
  order('eve', '2026-11-26', 3500),
  order('fay', '2026-10-15', 40),
  order('t**1', '2026-11-15', 30),
  order('t**1', '2026-11-16', 30),
  order('gus', null, 66),
  order('hal', '2026-11-01', 1200, { buyerCompany: '义乌某某贸易有限公司' }),
];
const INQUIRIES = [asked('eve', 'wholesaler'), asked('tom1', 'new'), asked('tim1', 'returning')];

describe('repeat buyers from the Orders sheet (issue 23 item 3)', () => {
  const data = buyerOrders(ORDERS, INQUIRIES);
  const nov = repeatFigures(data, parsePeriod('2026-11'), 365)!;

  it('matches the hand count of a fixture month', () => {
    expect(nov.current).toEqual({ buyers: 6, repeatBuyers: 3, rate: 0.5 });
    expect(nov.previous).toEqual({ buyers: 3, repeatBuyers: 1, rate: 1 / 3 });
    expect(nov.label).toBe('insufficient-base');
    expect(nov.medianIntervalDays).toBe(36);
    expect([nov.reorders, nov.previousReorders]).toEqual([2, 1]);
    expect(nov.leftOutOrders).toBe(2);
    expect(nov.shortHistory).toBe(false);
    expect(nov.tradeMonths).toEqual([
      { month: '2026-06', tradeBuyers: 0, tradeOrders: 0, reorders: 0 },
      { month: '2026-07', tradeBuyers: 0, tradeOrders: 0, reorders: 0 },
      { month: '2026-08', tradeBuyers: 0, tradeOrders: 0, reorders: 0 },
      { month: '2026-09', tradeBuyers: 1, tradeOrders: 1, reorders: 0 },
      { month: '2026-10', tradeBuyers: 1, tradeOrders: 1, reorders: 1 },
      { month: '2026-11', tradeBuyers: 2, tradeOrders: 3, reorders: 2 },
    ]);
  });

  it('looks back no further than the orders on record, and compares nothing under a week of it', () => {
    const late = buyerOrders(
      ORDERS.filter((o) => (o.paidAt ?? '') >= '2026-10-03'),
      INQUIRIES,
    );
    // Orders on record from 10-08 (eve): October looks back nothing, so November is not compared.
    const figures = repeatFigures(late, parsePeriod('2026-11'), 365)!;
    expect([figures.lookbackDays, figures.shortHistory, figures.label]).toEqual([0, true, 'no-baseline']);
  });

  it('with no baseline, shows no previous rate beside 无上期数据 (the early weeks of the demo)', () => {
    const late = buyerOrders(
      ORDERS.filter((o) => (o.paidAt ?? '') >= '2026-10-03'),
      INQUIRIES,
    );
    const figures = repeatFigures(late, parsePeriod('2026-11'), 365)!;
    // October had three paying buyers, but with nothing on record before it none could be a repeat.
    expect(figures.previous).toEqual({ buyers: 3, repeatBuyers: 0, rate: null });
    const model = buildSummary({
      period: parsePeriod('2026-11'),
      inquiries: [],
      reviews: [],
      excludedRows: 0,
      settings: { responseThresholdSeconds: 120, rankingSize: 10, language: 'zh', repeatWindowDays: 365 },
      orders: ORDERS.filter((o) => (o.paidAt ?? '') >= '2026-10-03'),
    });
    const rate = layoutSummary(model, 'zh').values.find((r) => r[0] === '复购率')!;
    expect(rate[2]).toBe('—');
    expect(rate[3]).toBe('无上期数据');
  });

  it('with no baseline, still counts this period over the history it has, or shows none (never 0 %)', () => {
    const late = buyerOrders(
      ORDERS.filter((o) => (o.paidAt ?? '') >= '2026-10-03'),
      INQUIRIES,
    );
    // Orders on record from 10-08 (eve): November looks back 24 days (10-08 … 10-31), so of its six
    // buyers (amy, bob, cat, dan, eve, hal) bob (10-20) and eve (10-08) had bought: 2/6. October has
    // nothing on record before it: no buyer can be told a repeat, so it has no rate at all.
    const nov = repeatFigures(late, parsePeriod('2026-11'), 365)!;
    expect([nov.lookbackDays, nov.currentLookbackDays, nov.label]).toEqual([0, 24, 'no-baseline']);
    expect(nov.current).toEqual({ buyers: 6, repeatBuyers: 2, rate: 2 / 6 });
    const oct = repeatFigures(late, parsePeriod('2026-10'), 365)!;
    expect([oct.currentLookbackDays, oct.current.rate, oct.ci95]).toEqual([0, null, null]);
    const tab = (period: string) =>
      layoutSummary(
        buildSummary({
          period: parsePeriod(period),
          inquiries: [],
          reviews: [],
          excludedRows: 0,
          settings: { responseThresholdSeconds: 120, rankingSize: 10, language: 'zh', repeatWindowDays: 365 },
          orders: ORDERS.filter((o) => (o.paidAt ?? '') >= '2026-10-03'),
        }),
        'zh',
      ).values;
    const novTab = tab('2026-11');
    expect(novTab.find((r) => r[0] === '复购率')!.slice(1, 4)).toEqual([2 / 6, '—', '无上期数据']);
    expect(novTab.map((r) => r[0])).toContain(
      '注意：订单记录从 2026-10-08 开始，不够回看 365 天：本期只回看 24 天，复购会被少算；上期之前的记录不足 7 天，不与上期比较。',
    );
    const octTab = tab('2026-10');
    expect(octTab.find((r) => r[0] === '复购率')!.slice(1, 7)).toEqual([
      '—',
      '—',
      '无上期数据',
      '—',
      '—',
      '—',
    ]);
    expect(octTab.map((r) => r[0])).toContain(
      '注意：订单记录从 2026-10-08 开始，本期之前的记录不足 7 天，看不出谁是买过的老客，所以复购率记为“—”。',
    );
  });

  it('a shorter window drops repeats bought longer ago', () => {
    const short = repeatFigures(data, parsePeriod('2026-11'), 30)!;
    // From 10-02: bob (10-20) and eve (10-08) still count; amy (06-10) does not.
    expect(short.current.repeatBuyers).toBe(2);
    expect(short.shortHistory).toBe(false);
  });

  it('lists old customers to revisit: last purchase 30+ days ago, biggest spenders first', () => {
    const rows = oldCustomers(data.orders, '2026-12-06', 30, 365);
    expect(rows.map((r) => [r.buyer, r.lastPurchase, r.daysSince, r.orders, r.total, r.trade])).toEqual([
      ['hal', '2026-11-01', 35, 1, 1200, true],
      ['dan', '2026-11-02', 34, 2, 590, false],
      ['fay', '2026-10-15', 52, 1, 40, false],
    ]);
    expect(rows[1]!.items).toEqual(['dan的商品']);
  });

  it('writes the old-customer list as a queue beside 跟进清单', () => {
    const settings = defaultSettingsValue('zh');
    const tabs = buildQueueTabs(
      { settings, inquiries: [], orders: [], paidOrders: ORDERS },
      new Date('2026-12-06T09:00:00+08:00'),
      'Asia/Shanghai',
    );
    expect(tabs.oldCustomers!.tabName).toBe('老客回访清单');
    const cells = tabs.oldCustomers!.content.values.map((r) => r[0]);
    expect(cells).toContain('hal');
    expect(cells.indexOf('hal')).toBeLessThan(cells.indexOf('dan'));
  });
});

describe('a repeat-rate change among the findings', () => {
  // Week 2026-W47: 40 buyers, 4 of them bought before; W48: 40 buyers, 24 did. Orders on record
  // start 10-20, 27 days before W47: both weeks look back 27 days (W48 from 10-27).
  // z-test on 4/40 → 24/40: z = 4.76, p < 0.001 → significant-up, +50.0 percentage points.
  const orders: Order[] = [];
  for (let i = 0; i < 40; i++) {
    if (i < 4) orders.push(order(`p${i}`, '2026-10-20', 100));
    orders.push(order(`p${i}`, '2026-11-17', 100));
    if (i < 24) orders.push(order(`c${i}`, '2026-10-28', 100));
    orders.push(order(`c${i}`, '2026-11-24', 100));
  }
  const model = buildSummary({
    period: parsePeriod('2026-W48'),
    inquiries: [],
    reviews: [],
    excludedRows: 0,
    settings: { responseThresholdSeconds: 120, rankingSize: 3, language: 'zh' },
    orders,
  });

  it('tests the change and words it in percentage points', () => {
    expect(model.repeat!.label).toBe('significant-up');
    expect(model.repeat!.lookbackDays).toBe(27);
    const finding = model.findings.find((f) => f.table === 'repeatRate')!;
    expect(finding.text).toMatch(/^老客复购率 10% → 60%（\+50\.0 个百分点），显著上升/);
    const cells = layoutSummary(model, 'zh').values.map((r) => r[0]);
    expect(cells).toContain('老客复购');
    expect(cells).toContain('复购率');
  });
});
