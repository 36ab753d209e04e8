import { describe, expect, it } from 'vitest';
import { aggregateChats, type StageContext } from '../../../src/core/ingest/chat-inquiries';
import { readChatLog } from '../../../src/core/ingest/chat-log';
import { inputTable } from '../../../src/core/ingest/input-table';
import type { Cell } from '../../../src/ports';

/**
 * Three buyers across two days, worked by hand:
 * 11-03 阿明 asks at 09:00:00 and 09:00:20, 小美 replies at 09:01:05 (65 s), he asks again later;
 * 11-03 小红 asks at 10:00:00, nobody replies;
 * 11-03 老王 is greeted by 婷婷 at 07:59 first, asks at 08:00:00, 婷婷 replies 08:00:30 (30 s), 小美 at 08:02;
 * 11-04 阿明 asks about a torn parcel (after-sale by text) at 20:00:00, 婷婷 replies 20:00:10 (10 s);
 * 11-04 小红 asks at 23:59:50, 小美 replies at 00:00:15 the next day (her 11-05 has no question);
 * the export lists the lines out of time order, as exports sometimes do.
 */
const HEADER = ['时间', '买家', '客服', '发送方', '内容'];
const LOG: Cell[][] = [
  ['2026-11-03 09:01:05', '阿明', '小美', '客服', '亲，有现货的'],
  ['2026-11-03 09:00:00', '阿明', '', '买家', '这个四件套有现货吗'],
  ['2026-11-03 09:00:20', '阿明', '', '买家', '1.8米的'],
  ['2026-11-03 09:30:00', '阿明', '', '买家', '好的我拍了'],
  ['2026-11-03 10:00:00', '小红', '', '买家', '能便宜点吗'],
  ['2026-11-03 07:59:00', '老王', '婷婷', '客服', '您好，在的'],
  ['2026-11-03 08:00:00', '老王', '', '买家', '包邮吗'],
  ['2026-11-03 08:00:30', '老王', '婷婷', '客服', '包邮的亲'],
  ['2026-11-03 08:02:00', '老王', '小美', '客服', '还有什么可以帮您'],
  ['2026-11-04 20:00:00', '阿明', '', '买家', '收到的包裹破损了'],
  ['2026-11-04 20:00:10', '阿明', '婷婷', '客服', '抱歉，马上处理'],
  ['2026-11-04 23:59:50', '小红', '', '买家', '还有优惠吗'],
  ['2026-11-05 00:00:15', '小红', '小美', '客服', '有的'],
];

const noOrders: StageContext = {
  paidAtByBuyer: new Map(),
  lookbackDays: 30,
  matches: (kind, text) => (kind === 'after-sale' ? /破损/.test(text) : /便宜|优惠|包邮/.test(text)),
};

describe('chat messages → one inquiry per buyer per day', () => {
  it('gives exactly the hand-worked rows, first-response seconds and agents', () => {
    const log = readChatLog(inputTable(HEADER, LOG), 'Asia/Shanghai');
    expect(log.rejected).toEqual([]);
    const { inquiries: full, agentOnlyDays } = aggregateChats(log.messages, noOrders);
    // Every message is kept with its conversation (the transcript's): 阿明's 11-03 has four.
    expect(full[1]!.messages.map((m) => m.time.slice(11))).toEqual([
      '09:00:00',
      '09:00:20',
      '09:01:05',
      '09:30:00',
    ]);
    const inquiries = full.map(({ messages: _, ...rest }) => rest);
    expect(inquiries).toEqual([
      {
        buyer: '老王',
        day: '2026-11-03',
        dateTime: '2026-11-03 08:00:00',
        agent: '婷婷',
        firstResponseSeconds: 30,
        question: '包邮吗',
        stage: 'pre-sale',
      },
      {
        buyer: '阿明',
        day: '2026-11-03',
        dateTime: '2026-11-03 09:00:00',
        agent: '小美',
        firstResponseSeconds: 65,
        question: '这个四件套有现货吗\n1.8米的',
        stage: 'pre-sale',
      },
      {
        buyer: '小红',
        day: '2026-11-03',
        dateTime: '2026-11-03 10:00:00',
        agent: null,
        firstResponseSeconds: null,
        question: '能便宜点吗',
        stage: 'pre-sale',
      },
      {
        buyer: '阿明',
        day: '2026-11-04',
        dateTime: '2026-11-04 20:00:00',
        agent: '婷婷',
        firstResponseSeconds: 10,
        question: '收到的包裹破损了',
        stage: 'after-sale',
      },
      {
        buyer: '小红',
        day: '2026-11-04',
        dateTime: '2026-11-04 23:59:50',
        agent: null,
        firstResponseSeconds: null,
        question: '还有优惠吗',
        stage: 'pre-sale',
      },
    ]);
    expect(agentOnlyDays).toBe(1);
  });

  it('makes a chat after-sale when the buyer paid in the 30 days before, unless the text is a pre-sale question', () => {
    const log = readChatLog(inputTable(HEADER, LOG), 'Asia/Shanghai');
    const paid: StageContext = {
      ...noOrders,
      paidAtByBuyer: new Map([
        ['小红', ['2026-10-05 10:00:00']],
        ['阿明', ['2026-10-20 10:00:00']],
        ['老王', ['2026-10-01 12:00:00', '2026-11-03 09:00:00']],
      ]),
    };
    const stages = aggregateChats(log.messages, paid).inquiries.map((i) => `${i.buyer} ${i.day} ${i.stage}`);
    // 小红 paid 29 days before 11-03 10:00, but 能便宜点吗 is a pre-sale question: she is shopping again;
    // 阿明 paid 14 days before and asks about stock (no category either way): after-sale;
    // 老王's orders are 33 days before and after his chat: neither counts.
    expect(stages).toEqual([
      '老王 2026-11-03 pre-sale',
      '阿明 2026-11-03 after-sale',
      '小红 2026-11-03 pre-sale',
      '阿明 2026-11-04 after-sale',
      '小红 2026-11-04 pre-sale',
    ]);
  });

  it('takes aliased headers, a sender given by nickname, and rejects unreadable lines with reasons', () => {
    const log = readChatLog(
      inputTable(
        ['发送时间', '买家昵称', '接待客服', '发送人', '消息内容'],
        [
          ['2026/11/3 9:00', 'a1', '', 'a1', 'hi'],
          ['2026/11/3 9:01', 'a1', '小美', '小美', 'hello'],
          ['11/3/2026 9:02', 'a1', '', '买家', 'x'],
          ['2026-11-03 25:00', 'a1', '', '买家', 'x'],
          ['2026-11-03 09:03', '', '', '买家', 'x'],
          ['2026-11-03 09:04', 'a1', '', '路人', 'x'],
        ],
      ),
      'Asia/Shanghai',
    );
    expect(log.messages.map((m) => [m.line, m.sender, m.time])).toEqual([
      [2, 'buyer', '2026-11-03 09:00:00'],
      [3, 'agent', '2026-11-03 09:01:00'],
    ]);
    expect(log.rejected.map((r) => [r.line, r.reasons.map((m) => m.key)])).toEqual([
      [4, ['sheets.dateOrderAmbiguous']],
      [5, ['sheets.noSuchTime']],
      [6, ['orders.chatBuyerMissing']],
      [7, ['orders.chatSenderInvalid']],
    ]);
  });
});
