/**
 * `import --sheet chats`: a chat-record export becomes Inquiries rows, one per buyer per day,
 * through the one import pipeline (importRecords) keyed by buyer and day, so a re-import or an
 * overlapping export adds nothing twice. Lines that cannot be read are rejected with their reasons.
 */
import type { WorkbookPort } from '../../ports';
import { classifyText, compileTaxonomy } from '../classify/classify-text';
import { taxonomyInEffect } from '../classify/taxonomy-in-effect';
import { render, say } from '../messages/catalogue';
import { readSettings } from '../settings/settings';
import type { Lang } from '../sheets/template';
import { aggregateChats } from './chat-inquiries';
import { missingChatColumns, readChatLog } from './chat-log';
import { ImportError, type ImportOptions, type ImportResult, importRecords } from './import-records';
import { type InputTable, inputTable } from './input-table';
import { isPaid, readOrders } from './orders';
import type { RejectedRow } from './rejected-file';

export interface ChatImportResult extends ImportResult {
  /** Messages read, and the conversations (buyer-days with a question) they made. */
  messages: number;
  conversations: number;
}

/** The Inquiries columns a chat fills; the rest (customer type, category, outcome) are left for people and matching. */
const HEADER = ['date', 'agent', 'customerId', 'channel', 'stage', 'question', 'firstResponseSeconds'];

export function importChats(
  wb: WorkbookPort,
  table: InputTable,
  options: Omit<ImportOptions, 'key' | 'keepTime'> = {},
): ChatImportResult {
  const settings = readSettings(wb).settings;
  const lang: Lang = options.lang ?? settings.language;
  const missing = missingChatColumns(table.header);
  if (missing.length > 0)
    throw new ImportError(say(lang, 'orders.chatColumnsMissing', { columns: missing.join(', ') }));
  // Text names wall-clock times; an .xlsx date reads the same in UTC (as importRecords does).
  const log = readChatLog(table, 'UTC');
  const paidAtByBuyer = new Map<string, string[]>();
  for (const order of readOrders(wb, { lang }).records.filter(isPaid)) {
    const list = paidAtByBuyer.get(order.buyer) ?? [];
    list.push(order.paidAt);
    paidAtByBuyer.set(order.buyer, list);
  }
  const taxonomy = compileTaxonomy(taxonomyInEffect(wb, lang).rows);
  const { inquiries, agentOnlyDays } = aggregateChats(log.messages, {
    paidAtByBuyer,
    lookbackDays: settings.afterSaleLookbackDays,
    matches: (kind, text) => classifyText(taxonomy, kind, text).categories.length > 0,
  });
  const unanswered = say(lang, 'orders.unanswered');
  const rows = inquiries.map((q) => [
    q.dateTime,
    q.agent ?? unanswered,
    q.buyer,
    'chat',
    q.stage,
    q.question,
    q.firstResponseSeconds ?? '',
  ]);
  const result = importRecords(wb, 'inquiries', inputTable(HEADER, rows), {
    ...options,
    lang,
    key: { columns: ['customerId', 'date'], byDay: ['date'] },
    keepTime: true,
  });
  // Rows of the table above are conversations, not lines of the file: say which buyer and day.
  const rejectedRows: RejectedRow[] = result.rejectedRows.map((r) => {
    const q = inquiries[r.line - 2];
    return { ...r, line: 0, cells: [q?.buyer ?? '', q?.day ?? ''], reasons: r.reasons };
  });
  for (const unreadable of table.unreadable) {
    rejectedRows.push({
      line: unreadable.line,
      cells: [unreadable.text],
      reasons: [say(lang, 'import.unreadable', { line: unreadable.line, code: unreadable.code })],
    });
  }
  for (const line of log.rejected)
    rejectedRows.push({
      line: line.line,
      cells: line.cells,
      reasons: line.reasons.map((m) => render(lang, m)),
    });
  rejectedRows.sort((a, b) => a.line - b.line);
  const notes = [...result.notes];
  if (agentOnlyDays > 0) notes.push(say(lang, 'orders.agentOnlyDays', { count: agentOnlyDays }));
  return {
    ...result,
    rejected: rejectedRows.length,
    rejectedRows,
    rejectedHeader: table.header.map(String),
    notes,
    ignoredColumns: [],
    messages: log.messages.length,
    conversations: inquiries.length,
  };
}
