/** The words of a summary tab, in the workbook's language. */

import type { Lang } from '../sheets/template';
import type { AnyLabel } from '../stats/proportions';
import type { ResponseBandKey } from './summary-model';

export type { AnyLabel };

export interface SummaryText {
  weekly: string;
  monthly: string;
  unrecorded: string;
  unclassified: string;
  ours: string;
  previousPeriod: string;
  legend: string;
  none: string;
  noData: string;
  dates: (start: string, end: string) => string;
  headline: {
    metric: string;
    current: string;
    previous: string;
    change: string;
    p: string;
    low: string;
    high: string;
    preSale: string;
    converted: string;
    conversionRate: string;
    sales: string;
    averageOrderValue: string;
    afterSale: string;
    excludedRows: string;
  };
  sections: {
    noDealReasons: string;
    preSale: string;
    afterSale: string;
    reviews: string;
    comparison: string;
    agents: string;
    bands: string;
    rankings: string;
    channel: string;
    customerType: string;
    region: string;
    hot: string;
    slow: string;
    scorecard: string;
  };
  /** 'base' line under a share table's title. */
  base: (total: number, previousTotal: number) => string;
  share: {
    category: string;
    share: string;
    count: string;
    previousShare: string;
    previousCount: string;
    pHolm: string;
  };
  comparison: {
    matrixTitle: string;
    competitor: string;
    oursShare: string;
    oursCount: string;
    oursTotal: string;
    theirsShare: string;
    theirsCount: string;
    theirsTotal: string;
    verdict: string;
  };
  agents: {
    agent: string;
    inquiries: string;
    previousRate: string;
    median: string;
    within: (seconds: number) => string;
    responses: string;
  };
  bands: {
    band: string;
    inquiries: string;
    test: string;
    chart: string;
    names: Record<ResponseBandKey, string>;
  };
  ranking: {
    key: string;
    inquiries: string;
    previousInquiries: string;
    previousConverted: string;
    previousSales: string;
  };
  scorecard: {
    agent: string;
    role: string;
    level: string;
    score: string;
    percent: string;
    qualified: string;
    bonus: string;
    basePay: string;
    pay: string;
    yes: string;
    no: string;
  };
  labels: Record<AnyLabel, string>;
}

const zh: SummaryText = {
  weekly: '周报',
  monthly: '月报',
  unrecorded: '未填写',
  unclassified: '未分类',
  ours: '本店',
  previousPeriod: '上期',
  legend:
    '说明：p < 0.05 视为显著；期望频数都不少于 5 时用 z 检验，否则用 Fisher 精确检验；同一表内的 p 值经 Holm 校正；任一侧基数少于 5 记为“样本不足”，上期为空记为“无上期数据”。',
  none: '—',
  noData: '无数据',
  dates: (start, end) => `${start} 至 ${end}`,
  headline: {
    metric: '指标',
    current: '本期',
    previous: '上期',
    change: '变化',
    p: 'p 值',
    low: '95% 下限',
    high: '95% 上限',
    preSale: '售前询单',
    converted: '成交',
    conversionRate: '转化率',
    sales: '销售额',
    averageOrderValue: '客单价',
    afterSale: '售后询单',
    excludedRows: '因错误剔除的行',
  },
  sections: {
    noDealReasons: '未成交原因',
    preSale: '售前咨询分类',
    afterSale: '售后问题分类',
    reviews: '评价分类',
    comparison: '评价对比：本店与竞品',
    agents: '客服转化与响应',
    bands: '首次响应时间与转化',
    rankings: '排行',
    channel: '询盘渠道',
    customerType: '客户类型',
    region: '地区（询单最多）',
    hot: '热销商品',
    slow: '滞销商品',
    scorecard: '客服考核',
  },
  base: (total, previousTotal) => `基数：本期 ${total}，上期 ${previousTotal}`,
  share: {
    category: '分类',
    share: '占比',
    count: '数量',
    previousShare: '上期占比',
    previousCount: '上期数量',
    pHolm: 'p 值（Holm）',
  },
  comparison: {
    matrixTitle: '各店评价分类占比',
    competitor: '竞品',
    oursShare: '本店占比',
    oursCount: '本店数量',
    oursTotal: '本店评价数',
    theirsShare: '竞品占比',
    theirsCount: '竞品数量',
    theirsTotal: '竞品评价数',
    verdict: '结论',
  },
  agents: {
    agent: '客服',
    inquiries: '售前询单',
    previousRate: '上期转化率',
    median: '首响中位数（秒）',
    within: (s) => `${s} 秒内占比`,
    responses: '有首响记录',
  },
  bands: {
    band: '首响区间',
    inquiries: '售前询单',
    test: '≤30 秒 与 >120 秒 对比',
    chart: '各首响区间的转化率',
    names: { fast: '≤30 秒', medium: '30–120 秒', slow: '>120 秒' },
  },
  ranking: {
    key: '项目',
    inquiries: '询单',
    previousInquiries: '上期询单',
    previousConverted: '上期成交',
    previousSales: '上期销售额',
  },
  scorecard: {
    agent: '客服',
    role: '岗位',
    level: '级别',
    score: '得分',
    percent: '得分率',
    qualified: '合格',
    bonus: '奖金',
    basePay: '底薪',
    pay: '合计',
    yes: '是',
    no: '否',
  },
  labels: {
    'significant-up': '显著上升',
    'significant-down': '显著下降',
    noise: '随机波动',
    'insufficient-base': '样本不足',
    'no-baseline': '无上期数据',
    'ours-higher': '本店较高',
    'ours-lower': '本店较低',
    'fast-higher': '快回复转化更高',
    'fast-lower': '快回复转化更低',
  },
};

const en: SummaryText = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  unrecorded: 'unrecorded',
  unclassified: 'unclassified',
  ours: 'Our shop',
  previousPeriod: 'Previous',
  legend:
    'Reading the labels: p < 0.05 counts as significant; the z-test is used when every expected count is at least 5, else Fisher\'s exact test; p-values within one table are Holm-corrected; a base below 5 on either side is "base too small"; an empty previous period is "no baseline".',
  none: '—',
  noData: 'no data',
  dates: (start, end) => `${start} to ${end}`,
  headline: {
    metric: 'Metric',
    current: 'This period',
    previous: 'Previous',
    change: 'Change',
    p: 'p',
    low: '95% low',
    high: '95% high',
    preSale: 'Pre-sale inquiries',
    converted: 'Conversions',
    conversionRate: 'Conversion rate',
    sales: 'Sales',
    averageOrderValue: 'Average order value',
    afterSale: 'After-sale inquiries',
    excludedRows: 'Rows left out (errors)',
  },
  sections: {
    noDealReasons: 'Reasons for no deal',
    preSale: 'Pre-sale questions',
    afterSale: 'After-sale problems',
    reviews: 'Review categories',
    comparison: 'Reviews: ours vs competitors',
    agents: 'Agents: conversion and response',
    bands: 'First response time and conversion',
    rankings: 'Rankings',
    channel: 'Channels',
    customerType: 'Customer types',
    region: 'Regions (most inquiries)',
    hot: 'Hot items',
    slow: 'Slow items',
    scorecard: 'Agent scorecard',
  },
  base: (total, previousTotal) => `Base: ${total} this period, ${previousTotal} previous`,
  share: {
    category: 'Category',
    share: 'Share',
    count: 'Count',
    previousShare: 'Previous share',
    previousCount: 'Previous count',
    pHolm: 'p (Holm)',
  },
  comparison: {
    matrixTitle: 'Review category shares by shop',
    competitor: 'Competitor',
    oursShare: 'Our share',
    oursCount: 'Our count',
    oursTotal: 'Our reviews',
    theirsShare: 'Their share',
    theirsCount: 'Their count',
    theirsTotal: 'Their reviews',
    verdict: 'Verdict',
  },
  agents: {
    agent: 'Agent',
    inquiries: 'Pre-sale inquiries',
    previousRate: 'Previous rate',
    median: 'Median first response (s)',
    within: (s) => `Share within ${s} s`,
    responses: 'Timed replies',
  },
  bands: {
    band: 'First response',
    inquiries: 'Pre-sale inquiries',
    test: '≤ 30 s vs > 120 s',
    chart: 'Conversion rate by first response time',
    names: { fast: '≤ 30 s', medium: '30–120 s', slow: '> 120 s' },
  },
  ranking: {
    key: 'Item',
    inquiries: 'Inquiries',
    previousInquiries: 'Previous inquiries',
    previousConverted: 'Previous conversions',
    previousSales: 'Previous sales',
  },
  scorecard: {
    agent: 'Agent',
    role: 'Role',
    level: 'Level',
    score: 'Score',
    percent: 'Percent',
    qualified: 'Qualified',
    bonus: 'Bonus',
    basePay: 'Base pay',
    pay: 'Pay',
    yes: 'yes',
    no: 'no',
  },
  labels: {
    'significant-up': 'significant up',
    'significant-down': 'significant down',
    noise: 'noise',
    'insufficient-base': 'base too small',
    'no-baseline': 'no baseline',
    'ours-higher': 'ours higher',
    'ours-lower': 'ours lower',
    'fast-higher': 'fast replies convert more',
    'fast-lower': 'fast replies convert less',
  },
};

export function summaryText(lang: Lang): SummaryText {
  return lang === 'en' ? en : zh;
}
