/**
 * `import --sheet chats`: a chat-record export becomes Inquiries rows, one per buyer per day,
 * through the one import pipeline (importRecords) keyed by buyer and day, so a re-import or an
 * overlapping export adds nothing twice. Lines that cannot be read are rejected with their reasons.
 */
import type { Cell, WorkbookPort } from '../../ports';
import { questionReader } from '../classify/question-category';
import { taxonomyInEffect } from '../classify/taxonomy-in-effect';
import { render, say } from '../messages/catalogue';
import { readSettings } from '../settings/settings';
import { readAgentDirectory } from '../sheets/agents';
import { findSheet, type Lang, sheetName } from '../sheets/template';
import { SHEETS_CELL_LIMIT } from './cell-limit';
import { aggregateChats, type ChatInquiry } from './chat-inquiries';
import { missingChatColumns, readChatLog } from './chat-log';
import { importNote } from './import-note';
import { ImportError, type ImportOptions, type ImportResult, importRecords } from './import-records';
import { type InputTable, inputTable } from './input-table';
import { buyerResolver } from './masked-buyer';
import { isPaid, readOrders } from './orders';
import type { RejectedRow } from './rejected-file';
import { readTranscripts, transcriptKey, transcriptLines, transcriptParts } from './transcripts';

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
  // The job passes its run's settings; read here only for a caller that is no run (the demo, tests).
  const settings = options.settings ?? readSettings(wb).settings;
  const lang: Lang = options.lang ?? settings.language;
  const missing = missingChatColumns(table.header);
  if (missing.length > 0)
    throw new ImportError(say(lang, 'orders.chatColumnsMissing', { columns: missing.join(', ') }));
  // Text names wall-clock times; an .xlsx date reads the same in UTC (as importRecords does).
  const directory = readAgentDirectory(wb, { lang });
  const log = readChatLog(table, 'UTC', directory);
  const paidAtByBuyer = new Map<string, string[]>();
  // A masked 买家会员名 (t**1) counts as a chat buyer's order only when it fits that buyer alone.
  const resolve = buyerResolver(log.messages.map((m) => m.buyer));
  for (const order of readOrders(wb, { lang }).records.filter(isPaid)) {
    const buyer = resolve(order.buyer).buyer;
    if (buyer === null) continue;
    const list = paidAtByBuyer.get(buyer) ?? [];
    list.push(order.paidAt);
    paidAtByBuyer.set(buyer, list);
  }
  const inEffect = taxonomyInEffect(wb, lang);
  const questionOf = questionReader(inEffect.rows, inEffect.lexicon);
  const { inquiries, agentOnlyDays } = aggregateChats(log.messages, {
    paidAtByBuyer,
    lookbackDays: settings.afterSaleLookbackDays,
    matches: (kind, text) => questionOf(kind, text) !== null,
  });
  const unanswered = say(lang, 'orders.unanswered');
  const rows = inquiries.map((q) => [
    q.dateTime,
    // The person, as the Scorecard names them: 某某家居旗舰店:小美 → 小美 (or the Agents sheet's 姓名).
    q.agent === null ? unanswered : directory.nameOf(q.agent),
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
  // A workbook set up before the transcript sheet existed still gets its inquiries.
  const transcripts =
    findSheet(wb, 'transcripts') === null
      ? { notes: [importNote('orders.noTranscriptSheet', { sheet: sheetName('transcripts', lang) })] }
      : importTranscripts(wb, inquiries, { ...options, lang });
  const notes = [...result.notes, ...transcripts.notes];
  if (agentOnlyDays > 0) notes.push(importNote('orders.agentOnlyDays', {}, { count: agentOnlyDays }));
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

const TRANSCRIPT_HEADER = ['date', 'customerId', 'agent', 'part', 'count', 'transcript'];

/**
 * Every message of each conversation into the transcript sheet, merged with what an earlier
 * import kept there (an overlapping export adds its new messages, never a message twice).
 */
function importTranscripts(
  wb: WorkbookPort,
  inquiries: readonly ChatInquiry[],
  options: Omit<ImportOptions, 'key' | 'keepTime'> & { lang: Lang },
): ImportResult {
  // Parts fit Sheets' cell even when the book is an .xlsx, so a book opened in Sheets keeps them whole.
  const limit = Math.min(options.cellLimit?.length ?? SHEETS_CELL_LIMIT.length, SHEETS_CELL_LIMIT.length);
  const existing = readTranscripts(wb, { lang: options.lang }).byKey;
  const rows: Cell[][] = [];
  for (const q of inquiries) {
    const before = existing.get(transcriptKey(q.buyer, q.day))?.lines ?? [];
    const seen = new Set<string>();
    const lines = [...before, ...transcriptLines(q.messages)]
      .filter((line) => {
        const id = `${line.time}\u0000${line.sender}\u0000${line.name}\u0000${line.text}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      })
      .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    const parts = transcriptParts(lines, options.lang, limit);
    parts.forEach((text, i) => {
      rows.push([q.dateTime, q.buyer, q.agent ?? '', i + 1, i === 0 ? lines.length : '', text]);
    });
  }
  return importRecords(wb, 'transcripts', inputTable(TRANSCRIPT_HEADER, rows), {
    ...options,
    cellLimit: { place: options.cellLimit?.place ?? SHEETS_CELL_LIMIT.place, length: limit },
    keepTime: true,
  });
}
