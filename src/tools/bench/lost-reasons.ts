/**
 * Part of the "reading" section (issue 20, item 4): the no-deal reason read from the hand-labelled
 * lost chats (test/fixtures/reading/lost-chats.ts) — right reasons, suggestions where a person
 * found none, wrong reasons — beside the old substring test of the same words.
 */

import { LOST_CHATS, type Who } from '../../../test/fixtures/reading/lost-chats';
import { classifyText, compileTaxonomy, defaultTaxonomyRows } from '../../core/classify';
import { afterFirstReply, type ChatLine, readerOf, reasonFromChat } from '../../core/reading';

const SENDER: Record<Who, string> = { b: 'buyer', a: 'agent', r: 'bot' };

export function benchLostReasons(): void {
  const rows = defaultTaxonomyRows('zh');
  const reader = readerOf(rows, 'no-deal');
  const compiled = compileTaxonomy(rows);
  const tally = (pick: (lines: ChatLine[]) => string | null) => {
    let right = 0;
    let onNone = 0;
    let wrong = 0;
    for (const c of LOST_CHATS) {
      const got = pick(c.lines.map(([who, text]) => ({ sender: SENDER[who], text })));
      if (got === c.reason) right++;
      else if (c.reason === null) onNone++;
      else if (got !== null) wrong++;
    }
    return { right, onNone, wrong };
  };
  const read = tally((lines) => reasonFromChat(reader, lines)?.category ?? null);
  const substring = tally(
    (lines) => classifyText(compiled, 'no-deal', afterFirstReply(lines).join('\n')).categories[0] ?? null,
  );
  const all = LOST_CHATS.length;
  const none = LOST_CHATS.filter((c) => c.reason === null).length;
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
  console.log(
    `  lost-sale reasons on ${all} hand-labelled lost chats (${none} with no reason a person could name):`,
  );
  for (const [name, t] of [
    ['clause-scoped reading', read],
    ['substring keywords   ', substring],
  ] as const) {
    console.log(
      `    ${name}  right ${t.right}/${all} (${pct(t.right, all)}, target ≥ 70 %)  suggested where none ${t.onNone}/${none} (target 0)  wrong reason ${t.wrong}/${all - none}`,
    );
  }
}
