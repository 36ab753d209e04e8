import { describe, expect, it } from 'vitest';
import { classifyNewRows } from '../../../src/core/classify/classify-new-rows';
import { readSettings } from '../../../src/core/settings/settings';
import type { Cell } from '../../../src/ports';
import { MemoryWorkbook } from '../../fakes/memory-workbook';

const INQUIRIES = ['日期', '客服', '客户ID', '阶段', '咨询内容', '问题分类', '是否成交'];
const REVIEWS = ['日期', '店铺', '评价内容', '分类', '命中关键词', '人工分类'];
const TAXONOMY = ['类型', '分类', '体验维度', '关键词'];

function book(sheets: { inquiries?: Cell[][]; reviews?: Cell[][]; taxonomy?: Cell[][] }): MemoryWorkbook {
  const all: Record<string, Cell[][]> = {};
  // Set-up makes both logs; a test gives the rows of the one it is about.
  all.询单记录 = [INQUIRIES, ...(sheets.inquiries ?? [])];
  all.评价记录 = [REVIEWS, ...(sheets.reviews ?? [])];
  if (sheets.taxonomy) all.分类词典 = [TAXONOMY, ...sheets.taxonomy];
  return MemoryWorkbook.from(all);
}

const column = (wb: MemoryWorkbook, sheet: string, index: number) => wb.read(sheet).map((row) => row[index]);

describe('classifyNewRows', () => {
  const taxonomy: Cell[][] = [
    ['售前咨询', '运费', '流程', '包邮，运费'],
    ['售前咨询', '价格优惠', '产品', '便宜、优惠'],
    ['售后问题', '快递问题', '流程', '快递;物流'],
    ['评价内容', '气味', '产品', '味道'],
    ['评价内容', '快递', '流程', '快递\n物流'],
  ];

  it('fills blank question categories only, from the Taxonomy sheet', () => {
    const wb = book({
      taxonomy,
      inquiries: [
        ['2026-11-02', '小美', 'c1', '售前', '包邮吗？能便宜点吗', '', '否'],
        ['2026-11-02', '小美', 'c2', '售前', '能便宜点吗', '价格优惠 ', '否'],
        ['2026-11-02', '小美', 'c3', '售后', '快递一直不动', '', ''],
        ['2026-11-02', '小美', 'c4', '售前', '你好', '', '否'],
        ['2026-11-02', '小美', 'c5', '售前', '运费多少', '我的分类', '否'],
        ['2026-11-02', '小美', 'c6', '', '运费多少', '', ''],
      ],
    });
    const report = classifyNewRows(wb, readSettings(wb).settings);
    expect(column(wb, '询单记录', 5)).toEqual([
      '问题分类',
      '运费',
      '价格优惠 ',
      '快递问题',
      '',
      '我的分类',
      '',
    ]);
    expect(report.taxonomy).toEqual({ source: 'sheet', categories: 5 });
    expect(report.inquiries).toEqual({ rows: 6, filled: 2, kept: 2, unmatched: 1, noStage: 1 });
    expect(wb.calls.updateColumn).toBe(1);
  });

  it('writes every review its categories and matched keywords, leaving the manual column alone', () => {
    const wb = book({
      taxonomy,
      reviews: [
        ['2026-11-02', '本店', '味道有点大，快递很快', '旧分类', '旧词', '人工'],
        ['2026-11-03', '对手店', '还行', '', '', ''],
        ['', '本店', '日期缺了，快递', '不动我', '', ''],
        ['2026-11-04', '本店', '没有味道', '', '', ''],
      ],
    });
    const report = classifyNewRows(wb, readSettings(wb).settings);
    const grid = wb.read('评价记录');
    expect(grid.map((row) => row[3])).toEqual(['分类', '气味、快递', '', '不动我', '气味']);
    expect(grid.map((row) => row[4])).toEqual(['命中关键词', '味道、快递', '', '', '味道']);
    expect(grid.map((row) => row[5])).toEqual(['人工分类', '人工', '', '', '']);
    expect(report.reviews).toEqual({ rows: 3, categorized: 2, unmatched: 1 });
    expect(report.problems.some((p) => p.row === 4 && p.severity === 'error')).toBe(true);
    // One write per column, whatever the number of rows.
    expect(wb.calls.updateColumn).toBe(2);
  });

  it('uses the default taxonomy when the Taxonomy sheet is missing', () => {
    const wb = book({ reviews: [['2026-11-02', '本店', '孩子很喜欢，做工精致', '', '', '']] });
    const report = classifyNewRows(wb, readSettings(wb).settings);
    expect(report.taxonomy.source).toBe('default');
    expect(wb.read('评价记录')[1]![3]).toBe('产品质量、孩子家人喜欢');
  });

  it('reports a missing auto column instead of writing elsewhere', () => {
    const wb = MemoryWorkbook.from({
      询单记录: [INQUIRIES],
      评价记录: [
        ['日期', '店铺', '评价内容', '分类'],
        ['2026-11-02', '本店', '有味道', ''],
      ],
      分类词典: [TAXONOMY, ...taxonomy],
    });
    const report = classifyNewRows(wb, readSettings(wb).settings);
    expect(wb.read('评价记录')[1]).toEqual(['2026-11-02', '本店', '有味道', '气味']);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ sheet: '评价记录', column: '命中关键词', severity: 'warning' }),
    );
  });

  it('stops before writing when the Inquiries sheet was renamed, naming it and the way back', () => {
    const wb = book({ taxonomy, reviews: [['2026-11-02', '本店', '有味道', '', '', '']] });
    wb.addSheet('询单记录2026');
    wb.write('询单记录2026', 1, 1, wb.read('询单记录'));
    wb.removeSheet('询单记录');
    expect(() => classifyNewRows(wb, readSettings(wb).settings)).toThrow(
      /找不到工作表“询单记录”.*“询单记录2026”.*改回/,
    );
    expect(wb.calls.updateColumn).toBe(0);
    expect(wb.read('评价记录')[1]).toEqual(['2026-11-02', '本店', '有味道', '', '', '']);
  });

  it('keeps the number of reads and writes flat as rows grow', () => {
    const rows = (n: number): Cell[][] =>
      Array.from({ length: n }, (_, i) => ['2026-11-02', '本店', i % 2 ? '有味道' : '一般', '', '', '']);
    const small = book({ taxonomy, reviews: rows(3) });
    const large = book({ taxonomy, reviews: rows(300) });
    classifyNewRows(small, readSettings(small).settings);
    classifyNewRows(large, readSettings(large).settings);
    expect(large.calls).toEqual(small.calls);
  });
});
