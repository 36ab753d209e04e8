/**
 * Repeat purchases of a period (issue 23 item 3; seeds 000, 001, 002: 老客资源, 回访, 返单).
 * A buyer of the period is one with a paid order in it; a repeat buyer is one of them who had
 * paid for an order in the `windowDays` before the period began. Both periods look back the same
 * number of days, shortened to the history on record before the previous one (orders imported
 * from October cannot show September's buyers, and a rate that rises only because the later
 * period sees more history is no change). The re-order interval is the
 * days from that earlier order to the first of the period. 返单 are trade buyers' (wholesalers',
 * distributors') paid orders placed after an earlier paid order of theirs.
 */
import {
  type ChangeLabel,
  changeLabel,
  type TestMethod,
  testTwoProportions,
  wilson,
} from '../stats/proportions';
import { addDays, type Period, periodContains, periodsBetween, previousPeriod } from '../time/periods';
import type { BuyerOrder, BuyerOrders } from './buyer-orders';

export interface RepeatSide {
  buyers: number;
  repeatBuyers: number;
  /** repeatBuyers / buyers; null with no buyer, and for the previous period when there is no baseline. */
  rate: number | null;
}

export interface TradeMonth {
  month: string;
  /** Trade buyers with a paid order in the month. */
  tradeBuyers: number;
  tradeOrders: number;
  /** Of those orders, 返单: the buyer had paid for an earlier order. */
  reorders: number;
}

/** Under this many days of history before the previous period, the rates are not compared. */
export const MIN_LOOKBACK_DAYS = 7;

export interface RepeatFigures {
  windowDays: number;
  /** The days both periods look back: the window, or less where the orders on record start later. */
  lookbackDays: number;
  /**
   * The days this period looks back: `lookbackDays` when the periods are compared; with no baseline
   * (under a week of history before the previous period) this period's own history, up to the window.
   * Under a week of it, no buyer can be told a repeat: the rate is null, never 0 %.
   */
  currentLookbackDays: number;
  current: RepeatSide;
  previous: RepeatSide;
  /** The rate's 95 % Wilson interval; null with no rate. */
  ci95: [number, number] | null;
  label: ChangeLabel;
  p: number | null;
  method: TestMethod | null;
  /** Median days from a repeat buyer's last order before the period to their first in it. */
  medianIntervalDays: number | null;
  /** 返单 this period and last. */
  reorders: number;
  previousReorders: number;
  /** Paid orders of the period left out: a masked buyer name no single known buyer fits. */
  leftOutOrders: number;
  /** The first paid order on record. */
  firstOrder: string | null;
  /** True when the history on record is shorter than the window (lookbackDays < windowDays). */
  shortHistory: boolean;
  /** Month tabs: 返单 of the last six months. */
  tradeMonths?: TradeMonth[];
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Each buyer's paid-order dates, oldest first. */
function datesByBuyer(orders: readonly BuyerOrder[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const o of orders) {
    const list = map.get(o.buyer);
    if (list) list.push(o.date);
    else map.set(o.buyer, [o.date]);
  }
  return map;
}

function side(byBuyer: ReadonlyMap<string, string[]>, period: Period, windowDays: number) {
  const from = addDays(period.start, -windowDays);
  let buyers = 0;
  let repeatBuyers = 0;
  const intervals: number[] = [];
  for (const dates of byBuyer.values()) {
    const first = dates.find((d) => periodContains(period, d));
    if (first === undefined) continue;
    buyers++;
    const before = dates.filter((d) => d >= from && d < period.start);
    if (before.length === 0) continue;
    repeatBuyers++;
    intervals.push(dayNumber(first) - dayNumber(before[before.length - 1]!));
  }
  return { buyers, repeatBuyers, rate: buyers > 0 ? repeatBuyers / buyers : null, intervals };
}

/** 返单 in a period: trade orders whose buyer had paid for an earlier order (any time before). */
function reordersIn(
  orders: readonly BuyerOrder[],
  period: Period,
): { reorders: number; tradeOrders: number; tradeBuyers: number } {
  const seen = new Set<string>();
  const buyers = new Set<string>();
  let reorders = 0;
  let tradeOrders = 0;
  for (const o of orders) {
    if (o.date > period.end) break;
    if (o.trade && periodContains(period, o.date)) {
      tradeOrders++;
      buyers.add(o.buyer);
      if (seen.has(o.buyer)) reorders++;
    }
    seen.add(o.buyer);
  }
  return { reorders, tradeOrders, tradeBuyers: buyers.size };
}

export function repeatFigures(data: BuyerOrders, period: Period, windowDays: number): RepeatFigures | null {
  const previous = previousPeriod(period);
  const inTwo = (d: string) => d >= previous.start && d <= period.end;
  if (!data.orders.some((o) => inTwo(o.date)) && !data.leftOut.some((o) => inTwo(o.date))) return null;
  const byBuyer = datesByBuyer(data.orders);
  const firstOrder = data.orders[0]?.date ?? null;
  const history = firstOrder === null ? 0 : dayNumber(previous.start) - dayNumber(firstOrder);
  const lookbackDays = Math.max(0, Math.min(windowDays, history));
  // Not compared: this period need not match the previous one's short history, only its own.
  const ownHistory = firstOrder === null ? 0 : dayNumber(period.start) - dayNumber(firstOrder);
  const currentLookbackDays =
    lookbackDays < MIN_LOOKBACK_DAYS ? Math.max(0, Math.min(windowDays, ownHistory)) : lookbackDays;
  const measured = currentLookbackDays >= MIN_LOOKBACK_DAYS;
  const cur = side(byBuyer, period, currentLookbackDays);
  const prev = side(byBuyer, previous, lookbackDays);
  const label: ChangeLabel =
    lookbackDays < MIN_LOOKBACK_DAYS
      ? 'no-baseline'
      : changeLabel({ hits: prev.repeatBuyers, n: prev.buyers }, { hits: cur.repeatBuyers, n: cur.buyers });
  const tested = label !== 'no-baseline' && label !== 'insufficient-base';
  const test = tested
    ? testTwoProportions(prev.repeatBuyers, prev.buyers, cur.repeatBuyers, cur.buyers)
    : null;
  const figures: RepeatFigures = {
    windowDays,
    lookbackDays,
    currentLookbackDays,
    current: { buyers: cur.buyers, repeatBuyers: cur.repeatBuyers, rate: measured ? cur.rate : null },
    // Under a week of history before it the previous period has no rate to compare: none is shown
    // beside 无上期数据 (its repeat buyers could only be counted over those few days).
    previous: {
      buyers: prev.buyers,
      repeatBuyers: prev.repeatBuyers,
      rate: label === 'no-baseline' ? null : prev.rate,
    },
    ci95: measured && cur.buyers > 0 ? wilson(cur.repeatBuyers, cur.buyers) : null,
    label,
    p: test?.p ?? null,
    method: test?.method ?? null,
    medianIntervalDays: measured ? median(cur.intervals) : null,
    reorders: reordersIn(data.orders, period).reorders,
    previousReorders: reordersIn(data.orders, previous).reorders,
    leftOutOrders: data.leftOut.filter((o) => periodContains(period, o.date)).length,
    firstOrder,
    shortHistory: currentLookbackDays < windowDays,
  };
  if (period.kind === 'month') {
    const months = periodsBetween('month', addDays(period.start, -150), period.end).slice(-6);
    figures.tradeMonths = months.map((m) => ({ month: m.id, ...reordersIn(data.orders, m) }));
  }
  return figures;
}
