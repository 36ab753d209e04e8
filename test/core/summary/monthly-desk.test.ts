import { describe, expect, it } from 'vitest';
import { polarityRulesOf } from '../../../src/core/classify/polarity-rules';
import { defaultTaxonomyRows } from '../../../src/core/classify/taxonomy-rules';
import type { Inquiry, Review } from '../../../src/core/sheets/records';
import { buildSummary } from '../../../src/core/summary/build-summary';
import type { Probe } from '../../../src/core/summary/probe-tally';
import { layoutSummary } from '../../../src/core/summary/summary-layout';
import { parsePeriod } from '../../../src/core/time/periods';

const probe = (date: string, question: string, better: Probe['better']): Probe => ({
  row: 0,
  date,
  competitor: '暖暖家纺旗舰店',
  question,
  better,
});

const PROBES: Probe[] = [
  probe('2026-11-03', '送什么赠品？', 'theirs'),
  probe('2026-11-10', '有赠品吗', 'theirs'),
  probe('2026-11-12', '包邮吗', 'ours'),
  probe('2026-11-13', '在吗', null),
  probe('2026-10-20', '送什么赠品？', 'ours'),
];

const inquiry = (date: string, stage: Inquiry['stage'], category: string, reason = ''): Inquiry => ({
  row: 0,
  date,
  agent: '小美',
  customerId: 'b',
  customerType: null,
  channel: null,
  stage,
  question: '',
  questionCategory: category,
  converted: stage === 'pre-sale' ? false : null,
  transactionType: null,
  amount: null,
  product: '',
  region: '',
  noDealReason: reason,
  followUp: '',
  firstResponseSeconds: null,
  note: '',
});

const review = (date: string, rating: number, categories: string[]): Review => ({
  row: 0,
  date,
  shop: 'ours',
  product: '',
  rating,
  text: '',
  categories,
  categoryOverride: [],
  agentMentioned: '',
});

describe('monthly desk sections', () => {
  const model = buildSummary({
    period: parsePeriod('2026-11'),
    inquiries: [
      inquiry('2026-11-05', 'pre-sale', '赠品', '赠品不满意'),
      inquiry('2026-11-06', 'after-sale', '快递问题'),
      inquiry('2026-10-06', 'after-sale', '快递问题'),
      inquiry('2026-10-07', 'after-sale', '快递问题'),
    ],
    reviews: [review('2026-11-08', 1, ['快递', '花色']), review('2026-11-09', 5, ['花色'])],
    excludedRows: 0,
    settings: { responseThresholdSeconds: 120, rankingSize: 10, language: 'zh' },
    probes: PROBES,
    taxonomy: defaultTaxonomyRows('zh'),
  });

  it('tallies the month’s competitor probes by pre-sale category: who answered better', () => {
    expect(model.competitorProbes).toEqual([
      { category: '赠品', ours: 0, theirs: 2, same: 0, unrated: 0, total: 2 },
      { category: '未分类', ours: 0, theirs: 0, same: 0, unrated: 1, total: 1 },
      { category: '运费', ours: 1, theirs: 0, same: 0, unrated: 0, total: 1 },
    ]);
  });

  it('rolls categories up to their service-experience dimension, this month and last', () => {
    const by = new Map(model.dimensions!.map((d) => [d.dimension, d]));
    expect(by.get('产品')!.current).toMatchObject({ preSale: 1, noDeal: 1 });
    expect(by.get('流程')!.current).toMatchObject({ afterSale: 1, reviewMentions: 1, reviewNegative: 1 });
    expect(by.get('流程')!.previous.afterSale).toBe(2);
    expect(by.get('视觉')!.current).toMatchObject({ reviewMentions: 2, reviewNegative: 1 });
  });

  it('counts a 3 ★ review that says 有异味 as negative for its dimension, by the Taxonomy polarity words', () => {
    const smell = (text: string): Review => ({ ...review('2026-11-10', 3, ['气味']), text });
    const taxonomy = defaultTaxonomyRows('zh');
    const month = buildSummary({
      period: parsePeriod('2026-11'),
      inquiries: [],
      reviews: [smell('有异味，味道很大'), smell('没有异味'), smell('还行')],
      excludedRows: 0,
      settings: { responseThresholdSeconds: 120, rankingSize: 10, language: 'zh' },
      taxonomy,
      polarityRules: polarityRulesOf(taxonomy),
    });
    const product = month.dimensions!.find((d) => d.dimension === '产品')!;
    expect(product.current).toMatchObject({ reviewMentions: 3, reviewNegative: 1 });
  });

  it('shows both sections in the month tab, and neither in a week tab', () => {
    const cells = layoutSummary(model, 'zh').values.flat();
    expect(cells).toContain('竞品问答：谁答得更好');
    expect(cells).toContain('服务体验维度');
    const week = buildSummary({
      period: parsePeriod('2026-W46'),
      inquiries: [],
      reviews: [],
      excludedRows: 0,
      settings: { responseThresholdSeconds: 120, rankingSize: 10, language: 'zh' },
      probes: PROBES,
    });
    expect(week.competitorProbes).toBeUndefined();
    expect(layoutSummary(week, 'zh').values.flat()).not.toContain('服务体验维度');
  });
});
