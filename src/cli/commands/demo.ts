import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { classifyNewRows } from '../../core/classify';
import { effectLabelText, readQueueOrders, writeEffects, writeQueues } from '../../core/effects';
import { importChats, importRows, inputTable } from '../../core/ingest';
import { matchOrders, matchSummary } from '../../core/matching';
import { say } from '../../core/messages';
import { suggestReasons } from '../../core/reasons';
import { writeProductRoles } from '../../core/roles';
import { defaultRuleBook } from '../../core/rules';
import type { AgentScoreJson } from '../../core/scorecard';
import { computeScorecard, payTable, scoreMonth, toCsv } from '../../core/scorecard';
import { readSettings } from '../../core/settings';
import { installTemplates } from '../../core/setup';
import type { Lang, SheetKey } from '../../core/sheets';
import { OURS, sheetName, writeProblems } from '../../core/sheets';
import type { SummaryModel } from '../../core/summary';
import {
  loadSummaryData,
  percentText,
  pText,
  relativePercent,
  summaryText,
  writeSummary,
} from '../../core/summary';
import { addDays, periodsBetween } from '../../core/time';
import { cjkFontAvailable } from '../charts/render-chart';
import { cliLang } from '../cli-lang';
import { command } from '../command';
import { engineDemo } from '../demo/engine-demo';
import type { DemoExports } from '../demo/exports';
import { firstScreenLine } from '../demo/first-screen-line';
import { DEMO_DEFAULTS, generateDemo } from '../demo/generate-demo';
import { categoryLabels, demoInLanguage } from '../demo/in-language';
import { CATALOGUE_HEADER, demoItemReport } from '../demo/item-report';
import { demoLexicon } from '../demo/lexicon-demo';
import { importPlatformFiles, PLATFORM_LAYOUTS, writePlatformFiles } from '../demo/platform-layouts';
import { reimportExport } from '../demo/reimport-export';
import { demoTypedRoles, rolesDemoLine } from '../demo/roles-demo';
import { streamedSaveLine } from '../demo/streamed-save';
import { writeFileAtomic } from '../files/atomic-write';
import { UsageError } from '../usage-error';
import { withBook } from '../xlsx/book';
import { writeReport } from './report';

/** Records as text rows under their contract keys, the way a CSV export would carry them. */
export function asTextRows(records: readonly object[]): { header: string[]; rows: string[][] } {
  const header = Object.keys(records[0] ?? {});
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    if (Array.isArray(v)) return v.join('、');
    return String(v);
  };
  return { header, rows: records.map((r) => header.map((k) => text((r as Record<string, unknown>)[k]))) };
}

/** Writes the demo's order report and chat log as CSV files beside the workbook, for trying `spiral import`. */
function demoExports(dir: string, exports: DemoExports): { orders: string; chats: string } {
  const files = { orders: join(dir, 'spiral-demo-orders.csv'), chats: join(dir, 'spiral-demo-chats.csv') };
  writeFileSync(files.orders, `\uFEFF${stringify(exports.orders)}`);
  writeFileSync(files.chats, `\uFEFF${stringify(exports.chats)}`);
  return files;
}

/** The planted no-deal reason of the gift crunch, as the workbook's taxonomy labels it. */
const giftReason = (lang: Lang) => categoryLabels(lang).get('赠品不满意') ?? '赠品不满意';

/** Issue 23: the weeks whose sales fell by 40 % or more, each with its test, and the ads' finding. */
function moneyLines(weeks: readonly SummaryModel[], adRows: number, lang: Lang): string[] {
  const labels = summaryText(lang).labels;
  const drops = weeks
    .filter((m) => (m.inquiries.deltas.sales.relative ?? 0) <= -0.4)
    .map((m) =>
      say(lang, 'demo.salesDrop', {
        period: m.period.id,
        relative: relativePercent(m.inquiries.deltas.sales.relative!),
        label: labels[m.inquiries.salesChange.label],
        p: m.inquiries.salesChange.p === null ? '—' : pText(m.inquiries.salesChange.p),
      }),
    );
  const lines = [say(lang, 'demo.salesDrops', { weeks: drops.join(lang === 'zh' ? '；' : '; ') })];
  const adWeek = [...weeks].reverse().find((m) => m.findings.some((f) => f.table === 'adRoi'));
  if (adWeek !== undefined) {
    const finding = adWeek.findings.find((f) => f.table === 'adRoi')!;
    lines.push(say(lang, 'demo.ads', { rows: adRows, period: adWeek.period.id, finding: finding.text }));
  }
  return lines;
}

/** Issue 23 item 3: repeat rates of the weeks with orders, a finding, 返单 by month, the old-customer list. */
function repeatLines(
  models: readonly SummaryModel[],
  old: { tabName: string; rows: readonly unknown[] } | undefined,
  lang: Lang,
): string[] {
  const labels = summaryText(lang).labels;
  const list = lang === 'zh' ? '；' : '; ';
  const weeks = models
    .filter((m) => m.period.kind === 'week' && m.repeat !== undefined && m.repeat.current.rate !== null)
    .map((m) =>
      say(lang, 'demo.repeatWeek', {
        period: m.period.id,
        from: percentText(m.repeat!.previous.rate),
        to: percentText(m.repeat!.current.rate),
        label: labels[m.repeat!.label],
      }),
    );
  const month = [...models].reverse().find((m) => m.repeat?.tradeMonths !== undefined);
  const months = (month?.repeat?.tradeMonths ?? [])
    .filter((t) => t.tradeOrders > 0)
    .map((t) => `${t.month} ${t.reorders}/${t.tradeOrders}`)
    .join(lang === 'zh' ? '、' : ', ');
  const lines = [
    say(lang, 'demo.repeat', {
      weeks: weeks.join(list),
      months,
      tab: old?.tabName ?? '',
      count: old?.rows.length ?? 0,
    }),
  ];
  const found = [...models].reverse().find((m) => m.findings.some((f) => f.table === 'repeatRate'));
  if (found !== undefined) {
    const finding = found.findings.find((f) => f.table === 'repeatRate')!;
    lines.push(say(lang, 'demo.repeatFinding', { period: found.period.id, finding: finding.text }));
  }
  return lines;
}

/** Issue 23 item 4: the latest month whose DSR changes go with the week's complaints. */
function dsrLine(models: readonly SummaryModel[], rows: number, lang: Lang): string {
  const month = [...models].reverse().find((m) => m.findings.some((f) => f.table === 'dsr'));
  if (month === undefined) return say(lang, 'demo.dsrNone', { rows });
  const finding = month.findings.find((f) => f.table === 'dsr')!;
  return say(lang, 'demo.dsr', { rows, period: month.period.id, finding: finding.text });
}

/** What the last week shows of issue 11: its findings, the 赠品不满意 trend, review polarity and ratings. */
function issue11Lines(model: SummaryModel, lang: Lang): string[] {
  const lines = [say(lang, 'demo.findings', { period: model.period.id, count: model.findings.length })];
  for (const f of model.findings.slice(0, 3)) lines.push(`  ${f.text}`);
  const gift = model.trends.noDealReasons.series.find((s) => s.category === giftReason(lang));
  if (gift) {
    const shares = gift.shares.map((x) => percentText(x)).join(' → ');
    const [from] = model.trends.periods;
    lines.push(
      say(lang, 'demo.trend', { category: gift.category, from: from ?? '', to: model.period.id, shares }),
    );
  }
  const ours = model.reviews.shops[OURS];
  if (ours) {
    const negative = ours.categories
      .filter((c) => c.negativeCount > 0)
      .map((c) => `${c.category} ${c.negativeCount}/${ours.total}`)
      .join(lang === 'zh' ? '，' : ', ');
    lines.push(say(lang, 'demo.polarity', { mentions: negative || say(lang, 'demo.none') }));
    lines.push(
      say(lang, 'demo.ratings', {
        average: ours.averageRating?.toFixed(2) ?? '—',
        negative: percentText(ours.negativeRatingShare),
        neutral: percentText(ours.neutralRatingShare),
      }),
    );
  }
  return lines;
}

/**
 * `spiral demo [out.xlsx] [--lang en]`: a workbook filled with the seeded demo data, then every job
 * run on it. The demo shop is Chinese, so the workbook is Chinese unless --lang asks for English.
 */
export async function runDemo(args: string[], values: Record<string, unknown> = {}): Promise<number> {
  const path = args[0] ?? 'out/spiral-demo.xlsx';
  const lang: Lang = values.lang === undefined ? 'zh' : cliLang(values);
  if (existsSync(path) && !values.force) throw new UsageError(say(lang, 'cli.demoExists', { path }));
  mkdirSync(dirname(path), { recursive: true });
  const data = demoInLanguage(generateDemo(DEMO_DEFAULTS), lang);
  const list = lang === 'zh' ? '、' : ', ';
  const lines: string[] = [];
  // The month tab's product roles, listed at the end with the other capabilities (issue 23 item 2).
  let rolesLine: string | null = null;
  let lexiconLine: string | null = null;
  await withBook(path, { create: true }, async (wb) => {
    for (const name of wb.sheetNames()) wb.removeSheet(name);
    const install = installTemplates(wb, { language: lang });
    lines.push(
      say(lang, 'demo.installed', { count: install.created.length, names: install.created.join(list) }),
    );
    const lastMonth = addDays(DEMO_DEFAULTS.start, DEMO_DEFAULTS.weeks * 7 - 1).slice(0, 7);
    const tables: [SheetKey, readonly object[]][] = [
      ['inquiries', data.inquiries],
      ['reviews', data.reviews],
      ['competitors', data.competitors],
      ['probes', data.probes],
      // Praise cells left blank: the scorecard counts them from the Reviews log (issue 10); the last
      // month's after-sale orders and refunds too: they come from the imported order report.
      [
        'scorecard',
        data.scorecard.map((row) => ({
          ...row,
          praises: null,
          ...(row.role === 'after-sale' && row.month === lastMonth ? { orders: null, refunds: null } : {}),
        })),
      ],
      ['actions', data.actions],
      ['ads', data.ads],
      ['dsr', data.dsr],
    ];
    for (const [key, records] of tables) {
      const { header, rows } = asTextRows(records);
      const result = importRows(wb, key, header, rows);
      if (result.rejected.length > 0) {
        throw new Error(
          `demo data rejected in ${result.sheet}: ${JSON.stringify(result.rejected.slice(0, 3))}`,
        );
      }
      lines.push(say(lang, 'demo.rows', { sheet: result.sheet, rows: result.appended }));
    }
    const inquiries = asTextRows(data.inquiries);
    const exportPath = join(dirname(path), 'spiral-demo-export-gbk.csv');
    lines.push(await reimportExport(wb, inquiries.header, inquiries.rows.slice(0, 200), exportPath, lang));
    // The platform's exports of the last two weeks, written beside the workbook and imported as a team would.
    const last = addDays(DEMO_DEFAULTS.start, DEMO_DEFAULTS.weeks * 7 - 1);
    const exported = demoExports(dirname(path), data.exports);
    const [orderHeader, ...orderRows] = data.exports.orders;
    const orders = importRows(wb, 'orders', orderHeader!, orderRows).result;
    const [chatHeader, ...chatRows] = data.exports.chats;
    const chats = importChats(wb, inputTable(chatHeader!, chatRows));
    if (orders.rejected + chats.rejected > 0) throw new Error('demo exports rejected rows');
    lines.push(say(lang, 'demo.orders', { path: exported.orders, orders: orders.new }));
    // The same export by hand, naming the sheet as the workbook does (issue 24: --sheet 订单记录).
    lines.push(
      say(lang, 'demo.tryImport', { book: path, sheet: sheetName('orders', lang), file: exported.orders }),
    );
    // The item report of the same orders, and a catalogue with one item nobody bought (issue 19).
    const items = demoItemReport(data.exports.orders, lang);
    const itemsPath = join(dirname(path), 'spiral-demo-items.csv');
    writeFileSync(itemsPath, `\uFEFF${stringify(items.lines)}`);
    const [itemHeader, ...itemRows] = items.lines;
    const orderLines = importRows(wb, 'orderLines', itemHeader!, itemRows).result;
    // Two roles typed by the team (issue 23 item 2); classification suggests the others.
    const typedRoles = demoTypedRoles(items.catalogue, items.unsold, data.channelItem, lang);
    const catalogue = importRows(
      wb,
      'products',
      [...CATALOGUE_HEADER, '角色'],
      items.catalogue.map((row, i) => [...row, typedRoles[i]!]),
    ).result;
    if (orderLines.rejected + catalogue.rejected > 0) throw new Error('demo item report rejected rows');
    lines.push(
      say(lang, 'demo.itemReport', { path: itemsPath, lines: orderLines.new, products: catalogue.new }),
    );
    lines.push(
      say(lang, 'demo.chats', { path: exported.chats, messages: chats.messages, inquiries: chats.new }),
    );
    // The same shop's files in the platforms' own layouts, read back as `spiral import` reads them.
    const platform = writePlatformFiles(dirname(path), data.exports.orders, last);
    lines.push(...(await importPlatformFiles(wb, platform, lang)).lines);
    lexiconLine = demoLexicon(wb, lang);
    // The demo is one run over the book it has just set up: it reads Settings once from here on.
    const inForce = readSettings(wb);
    const matched = matchOrders(wb, { now: `${addDays(last, 1)} 06:00:00`, settings: inForce.settings });
    lines.push(
      matchSummary(matched, lang)
        .split('\n')
        .join(lang === 'zh' ? '' : ' '),
    );
    const classified = classifyNewRows(wb, inForce.settings);
    lines.push(
      say(lang, 'demo.classified', {
        questions: classified.inquiries.filled,
        reviews: classified.reviews.categorized,
      }),
    );
    suggestReasons(wb, inForce.settings);
    const roles = writeProductRoles(wb, inForce.settings);
    const months = periodsBetween('month', DEMO_DEFAULTS.start, last);
    const scorecards = new Map<string, AgentScoreJson[]>();
    for (const month of months) {
      const report = await computeScorecard(wb, month.id, inForce);
      scorecards.set(month.id, report.agents);
      const paid = report.agents.reduce((sum, a) => sum + a.pay, 0);
      lines.push(
        say(lang, 'demo.scorecard', { month: month.id, agents: report.agents.length, pay: paid.toFixed(2) }),
      );
    }
    // The last whole month: each pre-sale agent's desk line, and its pay sheet for payroll.
    const whole = months.at(-2) ?? months[0]!;
    const scored = await scoreMonth(wb, whole.id, inForce);
    const conversion = preSaleItemLabel('conversion', lang);
    for (const agent of scored.results.filter((r) => r.role === 'pre-sale')) {
      const line = agent.explanation.split('\n').find((l) => l.startsWith(conversion)) ?? '';
      const qualified = say(lang, agent.qualified ? 'demo.qualified' : 'demo.notQualified');
      lines.push(
        say(lang, 'demo.preSaleCard', {
          month: whole.id,
          agent: agent.agent,
          score: agent.score,
          qualified,
          line,
        }),
      );
    }
    const praised = scored.results.filter((r) => r.fromLogs.praises).length;
    lines.push(say(lang, 'demo.praises', { agents: praised }));
    const latest = await scoreMonth(wb, lastMonth, inForce);
    const fromOrders = latest.results
      .filter((r) => r.fromLogs.orders)
      .map((r) => `${r.agent} ${r.facts.refunds}/${r.facts.orders}`);
    lines.push(say(lang, 'demo.afterSaleOrders', { month: lastMonth, agents: fromOrders.join(list) }));
    const payCsv = join(dirname(path), `spiral-demo-pay-${whole.id}.csv`);
    await writeFileAtomic(
      payCsv,
      new TextEncoder().encode(toCsv(payTable(scored.results, scored.unpaid, lang))),
    );
    lines.push(say(lang, 'demo.paySheet', { month: whole.id, path: payCsv }));
    const logs = loadSummaryData(wb);
    const written = [...periodsBetween('week', DEMO_DEFAULTS.start, last), ...months].map((period) =>
      writeSummary(wb, period, logs, scorecards.get(period.id)),
    );
    lines.push(say(lang, 'demo.summaries', { tabs: written.map((w) => w.tabName).join(list) }));
    const month = written.filter((w) => w.model.period.kind === 'month').at(-1)!.model;
    const unsold = month.rankings.product.slow.find((r) => r.key === items.unsold);
    if (unsold)
      lines.push(
        say(lang, 'demo.itemRankings', {
          month: month.period.id,
          hot: month.rankings.product.hot[0]?.key ?? '',
          unsold: unsold.key,
          orders: unsold.orders ?? 0,
        }),
      );
    if (month.roles) rolesLine = rolesDemoLine(roles, month.period.id, month.roles, month.findings, lang);
    // The week the planted 赠品不满意 rise shows (seed 000's gift crunch), else the last week.
    const weeks = written.filter((w) => w.model.period.kind === 'week').map((w) => w.model);
    const rise = weeks.find((m) => m.findings[0]?.category === giftReason(lang));
    lines.push(...issue11Lines(rise ?? weeks.at(-1)!, lang));
    lines.push(reasonsDemoLine(weeks.at(-1)!, lang));
    lines.push(...moneyLines(weeks, data.ads.length, lang));
    lines.push(
      dsrLine(
        written.map((w) => w.model),
        data.dsr.length,
        lang,
      ),
    );
    // The desk's tabs as the morning after the demo's last day sees them.
    const now = new Date(`${addDays(last, 1)}T09:00:00+08:00`);
    const effects = writeEffects(wb, logs, now, logs.settings.timeZone);
    const verdicts = effects.rows.map((r) => `${r.target} ${effectLabelText(r.label, lang)}`).join(list);
    lines.push(say(lang, 'demo.effects', { tab: effects.tabName, count: effects.rows.length, verdicts }));
    const queues = writeQueues(wb, { ...logs, ...readQueueOrders(wb) }, now, logs.settings.timeZone);
    const sampled = queues.review.agents.map((a) => `${a.agent} ${a.rows.length}/${a.candidates}`);
    lines.push(`${queues.review.tabName} ${queues.review.week}: ${sampled.join(list)}`);
    const { followUp } = queues;
    lines.push(
      say(lang, 'demo.followUp', {
        tab: followUp.tabName,
        from: followUp.from,
        to: followUp.to,
        count: followUp.rows.length,
      }),
    );
    lines.push(
      ...repeatLines(
        written.map((w) => w.model),
        queues.oldCustomers,
        lang,
      ),
    );
    writeProblems(
      wb,
      [...classified.problems, ...matched.problems, ...roles.problems, ...effects.problems],
      logs.settings.language,
    );
    // Past one spreadsheet (issue 13): the same summaries from the exported logs through DuckDB.
    const lastTwo = [weeks.at(-1)!.period, months.at(-2) ?? months[0]!];
    lines.push(...(await engineDemo(wb, logs, lastTwo, dirname(path))));
  });
  // The last whole week, as the HTML report a team would send round.
  const lastWeek = periodsBetween(
    'week',
    DEMO_DEFAULTS.start,
    addDays(DEMO_DEFAULTS.start, DEMO_DEFAULTS.weeks * 7 - 1),
  ).at(-1)!;
  const report = await writeReport(path, lastWeek, join(dirname(path), 'spiral-demo-report.html'));
  lines.push(say(lang, 'demo.charts', { charts: report.charts, tab: report.tabName, out: report.out }));
  lines.push(firstScreenLine(report.model, report.content, report.tabName, lang));
  lines.push(await streamedSaveLine(path, lastWeek, lang));
  if (lexiconLine !== null) lines.push(lexiconLine);
  if (rolesLine !== null) lines.push(rolesLine);
  const layouts = [
    'demo.layout.orders',
    'demo.layout.chats',
    'demo.layout.items',
    ...PLATFORM_LAYOUTS,
  ] as const;
  lines.push(say(lang, 'demo.layouts', { layouts: layouts.map((k) => say(lang, k)).join(list) }));
  const { seed, weeks, start } = DEMO_DEFAULTS;
  process.stdout.write(
    `${say(lang, 'demo.title', { seed, weeks, start })}\n` +
      `${lines.map((l) => `  ${l}`).join('\n')}\n${say(lang, 'demo.written', { path })}\n`,
  );
  const boxes = chartTextWarning(lang);
  if (boxes) process.stderr.write(`spiral demo: ${boxes}\n`);
  return 0;
}

/** The last week's no-deal reasons: lost inquiries, those counted under a suggested reason, those left 未填写. */
function reasonsDemoLine(model: SummaryModel, lang: Lang): string {
  const unrecorded = model.noDealReasons.find((r) => r.category === summaryText(lang).unrecorded);
  return say(lang, 'demo.reasons', {
    period: model.period.id,
    lost: model.bases.noDealReasons.total,
    suggested: model.suggestedReasons ?? 0,
    unrecorded: unrecorded?.count ?? 0,
  });
}

/** The warning the demo prints when its chart pictures would show Chinese as empty boxes, else null. */
export function chartTextWarning(lang: Lang, drawsChinese = cjkFontAvailable()): string | null {
  return drawsChinese ? null : say(lang, 'demo.chartBoxes');
}

/** A pre-sale scorecard item's label, as its explanation line begins (rules/scorecard-pre-sale.json). */
function preSaleItemLabel(id: string, lang: Lang): string {
  const item = defaultRuleBook().scorecards['pre-sale'].items.find((i) => i.id === id);
  return item ? item[lang] : id;
}

/** `spiral demo`: its usage, arguments and options, beside its action. */
export const demoCommand = command({
  name: 'demo',
  help: 'cli.help.demo',
  args: ['out.xlsx'],
  options: { force: { type: 'boolean' }, lang: { type: 'string' } },
  run: runDemo,
});
