import type { Entries } from './catalogue';

/** The Effects tab, `spiral effects`, the desk's queues and the monthly probe and dimension tables. */
export const effectsMessages = {
  'effects.help': {
    zh: 'spiral effects <book.xlsx> [--now <ISO 时间>] [--json]\n  重建「效果追踪」：每项改进行动前后目标占比的变化与检验；--json 打印每项行动一行。',
    en: 'spiral effects <book.xlsx> [--now <ISO time>] [--json]\n  Rebuild the Effects tab: for each action, its target share before and after, tested; --json prints one row per action.',
  },
  'effects.tab': { zh: '效果追踪', en: 'Effects' },
  'effects.title': { zh: '效果追踪 · 截至 {date}', en: 'Effects of actions · as of {date}' },
  'effects.explain': {
    zh: '每项行动：行动所在周之前 {weeks} 周的占比，对比之后已结束的最多 {weeks} 周（行动当周不计）。每项行动单独检验（z 检验，期望数小于 5 时用 Fisher 精确检验），不做多重校正；之后已结束不足 {min} 周时为「为时尚早」。',
    en: 'For each action: the share in the {weeks} weeks before the week of the action against the closed weeks after it, up to {weeks} (the week of the action is left out). Each action is tested on its own (z-test, or Fisher’s exact test when an expected count is below 5), with no correction across actions; with fewer than {min} closed weeks after it, it is too early to tell.',
  },
  'effects.none': {
    zh: '「改进行动」表中还没有行动。记下哪天改了什么（话术、赠品、包装、快递、详情页、价格）、针对哪个分类或 conversion，这里就会显示改动前后的占比与检验。',
    en: 'The Actions sheet holds no actions yet. Write down what was changed (script, gift, packaging, courier, listing, price), when, and which category or conversion it aims at; this tab then shows the share before and after, tested.',
  },
  'effects.col.date': { zh: '日期', en: 'Date' },
  'effects.col.target': { zh: '目标', en: 'Target' },
  'effects.col.measure': { zh: '口径', en: 'Measured as' },
  'effects.col.kind': { zh: '类型', en: 'Kind' },
  'effects.col.action': { zh: '行动', en: 'Action' },
  'effects.col.owner': { zh: '负责人', en: 'Owner' },
  'effects.col.beforeShare': { zh: '之前占比', en: 'Share before' },
  'effects.col.beforeCount': { zh: '之前 命中/基数', en: 'Before hits/base' },
  'effects.col.afterShare': { zh: '之后占比', en: 'Share after' },
  'effects.col.afterCount': { zh: '之后 命中/基数', en: 'After hits/base' },
  'effects.col.label': { zh: '结论', en: 'Verdict' },
  'effects.col.p': { zh: 'p 值', en: 'p' },
  'effects.col.weeks': { zh: '比较的周', en: 'Weeks compared' },
  'effects.weeks': { zh: '{before} → {after}', en: '{before} → {after}' },
  'effects.noWeeks': { zh: '尚无', en: 'none yet' },
  'effects.count': { zh: '{hits}/{base}', en: '{hits}/{base}' },
  'effects.pBelow': { zh: '< 0.001', en: '< 0.001' },
  'effects.measure.conversion': { zh: '成交 ÷ 售前询单', en: 'converted ÷ pre-sale inquiries' },
  'effects.measure.noDeal': {
    zh: '未成交原因「{category}」÷ 未成交售前询单',
    en: 'no-deal reason "{category}" ÷ non-converted pre-sale inquiries',
  },
  'effects.measure.preSale': {
    zh: '售前咨询「{category}」÷ 售前询单',
    en: 'pre-sale question "{category}" ÷ pre-sale inquiries',
  },
  'effects.measure.afterSale': {
    zh: '售后问题「{category}」÷ 售后询单',
    en: 'after-sale problem "{category}" ÷ after-sale inquiries',
  },
  'effects.measure.review': {
    zh: '本店差评提及「{category}」÷ 本店评价',
    en: 'our reviews mentioning "{category}" negatively ÷ our reviews',
  },
  'effects.measure.unknown': { zh: '无法识别，见问题清单', en: 'not recognised; see Problems' },
  'effects.label.significantUp': { zh: '显著上升', en: 'significant up' },
  'effects.label.significantDown': { zh: '显著下降', en: 'significant down' },
  'effects.label.noise': { zh: '无显著变化', en: 'no clear change' },
  'effects.label.insufficientBase': { zh: '样本不足', en: 'base too small' },
  'effects.label.noBaseline': { zh: '之前无数据', en: 'no data before' },
  'effects.label.tooEarly': { zh: '为时尚早', en: 'too early' },
  'effects.label.unknownTarget': { zh: '目标无法识别', en: 'target not recognised' },
  'effects.problem.unknownTarget': {
    zh: '「{target}」既不是分类词典中的分类，也不是 conversion；此行动未检验',
    en: '"{target}" is neither a Taxonomy category nor conversion; this action is not tested',
  },
  'effects.problem.ambiguousTarget': {
    zh: '「{target}」在多个类型中都有（{kinds}）；请写成 类型:分类，例如 {example}',
    en: '"{target}" is a category of several kinds ({kinds}); write kind:category, e.g. {example}',
  },
  'effects.done': {
    zh: '已更新「{tab}」：{count} 项行动，{significant} 项显著变化，{early} 项为时尚早。',
    en: 'Updated "{tab}": {count} action(s), {significant} with a significant change, {early} too early to tell.',
  },
} satisfies Entries;
