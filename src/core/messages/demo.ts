import type { Entries } from './catalogue';

/** What `spiral demo` prints, line by line, in the demo workbook's language. */
export const demoMessages = {
  'demo.title': {
    zh: 'Spiral 演示（种子 {seed}，自 {start} 起 {weeks} 周）',
    en: 'Spiral demo (seed {seed}, {weeks} weeks from {start})',
  },
  'demo.installed': { zh: '已安装 {count} 张表（{names}）', en: 'installed {count} sheets ({names})' },
  'demo.rows': { zh: '{sheet}：{rows} 行', en: '{sheet}: {rows} rows' },
  'demo.reimport': {
    zh: '导入一份导出文件（{format}）：{summary}',
    en: 'import of an export ({format}): {summary}',
  },
  'demo.orders': { zh: '订单导出 {path}：{orders} 笔订单', en: 'order export {path}: {orders} orders' },
  'demo.tryImport': {
    zh: '自己试一次（--sheet 写表名或 orders 都可以）：npx spiral import {book} --sheet {sheet} --file {file}',
    en: "try it yourself (--sheet takes the sheet's name or orders): npx spiral import {book} --sheet {sheet} --file {file}",
  },
  'demo.itemReport': {
    zh: '宝贝报表 {path}：{lines} 行 → 订单明细；商品清单 {products} 个商品',
    en: 'item report {path}: {lines} lines → Order lines; Products: {products} items',
  },
  'demo.itemRankings': {
    zh: '{month} 热销与滞销按商品计：热销第一 {hot}；{unsold} 无人购买，滞销榜列出（{orders} 笔）',
    en: '{month} hot and slow items counted per item: top seller {hot}; nobody bought {unsold}, listed among the slow items ({orders} orders)',
  },
  'demo.roles': {
    zh: '商品角色：商品清单中已填角色 {typed} 个、建议角色 {suggested} 个（建议角色、角色依据两列）；月报 {month} 按角色评判：{roles}；{traffic}；本月零销量 {zeroCount} 个：{zero}',
    en: 'Product roles: {typed} typed and {suggested} suggested on the Products sheet (Suggested role, Role basis); month {month} judges each by its role: {roles}; {traffic}; {zeroCount} with no sale this month: {zero}',
  },
  'demo.lexicon': {
    zh: '{sheet}：团队加了 {count} 个负面词（{words}），不改代码；评价「{text}」的整体倾向 {before} → {after}',
    en: '{sheet}: the team added {count} negative words ({words}), no code changed; the review "{text}" reads {before} → {after}',
  },
  'demo.lexiconNote': { zh: '买家评价里常见的说法', en: "buyers' own words in reviews" },
  'demo.rolesCount': { zh: '{role} {count} 个', en: '{count} {role}' },
  'demo.rolesTraffic': {
    zh: '引流款「{item}」询单 {inquiries}、转化 {rate}',
    en: 'traffic item "{item}": {inquiries} inquiries, {rate} converted',
  },
  'demo.rolesNoTraffic': { zh: '没有引流款', en: 'no traffic item' },
  'demo.rolesFinding': { zh: '；要点：{finding}', en: '; finding: {finding}' },
  'demo.rolesNoFinding': {
    zh: '；按角色检验，本月没有显著变化',
    en: '; tested by role, nothing changed significantly',
  },
  'demo.layouts': {
    zh: '演示用到的平台导出格式：{layouts}（各表接受的格式见 docs/sheets.md）',
    en: 'Platform export layouts the demo used: {layouts} (each sheet’s accepted layouts: docs/sheets.md)',
  },
  'demo.layout.orders': { zh: '订单报表（淘宝表头）', en: 'order report (Taobao headers)' },
  'demo.layout.chats': { zh: '聊天记录（一行一条消息）', en: 'chat log (one row per message)' },
  'demo.layout.items': { zh: '宝贝报表（订单明细）', en: 'item report (order lines)' },
  'demo.layout.agents': {
    zh: '客服名单（千牛子账号 店铺:小美 → 小美）',
    en: 'agent list (Qianniu sub-accounts shop:name → the Scorecard name)',
  },
  'demo.layout.orderReport': {
    zh: '订单报表 60 列（GBK，="…" 编号，主订单编号，订单关闭原因）',
    en: '60-column order report (GBK, ="…" numbers, main order numbers, close reasons)',
  },
  'demo.layout.qianniu': { zh: '千牛复制的聊天文本', en: 'Qianniu copied chat text' },
  'demo.layout.reviews': {
    zh: '淘宝评价导出（评价结果 好评/中评/差评，追评）',
    en: 'Taobao review export (good/neutral/bad results, follow-ups)',
  },
  'demo.platformFile': { zh: '{layout}（{format}）：{summary}', en: '{layout} ({format}): {summary}' },
  'demo.chats': {
    zh: '聊天记录 {path}：{messages} 条消息 → {inquiries} 条询单（每位买家每天一条）',
    en: 'chat log {path}: {messages} messages → {inquiries} inquiries (one per buyer per day)',
  },
  'demo.classified': {
    zh: '分类：填写 {questions} 个问题分类，{reviews} 条评价已分类',
    en: 'classified: {questions} question categories, {reviews} reviews',
  },
  'demo.reasons': {
    zh: '未成交原因（建议原因 / 建议依据 两列）：{period} 未成交 {lost} 条，{suggested} 条未填写原因的按聊天或订单关闭原因建议计入，仍未填写 {unrecorded} 条',
    en: 'No-deal reasons (the Suggested reason / Suggested from columns): {period} has {lost} lost inquiries, {suggested} with no reason typed counted under a reason read from the chat or a closed order, {unrecorded} still unrecorded',
  },
  'demo.scorecard': {
    zh: '考核 {month}：{agents} 位客服，工资合计 {pay}',
    en: 'scorecard {month}: {agents} agents, pay {pay}',
  },
  'demo.preSaleCard': {
    zh: '售前考核 {month} {agent}：{score}/130，{qualified}；{line}',
    en: 'pre-sale card {month} {agent}: {score}/130, {qualified}; {line}',
  },
  'demo.qualified': { zh: '合格', en: 'qualified' },
  'demo.notQualified': { zh: '不合格', en: 'not qualified' },
  'demo.praises': {
    zh: '{agents} 位客服的表扬数由评价记录统计（单元格留空）',
    en: 'praises of {agents} agents counted from the Reviews log (cells left blank)',
  },
  'demo.afterSaleOrders': {
    zh: '{month} 售后客服的退款数/订单数由订单记录统计（单元格留空）：{agents}',
    en: 'after-sale refunds/orders of {month} counted from the Orders sheet (cells left blank): {agents}',
  },
  'demo.paySheet': { zh: '{month} 工资表（交给财务）：{path}', en: 'pay sheet {month} for payroll: {path}' },
  'demo.summaries': { zh: '汇总：{tabs}', en: 'summaries: {tabs}' },
  'demo.salesDrops': {
    zh: '销售额比上期下降 40% 以上的周（已检验，一笔大单不算变化）：{weeks}',
    en: 'weeks whose sales fell 40 % or more (tested: one large order is not a change): {weeks}',
  },
  'demo.salesDrop': { zh: '{period} {relative}（{label}，{p}）', en: '{period} {relative} ({label}, {p})' },
  'demo.ads': {
    zh: '推广数据：{rows} 行（万相台无界两个计划、淘宝客）；{period} 的发现：{finding}',
    en: 'ads: {rows} rows (two Wanxiangtai plans, Taobaoke); finding of {period}: {finding}',
  },
  'demo.dsr': {
    zh: '店铺评分：{rows} 次每周记录（180 天滚动平均）；{period} 的发现：{finding}',
    en: 'DSR: {rows} weekly readings (a 180-day rolling average); finding of {period}: {finding}',
  },
  'demo.dsrNone': {
    zh: '店铺评分：{rows} 次每周记录；没有月报找到评分变化与差评的相关',
    en: 'DSR: {rows} weekly readings; no month tab found the scores’ changes correlated with complaints',
  },
  'demo.repeat': {
    zh: '老客复购：{weeks}；返单（批发/分销）{months}；{tab} {count} 位老客待回访',
    en: 'repeat buyers: {weeks}; trade re-orders {months}; {tab}: {count} old customers to revisit',
  },
  'demo.repeatWeek': { zh: '{period} {from} → {to}（{label}）', en: '{period} {from} → {to} ({label})' },
  'demo.repeatFinding': { zh: '{period} 的发现：{finding}', en: 'finding of {period}: {finding}' },
  'demo.findings': {
    zh: '{period} 的本期要点（共 {count} 条，前几条）：',
    en: 'findings of {period} (first of {count}):',
  },
  'demo.trend': {
    zh: '未成交原因中「{category}」的走势，{from}–{to}：{shares}',
    en: 'trend of {category} among no-deal reasons, {from}–{to}: {shares}',
  },
  'demo.polarity': {
    zh: '本店评价倾向：负面提及 {mentions}',
    en: 'review polarity, ours: negative mentions {mentions}',
  },
  'demo.none': { zh: '无', en: 'none' },
  'demo.ratings': {
    zh: '本店评分：平均 {average}，差评率 {negative}，中评率 {neutral}',
    en: 'ratings, ours: average {average}, 1–2 stars {negative}, 3 stars {neutral}',
  },
  'demo.effects': { zh: '{tab}：{count} 项行动（{verdicts}）', en: '{tab}: {count} actions ({verdicts})' },
  'demo.followUp': {
    zh: '{tab} {from}…{to}：{count} 位买家待跟进',
    en: '{tab} {from}…{to}: {count} buyers waiting',
  },
  'demo.firstScreen': {
    zh: '第一屏（{tab} 与其 HTML 报告）：{findings} 条要点（检验与 p 在脚注），销售与推广一行，{effects} 项观察期已结束的行动及其效果；其下 {parts} 个部分各占一行，{folded} 个无显著变化的在报告中折叠、在表中收起为行组（{hidden} 行明细已隐藏，点 + 展开），例如「{line}」',
    en: 'first screen ({tab} and its HTML report): {findings} findings (tests and p in a footnote), the sales-and-ads line, {effects} actions whose window ended and whether they worked; below, {parts} parts one line each, {folded} with no significant change folded in the report and collapsed as row groups in the tab ({hidden} detail rows hidden, + opens them), e.g. "{line}"',
  },
  'demo.charts': {
    zh: '图表：每个周报 {charts} 张图；{tab} 的报告：{out}',
    en: 'charts: {charts} pictures in each weekly tab; report of {tab}: {out}',
  },
  'demo.streamedSave': {
    zh: '流式保存（再次写出 {tab}）：{copied}/{total} 个部件原样复制；重写或新增：{changed}',
    en: 'streamed save ({tab} written again): {copied} of {total} parts copied byte for byte; rewritten or new: {changed}',
  },
  'demo.written': { zh: '已写出 {path}', en: 'written to {path}' },
  'demo.chartBoxes': {
    zh: '注意：图表中的中文会显示为方框——本机找不到中文字体，随附的字体包也不在（先运行 npm ci）。也可以用 SPIRAL_CHART_FONT 指定一个 .ttf、.otf 或 .ttc 中文字体文件。',
    en: 'warning: Chinese text in the chart pictures will show as empty boxes — no CJK font was found on this machine and the shipped font package is missing (run npm ci first). SPIRAL_CHART_FONT may also name a .ttf, .otf or .ttc CJK font file.',
  },
} satisfies Entries;
