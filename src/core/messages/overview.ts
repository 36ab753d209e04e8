import type { Entries } from './catalogue';

/** The first screen of a summary tab and report: the money line, the effects, the folded parts. */
export const overviewMessages = {
  'overview.money.title': { zh: '销售与推广', en: 'Sales and ads' },
  'overview.money.sales': {
    zh: '{subject} {current} 元，上期 {previous} 元（{relative}）：{verdict}',
    en: '{subject} {current}, previous period {previous} ({relative}): {verdict}',
  },
  'overview.money.ads': {
    zh: '推广花费 {spend} 元，推广成交 {adSales} 元，ROI {roi}（上期 {previousRoi}）：{verdict}；推广成交约占全店销售额 {share}',
    en: 'Ad spend {spend}, ad sales {adSales}, ROI {roi} (previous period {previousRoi}): {verdict}; ad sales about {share} of shop sales',
  },
  'overview.money.adsOverStore': {
    zh: '推广花费 {spend} 元，推广成交 {adSales} 元，ROI {roi}（上期 {previousRoi}）：{verdict}；推广成交比全店销售额还多，因为平台把点击后约 15 天内的成交都算给推广，所以不算占比',
    en: 'Ad spend {spend}, ad sales {adSales}, ROI {roi} (previous period {previousRoi}): {verdict}; ad sales exceed shop sales because the platform counts orders up to about 15 days after a click to the ad, so no share is given',
  },
  'overview.money.noAds': {
    zh: '本期和上期都没有推广记录（「推广数据」表）。',
    en: 'No ad spend recorded this period or the previous one (the Ads sheet).',
  },
  'overview.verdict.up': { zh: '经检验，确实上升', en: 'a real rise, tested' },
  'overview.verdict.down': { zh: '经检验，确实下降', en: 'a real fall, tested' },
  'overview.verdict.noise': {
    zh: '经检验，在随机波动范围内，不算变化',
    en: 'within chance variation, tested: not a change',
  },
  'overview.verdict.insufficient': { zh: '单数太少，无法判断', en: 'too few orders to tell' },
  'overview.verdict.noBaseline': {
    zh: '上期为 0，无从比较',
    en: 'nothing in the previous period to compare with',
  },
  'overview.points': { zh: '{points} 个百分点', en: '{points} percentage points' },

  'overview.effects.title': { zh: '改了什么，有没有用', en: 'What we changed, and did it work' },
  'overview.effects.line': {
    zh: '{date} {action}（{target}）：{before} → {after}，{verdict}',
    en: '{date} {action} ({target}): {before} → {after}, {verdict}',
  },
  'overview.effects.linePoints': {
    zh: '{date} {action}（{target}）：{before} → {after}（{points} 个百分点），{verdict}',
    en: '{date} {action} ({target}): {before} → {after} ({points} percentage points), {verdict}',
  },
  'overview.effects.worked': { zh: '有效', en: 'it worked' },
  'overview.effects.worse': { zh: '反而变差了', en: 'it got worse' },
  'overview.effects.none': {
    zh: '还没有观察期（行动后 {weeks} 周）已结束的改进行动。',
    en: 'No action has finished its window yet ({weeks} weeks after it).',
  },
  'overview.effects.more': {
    zh: '另有 {more} 项已有结论，在「{tab}」表中。',
    en: '{more} more with a verdict: in the {tab} tab.',
  },
  'overview.effects.watching': {
    zh: '另有 {watching} 项还在观察期，在「{tab}」表中。',
    en: '{watching} more still in their window: in the {tab} tab.',
  },
  'overview.effects.rest': {
    zh: '另有 {more} 项已有结论、{watching} 项还在观察期，都在「{tab}」表中。',
    en: '{more} more with a verdict and {watching} still in their window: all in the {tab} tab.',
  },

  'overview.parts.title': { zh: '各部分一览', en: 'The parts at a glance' },
  'overview.parts.note': {
    zh: '没有显著变化的部分只占一行；明细在下方，已收起（点左侧的 + 展开，HTML 报告中同样可展开）。',
    en: 'A part with no significant change takes one line; its details below are folded (the + on the left opens them, as the HTML report’s parts do).',
  },
  'overview.parts.noChange': {
    zh: '{part}：{count} 项，无显著变化',
    en: '{part}: {count} items, no significant change',
  },
  'overview.parts.noDifference': {
    zh: '{part}：{count} 项，无显著差异',
    en: '{part}: {count} items, no clear difference',
  },
  'overview.parts.changed': {
    zh: '{part}：{count} 项，{changed} 项显著变化',
    en: '{part}: {count} items, {changed} with a significant change',
  },
  'overview.parts.differs': {
    zh: '{part}：{count} 项，{changed} 项差异显著',
    en: '{part}: {count} items, {changed} clearly different',
  },
  'overview.parts.empty': { zh: '{part}：本期没有数据', en: '{part}: no data this period' },
  'overview.findings.more': { zh: '其余要点（{count} 条）', en: 'More findings ({count})' },
  'overview.headline.title': { zh: '本期数字', en: 'This period’s figures' },
} satisfies Entries;
