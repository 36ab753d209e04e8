/**
 * A chat-record export read as messages: the columns of templates/chat-export.json, found by
 * label, key or alias. Who sent a message comes from the sender column (买家 / 客服), or, where an
 * export has none, from whether the agent column is filled (it is blank on the buyer's messages).
 */
import * as z from 'zod/mini';
import chatExport from '../../../templates/chat-export.json';
import type { Cell } from '../../ports';
import { type Message, message } from '../messages/catalogue';
import { mapHeader } from '../sheets/header';
import { formatIssues } from '../sheets/schema-issues';
import { ColumnSpecSchema } from '../sheets/template';
import { cellText, isBlank, parseEnum } from '../sheets/values';
import { parseWallClock } from '../time/date-time';
import type { InputTable } from './input-table';

export const ChatExportSchema = z.object({
  key: z.literal('chats'),
  name: z.object({ zh: z.string(), en: z.string() }),
  description: z.string(),
  columns: z.array(ColumnSpecSchema),
});
export type ChatExport = z.infer<typeof ChatExportSchema>;

function parseChatExport(json: unknown): ChatExport {
  const parsed = ChatExportSchema.safeParse(json);
  if (!parsed.success) throw new Error(`templates/chat-export.json: ${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}

export const CHAT_EXPORT: ChatExport = parseChatExport(chatExport);

export interface ChatMessage {
  /** Line (CSV) or row (.xlsx) of the export, 1-based. */
  line: number;
  /** Wall-clock 'YYYY-MM-DD HH:MM:SS' in the spreadsheet's zone. */
  time: string;
  buyer: string;
  agent: string;
  sender: 'buyer' | 'agent';
  text: string;
}

export interface RejectedLine {
  line: number;
  cells: Cell[];
  reasons: Message[];
}

export interface ChatLog {
  messages: ChatMessage[];
  rejected: RejectedLine[];
}

/** The export's required columns it lacks (time and buyer), by their zh / en labels. */
export function missingChatColumns(header: readonly Cell[]): string[] {
  const found = mapHeader(header, CHAT_EXPORT);
  return CHAT_EXPORT.columns
    .filter((c) => c.required && !(c.key in found.columns))
    .map((c) => `${c.zh} / ${c.en}`);
}

/** Reads every message; a line that cannot be read is rejected with its reasons, the rest go on. */
export function readChatLog(table: InputTable, timeZone: string): ChatLog {
  const { columns } = mapHeader(table.header, CHAT_EXPORT);
  const at = (cells: readonly Cell[], key: string): Cell => {
    const col = columns[key];
    return col === undefined ? '' : (cells[col - 1] ?? '');
  };
  const log: ChatLog = { messages: [], rejected: [] };
  for (const { line, cells } of table.rows) {
    if (cells.every((c) => isBlank(c))) continue;
    const reasons: Message[] = [];
    const time = parseWallClock(at(cells, 'time'), timeZone);
    if (!time.ok) reasons.push(time.blank ? message('orders.chatTimeMissing') : time.reason);
    const buyer = cellText(at(cells, 'buyer')).trim();
    if (buyer === '') reasons.push(message('orders.chatBuyerMissing'));
    const agent = cellText(at(cells, 'agent')).trim();
    const sender = senderOf(at(cells, 'sender'), buyer, agent);
    if (sender === null)
      reasons.push(message('orders.chatSenderInvalid', { value: cellText(at(cells, 'sender')) }));
    if (reasons.length > 0 || !time.ok || sender === null) {
      log.rejected.push({ line, cells, reasons });
      continue;
    }
    log.messages.push({ line, time: time.value, buyer, agent, sender, text: cellText(at(cells, 'text')) });
  }
  return log;
}

/** 买家 / 客服 (either language, aliases), or a nickname equal to the buyer or the agent. */
function senderOf(cell: Cell, buyer: string, agent: string): 'buyer' | 'agent' | null {
  if (isBlank(cell)) return agent === '' ? 'buyer' : 'agent';
  const parsed = parseEnum(cell, 'chatSender');
  if (parsed.ok) return parsed.value.value as 'buyer' | 'agent';
  const name = cellText(cell).trim();
  if (name === buyer) return 'buyer';
  if (agent !== '' && name === agent) return 'agent';
  return null;
}
