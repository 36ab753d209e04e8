/**
 * Is an item's month different from the last, by the number its role is judged by? (issue 23
 * items 2 and 7; docs/seeds-loop.md.) Traffic items: inquiry conversion, the shop's proportion
 * test. Profit items: sales, and promotion items: sales below list (in an activity), both by the
 * shop's money test on the item's order amounts (the same fixed seed, so every shell prints the
 * same p). Channel items: trade re-orders, the same dealing test with every re-order worth one —
 * for orders of one size that is the exact conditional test of two Poisson counts. The p are
 * Holm-adjusted across the section's tested items.
 */
import { type AmountTally, type MoneyMethod, salesChange } from '../stats/money-change';
import {
  type ChangeLabel,
  changeIsTestable,
  changeLabel,
  holmChanges,
  type Proportion,
  type TestMethod,
  testTwoProportions,
} from '../stats/proportions';
import type { ProductRole } from './suggest-role';

/** The measure each role is judged by, and so the one tested. */
export type RoleMeasure = 'conversion' | 'sales' | 'discountedSales' | 'tradeReorders';

export const ROLE_MEASURE: Record<ProductRole, RoleMeasure> = {
  traffic: 'conversion',
  profit: 'sales',
  promotion: 'discountedSales',
  channel: 'tradeReorders',
};

/** An item's tested change: p after Holm across the section; null (and no method) where no test was run. */
export interface RoleChange {
  measure: RoleMeasure;
  label: ChangeLabel;
  p: number | null;
  method: TestMethod | MoneyMethod | null;
}

/** What an item's test reads: conversion counts, or the order amounts of each side. */
export type RoleEvidence =
  | { measure: 'conversion'; previous: Proportion; current: Proportion }
  | {
      measure: 'sales' | 'discountedSales' | 'tradeReorders';
      previous: AmountTally[];
      current: AmountTally[];
    };

/** One item's test on its raw p (adjustRoleChanges adjusts a section's). */
export function roleChange(evidence: RoleEvidence, days: { current: number; previous: number }): RoleChange {
  const { measure } = evidence;
  if (evidence.measure === 'conversion') {
    const { previous, current } = evidence;
    if (!changeIsTestable(previous, current))
      return { measure, label: changeLabel(previous, current), p: null, method: null };
    const test = testTwoProportions(previous.hits, previous.n, current.hits, current.n);
    return { measure, label: changeLabel(previous, current, test.p), p: test.p, method: test.method };
  }
  const change = salesChange(evidence.current, evidence.previous, days);
  return { measure, label: change.label, p: change.p, method: change.method };
}

/** The section's changes with their p Holm-adjusted across the items tested. */
export function adjustRoleChanges(changes: readonly RoleChange[]): RoleChange[] {
  const adjusted = holmChanges(changes);
  return changes.map((c, i) => ({ ...c, ...adjusted[i]! }));
}
