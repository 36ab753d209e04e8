import { IMPORT_NOTE_KEYS } from '../ingest/import-note';
import { CATALOGUE, type MessageKey, say } from '../messages/catalogue';
import type { Lang } from '../sheets/template';

/** Sentences of an import the page says itself, after adding up the batches (the CLI's own words). */
const IMPORT_KEYS: ReadonlySet<string> = new Set([...IMPORT_NOTE_KEYS, 'import.warningLine']);

/** The panel's words in one language, placeholders left for the page to fill. */
export function sidebarCatalogue(lang: Lang): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(CATALOGUE) as MessageKey[])
      .filter((key) => key.startsWith('sidebar.') || IMPORT_KEYS.has(key))
      .map((key) => [key, say(lang, key)]),
  );
}
