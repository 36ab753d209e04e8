import { describe, expect, it } from 'vitest';
import { computeScorecard } from '../../../src/core/scorecard/compute-scorecard';
import { readSettings } from '../../../src/core/settings/settings';
import type { Cell } from '../../../src/ports';
import { scorecardBook, scorecardRow } from '../../fixtures/scorecard/sheet';

const month = '2026-11';
const HEADER = ['日期', '店铺', '评分', '评价内容', '分类', '人工分类', '提及客服'];

async function countsFor(review: Cell[]): Promise<{ praises: number; lowQuality: number }> {
  const wb = scorecardBook([scorecardRow(month, '阿芳', '售后', '普通', { 表扬次数: '', 低质评价: '' })], {
    评价记录: [HEADER, review],
  });
  const [agent] = (await computeScorecard(wb, month, readSettings(wb))).agents;
  const explanation = String(wb.read('客服考核')[1]!.at(-1));
  const count = (label: string) =>
    Number(new RegExp(`${label} (\\d+)（来自评价记录）`).exec(explanation)?.[1] ?? 0);
  expect(agent!.score).toBe(130 - 5 * count('低质评价') + 2 * count('表扬'));
  return { praises: count('表扬'), lowQuality: count('低质评价') };
}

describe('pay reads the polarity of reviews naming the agent (issue 20, item 6)', () => {
  it('a complaint filed under 客服表扬 gives no praise and one low-quality review', async () => {
    expect(
      await countsFor(['2026-11-05', '本店', 4, '客服阿芳一点都不热情', '客服表扬', '', '阿芳']),
    ).toEqual({
      praises: 0,
      lowQuality: 1,
    });
  });

  it('a review naming the agent that complains about the courier gives neither', async () => {
    expect(
      await countsFor(['2026-11-06', '本店', 1, '快递太慢了，等了一个星期才到', '快递', '', '阿芳']),
    ).toEqual({ praises: 0, lowQuality: 0 });
  });

  it('praise that reads positive about the service still counts', async () => {
    expect(
      await countsFor(['2026-11-07', '本店', 5, '阿芳很耐心，客服态度很好', '客服表扬', '', '阿芳']),
    ).toEqual({
      praises: 1,
      lowQuality: 0,
    });
  });
});
