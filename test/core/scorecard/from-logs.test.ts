import { describe, expect, it } from 'vitest';
import { computeScorecard } from '../../../src/core/scorecard/compute-scorecard';
import { readSettings } from '../../../src/core/settings/settings';
import type { Cell } from '../../../src/ports';
import { col, OUT, scorecardBook, scorecardRow } from '../../fixtures/scorecard/sheet';

const month = '2026-11';
const HEADER = ['日期', '店铺', '评分', '评价内容', '分类', '人工分类', '提及客服'];
/** Our reviews and a competitor's, hand-counted below for 小美. */
const REVIEWS: Cell[][] = [
  HEADER,
  ['2026-11-02', '本店', 5, '小美很耐心', '客服表扬', '', '小美'], // praise 1
  ['2026-11-05', '本店', 5, '客服小美回复快', '客服表扬,快递', '', ' 小美 '], // praise 2 (spaces)
  ['2026-11-09', '本店', 4, '小美推荐的尺码正好', '', 'praise for an agent', '小美'], // praise 3 (override, en label)
  ['2026-11-12', '本店', 2, '小美答非所问', '售后服务态度', '', '小美'], // low quality 1
  ['2026-11-20', '本店', 1, '等了半天没人理', '', '', '小美'], // low quality 2
  ['2026-11-21', '本店', 3, '小美一般般', '', '', '小美'], // neither: 3 ★, no praise
  ['2026-11-22', '本店', 5, '阿强很好', '客服表扬', '', '阿强'], // another agent
  ['2026-10-30', '本店', 5, '小美很好', '客服表扬', '', '小美'], // last month
  ['2026-11-03', '竞品A', 5, '小美好', '客服表扬', '', '小美'], // a competitor's review
  ['2026-11-04', '本店', 1, '差', '', '', ''], // names nobody
];

function book(cells: Record<string, Cell>) {
  return scorecardBook([scorecardRow(month, '小美', '售后', '普通', cells)], { 评价记录: REVIEWS });
}

describe('praise and low-quality reviews from the Reviews log where the cells are blank (issue 10, item 3)', () => {
  it('counts what a person counting by hand gets: 3 praises and 2 low-quality reviews', async () => {
    const wb = book({ 表扬次数: '', 低质评价: '' });
    const [agent] = (await computeScorecard(wb, month, readSettings(wb))).agents;
    // 130 − 2 × 5 + 3 × 2 = 126
    expect(agent!.score).toBe(126);
    const explanation = String(wb.read('客服考核')[1]![OUT + 6]);
    expect(explanation).toContain('低质评价 2（来自评价记录）→ -10 分');
    expect(explanation).toContain('表扬 3（来自评价记录）→ +6 分');
    // The typed cells stay blank: the counts live in the explanation, not in the person's cells.
    expect(wb.read('客服考核')[1]![col('表扬次数')]).toBe('');
  });

  it('a typed count always wins, 0 included, and is not marked as from the logs', async () => {
    const wb = book({ 表扬次数: 1, 低质评价: 0 });
    const [agent] = (await computeScorecard(wb, month, readSettings(wb))).agents;
    expect(agent!.score).toBe(132);
    const explanation = String(wb.read('客服考核')[1]![OUT + 6]);
    expect(explanation).toContain('表扬 1 → +2 分');
    expect(explanation).not.toContain('来自评价记录');
  });

  it('speaks English in an English workbook', async () => {
    const en = scorecardBook([scorecardRow(month, '小美', '售后', '普通', { 表扬次数: '' })], {
      评价记录: REVIEWS,
      设置: [
        ['设置项', '值'],
        ['language', 'en'],
      ],
    });
    await computeScorecard(en, month, readSettings(en));
    expect(String(en.read('客服考核')[1]![OUT + 6])).toContain(
      'Praises 3 (from the Reviews log) → +6 points',
    );
  });
});
