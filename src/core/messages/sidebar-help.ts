import type { Entries } from './catalogue';

/** The panel's Help: what each sheet is for and how to read a summary tab. */
export const sidebarHelpMessages = {
  'sidebar.help.sheets': { zh: '各工作表的用途', en: 'What each sheet is for' },
  'sidebar.help.open': { zh: '打开', en: 'Open' },
  'sidebar.help.missing': { zh: '（尚未创建）', en: '(not created yet)' },
  'sidebar.help.sheet.inquiries': {
    zh: '每次客户咨询一行：是否成交、未成交原因、首次响应时间。周报、月报的主要来源。',
    en: 'One row per customer conversation: converted or not, the reason for no deal, first response time. The main source of the summaries.',
  },
  'sidebar.help.sheet.reviews': {
    zh: '本店和竞品的评价；Spiral 按关键词写入“分类”，“人工分类”填了则以它为准。',
    en: "Our reviews and competitors'; Spiral writes the categories from keywords, and a manual category, where filled, replaces them.",
  },
  'sidebar.help.sheet.taxonomy': {
    zh: '分类与关键词：团队可随时增删，下次运行即生效。可在“规则测试”中试验。',
    en: 'Categories and their keywords: the team edits them and the next run uses them. Try them in the Rule tester.',
  },
  'sidebar.help.sheet.competitors': {
    zh: '竞品登记：名称、店铺、核心产品。',
    en: 'The competitor register: name, shop, core product.',
  },
  'sidebar.help.sheet.probes': {
    zh: '竞品探访：向竞品客服提的问题、对方和我们的回答、哪边更好。',
    en: 'Competitor probes: the question asked, their answer, ours, and which was better.',
  },
  'sidebar.help.sheet.scorecard': {
    zh: '售后客服月度考核：填写各项输入，Spiral 写入得分、是否达标、奖金和应发工资及其说明。',
    en: 'The after-sales agents’ monthly scorecard: fill in the inputs; Spiral writes score, gate, bonus, pay and the explanation.',
  },
  'sidebar.help.sheet.settings': {
    zh: '语言、奖金池、合格线、底薪、响应达标线、自动运行时间等；也可在“设置”页修改。',
    en: 'Language, bonus pool, gate, base pay, response threshold, the automatic run’s hour and more; also editable under Settings.',
  },
  'sidebar.help.sheet.problems': {
    zh: '每次运行重建：哪些单元格无法使用及原因。它从不改动您的数据。',
    en: 'Rebuilt on every run: which cells could not be used, and why. It never changes your data.',
  },
  'sidebar.help.sheet.runLog': {
    zh: '每次运行一行：时间、触发方式、做了什么、耗时、结果和完整错误。',
    en: 'One row per run: when, how it started, what it did, how long, the outcome and any error in full.',
  },
  'sidebar.help.summaries': { zh: '如何阅读汇总', en: 'How to read a summary' },
  'sidebar.help.summary.tabs': {
    zh: '“周报 2026-W47”“月报 2026-11”：每个周期一个标签页，旁边列出上一周期。',
    en: '"Weekly 2026-W47" and "Monthly 2026-11": one tab per period, with the previous period beside it.',
  },
  'sidebar.help.summary.base': {
    zh: '每个比例都附带样本数和 95% 区间：比较比例前先看样本（n）。',
    en: 'Every share comes with its base and a 95% interval: look at the base (n) before comparing shares.',
  },
  'sidebar.help.summary.labels': {
    zh: '“显著上升/下降”表示变化超出随机波动；“样本不足”表示任一边少于 5 条，暂不下结论。',
    en: '"Significant up/down" means the change is beyond chance; "insufficient base" means a side has fewer than 5, so no verdict yet.',
  },
  'sidebar.help.summary.act': {
    zh: '看未成交原因和评价分类的占比变化，找出下一步要改的话术、赠品、包装或快递，改完下周再看。',
    en: 'Watch the shares of no-deal reasons and review categories, pick the next thing to fix (script, gift, packaging, courier), and look again next week.',
  },
} satisfies Entries;
