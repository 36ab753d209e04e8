import { say } from '../messages/catalogue';
import type { Lang } from '../sheets/template';
import type { Polarity } from './polarity';

/** One category's direction as the Reviews sheet shows it: 气味：负面 · smell: negative. */
export function polarityLabel(lang: Lang, category: string, polarity: Polarity): string {
  return say(lang, 'summary.polarity.pair', {
    category,
    polarity: say(lang, `summary.polarity.${polarity}`),
  });
}
