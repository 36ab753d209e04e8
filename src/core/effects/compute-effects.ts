/**
 * Did an action work? For each action, the target's share in the weeks before the action's ISO week
 * against the closed weeks after it (the action's own week is left out: it mixes before and after),
 * tested on its own as DOMAIN.md prescribes — no correction across actions, each is its own question.
 */

import type { Inquiry, Review } from '../sheets/records';
import { type ChangeLabel, labelChanges } from '../stats/proportions';
import { localDate, nextPeriod, type Period, periodOf, previousPeriod } from '../time/periods';
import type { Action, ActionKind } from './actions';
import type { EffectTarget } from './target';
import { type Count, countTarget, type NegativeMention, negativeMention } from './target-share';

/** Fewer closed weeks after the action than this and it is too early to judge. */
export const MIN_WEEKS_AFTER = 2;

export type EffectLabel = ChangeLabel | 'too-early' | 'unknown-target';

export interface Side {
  hits: number;
  base: number;
  share: number | null;
}

/** One action's before/after, the `spiral effects --json` shape. */
export interface EffectRow {
  date: string;
  target: string;
  kind: ActionKind | null;
  action: string;
  before: Side;
  after: Side;
  label: EffectLabel;
  p: number | null;
  owner: string;
  /** What the target was read as; null when it could not be (label `unknown-target`). */
  resolved: EffectTarget | null;
  /** The ISO weeks counted on each side, oldest first. */
  beforeWeeks: string[];
  afterWeeks: string[];
}

export interface EffectsInput {
  actions: readonly Action[];
  /** Resolved targets by Actions row; a row without one is `unknown-target`. */
  targets: ReadonlyMap<number, EffectTarget>;
  inquiries: readonly Inquiry[];
  reviews: readonly Review[];
  now: Date;
  timeZone: string;
  /** The local date the effects are read on, in place of `now`'s (a summary reads them as of its period's end). */
  asOf?: string;
  /** Weeks before the action, and at most after it (Settings effectWeeks). */
  weeks: number;
  negative?: NegativeMention;
}

export function computeEffects(input: EffectsInput): EffectRow[] {
  const today = input.asOf ?? localDate(input.now, input.timeZone);
  const byWeek = bucketByWeek(input.inquiries, input.reviews);
  const negative = input.negative ?? negativeMention();
  const rows = input.actions.map((action): EffectRow => {
    const week = periodOf('week', action.date);
    const beforeWeeks = walk(week, input.weeks, previousPeriod).reverse();
    const afterWeeks = walk(week, input.weeks, nextPeriod).filter((w) => w.end < today);
    // Keys in the documented --json order first, then the extras.
    const target = input.targets.get(action.row) ?? null;
    const row = (before: Side, after: Side, label: EffectLabel, p: number | null): EffectRow => ({
      date: action.date,
      target: action.target,
      kind: action.kind,
      action: action.action,
      before,
      after,
      label,
      p,
      owner: action.owner,
      resolved: target,
      beforeWeeks: beforeWeeks.map((w) => w.id),
      afterWeeks: afterWeeks.map((w) => w.id),
    });
    if (!target) {
      const none = { hits: 0, base: 0, share: null };
      return row(none, none, 'unknown-target', null);
    }
    const before = side(count(target, beforeWeeks, byWeek, negative));
    const after = side(count(target, afterWeeks, byWeek, negative));
    if (afterWeeks.length < MIN_WEEKS_AFTER) return row(before, after, 'too-early', null);
    const [tested] = labelChanges([
      { previous: { hits: before.hits, n: before.base }, current: { hits: after.hits, n: after.base } },
    ]);
    return row(before, after, tested!.label, tested!.p);
  });
  // Newest first: the latest change is the one the team is waiting to hear about.
  return rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

function walk(from: Period, n: number, step: (p: Period) => Period): Period[] {
  const out: Period[] = [];
  let p = from;
  for (let i = 0; i < n; i++) {
    p = step(p);
    out.push(p);
  }
  return out;
}

function side(c: Count): Side {
  return { hits: c.hits, base: c.base, share: c.base > 0 ? c.hits / c.base : null };
}

interface WeekRows {
  inquiries: Inquiry[];
  reviews: Review[];
}

/** Rows grouped by ISO week id, in one pass (a log holds a few hundred distinct dates). */
function bucketByWeek(inquiries: readonly Inquiry[], reviews: readonly Review[]): Map<string, WeekRows> {
  const weekOfDate = new Map<string, string>();
  const weekOf = (date: string): string => {
    let id = weekOfDate.get(date);
    if (id === undefined) {
      id = periodOf('week', date).id;
      weekOfDate.set(date, id);
    }
    return id;
  };
  const byWeek = new Map<string, WeekRows>();
  const bucket = (date: string): WeekRows => {
    const id = weekOf(date);
    let rows = byWeek.get(id);
    if (!rows) {
      rows = { inquiries: [], reviews: [] };
      byWeek.set(id, rows);
    }
    return rows;
  };
  for (const r of inquiries) bucket(r.date).inquiries.push(r);
  for (const r of reviews) bucket(r.date).reviews.push(r);
  return byWeek;
}

function count(
  target: EffectTarget,
  weeks: readonly Period[],
  byWeek: Map<string, WeekRows>,
  negative: NegativeMention,
): Count {
  const total: Count = { hits: 0, base: 0 };
  for (const w of weeks) {
    const rows = byWeek.get(w.id);
    if (rows) countTarget(target, rows.inquiries, rows.reviews, negative, total);
  }
  return total;
}
