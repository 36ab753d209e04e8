import type { Entries } from './catalogue';

/** The scorecard's sentences: Problems reasons, the explanation cell, run summaries and the pay sheet. */
export const scorecardMessages = {
  'scorecard.settingRenamed': {
    zh: '设置项“{old}”已更名为“{label}”（{key}），其值照常使用；可把该行的设置项改为 {key}。',
    en: 'The setting "{old}" is now called "{label}" ({key}); its value is used. You may rename the row to {key}.',
  },
  'scorecard.unreadableInput': {
    zh: '“{column}”的值“{value}”无法识别（应为 {expected}）。',
    en: '"{column}" holds "{value}", which cannot be read (expected {expected}).',
  },
  'scorecard.expectedNumber': { zh: '不小于 0 的数字', en: 'a number of at least 0' },
  'scorecard.rowNotPaid': {
    zh: '本行不计分、不计发工资，改正后重新计算考核。',
    en: 'This row is not scored or paid; correct it and compute the scorecard again.',
  },
  'scorecard.unpaidExplanation': {
    zh: '未计分、未计发：{reasons}改正后重新计算考核。',
    en: 'Not scored and not paid: {reasons} Correct it and compute the scorecard again.',
  },
  'scorecard.payNotComputed': {
    zh: '未计算工资：以下影响工资的设置无法读取，Spiral 不会按默认值发工资。请在“{sheet}”中改正后重新计算考核：',
    en: 'Pay not computed: these settings that change pay cannot be read, and Spiral does not pay by a default nobody chose. Correct them in "{sheet}" and compute the scorecard again:',
  },
  'scorecard.payProblemLine': {
    zh: '  第 {row} 行 {column}“{value}”：{reason}',
    en: '  row {row} {column} "{value}": {reason}',
  },
  'scorecard.notMonth': { zh: '不是月份（应为 YYYY-MM）', en: 'not a month (expected YYYY-MM)' },
  'scorecard.ordersNotCovering': {
    zh: '订单记录的付款时间从 {first} 起，而 {month} 的售后订单要从 {needed} 起算；售后客服留空的订单数、退款数没有从订单记录计算（导入更早的订单报表，或手填这两格）',
    en: 'the Orders sheet is paid from {first}, but after-sale orders of {month} count from {needed}; blank orders and refunds of after-sale agents were not counted from it (import an earlier order report, or type both cells)',
  },
  'scorecard.columnMissing': {
    zh: '缺少此列，未写入；运行“安装模板”可补上（{column}）',
    en: 'column missing, so nothing was written to it; run set-up to add it ({column})',
  },
  'scorecard.duplicateAgent': {
    zh: '同一客服本月已有一行（第 {first} 行），两行都已计分',
    en: 'the same agent already has a row for this month (row {first}); both were scored',
  },
  'scorecard.runLine': {
    zh: '考核 {month}：{agents} 人已计分，{unpaid} 行未计发',
    en: 'scorecard {month}: {agents} agent(s) scored, {unpaid} row(s) not paid',
  },
  'scorecard.itemLine': { zh: '{label} {value} → {points} 分', en: '{label} {value} → {points} points' },
  'scorecard.smallBase': {
    zh: '，样本太小（n = {n}，低于 {min}），记中间档',
    en: ', base too small (n = {n}, below {min}), so the middle band',
  },
  'scorecard.band': { zh: '，区间 {band}', en: ', band {band}' },
  'scorecard.nextStep': {
    zh: '，距下一档（{points} 分，{band}）还差 {gap}',
    en: ', {gap} short of the next band ({points} points, {band})',
  },
  'scorecard.fromLogs': { zh: '（来自{source}）', en: ' (from the {source})' },
  'scorecard.sourceReviews': { zh: '评价记录', en: 'Reviews log' },
  'scorecard.sourceOrders': { zh: '订单记录', en: 'Orders sheet' },
  'scorecard.sourcesLine': {
    zh: '取自日志（表格中留空）：{list}',
    en: 'Taken from the logs (blank in the sheet): {list}',
  },
  'scorecard.gateMet': {
    zh: '合计 {score} / {total} = {percent}，达到 {gate} 门槛',
    en: 'Total {score} / {total} = {percent}, meets the {gate} gate',
  },
  'scorecard.gateMissed': {
    zh: '合计 {score} / {total} = {percent}，未达到 {gate} 门槛，再得 {missing} 分即合格',
    en: 'Total {score} / {total} = {percent}, below the {gate} gate; {missing} more points would qualify',
  },
  'scorecard.gateNoConversion': {
    zh: '合计 {score} / {total} = {percent}，得分率达到 {gate}，但本月没有成交买家，不合格',
    en: 'Total {score} / {total} = {percent}, at or above {gate}, but no buyer paid this month, so not qualified',
  },
  'scorecard.payPerAgent': {
    zh: '奖金 {bonus} = 奖金基数 {base} × {score} / {total}；底薪 {basePay}（{level}）；应发 {pay}',
    en: 'Bonus {bonus} = bonus base {base} × {score} / {total}; base pay {basePay} ({level}); pay {pay}',
  },
  'scorecard.paySharedPool': {
    zh: '奖金 {bonus} = 奖金池 {base} × {score} / {divisor}（合格者得分合计）；底薪 {basePay}（{level}）；应发 {pay}',
    en: "Bonus {bonus} = pool {base} × {score} / {divisor} (the qualified agents' scores); base pay {basePay} ({level}); pay {pay}",
  },
  'scorecard.payNone': {
    zh: '不合格，无奖金；底薪 {basePay}（{level}）；应发 {pay}',
    en: 'Not qualified, no bonus; base pay {basePay} ({level}); pay {pay}',
  },
  'scorecard.capped': {
    zh: '（超过上限 {cap}，按上限发放，原为 {uncapped}）',
    en: ' (capped at {cap}; {uncapped} before the cap)',
  },
  'scorecard.agentNotInLogs': {
    zh: '客服考核的「{agent}」在 {month} 的询单记录里没有对应的客服，询单指标会按无数据计分；记录里没有考核行的客服：{others}。请在客服名单里把子账号对应到「{agent}」',
    en: 'Scorecard agent "{agent}" matches no agent of the {month} inquiries, so the desk items would score as no data; agents of the logs without a Scorecard row: {others}. Map the sub-account to "{agent}" in the Agents sheet',
  },
  'scorecard.agentNoOthers': { zh: '无', en: 'none' },
  'scorecard.logAgentUnscored': {
    zh: '询单记录里的客服「{agent}」（记录中写作 {spellings}）在 {month} 没有客服考核行',
    en: 'agent "{agent}" of the inquiries (written {spellings}) has no Scorecard row for {month}',
  },
  'scorecard.computedColumnNote': {
    zh: '由 Spiral 计算并写入（灰色列），重新计算时会被覆盖，请勿手动修改。',
    en: 'Computed and written by Spiral (grey columns); recomputing overwrites it, so do not edit by hand.',
  },
  'scorecard.ratioCounts': { zh: '{rate}（{hits}/{n} {unit}）', en: '{rate} ({hits}/{n} {unit})' },
  'scorecard.ratioDetail': {
    zh: '{rate}（{hits}/{n} {unit}，全组 {desk}；{vs}，按全组的 {index} 计档）',
    en: '{rate} ({hits}/{n} {unit}, desk {desk}; {vs}, banded at {index} of the desk)',
  },
  'scorecard.unitBuyers': { zh: '位买家', en: 'buyers' },
  'scorecard.unitRows': { zh: '条询单', en: 'inquiries' },
  'scorecard.unitReplies': { zh: '次回复', en: 'replies' },
  'scorecard.vsHigher': { zh: '高于其他客服，p = {p}', en: 'above the rest of the desk, p = {p}' },
  'scorecard.vsLower': { zh: '低于其他客服，p = {p}', en: 'below the rest of the desk, p = {p}' },
  'scorecard.vsNoise': {
    zh: '与其他客服差异不显著，p = {p}',
    en: 'no clear difference from the rest of the desk, p = {p}',
  },
  'scorecard.vsSmall': {
    zh: '样本不足，未与其他客服比较',
    en: 'too small a base to compare with the rest of the desk',
  },
  'scorecard.medianDetail': {
    zh: '{median} 秒（{n} 次回复，为达标线 {threshold} 秒的 {index}）',
    en: '{median} s ({n} replies, {index} of the {threshold} s threshold)',
  },
  'scorecard.aovDetail': {
    zh: '{aov}（零售 {n} 单，全组 {desk}，为全组的 {index}）',
    en: "{aov} ({n} retail orders; the desk's {desk}, {index} of it)",
  },
  'scorecard.noRetailOrders': { zh: '无零售成交', en: 'no retail orders' },
  'scorecard.basisBuyer': {
    zh: '询单转化率与回复率按买家计：同一买家当月多次询单算一位，询单当日或次日付款算成交',
    en: 'Conversion and reply rate count buyers: a buyer asking several times in the month counts once, and a payment the same or the next day converts',
  },
  'scorecard.basisRow': {
    zh: '询单转化率与回复率暂按询单行计：还没有订单记录，接入订单后改按买家计',
    en: 'Conversion and reply rate count inquiry rows for now: there are no orders yet; once orders are in they count buyers',
  },
  'scorecard.retailOnly': {
    zh: '落实客单价只计零售成交，批发与代理订单不计；各项区间以全组当月数据或“设置”中的达标线为基准',
    en: "Attributed order value counts retail orders only, not wholesale or distribution; every band is relative to the desk's figure for the month or to the Settings threshold",
  },
  'scorecard.maskedOrders': {
    zh: '{count} 笔订单的买家名被遮挡（如 t**1），对得上本人服务的买家，也对得上另一位咨询过的买家，分不出是谁，未计入订单数和退款数',
    en: 'Orders left out of orders and refunds: {count}, whose masked buyer name (such as t**1) fits a buyer this agent served and another buyer who asked, so they cannot be told apart',
  },
  'scorecard.pay.agent': { zh: '客服', en: 'Agent' },
  'scorecard.pay.role': { zh: '岗位', en: 'Role' },
  'scorecard.pay.level': { zh: '级别', en: 'Level' },
  'scorecard.pay.score': { zh: '得分', en: 'Score' },
  'scorecard.pay.percent': { zh: '得分率', en: 'Percent' },
  'scorecard.pay.qualified': { zh: '是否合格', en: 'Qualified' },
  'scorecard.pay.bonus': { zh: '奖金', en: 'Bonus' },
  'scorecard.pay.basePay': { zh: '底薪', en: 'Base pay' },
  'scorecard.pay.pay': { zh: '应发工资', en: 'Pay' },
  'scorecard.pay.note': { zh: '备注', en: 'Note' },
  'scorecard.pay.total': { zh: '本月合计', en: 'Month total' },
  'scorecard.pay.notPaid': { zh: '未计发：{reasons}', en: 'Not paid: {reasons}' },
  'scorecard.noData': { zh: '无数据', en: 'no data' },
  'scorecard.notGraded': { zh: '未评', en: 'not graded' },
  'scorecard.seconds': { zh: '{n} 秒', en: '{n} s' },
  'scorecard.times': { zh: '{n} 次', en: '{n}' },
  'scorecard.percentagePoints': { zh: '{n} 个百分点', en: '{n} percentage points' },
  'scorecard.ofDesk': { zh: '全组的 {band}', en: '{band} of the desk' },
  'scorecard.ofThreshold': { zh: '达标线的 {band}', en: '{band} of the threshold' },
  'scorecard.listSep': { zh: '、', en: ', ' },
  'scorecard.unpaidSummary': {
    zh: '{n} 行未计发（无法识别的输入，见“问题”表）',
    en: '{n} row(s) not paid (unreadable input; see Problems)',
  },
} satisfies Entries;
