import { describe, expect, it } from 'vitest';
import { say } from '../../../src/core/messages/catalogue';
import { readInquiries, readReviews, readScorecard, writeColumn } from '../../../src/core/sheets/tables';
import type { Cell } from '../../../src/ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const HEADER_ZH = [
  '日期',
  '客服',
  '客户ID',
  '阶段',
  '咨询内容',
  '是否成交',
  '成交金额',
  '未成交原因',
  '首次响应(秒)',
];

function book(rows: Cell[][], header: Cell[] = HEADER_ZH): MemoryWorkbook {
  return MemoryWorkbook.from({ 询单记录: [header, ...rows] }, { timeZone: 'Asia/Shanghai' });
}

describe('readInquiries', () => {
  it('reads typed records by header, in either language and any order', () => {
    const wb = book(
      [['张三', 'pre-sale', 'yes', '2026-11-02', 'buyer1', '小美', '128.5', 12]],
      ['Customer ID ', 'STAGE', '是否成交', ' 日期', 'note', '客服', 'Ａｍｏｕｎｔ', 'First response (s)'],
    );
    const table = readInquiries(wb);
    expect(table.problems).toEqual([]);
    expect(table.records).toHaveLength(1);
    const [r] = table.records;
    expect(r).toMatchObject({
      row: 2,
      date: '2026-11-02',
      agent: '小美',
      customerId: '张三',
      note: 'buyer1',
      stage: 'pre-sale',
      converted: true,
      amount: 128.5,
      firstResponseSeconds: 12,
    });
    expect(table.columns.date).toBe(4);
  });

  it('names one missing required column and uses nothing else', () => {
    const wb = book([['2026-11-02', 'buyer1']], ['日期', '客户ID']);
    const table = readInquiries(wb);
    expect(table.records).toEqual([]);
    expect(table.missingRequired).toEqual(['agent']);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]).toMatchObject({ sheet: '询单记录', row: 1, severity: 'error' });
    expect(table.problems[0]!.reason).toContain('客服 (agent)');
  });

  it('gives its reasons in English when the log is the English sheet, asked or not', () => {
    const header = ['Date', 'Agent', 'Customer ID', 'Stage', 'Question', 'Converted', 'Amount'];
    const wb = MemoryWorkbook.from(
      { Inquiries: [header, ['2026-11-02', 'Amy', 'b3', 'pre-sale', 'price?', '', -5]] },
      { timeZone: 'Asia/Shanghai' },
    );
    // Summaries and effects read the logs without naming a language: the sheet's own name tells it.
    expect(readInquiries(wb).problems.map((p) => p.reason)).toEqual([
      say('en', 'rows.atLeast', { min: 0 }),
      say('en', 'rows.requiredWhen', { column: 'Stage', value: 'pre-sale' }),
    ]);
  });

  it('leaves out rows with errors, naming sheet, row, column, value and reason', () => {
    const wb = book([
      ['2026-02-30', '小美', 'b1', '售前', '有优惠吗', '否', '', '价格太高', 10],
      ['2026-11-02', '小美', 'b2', '售前', '有货吗', '', '', '', 10],
      ['2026-11-02', '小美', 'b3', '售前', '多少钱', '是', -5, '', 10],
      ['2026-11-02', '小美', 'b4', '售前', '发什么快递', '是', '1,234', '', '６'],
      ['', '', '', '', '', '', '', '', ''],
    ]);
    const table = readInquiries(wb);
    expect(table.records.map((r) => r.customerId)).toEqual(['b4']);
    expect(table.records[0]).toMatchObject({ amount: 1234, firstResponseSeconds: 6 });
    expect(table.excluded).toBe(3);
    expect(table.problems).toEqual([
      expect.objectContaining({ row: 2, column: '日期', value: '2026-02-30', severity: 'error' }),
      expect.objectContaining({
        row: 3,
        column: '是否成交',
        reason: say('zh', 'rows.requiredWhen', { column: '阶段', value: '售前' }),
        severity: 'error',
      }),
      expect.objectContaining({
        row: 4,
        column: '成交金额',
        value: '-5',
        reason: say('zh', 'rows.atLeast', { min: 0 }),
        severity: 'error',
      }),
    ]);
  });

  it('keeps a row with a stray optional dropdown value, as a warning', () => {
    const wb = book(
      [['2026-11-02', '小美', 'b1', '售后', 'VIP', '', '', '', '']],
      ['日期', '客服', '客户ID', '阶段', '客户类型', '是否成交', '成交金额', '未成交原因', '首次响应(秒)'],
    );
    const table = readInquiries(wb);
    expect(table.records).toHaveLength(1);
    expect(table.records[0]!.customerType).toBeNull();
    expect(table.problems).toEqual([
      expect.objectContaining({ column: '客户类型', value: 'VIP', severity: 'warning' }),
    ]);
  });

  it('reads a missing sheet, an empty sheet and a header-only sheet as no records', () => {
    expect(readInquiries(new MemoryWorkbook()).sheet).toBeNull();
    const empty = MemoryWorkbook.from({ 询单记录: [] });
    expect(readInquiries(empty).records).toEqual([]);
    expect(readInquiries(book([])).records).toEqual([]);
    expect(readInquiries(book([])).problems).toEqual([]);
  });

  it('reads with one call whatever the row count', () => {
    const small = book([['2026-11-02', '小美', 'b1', '售后', 'x', '', '', '', '']]);
    const large = book(
      Array.from({ length: 5000 }, () => ['2026-11-02', '小美', 'b1', '售后', 'x', '', '', '', '']),
    );
    readInquiries(small);
    readInquiries(large);
    expect(small.calls.read).toBe(1);
    expect(large.calls.read).toBe(1);
  });
});

describe('reviews and scorecard', () => {
  it('maps 本店 / ours to OURS and splits category lists', () => {
    const wb = MemoryWorkbook.from({
      Reviews: [
        ['Date', 'Shop', 'Review text', 'Categories', 'Manual categories'],
        ['2026-11-02', '本店', '味道有点大', '气味', ''],
        ['2026-11-02', 'Ours', '快递很快', '快递、花色', '快递'],
        ['2026-11-02', '暖暖家纺', '好', '', ''],
      ],
    });
    const table = readReviews(wb);
    expect(table.records.map((r) => r.shop)).toEqual(['ours', 'ours', '暖暖家纺']);
    expect(table.records[1]).toMatchObject({ categories: ['快递', '花色'], categoryOverride: ['快递'] });
  });

  it('reads scorecard grades and counts in either language', () => {
    const wb = MemoryWorkbook.from({
      客服考核: [
        ['月份', '客服', '岗位', '级别', '服务质量', 'Disputes', '订单数', '退款数'],
        ['2026-11', '小美', '售后', '高级', '优', 'good', 100, 5],
        ['2026-11', '阿杰', '售后', '普通', '优', 'good', 1.5, 5],
      ],
    });
    const table = readScorecard(wb);
    expect(table.records).toHaveLength(1);
    expect(table.records[0]).toMatchObject({
      role: 'after-sale',
      level: 'senior',
      quality: 'excellent',
      disputes: 'good',
      orders: 100,
      late: 0,
    });
    expect(table.problems[0]).toMatchObject({
      row: 3,
      column: '订单数',
      reason: say('zh', 'rows.wholeNumber'),
    });
  });
});

describe('writeColumn', () => {
  const book = () =>
    MemoryWorkbook.from({
      询单记录: [
        ['日期', '客服', '客户ID', '问题分类'],
        ['2026-11-02', 'a', 'b1', ''],
        ['2026-11-02', 'a', 'b2', '运费'],
        ['2026-11-02', 'a', 'b3', ''],
        ['2026-11-02', 'a', 'b4', ''],
      ],
    });

  it('writes the changed rows only, in one update, leaving the rows between untouched', () => {
    const wb = book();
    const table = readInquiries(wb);
    wb.plant('询单记录', 3, 4, 'formula', '运费');
    const result = writeColumn(
      wb,
      table,
      'questionCategory',
      new Map([
        [2, '库存'],
        [4, '价格优惠'],
      ]),
    );
    expect(result).toEqual({ written: [2, 4], kept: [], keptValues: [] });
    expect(wb.calls).toMatchObject({ write: 0, updateColumn: 1 });
    expect(wb.read('询单记录').map((r) => r[3])).toEqual(['问题分类', '库存', '运费', '价格优惠', '']);
    expect(wb.specialAt('询单记录', 3, 4)).toBe('formula');
  });

  it('keeps a cell changed since it was read, and a formula showing blank', () => {
    const wb = book();
    const table = readInquiries(wb);
    wb.write('询单记录', 2, 4, [['物流']]);
    wb.plant('询单记录', 4, 4, 'formula', '');
    const result = writeColumn(
      wb,
      table,
      'questionCategory',
      new Map([
        [2, '库存'],
        [4, '价格优惠'],
        [5, '尺码'],
      ]),
    );
    expect(result).toEqual({ written: [5], kept: [2, 4], keptValues: ['物流', ''] });
    expect(wb.read('询单记录').map((r) => r[3])).toEqual(['问题分类', '物流', '运费', '', '尺码']);
  });
});
