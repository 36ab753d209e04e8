import { type MessageKey, type MessageParams, say } from '../messages/catalogue';
import type { FactFormat, ScorecardFile } from '../rules/rule-file';
import type { Level } from '../sheets/records';
import { enumLabel, type Lang } from '../sheets/template';
import { type Band, bandOf, distanceTo, nextBand, smallBaseFact } from './bands';
import type { ItemScore } from './items';
import type { BonusBasis } from './pay';

/** What the explanation needs besides the items. */
export interface ExplainInput {
  items: readonly ItemScore[];
  score: number;
  total: number;
  percent: number;
  qualified: boolean;
  gatePercent: number;
  bonus: number;
  basePay: number;
  pay: number;
  level: Level;
  bonusBasis: BonusBasis;
  /** Facts filled from the logs because the sheet's cell was blank, with the log they came from. */
  fromLogs?: Readonly<Record<string, 'reviews' | 'orders'>>;
  /** A ready sentence for a fact's value (a desk ratio with its base, lower bound and test). */
  details?: Readonly<Record<string, string>>;
  /** Every fact of the agent, for the counts shown beside a ratio. */
  facts?: Readonly<Record<string, unknown>>;
  /** Sentences placed before the total (how the desk figures were counted, say). */
  notes?: readonly string[];
}

const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));
/** 70.8% — one decimal, for the score's percent. */
export const formatPercent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const money = (n: number) => n.toFixed(2);
const points = (n: number) => trim(n, 2);
const end = (lang: Lang) => (lang === 'zh' ? '。' : '.');

export function formatFact(value: unknown, format: FactFormat, lang: Lang): string {
  if (format === 'grade')
    return typeof value === 'string' ? enumLabel('grade', value, lang) : say(lang, 'scorecard.notGraded');
  if (typeof value !== 'number' || !Number.isFinite(value))
    return value === null || value === undefined ? say(lang, 'scorecard.noData') : String(value);
  switch (format) {
    case 'percent':
      return `${trim(value * 100, 2)}%`;
    case 'desk-index':
      return say(lang, 'scorecard.ofDesk', { band: `${trim(value * 100, 1)}%` });
    case 'threshold-index':
      return say(lang, 'scorecard.ofThreshold', { band: `${trim(value * 100, 1)}%` });
    case 'seconds':
      return say(lang, 'scorecard.seconds', { n: trim(value, 1) });
    case 'money':
      return money(value);
    case 'ratio':
      return value.toFixed(2);
    default:
      return trim(value, 2);
  }
}

/** `8–11%`, `≤ 5%`, `> 11%`, `全组的 85–100%`: a band in the fact's own units. */
function formatBand(band: Band, format: FactFormat, lang: Lang): string {
  const scaled = format === 'percent' || format === 'desk-index' || format === 'threshold-index';
  const show = (n: number) => (scaled ? trim(n * 100, 2) : trim(n, 2));
  const unit = scaled ? '%' : format === 'seconds' ? (lang === 'zh' ? ' 秒' : ' s') : '';
  let text: string;
  if (band.lower !== null && band.upper !== null) text = `${show(band.lower)}–${show(band.upper)}${unit}`;
  else if (band.upper !== null) text = `${band.upperInclusive ? '≤' : '<'} ${show(band.upper)}${unit}`;
  else text = `${band.lowerInclusive ? '≥' : '>'} ${show(band.lower!)}${unit}`;
  if (format === 'desk-index') return say(lang, 'scorecard.ofDesk', { band: text });
  if (format === 'threshold-index') return say(lang, 'scorecard.ofThreshold', { band: text });
  return text;
}

function formatGap(gap: number, format: FactFormat, lang: Lang): string {
  if (format === 'percent' || format === 'desk-index' || format === 'threshold-index')
    return say(lang, 'scorecard.percentagePoints', { n: trim(gap * 100, 2) });
  if (format === 'seconds') return say(lang, 'scorecard.seconds', { n: trim(gap, 1) });
  return trim(gap, 2);
}

type FactSpec = NonNullable<ScorecardFile['facts'][keyof ScorecardFile['facts']]>;
const specOf = (file: ScorecardFile, name: string): FactSpec | undefined =>
  file.facts[name as keyof ScorecardFile['facts']];

/** The value part: `10.96%（33/301）`, `优`, `迟到 1、请假 0、旷工 0`, each marked when it came from a log. */
function valueText(item: ItemScore, file: ScorecardFile, input: ExplainInput, lang: Lang, skip: Set<string>) {
  const itemLabel = item.label[lang];
  // A fact with a ready sentence carries its own base: the guard facts beside it are not repeated.
  const detailed = Object.keys(item.facts).some((name) => input.details?.[name] !== undefined);
  const shown = Object.entries(item.facts)
    .filter(([name]) => !skip.has(name) && (!detailed || input.details?.[name] !== undefined))
    .map(([name, value]) => {
      const spec = specOf(file, name);
      let text = input.details?.[name] ?? formatFact(value, spec?.format ?? 'count', lang);
      if (spec?.counts) {
        const all = input.facts ?? item.facts;
        const [hits, base] = spec.counts.map((f) => formatFact(all[f] ?? null, 'count', lang));
        text += lang === 'zh' ? `（${hits}/${base}）` : ` (${hits}/${base})`;
      }
      // A ratio's counts may come from a log (orders and refunds from the Orders sheet).
      const source = input.fromLogs?.[name] ?? spec?.counts?.map((f) => input.fromLogs?.[f]).find(Boolean);
      if (source) {
        const log = say(lang, source === 'reviews' ? 'scorecard.sourceReviews' : 'scorecard.sourceOrders');
        text += say(lang, 'scorecard.fromLogs', { source: log });
      }
      const label = spec?.[lang] ?? name;
      return label.toLowerCase() === itemLabel.toLowerCase() ? text : `${label} ${text}`;
    });
  return shown.join(say(lang, 'scorecard.listSep'));
}

/** `退款率 10.96%（33/301）→ 10 分，区间 8–11%，距下一档（20 分，5–8%）还差 2.96 个百分点` */
function explainItem(item: ItemScore, file: ScorecardFile, input: ExplainInput, lang: Lang): string {
  const fired = file.rules.filter((rule) => item.rule.split('+').includes(rule.name));
  const rule = fired.length === 1 ? fired[0]! : null;
  const band = rule ? bandOf(rule) : null;
  const small = rule ? smallBaseFact(rule) : null;
  // The counts shown beside a ratio are not repeated as facts of their own.
  const skip = new Set<string>(['minimumBase']);
  for (const name of Object.keys(item.facts)) for (const f of specOf(file, name)?.counts ?? []) skip.add(f);
  const value = valueText(item, file, input, lang, skip);
  // A bonus or a deduction carries its sign; an item with a base (attendance) reads as a score.
  const signed = rule?.event.type === 'points-per-unit' && rule.event.params.base === undefined;
  let line = say(lang, 'scorecard.itemLine', {
    label: item.label[lang],
    value,
    points: signed && item.points > 0 ? `+${points(item.points)}` : points(item.points),
  })
    .replace('  ', ' ')
    .replace('） →', '）→');
  if (small !== null) {
    // The small-base rule reads only the base: show the item's figure from its band rules beside it.
    const figure = file.rules
      .filter((r) => r.event.params.item === item.item && r !== rule)
      .map((r) => bandOf(r)?.fact)
      .find((f) => f !== undefined && input.details?.[f] !== undefined);
    if (figure !== undefined) {
      line = say(lang, 'scorecard.itemLine', {
        label: item.label[lang],
        value: input.details![figure]!,
        points: points(item.points),
      }).replace('） →', '）→');
    }
    const n = item.facts[small];
    const min = item.facts.minimumBase;
    return `${line}${say(lang, 'scorecard.smallBase', { n: String(n ?? 0), min: String(min ?? '') })}`;
  }
  if (band !== null && rule?.event.type === 'points') {
    const format = specOf(file, band.fact)?.format ?? 'count';
    line += say(lang, 'scorecard.band', { band: formatBand(band, format, lang) });
    const current = item.facts[band.fact];
    const next = nextBand(file.rules, item.item, band.fact, item.points);
    if (next && typeof current === 'number') {
      line += say(lang, 'scorecard.nextStep', {
        points: points(next.points),
        band: formatBand(next.band, format, lang),
        gap: formatGap(distanceTo(next.band, current), format, lang),
      });
    }
  }
  return line;
}

/** An adjustment nobody earned (no praise, no complaint) is left out to keep the cell short. */
const isIdle = (item: ItemScore) =>
  item.eventType === 'points-per-unit' && item.points === 0 && Object.values(item.facts).every((v) => !v);

function line(lang: Lang, key: MessageKey, params: MessageParams): string {
  return `${say(lang, key, params)}${end(lang)}`;
}

function gateLine(input: ExplainInput, lang: Lang): string {
  const params = {
    score: points(input.score),
    total: input.total,
    percent: formatPercent(input.percent),
    gate: `${trim(input.gatePercent * 100, 1)}%`,
  };
  if (input.qualified) return line(lang, 'scorecard.gateMet', params);
  const missing = Math.ceil(Math.round((input.gatePercent * input.total - input.score) * 1e6) / 1e4) / 100;
  if (missing <= 0) return line(lang, 'scorecard.gateNoConversion', params);
  return line(lang, 'scorecard.gateMissed', { ...params, missing: points(missing) });
}

function payLine(input: ExplainInput, lang: Lang): string {
  const { bonusBasis: basis } = input;
  const common = {
    basePay: money(input.basePay),
    level: enumLabel('level', input.level, lang),
    pay: money(input.pay),
  };
  if (!input.qualified) return line(lang, 'scorecard.payNone', common);
  const key = basis.mode === 'shared-pool' ? 'scorecard.paySharedPool' : 'scorecard.payPerAgent';
  let text = say(lang, key, {
    ...common,
    bonus: money(input.bonus),
    base: money(basis.base),
    score: points(input.score),
    total: input.total,
    divisor: points(basis.divisor),
  });
  if (basis.cap !== null && basis.uncapped > input.bonus)
    text += say(lang, 'scorecard.capped', { cap: money(basis.cap), uncapped: money(basis.uncapped) });
  return `${text}${end(lang)}`;
}

/**
 * The explanation written beside each agent's score, in the workbook's language: one line per
 * item with its band and the distance to the next, the notes, the total against the gate, the pay.
 */
export function explainScore(input: ExplainInput, file: ScorecardFile, lang: Lang): string {
  const items = input.items
    .filter((item) => !isIdle(item))
    .map((item) => `${explainItem(item, file, input, lang)}${lang === 'zh' ? '；' : ';'}`);
  return [...items, ...(input.notes ?? []), gateLine(input, lang), payLine(input, lang)].join('\n');
}
