import { CATALOGUE, type MessageKey, say } from '../messages/catalogue';
import type { Lang } from '../sheets/template';

/** The panel's words in one language, placeholders left for the page to fill. */
export function sidebarCatalogue(lang: Lang): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(CATALOGUE) as MessageKey[])
      .filter((key) => key.startsWith('sidebar.'))
      .map((key) => [key, say(lang, key)]),
  );
}
