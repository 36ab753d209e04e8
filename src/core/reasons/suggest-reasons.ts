/**
 * Suggested no-deal reasons (issue 20, item 4): each lost pre-sale inquiry whose 未成交原因 is blank
 * gets a 建议原因 with the words behind it in 建议依据 — from the 订单关闭原因 of a closed order the
 * inquiry accounts for (as matching attributes a paid one), else from what the buyer wrote after the
 * agent's first reply in the imported chat (聊天记录). A typed reason is never written over; the
 * summaries count the suggestion only where no reason was typed.
 */
import type { Cell, WorkbookPort } from '../../ports';
import { taxonomyInEffect } from '../classify/taxonomy-in-effect';
import { closureReason } from '../ingest/order-closures';
import { type Order, readOrders } from '../ingest/orders';
import { readTranscripts, transcriptKey } from '../ingest/transcripts';
import { attribute } from '../matching/attribute';
import { withDateTimes } from '../matching/inquiry-times';
import { say } from '../messages/catalogue';
import { reasonFromChat } from '../reading/lost-reason';
import { firstNamed, type Named } from '../reading/mentions';
import type { Reader } from '../reading/reader';
import { readerOf } from '../reading/taxonomy-reader';
import type { Settings } from '../settings/settings';
import type { Inquiry, Problem } from '../sheets/records';
import { type LoadedTable, readInquiries, writeColumn } from '../sheets/tables';
import { columnLabel, type Lang } from '../sheets/template';

export interface SuggestReport {
  /** Lost pre-sale inquiries with no reason typed. */
  blank: number;
  /** Of those, suggested from a closed order's reason, and from the chat. */
  fromClosure: number;
  fromChat: number;
  /** Of those, with no words naming a reason (they stay 未填写). */
  none: number;
  /** Closed orders no pre-sale inquiry accounts for (the monthly tab lists their reasons). */
  unmatchedClosures: number;
  problems: Problem[];
}

export interface Suggestion {
  category: string;
  /** 建议依据: the words, as the sheet shows them. */
  from: string;
}

/** A closed order before payment (a lost sale): a closing reason, no payment, a creation time. */
export const isClosure = (o: Order): o is Order & { createdAt: string } =>
  closureReason(o) !== null && o.paidAt === null && o.createdAt !== null;

/** Each closed order's pre-sale inquiry (the latest of its buyer before it, within the attribution window). */
export function closuresByInquiry(
  inquiries: readonly Inquiry[],
  orders: readonly Order[],
  attributionDays: number,
): { byInquiry: Map<number, Order[]>; unmatched: Order[] } {
  const preSale = inquiries
    .filter((r) => r.stage === 'pre-sale' && r.customerId.trim() !== '')
    .map((r) => ({
      row: r.row,
      customerId: r.customerId.trim(),
      dateTime: r.dateTime ?? `${r.date} 00:00:00`,
    }));
  const closures = orders.filter(isClosure).map((o) => ({ ...o, paidAt: o.createdAt }));
  const found = attribute(preSale, closures, attributionDays);
  return { byInquiry: found.byInquiry, unmatched: closures.filter((o) => !found.inquiryOf.has(o.row)) };
}

/** The suggestion for one lost inquiry: its closed order's reason where that names one, else its chat's. */
export function suggestionOf(
  reader: Reader,
  lang: Lang,
  closures: readonly Order[],
  chat: Parameters<typeof reasonFromChat>[1] | undefined,
): (Suggestion & { source: 'closure' | 'chat' }) | null {
  for (const order of closures) {
    const reason = closureReason(order) ?? '';
    const named = firstNamed(reader, reason);
    if (named)
      return {
        category: named.category,
        from: say(lang, 'reasons.fromClosure', { reason }),
        source: 'closure',
      };
  }
  const named: Named | null = chat ? reasonFromChat(reader, chat) : null;
  if (!named) return null;
  return {
    category: named.category,
    from: say(lang, 'reasons.fromChat', { words: named.words.join(say(lang, 'reading.separator')) }),
    source: 'chat',
  };
}

function missingColumn(sheet: string, column: string, lang: Lang): Problem {
  return {
    sheet,
    row: 0,
    column: columnLabel('inquiries', column, lang),
    value: '',
    reason: say(lang, 'rows.columnMissingNotWritten', { column: columnLabel('inquiries', column, lang) }),
    severity: 'warning',
  };
}

/** Writes 建议原因 and 建议依据 of the lost pre-sale inquiries with a blank 未成交原因. */
export function suggestReasons(
  wb: WorkbookPort,
  /** The run's reading of Settings: the caller's, never read again here. */
  settings: Settings,
): SuggestReport {
  const lang = settings.language;
  const report: SuggestReport = {
    blank: 0,
    fromClosure: 0,
    fromChat: 0,
    none: 0,
    unmatchedClosures: 0,
    problems: [],
  };
  const inquiries: LoadedTable<Inquiry> = readInquiries(wb, { lang });
  if (inquiries.sheet === null) return report;
  withDateTimes(inquiries, wb.timeZone);
  const inEffect = taxonomyInEffect(wb, lang);
  const reader = readerOf(inEffect.rows, 'no-deal', inEffect.lexicon);
  const transcripts = readTranscripts(wb, { lang }).byKey;
  const orders = readOrders(wb, { lang });
  const closures = closuresByInquiry(inquiries.records, orders.records, settings.attributionDays);
  report.unmatchedClosures = closures.unmatched.length;
  const reasons = new Map<number, Cell>();
  const froms = new Map<number, Cell>();
  const current = (row: number, key: string) => {
    const col = inquiries.columns[key];
    return col === undefined ? undefined : (inquiries.grid[row - 1]?.[col - 1] ?? '');
  };
  for (const r of inquiries.records) {
    if (r.stage !== 'pre-sale' || r.converted !== false || r.noDealReason.trim() !== '') continue;
    report.blank++;
    const chat = transcripts.get(transcriptKey(r.customerId, r.date))?.lines;
    const s = suggestionOf(reader, lang, closures.byInquiry.get(r.row) ?? [], chat);
    if (s === null) report.none++;
    else if (s.source === 'closure') report.fromClosure++;
    else report.fromChat++;
    // Only cells whose value changes are written, so a second run writes nothing.
    // (A missing column reads as blank: nothing to write there unless there is a suggestion.)
    if ((current(r.row, 'suggestedReason') ?? '') !== (s?.category ?? ''))
      reasons.set(r.row, s?.category ?? '');
    if ((current(r.row, 'suggestedFrom') ?? '') !== (s?.from ?? '')) froms.set(r.row, s?.from ?? '');
  }
  for (const [key, values] of [
    ['suggestedReason', reasons],
    ['suggestedFrom', froms],
  ] as const) {
    if (values.size === 0) continue;
    if (!(key in inquiries.columns)) report.problems.push(missingColumn(inquiries.sheet, key, lang));
    else writeColumn(wb, inquiries, key, values);
  }
  return report;
}

/** The run's line: how many lost inquiries got a suggestion, from where, and how many stay 未填写. */
export function reasonsLine(report: SuggestReport, lang: Lang): string {
  const { blank, fromChat, fromClosure, none } = report;
  return say(lang, 'reasons.report', { blank, fromChat, fromClosure, none });
}
