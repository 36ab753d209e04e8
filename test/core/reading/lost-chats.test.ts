import { describe, expect, it } from 'vitest';
import { defaultTaxonomyRows } from '../../../src/core/classify/taxonomy-rules';
import { type ChatLine, reasonFromChat } from '../../../src/core/reading/lost-reason';
import { firstNamed } from '../../../src/core/reading/mentions';
import { readerOf } from '../../../src/core/reading/taxonomy-reader';
import { LOST_CHATS, type Who } from '../../fixtures/reading/lost-chats';

const reader = readerOf(defaultTaxonomyRows('zh'), 'no-deal');
const SENDER: Record<Who, string> = { b: 'buyer', a: 'agent', r: 'bot' };
const linesOf = (lines: [Who, string][]): ChatLine[] =>
  lines.map(([who, text]) => ({ sender: SENDER[who], text }));
const chat = (...said: string[]): ChatLine[] => [
  { sender: 'buyer', text: '在吗' },
  { sender: 'agent', text: '在的亲' },
  ...said.map((text) => ({ sender: 'buyer', text })),
];

describe('the reason a lost chat names (issue 20, item 4)', () => {
  it('reads 太贵了，我再看看 as 价格太高, with the words that matched', () => {
    expect(reasonFromChat(reader, chat('太贵了，我再看看'))).toEqual({
      category: '价格太高',
      words: ['太贵'],
    });
  });

  it('reads only what the buyer wrote after the first reply, an auto-reply not being one', () => {
    const lines: ChatLine[] = [
      { sender: 'buyer', text: '太贵了吧' },
      { sender: 'bot', text: '亲，欢迎光临，再看看我们的活动哦' },
      { sender: 'agent', text: '亲，活动价已经很低了' },
      { sender: 'buyer', text: '不急，我考虑一下' },
    ];
    expect(reasonFromChat(reader, lines)?.category).toBe('比较犹豫');
    expect(reasonFromChat(reader, lines.slice(0, 3))).toBeNull();
  });

  it('takes a negated keyword as no reason, unless the buyer asks', () => {
    expect(reasonFromChat(reader, chat('不缺货就好，我晚上拍'))).toBeNull();
    expect(reasonFromChat(reader, chat('也不算太贵'))).toBeNull();
    expect(reasonFromChat(reader, chat('没券就有点贵了'))?.category).toBe('价格太高');
    expect(firstNamed(reader, '不是没货了吧？')?.category).toBe('缺货');
  });

  it('gets at least 70 % of the hand-labelled chats right and suggests nothing where a person found no reason', () => {
    const got = LOST_CHATS.map((c) => reasonFromChat(reader, linesOf(c.lines))?.category ?? null);
    const right = got.filter((g, i) => g === LOST_CHATS[i]!.reason).length;
    const none = LOST_CHATS.map((c, i) => [c, got[i]] as const).filter(([c]) => c.reason === null);
    expect(none.length).toBeGreaterThanOrEqual(10);
    expect(none.filter(([, g]) => g !== null).map(([c, g]) => `${c.why}: ${g}`)).toEqual([]);
    expect(right / LOST_CHATS.length).toBeGreaterThanOrEqual(0.7);
  });
});

describe('rules/chat-reading.json', () => {
  it('is refused with the file and field named when a field is wrong', async () => {
    const { parseChatReading, defaultChatReading } = await import('../../../src/core/reading/chat-reading');
    expect(defaultChatReading().questionMarks).toContain('？');
    const bad = parseChatReading('chat-reading.json', { ...defaultChatReading(), questionEnds: ['吗', ''] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.messages[0]).toMatch(/^chat-reading\.json: questionEnds\.1: /);
  });
});
