/**
 * 复盘清单 / Review queue (seed 000): last week's non-converted pre-sale inquiries, up to N per
 * agent, for the weekly meeting where the lead reads the chats and picks replies to improve. The
 * sample is fixed by the rows' content (not their order in the sheet), so every run and every shell
 * picks the same conversations.
 */

import type { Inquiry } from '../sheets/records';
import { type Period, periodContains } from '../time/periods';
import { boughtSince, buyerKey } from './purchases';

/** Code-point order (not the locale's), so every shell sorts the queue alike. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface ReviewQueueRow {
  agent: string;
  date: string;
  customerId: string;
  channel: Inquiry['channel'];
  product: string;
  question: string;
  questionCategory: string;
  noDealReason: string;
  firstResponseSeconds: number | null;
  /** The Inquiries sheet row, to find the conversation. */
  row: number;
}

export interface ReviewQueueAgent {
  agent: string;
  /** Non-converted pre-sale inquiries of the week (one per buyer) this agent had. */
  candidates: number;
  rows: ReviewQueueRow[];
}

/** A stable 32-bit hash (FNV-1a): the sample key of a row. */
export function sampleKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function reviewQueue(
  inquiries: readonly Inquiry[],
  week: Period,
  perAgent: number,
  latestPurchase: ReadonlyMap<string, string>,
): ReviewQueueAgent[] {
  const byAgent = new Map<string, Map<string, Inquiry>>();
  for (const r of inquiries) {
    if (r.stage !== 'pre-sale' || r.converted !== false || !periodContains(week, r.date)) continue;
    if (boughtSince(latestPurchase, r.customerId, week.start)) continue;
    const agent = r.agent.trim();
    const buyers = byAgent.get(agent) ?? new Map<string, Inquiry>();
    byAgent.set(agent, buyers);
    // One conversation per buyer and agent: the latest of the week.
    const key = buyerKey(r.customerId);
    const kept = buyers.get(key);
    if (!kept || r.date > kept.date || (r.date === kept.date && r.row > kept.row)) buyers.set(key, r);
  }
  return [...byAgent.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([agent, buyers]) => {
      const keyed = [...buyers.values()].map((r) => ({
        r,
        k: sampleKey(`${r.date}|${buyerKey(r.customerId)}|${r.question}`),
      }));
      keyed.sort((a, b) => a.k - b.k || a.r.row - b.r.row);
      const rows = keyed
        .slice(0, perAgent)
        .map(({ r }) => r)
        .sort((a, b) => byText(a.date, b.date) || byText(buyerKey(a.customerId), buyerKey(b.customerId)))
        .map(
          (r): ReviewQueueRow => ({
            agent,
            date: r.date,
            customerId: r.customerId,
            channel: r.channel,
            product: r.product,
            question: r.question,
            questionCategory: r.questionCategory,
            noDealReason: r.noDealReason,
            firstResponseSeconds: r.firstResponseSeconds,
            row: r.row,
          }),
        );
      return { agent, candidates: buyers.size, rows };
    });
}
