/**
 * The demo's 词库 / Lexicon sheet (issue 20): the team adds two complaint words the shipped lexicon
 * lacks, and the panel's rule tester reads one review before and after — the reading words are data
 * the team edits, not code.
 */
import { importRows } from '../../core/ingest';
import { say } from '../../core/messages';
import { columnLabel, enumLabel, type Lang } from '../../core/sheets';
import { testRule } from '../../core/sidebar';
import type { WorkbookPort } from '../../ports';

const WORDS = { zh: ['拉胯', '掉毛'], en: ['flimsy', 'sheds'] } as const;
const REVIEW = { zh: '宝宝睡袋拉胯，洗一次就掉毛', en: 'The sleeping bag sheds after one wash' } as const;

/** Types the team's rows into the Lexicon sheet and says how one review reads before and after. */
export function demoLexicon(wb: WorkbookPort, lang: Lang): string {
  const text = REVIEW[lang];
  const before = testRule(wb, 'review', text, lang).overall ?? '';
  const header = (['kind', 'word', 'note'] as const).map((c) => columnLabel('lexicon', c, lang));
  const note = say(lang, 'demo.lexiconNote');
  const rows = WORDS[lang].map((word) => [enumLabel('lexiconKind', 'negative', lang), word, note]);
  const result = importRows(wb, 'lexicon', header, rows);
  if (result.rejected.length > 0) throw new Error('demo lexicon rows rejected');
  const after = testRule(wb, 'review', text, lang).overall ?? '';
  const list = lang === 'zh' ? '、' : ', ';
  return say(lang, 'demo.lexicon', {
    sheet: result.sheet,
    count: result.appended,
    words: WORDS[lang].join(list),
    text,
    before,
    after,
  });
}
