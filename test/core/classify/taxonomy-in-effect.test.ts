import { describe, expect, it } from 'vitest';
import { defaultTaxonomyRows } from '../../../src/core/classify/taxonomy-rules';
import { computeScorecard } from '../../../src/core/scorecard/compute-scorecard';
import { readSettings } from '../../../src/core/settings/settings';
import type { Cell } from '../../../src/ports';
import { scorecardBook, scorecardRow } from '../../fixtures/scorecard/sheet';

const month = '2026-11';
const REVIEWS: Cell[][] = [
  ['日期', '店铺', '评分', '评价内容', '分类', '人工分类', '提及客服'],
  // Rated 4 ★: only the Taxonomy's polarity words (态度差) make it a low-quality review.
  ['2026-11-12', '本店', 4, '小美态度差，不理人', '售后服务态度', '', '小美'],
];
const TAXONOMY_HEADER = ['类型', '分类', '体验维度', '关键词', '负面词', '正面词'];

function book(taxonomy: Cell[][] | null) {
  return scorecardBook([scorecardRow(month, '小美', '售后', '普通', { 低质评价: '', 表扬次数: '' })], {
    评价记录: REVIEWS,
    ...(taxonomy ? { 分类词典: taxonomy } : {}),
  });
}

const shippedRows = (): Cell[][] =>
  defaultTaxonomyRows('zh').map((r) => [
    { 'pre-sale': '售前', 'after-sale': '售后', review: '评价', 'no-deal': '未成交' }[r.kind],
    r.category,
    r.dimension,
    r.keywords.join(','),
    (r.negativeKeywords ?? []).join(','),
    (r.positiveKeywords ?? []).join(','),
  ]);

describe('one function decides which taxonomy is in effect (issue 20, item 6)', () => {
  it('gives the same score with the shipped rows, a cleared Taxonomy sheet and no Taxonomy sheet', async () => {
    const scores: number[] = [];
    for (const taxonomy of [[TAXONOMY_HEADER, ...shippedRows()], [TAXONOMY_HEADER], null]) {
      const wb = book(taxonomy);
      const [agent] = (await computeScorecard(wb, month, readSettings(wb))).agents;
      scores.push(agent!.score);
    }
    // 130 − 5 for the one low-quality review, whatever state the Taxonomy sheet is in.
    expect(scores).toEqual([125, 125, 125]);
  });
});
