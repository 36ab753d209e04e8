/**
 * 建议原因 (issue 20, item 4): a lost pre-sale chat with no reason typed gets the reason its words
 * name, a closed order's 订单关闭原因 fills it for the inquiry it belongs to, a typed reason is never
 * replaced, and the weekly tab counts the suggestion (saying how many) so 未填写 is left for chats
 * with no words naming a reason.
 */

import { describe, expect, it } from 'vitest';
import { importChats } from '../../../src/core/ingest/import-chats';
import { importRows } from '../../../src/core/ingest/import-rows';
import { inputTable } from '../../../src/core/ingest/input-table';
import { suggestReasons } from '../../../src/core/reasons/suggest-reasons';
import { readSettings } from '../../../src/core/settings/settings';
import { installTemplates } from '../../../src/core/setup/install';
import { generateSummary } from '../../../src/core/summary/generate-summary';
import type { Cell } from '../../../src/ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const CHATS: [string, string, 'b' | 'a', string][] = [
  ['2026-11-17 10:00:00', 'tb_贵', 'b', '这款羊毛衫多少钱'],
  ['2026-11-17 10:00:30', 'tb_贵', 'a', '亲，活动价299哦'],
  ['2026-11-17 10:01:00', 'tb_贵', 'b', '太贵了，我再看看'],
  ['2026-11-17 11:00:00', 'tb_谢', 'b', '有现货吗'],
  ['2026-11-17 11:00:20', 'tb_谢', 'a', '有的亲'],
  ['2026-11-17 11:01:00', 'tb_谢', 'b', '好的谢谢'],
  ['2026-11-18 09:00:00', 'tb_写', 'b', '运费多少'],
  ['2026-11-18 09:00:20', 'tb_写', 'a', '亲新疆加15元'],
  ['2026-11-18 09:01:00', 'tb_写', 'b', '太贵了'],
  ['2026-11-18 14:00:00', 'tb_关', 'b', '这个有蓝色吗'],
  ['2026-11-18 14:00:20', 'tb_关', 'a', '有的亲'],
  ['2026-11-18 14:01:00', 'tb_关', 'b', '好，我考虑一下'],
];

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  const rows = CHATS.map(([time, buyer, who, text]) => [
    time,
    buyer,
    who === 'a' ? '店:小美' : '',
    who === 'a' ? '客服' : '买家',
    text,
  ]);
  importChats(wb, inputTable(['时间', '买家', '客服', '发送方', '内容'], rows));
  // tb_关 placed an order the next day and it was closed: out of stock.
  importRows(
    wb,
    'orders',
    ['订单编号', '买家会员名', '订单状态', '订单创建时间', '订单关闭原因', '买家实际支付金额'],
    [
      ['1001', 'tb_关', '交易关闭', '2026-11-19 08:00:00', '卖家缺货', 0],
      ['1002', 'tb_无', '交易关闭', '2026-11-19 09:00:00', '买家不想买了', 0],
    ],
  );
  // Every chat lost; tb_写's reason typed by a person.
  const [header, ...body] = wb.read('询单记录');
  const col = (label: string) => header!.indexOf(label);
  body.forEach((r, i) => {
    const row: Cell[] = [...r];
    row[col('是否成交')] = '否';
    if (row[col('客户ID')] === 'tb_写') row[col('未成交原因')] = '运费太贵';
    wb.write('询单记录', i + 2, 1, [row]);
  });
  return wb;
}

const byBuyer = (wb: MemoryWorkbook) => {
  const [header, ...body] = wb.read('询单记录');
  const at = (label: string) => header!.indexOf(label);
  return Object.fromEntries(
    body.map((r) => [r[at('客户ID')], [r[at('未成交原因')], r[at('建议原因')], r[at('建议依据')]]]),
  );
};

describe('suggested no-deal reasons', () => {
  it('suggests from the chat and from a closed order, and never touches a typed reason', () => {
    const wb = book();
    const report = suggestReasons(wb, readSettings(wb).settings);
    expect(byBuyer(wb)).toEqual({
      tb_贵: ['', '价格太高', '聊天：太贵'],
      tb_谢: ['', '', ''],
      tb_写: ['运费太贵', '', ''],
      tb_关: ['', '缺货', '订单关闭原因：卖家缺货'],
    });
    expect(report).toMatchObject({ blank: 3, fromChat: 1, fromClosure: 1, none: 1, unmatchedClosures: 1 });
    const before = JSON.stringify(wb.read('询单记录'));
    suggestReasons(wb, readSettings(wb).settings);
    expect(JSON.stringify(wb.read('询单记录'))).toBe(before);
  });

  it('counts the suggestion in the weekly tab unless a reason was typed, and says how many', () => {
    const wb = book();
    suggestReasons(wb, readSettings(wb).settings);
    const written = generateSummary(wb, '2026-W47');
    const cells = wb.read(written.tabName).map((r) => r.map(String));
    const at = cells.findIndex((r) => r[0] === '未成交原因');
    const head = cells.findIndex((r, i) => i > at && r[0] === '分类');
    const table = cells.slice(head + 1, head + 5).map((r) => [r[0], r[4]]);
    expect(table).toEqual(
      expect.arrayContaining([
        ['价格太高', '1'],
        ['缺货', '1'],
        ['运费太贵', '1'],
        ['未填写', '1'],
      ]),
    );
    expect(cells.flat().some((c) => c.startsWith('其中 2 条未填写原因的，按建议原因计'))).toBe(true);
  });
});
