/**
 * How a chat is read for one category (rules/chat-reading.json, issue 20 items 4 and 5): which
 * clauses are questions, how far after a keyword a post-negator still turns it. Validated on load;
 * an error names the file and the field.
 */
import * as z from 'zod/mini';
import chatReadingJson from '../../../rules/chat-reading.json';
import { zodIssues } from '../rules/issue-message';

const words = z.array(z.string().check(z.minLength(1)));

export const ChatReadingSchema = z.strictObject({
  type: z.literal('chat-reading'),
  description: z.string().check(z.minLength(1)),
  questionMarks: words,
  questionEnds: words,
  postNegatorReach: z.number().check(z.gte(0)),
});

export type ChatReading = z.infer<typeof ChatReadingSchema>;

export function parseChatReading(
  fileName: string,
  json: unknown,
): { ok: true; rules: ChatReading } | { ok: false; messages: string[] } {
  const parsed = ChatReadingSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, rules: parsed.data };
  return {
    ok: false,
    messages: zodIssues(parsed.error.issues).map(
      (issue) => `${fileName}: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    ),
  };
}

let shipped: ChatReading | null = null;

/** The shipped rules; throws naming the file and field if they are invalid (a test keeps them valid). */
export function defaultChatReading(): ChatReading {
  if (!shipped) {
    const parsed = parseChatReading('chat-reading.json', chatReadingJson);
    if (!parsed.ok) throw new Error(`rules/${parsed.messages.join('\nrules/')}`);
    shipped = parsed.rules;
  }
  return shipped;
}
