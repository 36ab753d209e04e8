/** The words behind a reading, as the Reviews sheet and the panel's rule tester show them. */
import { say } from '../messages/catalogue';
import type { Lang } from '../sheets/template';
import type { AspectReading, Evidence, Reading } from './reader';

/** One counted word with what changed it: 太慢（程度词 太）, 不好（否定词 不）. */
export function evidenceText(lang: Lang, ev: Evidence): string {
  const notes: string[] = [];
  if (ev.degree) notes.push(say(lang, 'reading.note.degree', { word: ev.degree }));
  if (ev.negator) notes.push(say(lang, 'reading.note.negator', { word: ev.negator }));
  if (ev.post) notes.push(say(lang, 'reading.note.post', { word: ev.post }));
  if (ev.wish) notes.push(say(lang, 'reading.note.wish', { word: ev.wish }));
  if (ev.contrast) notes.push(say(lang, 'reading.note.contrast', { word: ev.contrast }));
  const word = `${ev.degree && !ev.negator ? ev.degree : ''}${ev.word}`;
  return notes.length === 0
    ? word
    : say(lang, 'reading.word', { word, notes: notes.join(say(lang, 'reading.noteSeparator')) });
}

const polarityWord = (lang: Lang, p: Reading['overall']) => say(lang, `summary.polarity.${p}`);

/** The words that pushed the reading its way, strongest first (three at most), in text order. */
function deciding(evidence: readonly Evidence[], sign: number): Evidence[] {
  const strongest = evidence
    .filter((ev) => Math.sign(ev.value) === sign)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, 3);
  return evidence.filter((ev) => strongest.includes(ev));
}

/** 整体倾向: 负面：失望、太慢（程度词 太）、评分 1★ — or 中性 with no word. */
export function overallText(lang: Lang, reading: Reading, rating: number | null): string {
  const sign = reading.overall === 'negative' ? -1 : reading.overall === 'positive' ? 1 : 0;
  const parts = sign === 0 ? [] : deciding(reading.evidence, sign).map((ev) => evidenceText(lang, ev));
  if (sign !== 0 && rating !== null && Math.sign(reading.ratingWeight) === sign)
    parts.push(say(lang, 'reading.rating', { rating }));
  const polarity = polarityWord(lang, reading.overall);
  return parts.length === 0
    ? polarity
    : say(lang, 'reading.overall', { polarity, words: parts.join(say(lang, 'reading.separator')) });
}

/** One aspect: 负面：快递 — 太慢（程度词 太）. */
export function aspectText(lang: Lang, aspect: AspectReading): string {
  const polarity = polarityWord(lang, aspect.polarity);
  if (aspect.evidence.length === 0)
    return say(lang, 'reading.aspect.rating', { polarity, category: aspect.category });
  const words = aspect.evidence.map((ev) => evidenceText(lang, ev)).join(say(lang, 'reading.separator'));
  return say(lang, 'reading.aspect', { polarity, category: aspect.category, words });
}
