import { describe, expect, it } from 'vitest';
import { matchOrders } from '../../../src/core/matching/match-orders';
import { readSettings } from '../../../src/core/settings/settings';
import type { Cell } from '../../../src/ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const INQUIRIES = ['日期', '客服', '客户ID', '阶段', '是否成交', '交易类型', '成交金额', '商品', '地区'];
const ORDERS = [
  '订单编号',
  '买家会员名',
  '买家公司名',
  '买家实际支付金额',
  '订单状态',
  '订单创建时间',
  '订单付款时间',
  '收货地址',
  '宝贝标题',
];

/**
 * The hand-worked fixture (attributionDays 1, orders covering 2026-11-02 … 11-06, now 11-10):
 * row 2 阿明 asks 11-03 and pays the next day (product typed by hand);
 * row 3 小红 asks 11-03 and pays two days later (outside the window);
 * row 4 老王 pays at 09:00 and asks at 15:00 the same day;
 * rows 5–6 丽丽 asks twice on 11-05, pays that afternoon and again the next morning (a company buyer);
 * row 7 阿强 is typed 否 although he paid two hours after asking;
 * row 8 is 阿明's after-sale chat, which matching leaves alone.
 */
function fixture(): MemoryWorkbook {
  const inquiries: Cell[][] = [
    INQUIRIES,
    ['2026-11-03 10:00', '小美', '阿明', '售前', '', '', '', '四件套', ''],
    ['2026-11-03 11:00', '小美', '小红', '售前', '', '', '', '', ''],
    ['2026-11-04 15:00', '婷婷', '老王', '售前', '', '', '', '', ''],
    ['2026-11-05 09:00', '小美', '丽丽', '售前', '', '', '', '', ''],
    ['2026-11-05 14:00', '婷婷', '丽丽', '售前', '', '', '', '', ''],
    ['2026-11-04 10:00', '小美', '阿强', '售前', '否', '', '', '', ''],
    ['2026-11-08 10:00', '小美', '阿明', '售后', '', '', '', '', ''],
  ];
  const orders: Cell[][] = [
    ORDERS,
    [
      'A1',
      '阿明',
      '',
      '¥1,120.00',
      '交易成功',
      '2026-11-04 19:58',
      '2026-11-04 20:00',
      '浙江省 杭州市 西湖区 文三路 1 号',
      '纯棉四件套 1.8m',
    ],
    ['B1', '小红', '', '99', '交易成功', '2026-11-05 08:59', '2026-11-05 09:00', '江苏省 南京市', '夏凉被'],
    [
      'C1',
      '老王',
      '',
      '50',
      '交易成功',
      '2026-11-04 08:59',
      '2026-11-04 09:00',
      '北京 北京市 朝阳区',
      '枕套',
    ],
    [
      'D1',
      '丽丽',
      '',
      '80',
      '交易成功',
      '2026-11-05 15:59',
      '2026-11-05 16:00',
      '广东省 广州市',
      '婴儿隔尿垫',
    ],
    [
      'D2',
      '丽丽',
      '丽丽母婴商行',
      '200',
      '交易成功',
      '2026-11-06 09:59',
      '2026-11-06 10:00',
      '广西壮族自治区 南宁市',
      '宝宝加厚爬行垫',
    ],
    ['E1', '阿强', '', '66', '交易成功', '2026-11-04 11:59', '2026-11-04 12:00', '上海 上海市', '毛毯'],
    ['F1', '阿明', '', '30', '等待买家付款', '2026-11-02 08:00', '', '浙江省 杭州市', '袜子'],
  ];
  return MemoryWorkbook.from({ 询单记录: inquiries, 订单记录: orders });
}

const NOW = '2026-11-10 12:00:00';

describe('matchOrders: the hand-worked fixture', () => {
  it('fills exactly the expected blank cells and changes no typed cell', () => {
    const wb = fixture();
    const before = wb.read('询单记录');
    const report = matchOrders(wb, { now: NOW, settings: readSettings(wb).settings });
    const after = wb.read('询单记录');
    expect(after.slice(1).map((row) => row.slice(4))).toEqual([
      ['是', '零售', 1120, '四件套', '浙江'],
      ['否', '', '', '', ''],
      ['否', '', '', '', ''],
      ['否', '', '', '', ''],
      ['是', '批发', 280, '宝宝加厚爬行垫', '广西'],
      ['否', '', '', '', ''],
      ['', '', '', '', ''],
    ]);
    // Every non-blank cell before is the same after.
    for (const [r, row] of before.entries()) {
      for (const [c, cell] of row.entries()) if (cell !== '') expect(after[r]![c]).toEqual(cell);
    }
    expect(report).toMatchObject({
      inquiries: 6,
      converted: 3,
      paidOrders: 6,
      silentOrders: 2,
      filled: { converted: 5, amount: 2, product: 1, region: 2, transactionType: 2 },
    });
  });

  it('reports the typed 否 that the orders contradict, naming row, column and order', () => {
    const wb = fixture();
    const report = matchOrders(wb, { now: NOW, settings: readSettings(wb).settings });
    expect(report.problems).toEqual([
      {
        sheet: '询单记录',
        row: 7,
        column: '是否成交',
        value: '否',
        reason: '填写为“否”，但该买家在询单窗口内付款了（订单 E1）；已保留填写的值',
        severity: 'warning',
      },
    ]);
  });

  it('writes nothing more on a second run, and each changed column in one write', () => {
    const wb = fixture();
    matchOrders(wb, { now: NOW, settings: readSettings(wb).settings });
    expect(wb.calls.updateColumn).toBe(5);
    expect(wb.calls.write).toBe(0);
    const once = wb.read('询单记录');
    const writes = wb.calls.updateColumn;
    const again = matchOrders(wb, { now: NOW, settings: readSettings(wb).settings });
    expect(wb.calls.updateColumn).toBe(writes);
    expect(wb.read('询单记录')).toEqual(once);
    expect(again.contradictions).toBe(1);
  });

  it('leaves a window that is still open, or that the orders do not cover, blank', () => {
    const wb = fixture();
    // On 11-06 at noon, 丽丽's window (11-05 → 11-06) is still open and her earlier row waits too.
    matchOrders(wb, { now: '2026-11-06 12:00:00', settings: readSettings(wb).settings });
    const rows = wb.read('询单记录');
    expect(rows[4]![4]).toBe('');
    expect(rows[5]![4]).toBe('是');
    const early = MemoryWorkbook.from({
      询单记录: [INQUIRIES, ['2026-10-01 10:00', '小美', '旧客', '售前', '', '', '', '', '']],
      订单记录: fixture().read('订单记录'),
    });
    const report = matchOrders(early, { now: NOW, settings: readSettings(early).settings });
    expect(early.read('询单记录')[1]![4]).toBe('');
    expect(report.open).toBe(1);
  });

  it('takes the attribution window from Settings (attributionDays 2 counts 小红)', () => {
    const wb = fixture();
    wb.addSheet('设置');
    wb.write('设置', 1, 1, [
      ['设置项', '值', '说明'],
      ['attributionDays', '2', ''],
    ]);
    matchOrders(wb, { now: NOW, settings: readSettings(wb).settings });
    expect(wb.read('询单记录')[2]!.slice(4)).toEqual(['是', '零售', 99, '夏凉被', '江苏']);
  });
});
