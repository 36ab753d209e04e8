/**
 * The same two conversations as a sender/receiver export and as 千牛 copied text: the same two
 * inquiry rows, every message kept in the transcript sheet, and importing both adds nothing twice.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../src/cli/ingest/read-export';
import { importChats } from '../../src/core/ingest/import-chats';
import { importRows } from '../../src/core/ingest/import-rows';
import { readTranscripts, transcriptKey } from '../../src/core/ingest/transcripts';
import { installTemplates } from '../../src/core/setup/install';
import { MemoryWorkbook } from '../fakes/memory-workbook';

const FIXTURES = join(__dirname, '../fixtures/exports');

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ timeZone: 'Asia/Shanghai' });
  installTemplates(wb);
  // 某某家居旗舰店:meimei is 小美's colleague 梅梅 (a sub-account whose suffix is not the person's name).
  importRows(wb, 'agents', ['子账号', '姓名', '岗位'], [['某某家居旗舰店:meimei', '梅梅', '售前']]);
  return wb;
}

const inquiryRows = (wb: MemoryWorkbook) => {
  const [header, ...rows] = wb.read('询单记录');
  const pick = ['客服', '客户ID', '阶段', '首次响应(秒)', '咨询内容'].map((l) => header!.indexOf(l));
  return rows.map((r) => pick.map((i) => r[i]));
};

/** Worked by hand: 阿明's first human reply at 9:59:07 (65 s; the 店小蜜 line a second after is an auto-reply). */
const EXPECTED = [
  ['小美', 'tb_阿明', '售前', 65, '这个四件套有现货吗'],
  ['梅梅', 'tb_小红', '售前', 130, '夏凉被有别的颜色吗？\n想要蓝色'],
];

describe('chat records in their real layouts', () => {
  it('sender/receiver rows and 千牛 copied text give the same two inquiry rows', async () => {
    const rows = await readExport(join(FIXTURES, 'chat-sender-receiver.csv'));
    const text = await readExport(join(FIXTURES, 'chat-qianniu.txt'));
    const a = book();
    expect(importChats(a, rows.table)).toMatchObject({ new: 2, rejected: 0, messages: 7 });
    const b = book();
    expect(importChats(b, text.table)).toMatchObject({ new: 2, rejected: 0, messages: 7 });
    expect(inquiryRows(a)).toEqual(EXPECTED);
    expect(inquiryRows(b)).toEqual(EXPECTED);
  });

  it('importing both adds nothing twice, and the transcript keeps every message (已读 left out)', async () => {
    const wb = book();
    importChats(wb, (await readExport(join(FIXTURES, 'chat-sender-receiver.csv'))).table);
    const again = importChats(wb, (await readExport(join(FIXTURES, 'chat-qianniu.txt'))).table);
    expect(again).toMatchObject({ new: 0, skipped: 2, rejected: 0 });
    expect(wb.read('询单记录')).toHaveLength(3);
    expect(wb.read('聊天记录')).toHaveLength(3);
    const amin = readTranscripts(wb).byKey.get(transcriptKey('tb_阿明', '2026-11-03'))!;
    expect(amin.lines.map((l) => [l.time.slice(11), l.sender, l.name, l.text])).toEqual([
      ['09:58:02', 'buyer', 'tb_阿明', '这个四件套有现货吗'],
      ['09:58:03', 'bot', '某某家居旗舰店:店小蜜', '【自动回复】亲，欢迎光临，客服马上就来'],
      ['09:59:07', 'agent', '某某家居旗舰店:小美', '亲，有现货的，今天下单明天发'],
      ['10:00:15', 'buyer', 'tb_阿明', '那包邮吗, 能便宜点吗'],
      ['10:00:40', 'agent', '某某家居旗舰店:小美', '包邮的亲'],
    ]);
  });

  it('cuts a conversation longer than a cell into parts, and reads it back whole', () => {
    const wb = book();
    const long = '很长的问题'.repeat(2000);
    const header = ['时间', '买家', '客服', '发送方', '内容'];
    const table = {
      header,
      headerLine: 1,
      unreadable: [],
      rows: [0, 1, 2, 3].map((i) => ({
        line: i + 2,
        cells: [
          `2026-11-03 10:0${i}:00`,
          'tb_长',
          i % 2 ? '店:小美' : '',
          i % 2 ? '客服' : '买家',
          `${i}${long}`,
        ],
      })),
    };
    importChats(wb, table, { cellLimit: { place: 'sheets', length: 25_000 } });
    const sheet = wb.read('聊天记录');
    expect(sheet.length).toBeGreaterThan(2);
    expect(sheet.slice(1).every((r) => String(r[5]).length <= 25_000)).toBe(true);
    const back = readTranscripts(wb).byKey.get(transcriptKey('tb_长', '2026-11-03'))!;
    expect(back.lines.map((l) => l.text)).toEqual([0, 1, 2, 3].map((i) => `${i}${long}`));
  });
});
