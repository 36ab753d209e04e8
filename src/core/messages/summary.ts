import type { Entries } from './catalogue';

/** Sentences and labels of the summary tabs (findings, trends, review polarity, ratings). */
export const summaryMessages = {
  'summary.polarity.negative': { zh: '负面', en: 'negative' },
  'summary.polarity.positive': { zh: '正面', en: 'positive' },
  'summary.polarity.neutral': { zh: '中性', en: 'neutral' },
  'summary.polarity.pair': { zh: '{category}：{polarity}', en: '{category}: {polarity}' },

  'summary.label.noDifference': { zh: '差异不显著', en: 'no clear difference' },
  'summary.p.below': { zh: '< 0.001', en: '< 0.001' },

  'summary.reviews.mentions': { zh: '提及', en: 'Mentions' },
  'summary.reviews.negative': {
    zh: '负面提及（占该店评价数）',
    en: 'Negative mentions (share of the shop’s reviews)',
  },
  'summary.reviews.ratings': { zh: '评分', en: 'Ratings' },
  'summary.reviews.negativeComparison': {
    zh: '负面提及对比：本店与竞品',
    en: 'Negative mentions: ours vs competitors',
  },
  'summary.ratings.metric': { zh: '指标', en: 'Metric' },
  'summary.ratings.average': { zh: '平均评分', en: 'Average rating' },
  'summary.ratings.negative': { zh: '差评率（1–2 星）', en: 'Negative ratings (1–2 ★)' },
  'summary.ratings.neutral': { zh: '中评率（3 星）', en: 'Neutral ratings (3 ★)' },
  'summary.reviews.defaultPraise': {
    zh: '系统默认好评：本期 {count} 条，上期 {previous} 条（已计数，不计入占比、差评率和竞品对比）',
    en: 'Default praise (the platform’s, when a buyer did not review): {count} this period, {previous} the previous (counted, left out of shares, rating shares and the competitor comparison)',
  },
  'summary.ratings.base': {
    zh: '有评分的评价：本期 {rated}，上期 {previousRated}',
    en: 'Reviews with a rating: {rated} this period, {previousRated} the previous',
  },

  'summary.headline.delta': { zh: '变化量', en: 'Change' },
  'summary.headline.deltaPercent': { zh: '变化率', en: 'Change %' },
  'summary.headline.label': { zh: '检验', en: 'Test' },
  'summary.noDeal.suggested': {
    zh: '其中 {count} 条未填写原因的，按建议原因计（从聊天或订单关闭原因读出；人工填写的原因优先）。',
    en: 'Of these, {count} with no reason typed are counted under their suggested reason (read from the chat or the order’s closing reason; a typed reason always wins).',
  },
  'summary.headline.partial': {
    zh: '注意：本期不完整（记录从 {first} 到 {last}），与上期比较请谨慎。',
    en: 'Note: this period is partial (records run from {first} to {last}); compare with care.',
  },
  'summary.headline.undatedExcluded': {
    zh: '另有 {count} 行因日期无法识别被剔除（不属于任何一期）',
    en: 'plus {count} rows left out whose date could not be read (in no period)',
  },

  'summary.findings.title': { zh: '本期要点', en: 'Findings' },
  'summary.findings.none': {
    zh: '本期没有显著变化，也没有与竞品的显著差异。',
    en: 'No significant change this period and no clear difference from a competitor.',
  },
  'summary.findings.up': { zh: '显著上升', en: 'up significantly' },
  'summary.findings.down': { zh: '显著下降', en: 'down significantly' },
  'summary.findings.higher': { zh: '显著高于{competitor}', en: 'significantly above {competitor}' },
  'summary.findings.lower': { zh: '显著低于{competitor}', en: 'significantly below {competitor}' },
  'summary.findings.change': {
    zh: '{subject}占比 {from} → {to}，{direction}',
    en: '{subject}: share {from} → {to}, {direction}',
  },
  'summary.findings.rate': {
    zh: '{subject} {from} → {to}，{direction}',
    en: '{subject}: {from} → {to}, {direction}',
  },
  'summary.findings.ratePoints': {
    zh: '{subject} {from} → {to}（{points} 个百分点），{direction}',
    en: '{subject}: {from} → {to} ({points} percentage points), {direction}',
  },
  'summary.findings.comparison': {
    zh: '{subject}占比 本店 {to}，{competitor} {from}，{direction}',
    en: '{subject}: share ours {to}, {competitor} {from}, {direction}',
  },
  'summary.findings.money': {
    zh: '{subject} {from} → {to}（{relative}），{direction}',
    en: '{subject}: {from} → {to} ({relative}), {direction}',
  },
  'summary.findings.footnoteItem': { zh: '{n}（{p}）', en: '{n} ({p})' },
  'summary.findings.method.proportion': {
    zh: '注 {findings}：比例的变化用双比例 z 检验（期望频数小于 5 时用 Fisher 精确检验），同一张表的各项经 Holm 校正。',
    en: 'Note on {findings}: shares are compared by the two-proportion z-test (Fisher’s exact test when an expected count is below 5), Holm-corrected within each table.',
  },
  'summary.findings.method.sales': {
    zh: '注 {findings}：销售额的变化用订单随机分配检验：两期的订单合在一起，按天数比例随机分到两期（固定种子抽样 9,999 次，16 单以内逐一枚举），看销售额相差这么多的机会有多大；一笔大单落在哪一期不算变化。',
    en: 'Note on {findings}: sales are compared by dealing the two periods’ orders at random between them in proportion to their days (9,999 draws from a fixed seed; every deal up to 16 orders), so one large order landing in either period is not a change.',
  },
  'summary.findings.method.orderValue': {
    zh: '注 {findings}：客单价的变化用订单金额的置换检验（两期订单随机互换，固定种子）。',
    en: 'Note on {findings}: average order value is compared by a permutation test of the order amounts (fixed seed).',
  },
  'summary.findings.subject.adRoi': {
    zh: '推广 ROI {from} → {to}，{direction}',
    en: 'Ad ROI {from} → {to}, {direction}',
  },
  'summary.findings.subject.adRoiStoreHolds': {
    zh: '推广 ROI {from} → {to}，{direction}，但全店销售额 {storeFrom} → {storeTo} 没有显著下降：先看全店，不要只凭推广报表砍推广',
    en: 'Ad ROI {from} → {to}, {direction}, but shop sales {storeFrom} → {storeTo} did not fall significantly: judge the ads by the whole shop, not by their own report',
  },
  'summary.findings.subject.adRoiStoreRises': {
    zh: '推广 ROI {from} → {to}，{direction}，而全店销售额 {storeFrom} → {storeTo} 显著上升：先看全店，不要只凭推广报表砍推广',
    en: 'Ad ROI {from} → {to}, {direction}, while shop sales {storeFrom} → {storeTo} rose significantly: judge the ads by the whole shop, not by their own report',
  },
  'summary.findings.subject.adRoiStoreFalls': {
    zh: '推广 ROI {from} → {to}，{direction}，但全店销售额 {storeFrom} → {storeTo} 显著下降：省下的推广费可能不及全店少卖的',
    en: 'Ad ROI {from} → {to}, {direction}, but shop sales {storeFrom} → {storeTo} fell significantly: the spend saved may be less than the shop sales lost',
  },
  'summary.findings.method.adRoi': {
    zh: '注 {findings}：推广 ROI 的变化用同样的随机分配检验，按两期花费的比例分配推广成交（每行的成交笔数按该行的平均金额计）。',
    en: 'Note on {findings}: ad ROI is compared by the same dealing test, the ad orders dealt in proportion to the two periods’ spend (each row’s orders at the row’s average amount).',
  },
  'summary.findings.subject.sales': { zh: '询单销售额', en: 'Inquiry sales' },
  'summary.findings.subject.storeSales': { zh: '全店销售额', en: 'Shop sales' },
  'summary.findings.subject.averageOrderValue': { zh: '客单价', en: 'Average order value' },
  'summary.findings.subject.conversion': { zh: '转化率', en: 'Conversion' },
  'summary.findings.subject.noDealReasons': {
    zh: '未成交原因「{category}」',
    en: 'No-deal reason “{category}”',
  },
  'summary.findings.subject.preSale': { zh: '售前咨询「{category}」', en: 'Pre-sale question “{category}”' },
  'summary.findings.subject.afterSale': {
    zh: '售后问题「{category}」',
    en: 'After-sale problem “{category}”',
  },
  'summary.findings.subject.reviews': {
    zh: '{shop}评价「{category}」',
    en: '{shop} reviews mentioning “{category}”',
  },
  'summary.findings.subject.negativeReviews': {
    zh: '{shop}负面评价「{category}」',
    en: '{shop} reviews negative on “{category}”',
  },
  'summary.findings.subject.negativeRatings': { zh: '{shop}差评率', en: '{shop} negative ratings (1–2 ★)' },
  'summary.findings.subject.neutralRatings': { zh: '{shop}中评率', en: '{shop} neutral ratings (3 ★)' },
  'summary.findings.subject.agent': { zh: '客服「{category}」的转化率', en: 'Agent {category}’s conversion' },
  'summary.findings.subject.comparison': { zh: '评价「{category}」', en: 'Reviews mentioning “{category}”' },
  'summary.findings.subject.negativeComparison': {
    zh: '负面评价「{category}」',
    en: 'Reviews negative on “{category}”',
  },

  'summary.trends.title': { zh: '趋势', en: 'Trends' },
  'summary.trends.weeks': { zh: '最近 {count} 周', en: 'Last {count} weeks' },
  'summary.trends.months': { zh: '最近 {count} 个月', en: 'Last {count} months' },
  'summary.trends.period': { zh: '周期', en: 'Period' },
  'summary.trends.conversion': { zh: '转化率', en: 'Conversion' },
  'summary.trends.inquiries': { zh: '售前询单', en: 'Pre-sale inquiries' },
  'summary.trends.noDealReasons': { zh: '未成交原因占比', en: 'No-deal reasons (share)' },
  'summary.trends.preSale': { zh: '售前咨询分类占比', en: 'Pre-sale questions (share)' },
  'summary.trends.afterSale': { zh: '售后问题分类占比', en: 'After-sale problems (share)' },
  'summary.trends.reviews': { zh: '本店评价分类占比', en: 'Our review categories (share)' },
  'summary.trends.negativeReviews': { zh: '本店负面评价占比', en: 'Our negative review mentions (share)' },
} satisfies Entries;
