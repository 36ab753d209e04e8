import { NO_POLARITY_RULES, type PolarityRules } from '../classify/polarity';
import type { Order } from '../ingest/orders';
import { say } from '../messages/catalogue';
import { defaultRuleBook, type RuleBook } from '../rules/default-rules';
import type { Facts } from '../rules/types';
import type { Settings } from '../settings/settings';
import type { Inquiry, Level, Review, Role, ScorecardRow } from '../sheets/records';
import { deskDetails, deskNotes } from './desk-explain';
import type { ConversionBasis, PreSaleFacts } from './desk-facts';
import { explainScore } from './explain';
import { preSaleFacts, preSaleInquiries, scorecardFacts } from './facts';
import {
  categoryLabels,
  countsFromOrders,
  countsFromReviews,
  LOG_FILLED,
  type LogFilled,
  type LogSource,
} from './from-logs';
import { type ItemScore, scoreItems, scoringScheme } from './items';
import { assignBonuses, type BonusBasis, evaluateGate, payScheme, roundMoney } from './pay';
import { mergeSettings, type PaySettingsOverride } from './policy';

/** The `--json` shape of one agent (issue 3). */
export interface AgentScoreJson {
  agent: string;
  role: Role;
  level: Level;
  score: number;
  total: number;
  /** A fraction: 0.7 for 70 %. */
  percent: number;
  qualified: boolean;
  bonus: number;
  basePay: number;
  pay: number;
  items: { item: string; points: number; rule: string }[];
}

/** One Scorecard row evaluated: score, gate, pay, every item with its rule, and the explanation. */
export interface AgentScore extends Omit<AgentScoreJson, 'items'> {
  row: number;
  month: string;
  items: ItemScore[];
  facts: Facts;
  /** Counts taken from the logs because the sheet's cell was blank, with the log they came from. */
  fromLogs: Partial<Record<LogFilled, LogSource>>;
  /** A pre-sale agent's desk figures (null for after-sale). */
  desk: PreSaleFacts | null;
  /** Orders counted for nobody: a masked buyer name fitting this agent's buyer and another one. */
  maskedAmbiguous: number;
  gateRule: string;
  bonusBasis: BonusBasis;
  explanation: string;
}

/** What the scores are computed from besides the Scorecard rows. */
export interface ScoreLogs {
  inquiries: readonly Inquiry[];
  /** Our reviews naming agents: blank praise and low-quality counts are taken from them. */
  reviews?: readonly Review[];
  /** The Taxonomy's polarity words, for low-quality reviews (rating alone when absent). */
  polarity?: PolarityRules;
  /** The Orders sheet: blank orders and refunds of after-sale agents are counted from it. */
  orders?: readonly Order[];
  /** Per sheet row, the log-fillable cells left blank; a row not listed has every cell typed. */
  blanks?: ReadonlyMap<number, readonly LogFilled[]>;
  /** Per buyer once orders are matched; per inquiry row until then (the default). */
  basis?: ConversionBasis;
}

/** The language for explanations plus any pay settings; a full Settings will do. */
export type ScoreSettings = Pick<Settings, 'language'> & PaySettingsOverride;

// Sums of rule points carry binary noise (0.1 + 0.2); scores are kept to six decimals.
const clean = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Evaluates Scorecard rows (any months): each row's facts (pre-sale rows also from that agent's
 * Inquiries of the row's month), Engine.run over its role's scheme, then the pay gate. Pure apart
 * from awaiting the engine; the Settings values win over the rule defaults.
 */
export async function computeScorecardResults(
  rows: readonly ScorecardRow[],
  logs: readonly Inquiry[] | ScoreLogs,
  settings: ScoreSettings,
  rules: RuleBook = defaultRuleBook(),
): Promise<AgentScore[]> {
  const given: ScoreLogs = Array.isArray(logs) ? { inquiries: logs } : (logs as ScoreLogs);
  const { inquiries, basis = 'row' } = given;
  const labelCache = new Map<string, ReadonlySet<string>>();
  const policy = mergeSettings(rules, settings);
  const schemes = {
    'after-sale': scoringScheme(rules.scorecards['after-sale']),
    'pre-sale': scoringScheme(rules.scorecards['pre-sale']),
  };
  const pay = payScheme(rules.pay);
  const deskByMonth = new Map<string, Inquiry[]>();
  const scored: Omit<AgentScore, 'bonus' | 'pay' | 'bonusBasis' | 'explanation'>[] = [];
  for (const typed of rows) {
    const scheme = schemes[typed.role];
    const { row, fromLogs, unknown, maskedAmbiguous } = fillFromLogs(
      typed,
      given,
      scheme.file,
      rules,
      labelCache,
    );
    let preSale: PreSaleFacts | null = null;
    if (row.role === 'pre-sale') {
      let desk = deskByMonth.get(row.month);
      if (!desk) {
        desk = preSaleInquiries(inquiries, row.month);
        deskByMonth.set(row.month, desk);
      }
      preSale = preSaleFacts(desk, row.agent, policy.responseThresholdSeconds, basis);
    }
    const facts = scorecardFacts(row, preSale, policy, unknown);
    const items = await scoreItems(scheme, facts, settings.language);
    const raw = clean(items.reduce((sum, item) => sum + item.points, 0));
    const floor = scheme.file.scoreFloor;
    const score = floor === undefined ? raw : Math.max(floor, raw);
    const total = scheme.file.total;
    const conversions = typeof facts.conversions === 'number' ? facts.conversions : null;
    const gate = await evaluateGate(
      pay,
      { role: row.role, level: row.level, score, total, conversions },
      policy,
      settings.language,
    );
    scored.push({
      row: row.row,
      month: row.month,
      agent: row.agent,
      role: row.role,
      level: row.level,
      score,
      total,
      percent: score / total,
      ...gate,
      items,
      facts,
      fromLogs,
      desk: preSale,
      maskedAmbiguous,
    });
  }
  // A shared pool is split within a month, so bonuses are assigned month by month.
  const bonuses = new Map<number, ReturnType<typeof assignBonuses>[number]>();
  for (const month of new Set(scored.map((s) => s.month))) {
    const ofMonth = scored.map((s, i) => ({ s, i })).filter(({ s }) => s.month === month);
    const assigned = assignBonuses(
      ofMonth.map(({ s }) => s),
      policy,
    );
    ofMonth.forEach(({ i }, k) => {
      bonuses.set(i, assigned[k]!);
    });
  }
  return scored.map((s, i) => {
    const { bonus, basis } = bonuses.get(i)!;
    const result = { ...s, bonus, pay: roundMoney(s.basePay + bonus), bonusBasis: basis };
    const lang = settings.language;
    const masked =
      s.maskedAmbiguous > 0
        ? [
            `${say(lang, 'scorecard.maskedOrders', { count: s.maskedAmbiguous })}${lang === 'zh' ? '。' : '.'}`,
          ]
        : [];
    const explanation = explainScore(
      {
        ...result,
        gatePercent: policy.gatePercent,
        ...(s.desk ? { details: deskDetails(s.desk, policy.responseThresholdSeconds, lang) } : {}),
        ...(s.desk || masked.length > 0
          ? { notes: [...(s.desk ? deskNotes(s.desk, lang) : []), ...masked] }
          : {}),
      },
      rules.scorecards[s.role],
      lang,
    );
    return { ...result, explanation };
  });
}

/** A typed count always wins; a blank one is counted from the logs (our reviews, the Orders sheet). */
function fillFromLogs(
  typed: ScorecardRow,
  logs: ScoreLogs,
  file: RuleBook['scorecards']['after-sale'],
  rules: RuleBook,
  labelCache: Map<string, ReadonlySet<string>>,
): {
  row: ScorecardRow;
  fromLogs: Partial<Record<LogFilled, LogSource>>;
  /** A ratio's blank counts that no log filled (orders, refunds): no data, not 0. */
  unknown: ('orders' | 'refunds')[];
  /** Orders a masked buyer name kept out of the counts (see countsFromOrders). */
  maskedAmbiguous: number;
} {
  const blank = logs.blanks?.get(typed.row) ?? [];
  const row = { ...typed };
  const fromLogs: Partial<Record<LogFilled, LogSource>> = {};
  const counts: Partial<Record<LogFilled, number>> = {};
  const wants = (source: LogSource) => blank.some((key) => LOG_FILLED[key] === source);
  if (logs.reviews && file.fromReviews && wants('reviews')) {
    const labels = (ids: readonly string[]) => {
      const key = ids.join('\u0000');
      let set = labelCache.get(key);
      if (!set) {
        set = new Set(ids.flatMap((id) => [...categoryLabels(rules.taxonomy, id)]));
        labelCache.set(key, set);
      }
      return set;
    };
    Object.assign(
      counts,
      countsFromReviews(logs.reviews, typed, file, {
        praise: labels([file.fromReviews.praiseCategory]),
        service: labels(file.fromReviews.serviceCategories ?? []),
        polarity: logs.polarity ?? NO_POLARITY_RULES,
      }),
    );
  }
  let maskedAmbiguous = 0;
  if (logs.orders && file.fromOrders && wants('orders')) {
    const fromOrders = countsFromOrders(logs.inquiries, logs.orders, typed, file.fromOrders.paidWithinDays);
    counts.orders = fromOrders.orders;
    counts.refunds = fromOrders.refunds;
    maskedAmbiguous = fromOrders.maskedAmbiguous;
  }
  const unknown: ('orders' | 'refunds')[] = [];
  for (const key of blank) {
    const value = counts[key];
    if (value === undefined) {
      if (key === 'orders' || key === 'refunds') unknown.push(key);
      continue;
    }
    row[key] = value;
    fromLogs[key] = LOG_FILLED[key];
  }
  return { row, fromLogs, unknown, maskedAmbiguous };
}

export function agentScoreJson(result: AgentScore): AgentScoreJson {
  return {
    agent: result.agent,
    role: result.role,
    level: result.level,
    score: result.score,
    total: result.total,
    percent: result.percent,
    qualified: result.qualified,
    bonus: result.bonus,
    basePay: result.basePay,
    pay: result.pay,
    items: result.items.map((item) => ({ item: item.item, points: item.points, rule: item.rule })),
  };
}
