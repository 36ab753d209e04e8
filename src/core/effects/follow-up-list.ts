/**
 * 跟进清单 / Follow-up list (seed 001's 跟进情况 column): buyers who asked before buying in the last
 * seven days, did not buy, have no follow-up written and have not bought since. One row per buyer,
 * the longest-waiting first.
 */

import type { Inquiry } from '../sheets/records';
import { addDays } from '../time/periods';
import { boughtSince, buyerKey } from './purchases';

export interface FollowUpRow {
  customerId: string;
  /** The buyer's latest non-converted inquiry in the window. */
  date: string;
  agent: string;
  channel: Inquiry['channel'];
  customerType: Inquiry['customerType'];
  product: string;
  question: string;
  noDealReason: string;
  /** Non-converted pre-sale inquiries of this buyer in the window. */
  inquiries: number;
  /** Days from the latest inquiry to today. */
  daysWaiting: number;
  row: number;
}

/** The window: the seven days ending today, today included. */
export function followUpWindow(today: string, days = 7): { from: string; to: string } {
  return { from: addDays(today, -(days - 1)), to: today };
}

export function followUpList(
  inquiries: readonly Inquiry[],
  today: string,
  latestPurchase: ReadonlyMap<string, string>,
): FollowUpRow[] {
  const { from, to } = followUpWindow(today);
  const byBuyer = new Map<string, Inquiry[]>();
  for (const r of inquiries) {
    if (r.stage !== 'pre-sale' || r.date < from || r.date > to) continue;
    const key = buyerKey(r.customerId);
    const list = byBuyer.get(key) ?? [];
    list.push(r);
    byBuyer.set(key, list);
  }
  const rows: FollowUpRow[] = [];
  for (const list of byBuyer.values()) {
    // Anyone who bought in the window, or was followed up on any of these inquiries, is not waiting.
    if (list.some((r) => r.converted === true || r.followUp.trim() !== '')) continue;
    const lost = list.filter((r) => r.converted === false);
    if (lost.length === 0) continue;
    const first = lost.reduce((a, b) => (b.date < a.date ? b : a));
    if (boughtSince(latestPurchase, first.customerId, first.date)) continue;
    const last = lost.reduce((a, b) => (b.date > a.date || (b.date === a.date && b.row > a.row) ? b : a));
    rows.push({
      customerId: last.customerId,
      date: last.date,
      agent: last.agent,
      channel: last.channel,
      customerType: last.customerType,
      product: last.product,
      question: last.question,
      noDealReason: last.noDealReason,
      inquiries: lost.length,
      daysWaiting: daysBetween(last.date, today),
      row: last.row,
    });
  }
  return rows.sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.customerId < b.customerId ? -1 : 1),
  );
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
