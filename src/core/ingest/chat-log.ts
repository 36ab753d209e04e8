/**
 * A chat-record export read as messages: the columns of templates/chat-export.json, found by
 * label, key or alias, in three layouts: a buyer column with a sender column (买家 / 客服) or an
 * agent column blank on the buyer's messages; sender / receiver names (发送人 / 接收人), where the
 * buyer is the side that is not an agent account; and 千牛's copied text, read into 时间 / 发送人 /
 * 内容 (the buyer of an agent's line is the buyer of the conversation around it).
 */
import * as z from 'zod/mini';
import chatExport from '../../../templates/chat-export.json';
import type { Cell } from '../../ports';
import { type Message, message } from '../messages/catalogue';
import { type AgentDirectory, agentDirectory } from '../sheets/agents';
import { mapHeader } from '../sheets/header';
import { formatIssues } from '../sheets/schema-issues';
import { ColumnSpecSchema, normalizeLabel } from '../sheets/template';
import { cellText, isBlank, parseEnum } from '../sheets/values';
import { parseWallClock } from '../sheets/wall-clock-cell';
import { exportedCell } from './exported-text';
import type { InputTable } from './input-table';

export const ChatExportSchema = z.object({
  key: z.literal('chats'),
  name: z.object({ zh: z.string(), en: z.string() }),
  description: z.string(),
  columns: z.array(ColumnSpecSchema),
  /** What marks a message as an auto-reply or a bot's: its sender, its text, or its time. */
  botMarkers: z.object({
    senders: z.array(z.string()),
    texts: z.array(z.string()),
    withinSeconds: z.number(),
  }),
  /** Lines a chat window shows that are not messages (已读 …). */
  systemLines: z.array(z.string()),
});
export type ChatExport = z.infer<typeof ChatExportSchema>;

function parseChatExport(json: unknown): ChatExport {
  const parsed = ChatExportSchema.safeParse(json);
  if (!parsed.success) throw new Error(`templates/chat-export.json: ${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}

export const CHAT_EXPORT: ChatExport = parseChatExport(chatExport);

export type ChatSender = 'buyer' | 'agent' | 'bot';

export interface ChatMessage {
  /** Line (CSV) or row (.xlsx) of the export, 1-based. */
  line: number;
  /** Wall-clock 'YYYY-MM-DD HH:MM:SS' in the spreadsheet's zone. */
  time: string;
  buyer: string;
  /** The agent account as exported ('' on a buyer's message where the export names none). */
  agent: string;
  sender: ChatSender;
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

/** The export's required columns it lacks: a time, and a buyer column or a sender column. */
export function missingChatColumns(header: readonly Cell[]): string[] {
  const found = mapHeader(header, CHAT_EXPORT).columns;
  const label = (key: string) => {
    const c = CHAT_EXPORT.columns.find((col) => col.key === key)!;
    return `${c.zh} / ${c.en}`;
  };
  const missing: string[] = [];
  if (!('time' in found)) missing.push(label('time'));
  if (!('buyer' in found) && !('sender' in found)) missing.push(`${label('buyer')} | ${label('sender')}`);
  return missing;
}

const SYSTEM_LINES = new Set(CHAT_EXPORT.systemLines.map(normalizeLabel));
const BOT_SENDERS = CHAT_EXPORT.botMarkers.senders.map(normalizeLabel);
const BOT_TEXTS = CHAT_EXPORT.botMarkers.texts.map(normalizeLabel);

/** Whether a message is a bot's or an auto-reply by its sender's name or its text. */
export function isBotLine(name: string, text: string): boolean {
  const who = normalizeLabel(name);
  const what = normalizeLabel(text);
  return BOT_SENDERS.some((b) => who.includes(b)) || BOT_TEXTS.some((t) => what.startsWith(t));
}

/** A message's text without the system lines a chat window shows (已读 …); '' when only those. */
function withoutSystemLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !SYSTEM_LINES.has(normalizeLabel(line)))
    .join('\n')
    .trim();
}

/** Reads every message; a line that cannot be read is rejected with its reasons, the rest go on. */
export function readChatLog(
  table: InputTable,
  timeZone: string,
  directory: AgentDirectory = agentDirectory([]),
): ChatLog {
  const { columns } = mapHeader(table.header, CHAT_EXPORT);
  const at = (cells: readonly Cell[], key: string): Cell => {
    const col = columns[key];
    return col === undefined ? '' : exportedCell(cells[col - 1] ?? '');
  };
  const byNames = !('buyer' in columns);
  const buyers = byNames
    ? conversationBuyers(table, (cells) => cellText(at(cells, 'sender')).trim(), directory)
    : [];
  const log: ChatLog = { messages: [], rejected: [] };
  table.rows.forEach(({ line, cells }, index) => {
    if (cells.every((c) => isBlank(c))) return;
    const text = withoutSystemLines(cellText(at(cells, 'text')));
    const reasons: Message[] = [];
    const time = parseWallClock(at(cells, 'time'), timeZone);
    if (!time.ok) reasons.push(time.blank ? message('orders.chatTimeMissing') : time.reason);
    let buyer: string;
    let agent: string;
    let sender: ChatSender | null;
    if (byNames) {
      const from = cellText(at(cells, 'sender')).trim();
      const to = cellText(at(cells, 'receiver')).trim();
      const agentSide = directory.isAgent(from) || isBotLine(from, '');
      sender = agentSide ? 'agent' : 'buyer';
      buyer = agentSide ? to || buyers[index] || '' : from;
      agent = agentSide ? from : directory.isAgent(to) ? to : '';
    } else {
      buyer = cellText(at(cells, 'buyer')).trim();
      agent = cellText(at(cells, 'agent')).trim();
      sender = senderOf(at(cells, 'sender'), buyer, agent);
      if (sender === null)
        reasons.push(message('orders.chatSenderInvalid', { value: cellText(at(cells, 'sender')) }));
    }
    if (buyer === '') reasons.push(message('orders.chatBuyerMissing'));
    if (reasons.length > 0 || !time.ok || sender === null) {
      log.rejected.push({ line, cells, reasons });
      return;
    }
    // A window's system line alone (已读) is no message.
    if (text === '' && cellText(at(cells, 'text')).trim() !== '') return;
    if (sender === 'agent' && isBotLine(agent, text)) sender = 'bot';
    log.messages.push({ line, time: time.value, buyer, agent, sender, text });
  });
  return log;
}

/**
 * The buyer of each row of an export without a buyer column: the sender of a buyer's row, and for
 * an agent's row the buyer who wrote last before it (or, before any, the next one who writes).
 */
function conversationBuyers(
  table: InputTable,
  senderOfRow: (cells: readonly Cell[]) => string,
  directory: AgentDirectory,
): string[] {
  const names = table.rows.map(({ cells }) => senderOfRow(cells));
  const isBuyer = (name: string) => name !== '' && !directory.isAgent(name) && !isBotLine(name, '');
  const result: string[] = new Array(names.length).fill('');
  let next = '';
  for (let i = names.length - 1; i >= 0; i--) {
    if (isBuyer(names[i]!)) next = names[i]!;
    result[i] = next;
  }
  let last = '';
  names.forEach((name, i) => {
    if (isBuyer(name)) last = name;
    if (last !== '') result[i] = last;
  });
  return result;
}

/** 买家 / 客服 / 机器人 (either language, aliases), or a nickname equal to the buyer or the agent. */
function senderOf(cell: Cell, buyer: string, agent: string): ChatSender | null {
  if (isBlank(cell)) return agent === '' ? 'buyer' : 'agent';
  const parsed = parseEnum(cell, 'chatSender');
  if (parsed.ok) return parsed.value.value as ChatSender;
  const name = cellText(cell).trim();
  if (name === buyer) return 'buyer';
  if (agent !== '' && name === agent) return 'agent';
  return null;
}
