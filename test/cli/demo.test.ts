import { copyFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runDemo } from '../../src/cli/commands/demo';
import { DEMO_AGENTS } from '../../src/cli/demo/catalog';
import { DEMO_DEFAULTS, generateDemo } from '../../src/cli/demo/generate-demo';
import { demoItemReport } from '../../src/cli/demo/item-report';
import { main } from '../../src/cli/spiral';
import { XlsxWorkbook } from '../../src/cli/xlsx/xlsx-workbook';
import { readOrders } from '../../src/core/ingest/orders';
import { say } from '../../src/core/messages/catalogue';
import { readInquiries, readReviews, readScorecard } from '../../src/core/sheets/tables';
import { loadSummaryData, summaryTab } from '../../src/core/summary/generate-summary';
import { addDays, periodsBetween } from '../../src/core/time/periods';
import { otherLanguageCells, otherLanguageLines, spiralWritten } from '../core/messages/language-scan';
import { tempDir } from '../fakes/temp-dir';

describe('spiral demo', () => {
  const path = join(tempDir('spiral-demo'), 'demo.xlsx');
  let wb: XlsxWorkbook;
  const out: string[] = [];

  beforeAll(async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    expect(await runDemo([path])).toBe(0);
    wb = await XlsxWorkbook.open(path);
    // Thirteen tabs of eight chart pictures each (five of them trends) on a shared, loaded machine.
  }, 300_000);
  afterAll(() => vi.restoreAllMocks());

  it('writes no English catalogue text into any sheet of the Chinese workbook that Spiral wrote', () => {
    const sheets = spiralWritten(wb);
    expect(Object.keys(sheets).length).toBeGreaterThan(20);
    expect(otherLanguageCells(sheets, 'en')).toEqual([]);
  });

  it('prints no English catalogue text', () => {
    expect(otherLanguageLines(out.join(''), 'en')).toEqual([]);
  });

  it('fills the sheets with the seeded data, every row valid', () => {
    const data = generateDemo(DEMO_DEFAULTS);
    const inquiries = readInquiries(wb);
    // The typed log, and one row per buyer per day of the chat export (every buyer there asks).
    const conversations = new Set(data.exports.chats.slice(1).map((m) => `${m[1]} ${m[0]!.slice(0, 10)}`));
    // … and the three buyers of the 千牛 copied text (issue 19).
    expect(inquiries.records).toHaveLength(data.inquiries.length + conversations.size + 3);
    // Matching settled every chat's outcome: no pre-sale row is left without 是否成交.
    expect(inquiries.excluded).toBe(0);
    expect(inquiries.records.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(inquiries.records.map((r) => r.agent)).size).toBeGreaterThanOrEqual(6);
    const reviews = readReviews(wb);
    expect(reviews.records.length).toBeGreaterThanOrEqual(600);
    expect(new Set(reviews.records.map((r) => r.shop)).size).toBe(3);
  });

  it('classifies the rows and scores every agent of every month', () => {
    const inquiries = readInquiries(wb).records;
    const classified = inquiries.filter((r) => r.questionCategory !== '').length;
    expect(classified / inquiries.length).toBeGreaterThan(0.8);
    const reviews = readReviews(wb).records;
    expect(reviews.filter((r) => r.categories.length > 0).length / reviews.length).toBeGreaterThan(0.8);
    const grid = wb.read('客服考核');
    const score = grid[0]!.indexOf('得分');
    const pay = grid[0]!.indexOf('应发工资');
    expect(readScorecard(wb).records).toHaveLength(21);
    for (const row of grid.slice(1)) {
      expect(typeof row[score]).toBe('number');
      expect(row[pay] as number).toBeGreaterThanOrEqual(2000);
    }
  });

  it('counts the last month’s after-sale orders and refunds from the imported order report', () => {
    const line = out.join('').match(/2026-11 售后客服的退款数\/订单数由订单记录统计（单元格留空）：(.*)/);
    const counts = line![1]!.split('、').map((x) => x.split(' ')[1]!.split('/').map(Number));
    expect(counts).toHaveLength(DEMO_AGENTS.filter((a) => a.role === 'after-sale').length);
    for (const [refunds, orders] of counts) {
      expect(orders!).toBeGreaterThanOrEqual(20);
      expect(refunds!).toBeLessThan(orders!);
    }
    const grid = wb.read('客服考核');
    const explanation = grid[0]!.indexOf('计算说明');
    const marked = grid.filter(
      (r) => r[0] === '2026-11' && String(r[explanation]).includes('（来自订单记录）'),
    );
    expect(marked).toHaveLength(counts.length);
  });

  it('imports the item report and a catalogue, ranks per item, and lists the layouts it used (issue 19)', () => {
    const text = out.join('');
    const lines = Number(/宝贝报表 \S+：(\d+) 行 → 订单明细/.exec(text)?.[1]);
    const [header, ...orders] = generateDemo(DEMO_DEFAULTS).exports.orders;
    const report = demoItemReport([header!, ...orders], 'zh');
    expect(lines).toBe(report.lines.length - 1);
    // Every order has a line, some an add-on besides; an order's lines add up to what its buyer paid,
    // so an add-on never makes an item look sold below its price.
    const [id, paid] = [header!.indexOf('订单编号'), header!.indexOf('买家实际支付金额')];
    const sums = new Map<string, number>();
    for (const l of report.lines.slice(1))
      sums.set(l[0]!, (sums.get(l[0]!) ?? 0) + Number(l[2]) * Number(l[3]));
    expect(sums.size).toBe(orders.length);
    expect(lines).toBeGreaterThan(orders.length);
    // (to the cent per unit: a unit price is rounded to the cent)
    const off = orders.filter((o) => Math.abs(sums.get(o[id]!)! - Number(o[paid])) > 1);
    expect(off.map((o) => o[id])).toEqual([]);
    expect(text).toMatch(/热销与滞销按商品计：热销第一 \S+；竹纤维凉席 无人购买，滞销榜列出（0 笔）/);
    const last = text.trimEnd().split('\n').at(-2) ?? '';
    expect(last).toContain(
      say('zh', 'demo.layouts', {
        layouts: [
          'demo.layout.orders',
          'demo.layout.chats',
          'demo.layout.items',
          'demo.layout.agents',
          'demo.layout.orderReport',
          'demo.layout.qianniu',
          'demo.layout.reviews',
        ]
          .map((k) => say('zh', k as never))
          .join('、'),
      }),
    );
  });

  it('imports the platforms’ own layouts: agents, a 60-column report, 千牛 text, a Taobao review export (issue 19)', () => {
    const text = out.join('');
    for (const layout of ['agents', 'orderReport', 'qianniu', 'reviews'] as const) {
      expect(text).toContain(say('zh', `demo.layout.${layout}`));
    }
    expect(text).toMatch(
      /spiral-demo-orders-60\.csv → 订单记录：新增 4 行，更新 0 行，已存在跳过 0 行，拒绝 0 行/,
    );
    // The 千牛 sub-accounts are the Scorecard's names (店铺:ajie is 阿杰 through the Agents sheet).
    const asked = readInquiries(wb).records.filter((r) => r.customerId.startsWith('qn_demo_'));
    expect(asked.map((r) => [r.customerId, r.agent, r.converted])).toEqual([
      ['qn_demo_1', '小美', true],
      ['qn_demo_2', '阿杰', true],
      ['qn_demo_3', '阿杰', false],
    ]);
    // One 主订单 of two items is one order; the closed unpaid order keeps its reason.
    const orders = readOrders(wb).records.filter((o) => o.buyer.startsWith('qn_demo_'));
    expect(orders.map((o) => [o.buyer, o.paidAt !== null, o.closeReason])).toEqual([
      ['qn_demo_1', true, '订单未关闭'],
      ['qn_demo_2', true, '订单未关闭'],
      ['qn_demo_3', false, '买家不想买了'],
    ]);
    const [header, ...rows] = wb.read('评价记录');
    const [buyer, rating, result] = ['买家昵称', '评分', '评价结果'].map((l) => header!.indexOf(l));
    const exported = rows.filter((r) => /^q\*\*\d$/.test(String(r[buyer!])));
    // 好评/差评/中评 → 5/1/3 with the text kept; the 追评 is its own row, unrated.
    expect(exported.map((r) => [r[rating!], r[result!]])).toEqual([
      [5, '好评'],
      ['', ''],
      [1, '差评'],
      [5, '好评'],
      [3, '中评'],
    ]);
  });

  it('prints an import to try by hand, naming the sheet 订单记录, and that command runs', async () => {
    const line = out
      .join('')
      .split('\n')
      .find((l) => l.includes('npx spiral import'))!;
    expect(line).toContain('--sheet 订单记录');
    const argv = /npx spiral (import \S+ --sheet \S+ --file \S+)/.exec(line)![1]!.split(' ');
    expect(argv[1]).toBe(path);
    // On a copy: the other cases read the demo's workbook as the demo left it.
    argv[1] = join(tempDir('spiral-demo-try'), 'copy.xlsx');
    copyFileSync(path, argv[1]);
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });
    const printed = out.length;
    const code = await main(argv);
    // What the import printed is not the demo's: the other cases read the demo's lines from the end.
    out.splice(printed);
    expect(code, err.join('')).toBe(0);
  }, 120_000);

  it('writes every weekly and monthly summary of the demo range and says so', () => {
    const last = addDays(DEMO_DEFAULTS.start, DEMO_DEFAULTS.weeks * 7 - 1);
    const expected = [
      ...periodsBetween('week', DEMO_DEFAULTS.start, last).map((p) => `周报 ${p.id}`),
      ...periodsBetween('month', DEMO_DEFAULTS.start, last).map((p) => `月报 ${p.id}`),
    ];
    expect(expected).toHaveLength(13);
    for (const tab of expected) expect(wb.hasSheet(tab)).toBe(true);
    expect(out.join('')).toContain(say('zh', 'demo.written', { path }));
  });

  it('shows the planted 赠品不满意 rise as the first finding, its trend, and review polarity', () => {
    const text = out.join('');
    expect(text).toContain(say('zh', 'demo.findings', { period: '2026-W46', count: 2 }));
    expect(text).toContain('未成交原因「赠品不满意」占比 3% → 21%，显著上升');
    expect(text).toMatch(/未成交原因中「赠品不满意」的走势，2026-W39–2026-W46：.*→ 21%/);
    expect(text).toMatch(/本店评价倾向：负面提及 \S/);
    const tab = wb.read('周报 2026-W46');
    const title = tab.findIndex((r) => r[0] === '本期要点');
    expect(tab[title + 1]![0]).toBe('1. 未成交原因「赠品不满意」占比 3% → 21%，显著上升');
    const reviews = wb.read('评价记录');
    const polarity = reviews[0]!.indexOf('评价倾向');
    expect(polarity).toBeGreaterThan(reviews[0]!.indexOf('命中关键词'));
    expect(reviews.some((r) => /：负面/.test(String(r[polarity])))).toBe(true);
  });

  it('tests every week whose sales fell by 40 % or more, in its tab and JSON (issue 23)', () => {
    const data = loadSummaryData(wb);
    const weeks = periodsBetween(
      'week',
      DEMO_DEFAULTS.start,
      addDays(DEMO_DEFAULTS.start, DEMO_DEFAULTS.weeks * 7 - 1),
    );
    const drops = weeks
      .map((period) => summaryTab(period, data))
      .filter(({ model }) => (model.inquiries.deltas.sales.relative ?? 0) <= -0.4);
    expect(drops.length).toBeGreaterThanOrEqual(1);
    // The post-双11 lull is a broad drop (many orders, no wholesale one): the test finds it.
    expect(drops.some(({ model }) => model.inquiries.salesChange.label === 'significant-down')).toBe(true);
    for (const { model, content } of drops) {
      const json = JSON.parse(JSON.stringify(model));
      expect(json.inquiries.salesChange.label).toMatch(/^(significant-down|noise)$/);
      expect(typeof json.inquiries.salesChange.p).toBe('number');
      // The headline's 销售额 row shows the label and p beside the figures.
      const row = content.values.find((r) => r[0] === '询单销售额')!;
      expect(row[5]).toBe(model.inquiries.salesChange.label === 'noise' ? '随机波动' : '显著下降');
      expect(row[6]).not.toBe('');
      const listed = model.findings.some((f) => f.table === 'sales');
      expect(listed).toBe(model.inquiries.salesChange.label === 'significant-down');
    }
    // Each is printed at the end of the demo's output with its test.
    const printed = out
      .join('')
      .split('\n')
      .find((l) => l.includes('销售额比上期下降 40% 以上的周'))!;
    for (const { model } of drops) expect(printed).toContain(model.period.id);
  });

  it('lists every weekly tab’s findings within its first 25 rows (issue 23 item 6)', () => {
    const data = loadSummaryData(wb);
    const last = addDays(DEMO_DEFAULTS.start, DEMO_DEFAULTS.weeks * 7 - 1);
    for (const period of periodsBetween('week', DEMO_DEFAULTS.start, last)) {
      const { model, content } = summaryTab(period, data);
      const title = content.values.findIndex((r) => r[0] === '本期要点');
      expect(title).toBeGreaterThanOrEqual(0);
      for (const f of model.findings) {
        const at = content.values.findIndex((r) => String(r[0]).endsWith(f.text));
        expect(at, `${period.id}: ${f.text}`).toBeLessThan(25);
      }
    }
  });

  it('plants ad spend whose ROI falls in the last week while the shop’s sales hold, and says so', () => {
    const data = loadSummaryData(wb);
    const last = periodsBetween(
      'week',
      addDays(DEMO_DEFAULTS.start, DEMO_DEFAULTS.weeks * 7 - 1),
      addDays(DEMO_DEFAULTS.start, DEMO_DEFAULTS.weeks * 7 - 1),
    )[0]!;
    const { model } = summaryTab(last, data);
    expect(model.ads!.total.roiChange.label).toBe('significant-down');
    // W47's sales fell by a real 84 %; W48's came back: the shop's sales rose while ROI fell.
    expect(model.ads!.store.change.label).toBe('significant-up');
    const finding = model.findings.find((f) => f.table === 'adRoi')!;
    expect(finding.text).toMatch(/^推广 ROI .*而全店销售额 .* 显著上升：先看全店/);
    expect(out.join('')).toContain(`${last.id} 的发现：${finding.text}`);
  });

  it('suggests the reason of most lost chats, counts them in the last week and lists it (issue 20)', () => {
    // The imported chats' lost inquiries (the typed log rows have no chat to read).
    const lost = readInquiries(wb).records.filter(
      (r) => r.customerId.startsWith('demo_chat_') && r.stage === 'pre-sale' && r.converted === false,
    );
    const blank = lost.filter((r) => r.noDealReason === '');
    const suggested = blank.filter((r) => (r.suggestedReason ?? '') !== '');
    expect(suggested.length).toBeGreaterThan(blank.length / 2);
    const printed = out
      .join('')
      .split('\n')
      .find((l) => l.includes('建议原因 / 建议依据'));
    expect(printed).toBeDefined();
    const [, lostN, suggestedN, unrecordedN] = printed!
      .match(/未成交 (\d+) 条，(\d+) 条.*仍未填写 (\d+) 条/)!
      .map(Number);
    expect(suggestedN).toBeGreaterThan(0);
    expect(unrecordedN! * 2).toBeLessThan(lostN!);
  });

  it('plants returning buyers in the last week and a DSR that moves with complaints, and says so (issue 23)', () => {
    const data = loadSummaryData(wb);
    const end = addDays(DEMO_DEFAULTS.start, DEMO_DEFAULTS.weeks * 7 - 1);
    const [week] = periodsBetween('week', end, end);
    const repeat = summaryTab(week!, data).model;
    expect(repeat.repeat!.label).toBe('significant-up');
    const found = repeat.findings.find((f) => f.table === 'repeatRate')!;
    expect(out.join('')).toContain(`${week!.id} 的发现：${found.text}`);
    const [month] = periodsBetween('month', end, end);
    const dsr = summaryTab(month!, data).model;
    const correlation = dsr.findings.find((f) => f.table === 'dsr')!;
    expect(correlation.text).toContain('相关不等于因果');
    expect(out.join('')).toContain(correlation.text);
    expect(wb.sheetNames()).toContain('老客回访清单');
  });

  it('types two roles, suggests others, judges the month by role and lists it at the end (issue 23 item 2)', () => {
    const [header, ...rows] = wb.read('商品清单');
    const typed = rows.map((r) => r[header!.indexOf('角色')]).filter((c) => c !== '');
    const suggested = rows.map((r) => r[header!.indexOf('建议角色')]).filter((c) => c !== '');
    expect(typed).toEqual(['渠道款', '活动款']);
    expect(suggested.length).toBeGreaterThan(0);
    expect(rows.every((r) => String(r[header!.indexOf('角色依据')]).startsWith('近 90 天'))).toBe(true);
    const end = addDays(DEMO_DEFAULTS.start, DEMO_DEFAULTS.weeks * 7 - 1);
    const [month] = periodsBetween('month', end, end);
    const model = summaryTab(month!, loadSummaryData(wb)).model;
    const roles = model.roles!;
    expect(roles.roles.traffic.length + roles.roles.profit.length).toBeGreaterThan(0);
    // The planted change (issue 23 item 7): the channel item's trade buyers re-order it in the last
    // week, and the roles test finds it; the month's findings hold it and the roles line ends with it.
    const channel = roles.roles.channel.find((r) => r.typed)!;
    expect(channel.change).toMatchObject({ measure: 'tradeReorders', label: 'significant-up' });
    const finding = model.findings.find((f) => f.table === 'roleReorders' && f.category === channel.item)!;
    expect(finding.text).toContain(`渠道款「${channel.item}」的返单`);
    expect(finding.p).toBe(channel.change.p);
    expect(roles.zeroSale.map((z) => [z.item, z.role])).toContainEqual(['竹纤维凉席', 'promotion']);
    const text = out.join('').trimEnd().split('\n');
    const line = text.at(-3) ?? '';
    expect(line).toContain(`商品角色：商品清单中已填角色 2 个、建议角色 ${suggested.length} 个`);
    expect(line).toContain(`月报 ${month!.id} 按角色评判`);
    expect(line).toMatch(/本月零销量 \d+ 个：.*竹纤维凉席/);
    expect(line).toContain(`要点：${finding.text}`);
    const tab = wb.read(`月报 ${month!.id}`).map((r) => r.join('|'));
    expect(tab.some((r) => r.includes(finding.text))).toBe(true);
    expect(wb.read(`月报 ${month!.id}`).some((r) => r[0] === '商品角色')).toBe(true);
  });

  it('the engine, over the exported folder (词库 included), equals the workbook field by field', () => {
    const engine = out
      .join('')
      .split('\n')
      .filter((l) => l.includes('引擎：DuckDB'));
    expect(engine).toHaveLength(2);
    for (const line of engine) expect(line).toContain('逐项相同');
    expect(out.join('')).toContain('词库：文件夹里的 lexicon.csv');
  });

  it('types two words into the 词库 sheet and reads a review with them (issue 20)', () => {
    const [header, ...rows] = wb.read('词库');
    expect(rows.map((r) => [r[header!.indexOf('词类')], r[header!.indexOf('词')]])).toEqual([
      ['负面词', '拉胯'],
      ['负面词', '掉毛'],
    ]);
    const line = out
      .join('')
      .split('\n')
      .find((l) => l.includes('词库：团队加了'));
    expect(line).toContain('词库：团队加了 2 个负面词（拉胯、掉毛）');
    expect(line).toMatch(/「宝宝睡袋拉胯，洗一次就掉毛」的整体倾向 中性 → 负面：.*掉毛/);
  });

  it('lists what the last week’s first screen and report hold (issue 23 item 6)', () => {
    const line = out
      .join('')
      .split('\n')
      .find((l) => l.includes('第一屏（周报 2026-W48 与其 HTML 报告）'));
    expect(line).toMatch(
      /：[1-9]\d* 条要点（检验与 p 在脚注），销售与推广一行，[1-9]\d* 项观察期已结束的行动及其效果；其下 \d+ 个部分各占一行，[1-9]\d* 个无显著变化的在报告中折叠、在表中收起为行组（[1-9]\d* 行明细已隐藏，点 \+ 展开），例如「.+：\d+ 项，无显著(变化|差异)」$/,
    );
    // The .xlsx tab hides exactly those rows, each in a row group under its part's title row.
    const hidden = Number(/（(\d+) 行明细已隐藏/.exec(line ?? '')![1]);
    const sheet = wb.book.getWorksheet('周报 2026-W48')!;
    const rows: { level: number; hidden: boolean }[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) =>
      rows.push({ level: row.outlineLevel ?? 0, hidden: row.hidden }),
    );
    expect(rows.filter((r) => r.hidden)).toHaveLength(hidden);
    expect(rows.every((r) => !r.hidden || r.level === 1)).toBe(true);
    expect(sheet.properties.outlineProperties?.summaryBelow).toBe(false);
    const html = readFileSync(join(dirname(path), 'spiral-demo-report.html'), 'utf8');
    expect(html).toContain('<details class="part"><summary>');
    expect(html.indexOf('本期要点')).toBeLessThan(html.indexOf('销售与推广'));
    expect(html.indexOf('销售与推广')).toBeLessThan(html.indexOf('改了什么，有没有用'));
    expect(html.indexOf('改了什么，有没有用')).toBeLessThan(html.indexOf('<details'));
  });

  it('writes a week again through the streamed save, copying the logs and other tabs byte for byte', () => {
    const line = out
      .join('')
      .split('\n')
      .find((l) => l.includes('流式保存'));
    const match = /(\d+)\/(\d+) 个部件原样复制；重写或新增：(.*)$/.exec(line ?? '');
    expect(match, line).not.toBeNull();
    const [, copied, total, changed] = match!;
    // The tab's sheet, its drawing and pictures, the Run log, the content types — the rest is copied.
    expect(Number(copied)).toBeGreaterThan(Number(total) / 2);
    expect(
      changed!.split(', ').filter((p) => p.startsWith('xl/worksheets/sheet')).length,
    ).toBeLessThanOrEqual(3);
  });
  it('names every action’s target in Chinese on the effects line, the conversion rate as 转化率', () => {
    const tab = say('zh', 'effects.tab');
    const line = out
      .join('')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.startsWith(`${tab}：`));
    const verdicts = /（(.*)）$/.exec(line ?? '')?.[1];
    expect(verdicts, line).toBeDefined();
    expect(verdicts).toContain(`${say('zh', 'effects.target.conversion')} `);
    expect(verdicts).not.toContain(say('zh', 'effects.label.unknownTarget'));
    // No ASCII word (a metric's English name) among the targets and verdicts.
    expect(verdicts!.match(/[A-Za-z]+/g) ?? []).toEqual([]);
  });
});
