/**
 * The reason a lost pre-sale chat suggests (issue 20, item 4): the buyer's messages after the
 * agent's first reply (an auto-reply is never the first reply) read against the Taxonomy's no-deal
 * reasons, one reason per chat — the first the Taxonomy lists among those named.
 */
import type { ChatReading } from './chat-reading';
import { firstNamed, type Named } from './mentions';
import type { Reader } from './reader';

/** A chat line as the transcript sheet keeps it: who sent it and what it says. */
export interface ChatLine {
  sender: 'buyer' | 'agent' | 'bot' | string;
  text: string;
}

/** The buyer's messages after the first agent's reply to the buyer's first message. */
export function afterFirstReply(lines: readonly ChatLine[]): string[] {
  const opening = lines.findIndex((l) => l.sender === 'buyer');
  if (opening < 0) return [];
  const reply = lines.findIndex((l, i) => i > opening && l.sender === 'agent');
  if (reply < 0) return [];
  return lines
    .slice(reply + 1)
    .filter((l) => l.sender === 'buyer' && l.text.trim() !== '')
    .map((l) => l.text.trim());
}

/** The no-deal reason the chat's words name, with those words; null when none. */
export function reasonFromChat(
  reader: Reader,
  lines: readonly ChatLine[],
  rules?: ChatReading,
): Named | null {
  const said = afterFirstReply(lines);
  // Each message is its own sentence: 太贵了 and 我再看看 sent apart are two.
  return said.length === 0 ? null : firstNamed(reader, said.join('\n'), rules);
}
