/**
 * The chat-transcript sheet (聊天记录): every message of a conversation (one buyer, one day) kept
 * under the key of its Inquiries row, one line per message — `time⇥role⇥who⇥text`, a message's
 * further lines after three tabs — cut into parts at message ends where a cell would overflow.
 * readTranscripts gives them back per conversation, for the readers that want to know why a buyer left.
 */
import type { WorkbookPort } from '../../ports';
import { type LoadedTable, type ReadOptions, readRows } from '../sheets/rows';
import { enumLabel, enumOption, type Lang } from '../sheets/template';
import type { ChatMessage, ChatSender } from './chat-log';

export interface TranscriptLine {
  /** 'YYYY-MM-DD HH:MM:SS' */
  time: string;
  sender: ChatSender;
  /** The buyer's or the agent account's name as exported. */
  name: string;
  text: string;
}

export interface Transcript {
  customerId: string;
  /** 'YYYY-MM-DD' */
  day: string;
  agent: string;
  /** Sheet rows holding its parts, in part order. */
  rows: number[];
  lines: TranscriptLine[];
}

const CONTINUED = '\t\t\t';

/** The key of a conversation: the same as its Inquiries row's (buyer and day). */
export const transcriptKey = (customerId: string, day: string): string => `${customerId.trim()}\u0000${day}`;

export function transcriptLines(messages: readonly ChatMessage[]): TranscriptLine[] {
  return messages.map((m) => ({
    time: m.time,
    sender: m.sender,
    name: m.sender === 'buyer' ? m.buyer : m.agent,
    text: m.text,
  }));
}

/** The text of one message line, in the workbook's language. */
function lineText(line: TranscriptLine, lang: Lang): string {
  const text = line.text.split('\n').join(`\n${CONTINUED}`);
  return `${line.time.slice(11)}\t${enumLabel('chatSender', line.sender, lang)}\t${line.name}\t${text}`;
}

/** The parts of a transcript: whole message lines, each part at most `limit` characters (a longer message is cut). */
export function transcriptParts(lines: readonly TranscriptLine[], lang: Lang, limit: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of lines) {
    let text = lineText(line, lang);
    while (text.length > limit) {
      if (current !== '') parts.push(current);
      parts.push(text.slice(0, limit));
      text = text.slice(limit);
      current = '';
    }
    const joined = current === '' ? text : `${current}\n${text}`;
    if (joined.length > limit) {
      parts.push(current);
      current = text;
    } else current = joined;
  }
  if (current !== '' || parts.length === 0) parts.push(current);
  return parts;
}

/** Lines read back from a transcript's text (its parts joined), on the conversation's day. */
export function parseTranscript(text: string, day: string): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  for (const raw of text.split('\n')) {
    if (raw.startsWith(CONTINUED) && lines.length > 0) {
      lines[lines.length - 1]!.text += `\n${raw.slice(CONTINUED.length)}`;
      continue;
    }
    const [time, role, name, ...rest] = raw.split('\t');
    const sender = enumOption('chatSender', role ?? '')?.value as ChatSender | undefined;
    if (time === undefined || sender === undefined || !/^\d{2}:\d{2}:\d{2}$/.test(time)) {
      // A cell cut inside a message (or edited by hand): the text belongs to the line before.
      if (lines.length > 0) lines[lines.length - 1]!.text += raw;
      continue;
    }
    lines.push({ time: `${day} ${time}`, sender, name: name ?? '', text: rest.join('\t') });
  }
  return lines;
}

/** Every conversation of the transcript sheet, by transcriptKey; the parts of one joined in order. */
export function readTranscripts(
  wb: WorkbookPort,
  options: ReadOptions = {},
): { table: LoadedTable<unknown>; byKey: Map<string, Transcript> } {
  const table = readRows(wb, 'transcripts', { ...options });
  const parts = new Map<
    string,
    { part: number; row: number; text: string; agent: string; customerId: string; day: string }[]
  >();
  for (const v of table.records) {
    const customerId = String(v.customerId ?? '').trim();
    const day = String(v.date ?? '').slice(0, 10);
    const key = transcriptKey(customerId, day);
    const list = parts.get(key) ?? [];
    list.push({
      part: typeof v.part === 'number' ? v.part : 1,
      row: v.row as number,
      text: String(v.transcript ?? ''),
      agent: String(v.agent ?? ''),
      customerId,
      day,
    });
    parts.set(key, list);
  }
  const byKey = new Map<string, Transcript>();
  for (const [key, list] of parts) {
    list.sort((a, b) => a.part - b.part);
    // Parts were cut at message ends, or inside one message longer than a cell: joined back as cut.
    let text = '';
    for (const p of list)
      text =
        text === '' ? p.text : /^\d{2}:\d{2}:\d{2}\t/.test(p.text) ? `${text}\n${p.text}` : text + p.text;
    byKey.set(key, {
      customerId: list[0]!.customerId,
      day: list[0]!.day,
      agent: list.find((p) => p.agent !== '')?.agent ?? '',
      rows: list.map((p) => p.row),
      lines: parseTranscript(text, list[0]!.day),
    });
  }
  return { table, byKey };
}
