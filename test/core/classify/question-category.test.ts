/**
 * 问题分类 of real chat text (issue 20, item 5): one category per inquiry, read clause by clause from
 * the buyer's words, so a keyword the buyer negates (没有色差, 不是价格问题) picks no category and the
 * pieces of other words (颜色差不多) name nothing. The rows' categories were decided by hand.
 */
import { describe, expect, it } from 'vitest';
import { classifyNewRows } from '../../../src/core/classify/classify-new-rows';
import { importChats } from '../../../src/core/ingest/import-chats';
import { importRows } from '../../../src/core/ingest/import-rows';
import { inputTable } from '../../../src/core/ingest/input-table';
import { readSettings } from '../../../src/core/settings/settings';
import { installTemplates } from '../../../src/core/setup/install';
import type { Cell } from '../../../src/ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

/** [stage, question, the category a person gives it ('' for none)] over the shipped taxonomy. */
const QUESTIONS: ['售前' | '售后', string, string][] = [
  ['售后', '收到了，没有色差，就是快递太慢了', '快递问题'],
  ['售后', '颜色差不多，快递员态度太差了', '快递问题'],
  ['售后', '没有异味，就是尺码偏小', '尺寸与描述不符'],
  ['售后', '没有少发，就是快递太慢', '快递问题'],
  ['售后', '没有漏发，物流一直不动', '快递问题'],
  ['售后', '东西没坏，物流太慢', '快递问题'],
  ['售后', '快递没问题，收到的杯子碎了', '产品损坏'],
  ['售前', '没有赠品也行，有现货吗', '库存'],
  ['售前', '没有优惠也没关系，尺码怎么选', '尺寸规格'],
  ['售前', '不用赠品，今天能发货吗', '发货时效'],
  ['售前', '不是价格问题，有没有别的颜色', '尺寸规格'],
  ['售前', '没有赠品也可以，1.8米的有吗', ''],
  // A negated keyword in a question still asks about it.
  ['售前', '有没有赠品？', '赠品'],
  ['售前', '慢慢挑，请问有现货吗', '库存'],
  ['售前', '特别想知道什么时候发货', '发货时效'],
];

function inquiriesBook(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  const header = wb.read('询单记录')[0]!;
  const rows = QUESTIONS.map(([stage, question], i) => {
    const row: Cell[] = header.map(() => '');
    const set = (label: string, value: Cell) => {
      row[header.indexOf(label)] = value;
    };
    set('日期', '2026-11-17');
    set('客服', '小美');
    set('客户ID', `c${i}`);
    set('阶段', stage);
    set('咨询内容', question);
    set('是否成交', '否');
    return row;
  });
  wb.write('询单记录', 2, 1, rows);
  return wb;
}

describe('问题分类 read clause by clause', () => {
  it('gives each hand-decided question its category; a negated keyword picks none', () => {
    const wb = inquiriesBook();
    const report = classifyNewRows(wb, readSettings(wb).settings);
    const [header, ...body] = wb.read('询单记录');
    const at = header!.indexOf('问题分类');
    expect(body.map((r, i) => [QUESTIONS[i]![1], r[at]])).toEqual(QUESTIONS.map(([, q, c]) => [q, c]));
    expect(report.inquiries.filled).toBe(QUESTIONS.filter(([, , c]) => c !== '').length);
  });

  it("decides an imported chat's stage from the same reading: 没有破损 names no after-sale problem", () => {
    const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
    installTemplates(wb);
    // Both buyers paid an order last week, so only a pre-sale question with no after-sale one is pre-sale.
    importRows(
      wb,
      'orders',
      ['订单编号', '买家会员名', '订单状态', '订单创建时间', '付款时间', '买家实际支付金额'],
      [
        ['2001', 'tb_再买', '交易成功', '2026-11-10 08:00:00', '2026-11-10 08:01:00', 199],
        ['2002', 'tb_破了', '交易成功', '2026-11-10 09:00:00', '2026-11-10 09:01:00', 199],
      ],
    );
    const chats: Cell[][] = (
      [
        ['2026-11-17 10:00:00', 'tb_再买', '买家', '上次的没有破损，还想再买一套，有现货吗'],
        ['2026-11-17 10:00:30', 'tb_再买', '客服', '有的亲'],
        ['2026-11-17 11:00:00', 'tb_破了', '买家', '收到的有破损，有现货的话换一套'],
        ['2026-11-17 11:00:30', 'tb_破了', '客服', '抱歉亲'],
      ] as const
    ).map(([time, buyer, sender, text]) => [time, buyer, sender === '客服' ? '小美' : '', sender, text]);
    importChats(wb, inputTable(['时间', '买家', '客服', '发送方', '内容'], chats));
    const [header, ...body] = wb.read('询单记录');
    const stageOf = (buyer: string) =>
      body.find((r) => r[header!.indexOf('客户ID')] === buyer)?.[header!.indexOf('阶段')];
    expect(stageOf('tb_再买')).toBe('售前');
    expect(stageOf('tb_破了')).toBe('售后');
  });
});
