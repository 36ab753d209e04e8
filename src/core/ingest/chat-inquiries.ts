/**
 * Chat messages → Inquiries rows: one per buyer per day (the spreadsheet's zone). The date is the
 * buyer's first message that day, the agent the first who replied after it, the first response the
 * seconds between the two, the question the buyer's messages up to that reply (at most 500
 * characters). Stage: after-sale when the buyer paid an order in the look-back before the first
 * message, unless the text names a pre-sale category and no after-sale one; else after-sale only
 * when the text names an after-sale category and no pre-sale one; else pre-sale. The category is left blank for classification.
 */
import type { Stage } from '../sheets/records';
import { secondsBetween, shiftDays } from '../time/date-time';
import { CHAT_EXPORT, type ChatMessage } from './chat-log';

export const QUESTION_LIMIT = 500;

export interface ChatInquiry {
  buyer: string;
  /** 'YYYY-MM-DD' */
  day: string;
  /** The buyer's first message that day, 'YYYY-MM-DD HH:MM:SS'. */
  dateTime: string;
  /** The first agent who replied (as the export names it, maybe blank); null when nobody replied. */
  agent: string | null;
  firstResponseSeconds: number | null;
  question: string;
  stage: Stage;
  /** Every message of the conversation, in time order; an agent line sent within a second of the buyer's is a bot's. */
  messages: ChatMessage[];
}

export interface ChatAggregation {
  inquiries: ChatInquiry[];
  /** Buyer-days with agent messages only (no question to log). */
  agentOnlyDays: number;
}

export interface StageContext {
  /** Payment times of each buyer's paid orders, any order. */
  paidAtByBuyer: ReadonlyMap<string, readonly string[]>;
  lookbackDays: number;
  /** The categories the taxonomy finds in a text, by kind. */
  matches(kind: 'pre-sale' | 'after-sale', text: string): boolean;
}

/** The key of a conversation, as re-imports find it again. */
export const conversationKey = (buyer: string, day: string): string => `${buyer}\u0000${day}`;

export function aggregateChats(messages: readonly ChatMessage[], stage: StageContext): ChatAggregation {
  const groups = new Map<string, ChatMessage[]>();
  for (const m of messages) {
    const key = conversationKey(m.buyer, m.time.slice(0, 10));
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  const inquiries: ChatInquiry[] = [];
  let agentOnlyDays = 0;
  for (const list of groups.values()) {
    // Exports are not always in time order; ties keep the export's order.
    const sorted = list
      .map((m, i) => ({ m, i }))
      .sort((a, b) => (a.m.time < b.m.time ? -1 : a.m.time > b.m.time ? 1 : a.i - b.i))
      .map(({ m }) => m);
    const first = sorted.findIndex((m) => m.sender === 'buyer');
    if (first < 0) {
      agentOnlyDays++;
      continue;
    }
    const opening = sorted[first]!;
    const messages = markQuickReplies(sorted);
    // Auto-replies and bot lines are kept but never the first response.
    const reply = messages.slice(first + 1).find((m) => m.sender === 'agent');
    const asked = sorted
      .slice(first, reply ? messages.indexOf(reply) : sorted.length)
      .filter((m) => m.sender === 'buyer' && m.text.trim() !== '')
      .map((m) => m.text.trim());
    const question = truncate(asked.join('\n'), QUESTION_LIMIT);
    inquiries.push({
      buyer: opening.buyer,
      day: opening.time.slice(0, 10),
      dateTime: opening.time,
      agent: reply ? reply.agent : null,
      firstResponseSeconds: reply ? secondsBetween(opening.time, reply.time) : null,
      question,
      stage: stageOf(opening.buyer, opening.time, question, stage),
      messages,
    });
  }
  inquiries.sort((a, b) => (a.dateTime < b.dateTime ? -1 : a.dateTime > b.dateTime ? 1 : 0));
  return { inquiries, agentOnlyDays };
}

function stageOf(buyer: string, time: string, question: string, context: StageContext): Stage {
  const from = shiftDays(time, -context.lookbackDays);
  const paid = context.paidAtByBuyer.get(buyer) ?? [];
  const preSale = context.matches('pre-sale', question);
  const afterSale = context.matches('after-sale', question);
  // A recent buyer asking a pre-sale question (包邮吗, 有没有别的颜色) is shopping again.
  if (paid.some((t) => t >= from && t < time)) return preSale && !afterSale ? 'pre-sale' : 'after-sale';
  if (afterSale && !preSale) return 'after-sale';
  return 'pre-sale';
}

/** At most `limit` characters, counting an emoji or other astral character as one. */
function truncate(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : chars.slice(0, limit).join('');
}

/** An agent's line sent within a second of the buyer's last line is an auto-reply: marked as a bot's. */
function markQuickReplies(sorted: readonly ChatMessage[]): ChatMessage[] {
  const within = CHAT_EXPORT.botMarkers.withinSeconds;
  let lastBuyer: string | null = null;
  return sorted.map((m) => {
    if (m.sender === 'buyer') {
      lastBuyer = m.time;
      return m;
    }
    if (m.sender === 'agent' && lastBuyer !== null && secondsBetween(lastBuyer, m.time) <= within)
      return { ...m, sender: 'bot' };
    return m;
  });
}
