/** Sentences of the DSR sheet's section in the month tab (issue 23 item 4). */
import type { Entries } from './catalogue';

export const dsrMessages = {
  'dsr.section': { zh: 'DSR 店铺评分 · 近 {weeks} 周', en: 'DSR · last {weeks} weeks' },
  'dsr.note': {
    zh: 'DSR 是近 180 天评分的滚动平均，一周的评价只能让它动一点：这里不拿评分的高低去比一周的评价，只把评分的周变化与当周本店评价中相关分类的差评占比放在一起；满 {min} 周数据才比较，结果是相关，不是因果。',
    en: 'DSR is a rolling average of the last 180 days’ ratings, so one week’s reviews move it only a little: its level is never set against a week’s reviews; only its week-on-week change is set beside the share of that week’s reviews complaining in the categories that drive it, once {min} weeks of readings exist — a correlation, not a cause.',
  },
  'dsr.score': { zh: '评分', en: 'Score' },
  'dsr.score.description': { zh: '描述相符', en: 'Item as described' },
  'dsr.score.service': { zh: '服务态度', en: 'Service' },
  'dsr.score.logistics': { zh: '物流服务', en: 'Logistics' },
  'dsr.latest': { zh: '本期末', en: 'End of period' },
  'dsr.previous': { zh: '上期末', en: 'End of previous' },
  'dsr.industry': { zh: '行业均值', en: 'Industry average' },
  'dsr.drivers': { zh: '对应的评价分类', en: 'Review categories behind it' },
  'dsr.week': { zh: '周', en: 'Week' },
  'dsr.reviews': { zh: '本店评价', en: 'Our reviews' },
  'dsr.negativeShare': { zh: '{score}类差评占比', en: 'Complaints behind {score}' },
  'dsr.chart': { zh: 'DSR 三项评分（每周最后一次记录）', en: 'DSR scores (each week’s last reading)' },
  'dsr.correlation.title': {
    zh: '评分周变化与当周差评占比（等级相关）',
    en: 'Weekly change of each score against the week’s complaints (rank correlation)',
  },
  'dsr.correlation.pairs': { zh: '比较的周数', en: 'Weeks compared' },
  'dsr.correlation.rho': { zh: '相关系数', en: 'Correlation' },
  'dsr.correlation.result': { zh: '结论', en: 'Result' },
  'dsr.correlation.pHolm': { zh: 'p（Holm）', en: 'p (Holm)' },
  'dsr.label.too-few-weeks': { zh: '不足 {min} 周，暂不比较', en: 'under {min} weeks, not compared' },
  'dsr.label.insufficient-base': { zh: '数据不足', en: 'too little data' },
  'dsr.label.negative': { zh: '负相关', en: 'negative correlation' },
  'dsr.label.positive': { zh: '正相关', en: 'positive correlation' },
  'dsr.label.noise': { zh: '无明显相关', en: 'no clear correlation' },
  'dsr.tooFewWeeks': {
    zh: 'DSR 记录 {weeks} 周，满 {min} 周后才比较评分的周变化与差评占比。',
    en: 'DSR readings for {weeks} weeks: changes are compared with complaints once there are {min}.',
  },
  'dsr.finding.negative': {
    zh: 'DSR「{score}」的周变化与当周{categories}差评占比负相关：差评多的周，评分降得多（{pairs} 周，相关不等于因果）',
    en: 'DSR “{score}” moved against the week’s complaints about {categories}: weeks with more complaints saw the score fall more ({pairs} weeks; a correlation, not a cause)',
  },
  'dsr.finding.positive': {
    zh: 'DSR「{score}」的周变化与当周{categories}差评占比正相关：差评多的周评分反而升，值得核对记录（{pairs} 周）',
    en: 'DSR “{score}” moved with the week’s complaints about {categories}: weeks with more complaints saw the score rise — worth checking the readings ({pairs} weeks)',
  },
  'dsr.method': {
    zh: '注 {findings}：DSR 是近 180 天的滚动平均，只比较它的周变化与当周差评占比，用 Spearman 等级相关（t 分布求 p），三项评分经 Holm 校正；满 12 周数据才比较。相关不等于因果。',
    en: 'Note on {findings}: DSR is a 180-day rolling average, so only its weekly change is compared with the week’s complaint share, by Spearman’s rank correlation (p from Student’s t), Holm-corrected over the three scores, once 12 weeks of readings exist. A correlation is not a cause.',
  },
} satisfies Entries;
