import type { Cell, WorkbookPort } from '../../ports';
import { type Message, message, render, say } from '../messages/catalogue';
import { defaultRuleBook } from '../rules/default-rules';
import type { Problem } from '../sheets/records';
import { type RowValues, readRows } from '../sheets/rows';
import { enumLabel, findSheet, type Lang, normalizeLabel, TEMPLATES } from '../sheets/template';
import { parseBoolean, parseNumber } from '../sheets/values';

export interface Settings {
  language: Lang;
  /** The business time zone for the CLI; in Sheets the spreadsheet's own zone is used. */
  timeZone: string;
  /** 奖金基数: per-agent, a qualified agent earns bonusBase × score / total; shared-pool, the pool split by score. */
  bonusBase: number;
  bonusMode: BonusMode;
  /** The most one agent's bonus may be; null for no cap. */
  bonusCap: number | null;
  /** Below this many buyers (or orders) a ratio item scores its middle band (seed 004). */
  minimumBase: number;
  /** A fraction: 0.7 for 70 %. */
  gatePercent: number;
  basePay: { regular: number; senior: number; lead: number };
  responseThresholdSeconds: number;
  autoWeekly: boolean;
  autoMonthly: boolean;
  triggerHour: number;
  lookBackWeeks: number;
  lookBackMonths: number;
  /** Weekly and monthly summary tabs older than this many periods are removed by the daily run (never fewer than the look-back). */
  keepWeeklyTabs: number;
  keepMonthlyTabs: number;
  timeBudgetSeconds: number;
  rankingSize: number;
  /** Weeks before an action and (at most) after it that the Effects tab compares. */
  effectWeeks: number;
  /** Lost pre-sale chats per agent in the weekly review queue (seed 000's reply-script meeting). */
  reviewQueuePerAgent: number;
  /** An order paid no later than this many days after an inquiry's day belongs to it (desk tools: 询单→次日付款). */
  attributionDays: number;
  /** A buyer with an order paid this many days before a chat is asking after the sale. */
  afterSaleLookbackDays: number;
  /** A buyer of a period who paid for an order this many days before it began is a repeat buyer. */
  repeatWindowDays: number;
  /** 老客回访清单 lists buyers whose last order is at least this many days old (the goods have been used). */
  revisitAfterDays: number;
}

export type BonusMode = 'per-agent' | 'shared-pool';

/** A setting's value, or undefined when it cannot be read (then `why`, when given, says why). */
type Parser = (cell: Cell) => unknown | undefined;
/** Why a value a Parser refused cannot be used, for the Settings problem. */
type Why = (cell: Cell) => Message;

const UNREADABLE: Message = message('sheets.settingUnreadable');

/** A percent sign on a setting that is not a percent: 500% is not a bonus base of 5. */
const hasPercent = (cell: Cell) => typeof cell === 'string' && cell.normalize('NFKC').includes('%');

const number =
  (min: number, max: number, integer = false): Parser =>
  (cell) => {
    if (hasPercent(cell)) return undefined;
    const parsed = parseNumber(cell);
    if (!parsed.ok) return undefined;
    const n = parsed.value;
    return n >= min && n <= max && (!integer || Number.isInteger(n)) ? n : undefined;
  };

const numberWhy =
  (min: number, max: number): Why =>
  (cell) => {
    const parsed = parseNumber(cell);
    if (!parsed.ok) return parsed.blank ? UNREADABLE : parsed.reason;
    if (hasPercent(cell)) return message('sheets.settingNoPercent');
    return message('sheets.settingOutOfRange', { min, max });
  };

/**
 * The gate is always a percent: '70%' and a bare 70 are a 70 % gate, 0 % (or 0) is no gate.
 * A bare number in (0, 1] is refused: 0.7 and 1 could each mean two gates a hundredfold apart.
 * Above 100 % is refused, never shrunk (500% is not a 5 % gate).
 */
export function readGate(cell: Cell): { ok: true; value: number } | { ok: false; why: Message } {
  const parsed = parseNumber(cell);
  if (!parsed.ok) return { ok: false, why: parsed.blank ? UNREADABLE : parsed.reason };
  const n = hasPercent(cell) ? parsed.value : parsed.value / 100;
  if (!hasPercent(cell) && parsed.value > 0 && parsed.value <= 1)
    return {
      ok: false,
      why: message('sheets.gateBareFraction', {
        value: parsed.value,
        percent: `${Math.round(parsed.value * 1e6) / 1e4}%`,
      }),
    };
  if (n > 1) return { ok: false, why: message('sheets.gateOverHundred') };
  if (n < 0) return { ok: false, why: message('sheets.settingOutOfRange', { min: '0%', max: '100%' }) };
  return { ok: true, value: n };
}

const gate: Parser = (cell) => {
  const read = readGate(cell);
  return read.ok ? read.value : undefined;
};

const gateWhy: Why = (cell) => {
  const read = readGate(cell);
  return read.ok ? UNREADABLE : read.why;
};

const boolean: Parser = (cell) => {
  const parsed = parseBoolean(cell);
  return parsed.ok ? parsed.value : undefined;
};

const language: Parser = (cell) => {
  const text = normalizeLabel(String(cell));
  if (['zh', 'zh-cn', '中文', 'chinese'].includes(text)) return 'zh';
  if (['en', 'english', '英文', '英语'].includes(text)) return 'en';
  return undefined;
};

const bonusMode: Parser = (cell) => {
  const text = normalizeLabel(String(cell));
  if (['per-agent', 'per agent', '每人', '按人', '按人计算'].includes(text)) return 'per-agent';
  if (['shared-pool', 'shared pool', 'pool', '共享奖金池', '奖金池', '按比例分配'].includes(text))
    return 'shared-pool';
  return undefined;
};

const timeZone: Parser = (cell) => {
  const zone = String(cell).trim();
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
};

export interface SettingDef {
  key: string;
  zh: string;
  en: string;
  /** Keys and labels of earlier versions, still read; a workbook using one is told of the new name. */
  formerly?: string[];
  parse: Parser;
  why?: Why;
  get: (s: Settings) => unknown;
  set: (s: Settings, v: unknown) => void;
}

const def = (
  key: string,
  parse: Parser,
  zh: string,
  en: string,
  path: [keyof Settings] | ['basePay', keyof Settings['basePay']],
  why?: Why,
  formerly?: string[],
): SettingDef => ({
  key,
  zh,
  en,
  ...(formerly ? { formerly } : {}),
  parse,
  ...(why ? { why } : {}),
  get: (s) => (path.length === 1 ? s[path[0]] : s.basePay[path[1]]),
  set: (s, v) => {
    if (path.length === 1) (s as unknown as Record<string, unknown>)[path[0]] = v;
    else s.basePay[path[1]] = v as number;
  },
});

/** Every setting, in the order the Settings sheet lists them. */
export const SETTING_DEFS: SettingDef[] = [
  def('language', language, '语言：zh 中文 / en 英文', 'Language: zh or en', ['language']),
  def(
    'timeZone',
    timeZone,
    '时区（命令行使用；表格使用电子表格自身时区）',
    'Time zone (CLI; Sheets uses the spreadsheet zone)',
    ['timeZone'],
  ),
  def('bonusBase', number(0, 1e9), '奖金基数（元）', 'Bonus base', ['bonusBase'], numberWhy(0, 1e9), [
    'bonusPool',
    '奖金池（元）',
    '奖金池',
    'Bonus pool',
  ]),
  def(
    'bonusMode',
    bonusMode,
    '奖金方式：per-agent 每人按得分（基数×得分/总分）/ shared-pool 共享奖金池按得分分配',
    'Bonus mode: per-agent (base × score / total each) or shared-pool (the base split by score)',
    ['bonusMode'],
  ),
  def(
    'bonusCap',
    number(0, 1e9),
    '单人奖金上限（元，留空不设上限）',
    'Bonus cap per agent (blank: none)',
    ['bonusCap'],
    numberWhy(0, 1e9),
  ),
  def(
    'minimumBase',
    number(1, 1e6, true),
    '最小样本（买家数，低于则该项记中间档）',
    'Minimum base (buyers; below it an item scores its middle band)',
    ['minimumBase'],
    numberWhy(1, 1e6),
  ),
  def(
    'gatePercent',
    gate,
    '合格线（得分率，低于则无奖金）',
    'Bonus gate (score percent below which no bonus)',
    ['gatePercent'],
    gateWhy,
  ),
  def(
    'basePay.regular',
    number(0, 1e9),
    '底薪：普通',
    'Base pay: regular',
    ['basePay', 'regular'],
    numberWhy(0, 1e9),
  ),
  def(
    'basePay.senior',
    number(0, 1e9),
    '底薪：高级',
    'Base pay: senior',
    ['basePay', 'senior'],
    numberWhy(0, 1e9),
  ),
  def('basePay.lead', number(0, 1e9), '底薪：组长', 'Base pay: lead', ['basePay', 'lead'], numberWhy(0, 1e9)),
  def(
    'responseThresholdSeconds',
    number(1, 86400),
    '首次响应达标线（秒）',
    'First-response threshold (seconds)',
    ['responseThresholdSeconds'],
  ),
  def('autoWeekly', boolean, '自动生成周报', 'Weekly summaries automatically', ['autoWeekly']),
  def('autoMonthly', boolean, '自动生成月报', 'Monthly summaries automatically', ['autoMonthly']),
  def(
    'triggerHour',
    number(0, 23, true),
    '自动运行时间（0–23 点）',
    'Hour of the daily automatic run (0–23)',
    ['triggerHour'],
  ),
  def(
    'lookBackWeeks',
    number(1, 104, true),
    '补生成周报最多回看几周',
    'Weeks to look back when catching up',
    ['lookBackWeeks'],
  ),
  def(
    'lookBackMonths',
    number(1, 36, true),
    '补生成月报最多回看几个月',
    'Months to look back when catching up',
    ['lookBackMonths'],
  ),
  def(
    'keepWeeklyTabs',
    number(1, 520, true),
    '周报标签保留几周（更早且未被改动的由每日运行删除）',
    'Weekly summary tabs kept (older unedited ones are removed by the daily run)',
    ['keepWeeklyTabs'],
  ),
  def(
    'keepMonthlyTabs',
    number(1, 240, true),
    '月报标签保留几个月（更早且未被改动的由每日运行删除）',
    'Monthly summary tabs kept (older unedited ones are removed by the daily run)',
    ['keepMonthlyTabs'],
  ),
  def(
    'timeBudgetSeconds',
    number(30, 240),
    '单次运行时间预算（秒，最多 240；Apps Script 上限 6 分钟）',
    "Time budget per run (seconds, at most 240; Apps Script's limit is 6 minutes)",
    ['timeBudgetSeconds'],
  ),
  def('rankingSize', number(1, 100, true), '排行榜显示条数', 'Rows in each ranking', ['rankingSize']),
  def(
    'effectWeeks',
    number(2, 26, true),
    '效果追踪：行动前后各比较几周',
    'Effects: weeks compared before and after an action',
    ['effectWeeks'],
  ),
  def(
    'reviewQueuePerAgent',
    number(1, 100, true),
    '复盘清单：每位客服抽取几条未成交询单',
    'Review queue: lost chats sampled per agent',
    ['reviewQueuePerAgent'],
  ),
  def(
    'attributionDays',
    number(0, 30, true),
    '询单后几天内付款算作询单成交（0 = 当天，1 = 当天或次日）',
    'Days after an inquiry within which a payment counts as its conversion (0 = same day, 1 = same or next day)',
    ['attributionDays'],
  ),
  def(
    'afterSaleLookbackDays',
    number(1, 365, true),
    '聊天前多少天内有付款订单即视为售后咨询',
    'A chat counts as after-sale when the buyer paid an order within this many days before',
    ['afterSaleLookbackDays'],
  ),
  def(
    'repeatWindowDays',
    number(7, 1095, true),
    '老客复购：本期买家在本期之前多少天内买过，算作复购',
    'Repeat buyers: a buyer of the period who bought within this many days before it is a repeat buyer',
    ['repeatWindowDays'],
  ),
  def(
    'revisitAfterDays',
    number(1, 365, true),
    '老客回访清单：最后一次购买至少多少天前（商品已用上）',
    'Old-customer list: days since the last purchase, at least (the goods are in use)',
    ['revisitAfterDays'],
  ),
];

/**
 * The settings a pay figure is computed from: while one of them holds a value Spiral cannot read,
 * pay is not computed (the default would pay people by a number nobody chose).
 */
export const PAY_SETTINGS: ReadonlySet<string> = new Set([
  'bonusBase',
  'bonusMode',
  'bonusCap',
  'minimumBase',
  'gatePercent',
  'basePay.regular',
  'basePay.senior',
  'basePay.lead',
  'responseThresholdSeconds',
]);

/** Pay defaults come from rules/pay.json; the rest are product defaults (seed 004 for the 2-minute threshold). */
export function defaultSettings(pay: {
  bonusBase: number;
  bonusMode: BonusMode;
  bonusCap?: number | undefined;
  minimumBase?: number | undefined;
  gatePercent: number;
  basePay: Settings['basePay'];
}): Settings {
  return {
    language: 'zh',
    timeZone: 'Asia/Shanghai',
    bonusBase: pay.bonusBase,
    bonusMode: pay.bonusMode,
    bonusCap: pay.bonusCap ?? null,
    minimumBase: pay.minimumBase ?? 20,
    gatePercent: pay.gatePercent,
    basePay: { ...pay.basePay },
    responseThresholdSeconds: 120,
    autoWeekly: true,
    autoMonthly: true,
    triggerHour: 6,
    lookBackWeeks: 8,
    lookBackMonths: 3,
    keepWeeklyTabs: 12,
    keepMonthlyTabs: 24,
    timeBudgetSeconds: 240,
    rankingSize: 10,
    effectWeeks: 4,
    reviewQueuePerAgent: 10,
    attributionDays: 1,
    afterSaleLookbackDays: 30,
    repeatWindowDays: 365,
    revisitAfterDays: 30,
  };
}

/** How a setting's value is shown in the sheet. */
export function settingText(settings: Settings, key: string, lang: Lang): Cell {
  const found = SETTING_DEFS.find((d) => d.key === key);
  if (!found) return '';
  const value = found.get(settings);
  if (value === null) return '';
  if (typeof value === 'boolean') return enumLabel('yesNo', value ? 'yes' : 'no', lang);
  if (key === 'gatePercent') return `${Math.round((value as number) * 1000) / 10}%`;
  return value as Cell;
}

/**
 * Settings from the Settings sheet over the defaults. A value that does not parse is reported
 * and the default is used; unknown keys are reported as warnings.
 */
export interface SettingsRead {
  settings: Settings;
  problems: Problem[];
  /** The typed values that were not used, by setting key (their problems are in `problems` too). */
  refused: { key: string; problem: Problem }[];
}

/** What a use case needs of a run's one reading of Settings: the values, and the typed values refused. */
export type RunSettings = Pick<SettingsRead, 'settings' | 'refused'>;

export function readSettingsOver(wb: WorkbookPort, defaults: Settings): SettingsRead {
  const settings: Settings = { ...defaults, basePay: { ...defaults.basePay } };
  const problems: Problem[] = [];
  const refused: SettingsRead['refused'] = [];
  if (findSheet(wb, 'settings') === null) {
    settings.language = guessLanguage(wb);
    return { settings, problems, refused };
  }
  const byKey = new Map<string, SettingDef>();
  for (const d of SETTING_DEFS) for (const label of settingLabels(d)) byKey.set(normalizeLabel(label), d);
  let table = readRows(wb, 'settings');
  // The sheet's own language says every reason below, wherever its row stands.
  const chosen = languageOf(table.records, byKey);
  if (chosen !== undefined) settings.language = chosen;
  if (settings.language !== 'zh')
    table = readRows(wb, 'settings', { lang: settings.language, grid: table.grid });
  problems.push(...table.problems);
  const renamed: { row: number; key: string; raw: string; def: SettingDef }[] = [];
  for (const row of table.records) {
    const key = String(row.key);
    const found = byKey.get(normalizeLabel(key));
    const raw = (row.value as string) ?? '';
    if (!found) {
      const reason = say(settings.language, 'settings.unknown');
      problems.push(problem(table.sheet!, row.row as number, key, raw, reason));
      continue;
    }
    if (isFormer(found, key)) renamed.push({ row: row.row as number, key, raw, def: found });
    if (raw.trim() === '') continue;
    const value = found.parse(raw);
    if (value === undefined) {
      // The default is used, but a value the team typed and Spiral ignored is an error, not a note.
      const reason = unreadableSetting(found, raw, defaults, settings.language);
      const refusal: Problem = {
        ...problem(table.sheet!, row.row as number, key, raw, reason),
        severity: 'error',
      };
      problems.push(refusal);
      refused.push({ key: found.key, problem: refusal });
      continue;
    }
    found.set(settings, value);
  }
  for (const r of renamed) {
    const reason = say(settings.language, 'scorecard.settingRenamed', {
      old: r.key,
      key: r.def.key,
      label: r.def[settings.language],
    });
    problems.push(problem(table.sheet!, r.row, r.key, r.raw, reason));
  }
  return { settings, problems, refused };
}

/** The language the Settings sheet sets, if it sets one Spiral reads. */
function languageOf(records: readonly RowValues[], byKey: Map<string, SettingDef>): Lang | undefined {
  for (const row of records) {
    const found = byKey.get(normalizeLabel(String(row.key)));
    if (found?.key !== 'language') continue;
    const value = found.parse((row.value as string) ?? '');
    if (value === 'zh' || value === 'en') return value;
  }
  return undefined;
}

/** Every label a setting is found by: its key, its zh and en descriptions, and its former names. */
export function settingLabels(d: SettingDef): string[] {
  return [d.key, d.zh, d.en, ...(d.formerly ?? [])];
}

const isFormer = (d: SettingDef, key: string) =>
  (d.formerly ?? []).some((old) => normalizeLabel(old) === normalizeLabel(key));

/** Why a setting's value was not used: the reason the Problems sheet and the panel's Settings form both give. */
export function unreadableSetting(found: SettingDef, raw: string, defaults: Settings, lang: Lang): string {
  return render(lang, {
    key: 'sheets.settingInvalid',
    params: {
      reason: render(lang, found.why?.(raw) ?? UNREADABLE),
      default: String(settingText(defaults, found.key, lang)),
    },
  });
}

function problem(sheet: string, row: number, key: string, value: string, reason: string): Problem {
  return { sheet, row, column: key, value, reason, severity: 'warning' };
}

/** With no Settings sheet, a workbook whose inquiry sheet has the English name is English. */
function guessLanguage(wb: WorkbookPort): Lang {
  const inquiries = findSheet(wb, 'inquiries');
  return inquiries !== null && normalizeLabel(inquiries) === normalizeLabel(TEMPLATES.inquiries.name.en)
    ? 'en'
    : 'zh';
}

/** Defaults: pay from rules/pay.json, the rest product defaults. */
export const DEFAULT_SETTINGS: Settings = defaultSettings({
  ...defaultRuleBook().pay,
  minimumBase: defaultRuleBook().scorecards['pre-sale'].minimumBase,
});

/** The Settings sheet over the defaults of rules/ and the product. */
export function readSettings(wb: WorkbookPort): SettingsRead {
  return readSettingsOver(wb, DEFAULT_SETTINGS);
}

/** The Settings a new workbook starts with, in its language. */
export function defaultSettingsValue(lang: Lang): Settings {
  return { ...DEFAULT_SETTINGS, basePay: { ...DEFAULT_SETTINGS.basePay }, language: lang };
}
