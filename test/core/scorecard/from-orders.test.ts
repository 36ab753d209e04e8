/**
 * Issue 10, item 3: orders and refunds of after-sale agents from the Orders sheet where the cells
 * are blank, and low-quality reviews read with the Taxonomy's polarity words (issue 11, item 4).
 */
import { describe, expect, it } from 'vitest';
import { computeScorecard } from '../../../src/core/scorecard/compute-scorecard';
import { readSettings } from '../../../src/core/settings/settings';
import type { Cell } from '../../../src/ports';
import { OUT, scorecardBook, scorecardRow } from '../../fixtures/scorecard/sheet';

const month = '2026-11';
const INQUIRY_HEADER = ['日期', '客服', '客户ID', '客户类型', '询盘渠道', '阶段', '咨询内容', '问题分类'];
const inquiry = (date: string, agent: string, buyer: string, stage = '售后'): Cell[] => [
  date,
  agent,
  buyer,
  '',
  '',
  stage,
  '',
  '',
];
/** 阿芳 served buyers a, b and c after sale in November; 阿强 served d; e asked before the month. */
const INQUIRIES: Cell[][] = [
  INQUIRY_HEADER,
  inquiry('2026-11-10', '阿芳', 'a'),
  inquiry('2026-11-12', '阿芳', 'a'), // a second conversation: a's order still counts once
  inquiry('2026-11-20', '阿芳', 'b'),
  inquiry('2026-11-25', ' 阿芳 ', 'c'),
  inquiry('2026-11-05', '阿强', 'd'),
  inquiry('2026-10-28', '阿芳', 'e'),
  inquiry('2026-11-15', '阿芳', 'f', '售前'), // pre-sale: not an after-sale contact
];
const ORDER_HEADER = [
  '订单编号',
  '买家会员名',
  '买家实际支付金额',
  '订单状态',
  '订单创建时间',
  '订单付款时间',
  '退款金额',
];
const ORDERS: Cell[][] = [
  ORDER_HEADER,
  ['1001', 'a', 99, '交易成功', '2026-11-01 10:00:00', '2026-11-01 10:05:00', 0], // counts
  ['1002', 'a', 59, '交易关闭', '2026-11-08 09:00:00', '2026-11-08 09:01:00', 59], // counts, refunded
  ['1003', 'b', 120, '交易成功', '2026-10-25 12:00:00', '2026-10-25 12:00:10', 120], // 26 days before: counts, refunded
  ['1004', 'b', 80, '交易成功', '2026-10-10 12:00:00', '2026-10-10 12:00:10', 0], // 41 days before: not counted
  ['1005', 'c', 45, '交易成功', '2026-11-26 08:00:00', '2026-11-26 08:00:30', 0], // after the conversation: not counted
  ['1006', 'c', 66, '交易成功', '2026-11-24 08:00:00', '2026-11-24 08:00:30', ''], // counts
  ['1007', 'd', 70, '交易成功', '2026-11-04 08:00:00', '2026-11-04 08:00:30', 70], // 阿强's buyer
  ['1008', 'e', 70, '交易成功', '2026-10-20 08:00:00', '2026-10-20 08:00:30', 70], // October conversation
  ['1009', 'f', 70, '交易成功', '2026-11-14 08:00:00', '2026-11-14 08:00:30', 70], // pre-sale buyer
  ['1010', 'a', 30, '等待买家付款', '2026-11-09 08:00:00', '', 0], // unpaid
  ['1011', 'z', 30, '交易成功', '2026-09-30 08:00:00', '2026-09-30 08:00:30', 0], // the export starts before the window
];

function book(cells: Record<string, Cell>, extra: Record<string, Cell[][]> = {}) {
  return scorecardBook([scorecardRow(month, '阿芳', '售后', '普通', cells)], {
    询单记录: INQUIRIES,
    订单记录: ORDERS,
    ...extra,
  });
}

describe('after-sale orders and refunds from the Orders sheet where the cells are blank', () => {
  it('counts what a person counting by hand gets: 4 orders, 2 refunded → 50 % → 0 points', async () => {
    const wb = book({ 订单数: '', 退款数: '' });
    const [agent] = (await computeScorecard(wb, month, readSettings(wb))).agents;
    expect(agent!.items.find((i) => i.item === 'refund')).toMatchObject({
      points: 0,
      rule: 'refund-rate-over-11',
    });
    expect(agent!.score).toBe(100);
    const explanation = String(wb.read('客服考核')[1]![OUT + 6]);
    expect(explanation).toContain('退款率 50%（2/4）（来自订单记录）→ 0 分');
    // The person's cells stay blank: the counts live in the explanation.
    expect(wb.read('客服考核')[1]![8]).toBe('');
  });

  it('a typed count wins, 0 included, and is not marked as from the Orders sheet', async () => {
    const wb = book({ 订单数: 200, 退款数: 0 });
    const [agent] = (await computeScorecard(wb, month, readSettings(wb))).agents;
    expect(agent!.score).toBe(130);
    expect(String(wb.read('客服考核')[1]![OUT + 6])).not.toContain('来自订单记录');
  });

  it('an order report that starts inside the window fills nothing and says why (0 orders would pay 30 points)', async () => {
    const late = [ORDER_HEADER, ...ORDERS.slice(1).filter((r) => String(r[5]) >= '2026-11-01')];
    const wb = book({ 订单数: '', 退款数: '' }, { 订单记录: late });
    const report = await computeScorecard(wb, month, readSettings(wb));
    expect(String(wb.read('客服考核')[1]![OUT + 6])).not.toContain('来自订单记录');
    const warning = report.problems.find((p) => p.sheet === '订单记录')!;
    expect(warning).toMatchObject({ column: '订单付款时间', value: '2026-11-01', severity: 'warning' });
    expect(warning.reason).toContain('2026-10-02');
  });

  it('without orders in the Orders sheet, blank orders and refunds are no data and score no points (issue 21, item 6)', async () => {
    const wb = book({ 订单数: '', 退款数: '' }, { 订单记录: [ORDER_HEADER] });
    const [agent] = (await computeScorecard(wb, month, readSettings(wb))).agents;
    expect(agent!.items.find((i) => i.item === 'refund')).toMatchObject({
      points: 0,
      rule: 'refund-no-data',
    });
    expect(agent!.score).toBe(100);
    const explanation = String(wb.read('客服考核')[1]![OUT + 6]);
    expect(explanation).not.toContain('来自订单记录');
    expect(explanation).toContain('退款率 无数据');
    expect(explanation).not.toContain('退款率 0%');
    expect(explanation).toContain('退款率 无数据（无数据/无数据）→ 0 分');
  });

  it('one count typed and the other blank with no orders to fill it: still no data', async () => {
    const wb = book({ 订单数: 100, 退款数: '' }, { 订单记录: [ORDER_HEADER] });
    const [agent] = (await computeScorecard(wb, month, readSettings(wb))).agents;
    expect(agent!.items.find((i) => i.item === 'refund')).toMatchObject({
      points: 0,
      rule: 'refund-no-data',
    });
  });
});

describe('low-quality reviews read with the Taxonomy polarity words', () => {
  const HEADER = ['日期', '店铺', '评分', '评价内容', '分类', '人工分类', '提及客服'];
  const REVIEWS: Cell[][] = [
    HEADER,
    ['2026-11-02', '本店', 4, '阿芳态度很差，推来推去', '售后服务态度', '', '阿芳'], // negative service: counts
    ['2026-11-03', '本店', 3, '阿芳处理很快，态度好', '售后服务态度', '', '阿芳'], // positive: no
    ['2026-11-04', '本店', 4, '快递太慢了，阿芳帮忙催了', '快递', '', '阿芳'], // courier: not the agent's
    ['2026-11-05', '本店', 2, '一般', '', '', '阿芳'], // 2 ★: counts
  ];

  it('counts 2 by hand: a negative service review rated 4 ★ and a 2 ★ review, not a courier complaint', async () => {
    const wb = book({ 低质评价: '' }, { 评价记录: REVIEWS });
    const [agent] = (await computeScorecard(wb, month, readSettings(wb))).agents;
    expect(agent!.score).toBe(120);
    expect(String(wb.read('客服考核')[1]![OUT + 6])).toContain('低质评价 2（来自评价记录）→ -10 分');
  });
});

describe('masked buyer names in the Orders sheet (issue 19: the same rule as the matching)', () => {
  /** 阿芳 served tb_a1 and xa9 after sale; 阿强 served xb9. */
  const inquiries: Cell[][] = [
    INQUIRY_HEADER,
    inquiry('2026-11-10', '阿芳', 'tb_a1'),
    inquiry('2026-11-20', '阿芳', 'xa9'),
    inquiry('2026-11-20', '阿强', 'xb9'),
  ];
  const orders: Cell[][] = [
    ORDER_HEADER,
    ['3001', 'tb_a1', 99, '交易成功', '2026-11-05 10:00:00', '2026-11-05 10:05:00', 0], // counts
    ['3002', 't**1', 59, '交易成功', '2026-11-09 09:00:00', '2026-11-09 09:01:00', 59], // only tb_a1 fits: counts, refunded
    ['3003', 'x**9', 80, '交易成功', '2026-11-19 09:00:00', '2026-11-19 09:01:00', 80], // xa9 and xb9 fit: left out, said
    ['3004', 'z', 30, '交易成功', '2026-09-30 08:00:00', '2026-09-30 08:00:30', 0], // the export starts before the window
  ];

  it('counts a masked name that fits one buyer as that buyer: 2 orders, 1 refunded → 50 % → 0 points', async () => {
    const wb = book({ 订单数: '', 退款数: '' }, { 询单记录: inquiries, 订单记录: orders });
    const [agent] = (await computeScorecard(wb, month, readSettings(wb))).agents;
    // Before: t**1 was compared with tb_a1 as text, so 1 order and 0 refunds → 0 % → 30 points.
    expect(agent!.items.find((i) => i.item === 'refund')).toMatchObject({
      points: 0,
      rule: 'refund-rate-over-11',
    });
    expect(agent!.score).toBe(100);
    const explanation = String(wb.read('客服考核')[1]![OUT + 6]);
    expect(explanation).toContain('退款率 50%（1/2）（来自订单记录）');
    // x**9 fits two buyers who asked: counted for nobody, and the explanation says how many.
    expect(explanation).toContain('1 笔订单的买家名被遮挡');
  });

  it('says the same in English', async () => {
    const settings = [
      ['设置项', '值'],
      ['language', 'en'],
    ];
    const wb = book({ 订单数: '', 退款数: '' }, { 询单记录: inquiries, 订单记录: orders, 设置: settings });
    await computeScorecard(wb, month, readSettings(wb));
    expect(String(wb.read('客服考核')[1]![OUT + 6])).toContain(
      'Orders left out of orders and refunds: 1, whose masked buyer name',
    );
  });
});
