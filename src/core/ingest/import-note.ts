/**
 * A sentence about an imported file as a whole, kept as its catalogue key, the words that name it
 * (a column, a shop) and the figures it counts. The panel sends a file in batches: it adds the notes
 * of every batch up (notes with the same key and words are one note, their figures summed) and says
 * each once after the import, in the same words the CLI prints.
 */
import { type MessageKey, type MessageParams, say } from '../messages/catalogue';
import type { Lang } from '../sheets/template';

/** Every key a note is said with: the panel's page receives these sentences with its own. */
export const IMPORT_NOTE_KEYS = [
  'import.ignoredColumns',
  'import.blankHeaderData',
  'import.reasonColumnIgnored',
  'import.duplicateHeader',
  'import.reviewShop',
  'import.reviewFollowUps',
  'import.defaultPraise',
  'import.alternateColumn',
  'import.approximateKeys',
  'import.updateKept',
  'orders.noTranscriptSheet',
  'orders.agentOnlyDays',
] as const satisfies readonly MessageKey[];

export type ImportNoteKey = (typeof IMPORT_NOTE_KEYS)[number];

export interface ImportNote {
  key: ImportNoteKey;
  /** What names the note: the same in every batch of a file (a column, a shop, a position). */
  params: MessageParams;
  /** Figures of this batch's rows: the panel sums them over the batches. */
  counts: Record<string, number>;
}

export function importNote(
  key: ImportNoteKey,
  params: MessageParams = {},
  counts: Record<string, number> = {},
): ImportNote {
  return { key, params, counts };
}

/** The note as a person reads it. */
export function noteText(note: ImportNote, lang: Lang): string {
  return say(lang, note.key, { ...note.params, ...note.counts });
}

function identity(note: ImportNote): string {
  return JSON.stringify([note.key, Object.entries(note.params).sort(([a], [b]) => (a < b ? -1 : 1))]);
}

/** The notes of earlier batches with a later batch's added: one note per key and words, figures summed. */
export function addNotes(earlier: readonly ImportNote[], later: readonly ImportNote[]): ImportNote[] {
  const merged = earlier.map((n) => ({ ...n, counts: { ...n.counts } }));
  const at = new Map(merged.map((n, i) => [identity(n), i]));
  for (const note of later) {
    const i = at.get(identity(note));
    if (i === undefined) {
      at.set(identity(note), merged.length);
      merged.push({ ...note, counts: { ...note.counts } });
      continue;
    }
    const into = merged[i]!.counts;
    for (const [name, n] of Object.entries(note.counts)) into[name] = (into[name] ?? 0) + n;
  }
  return merged;
}
