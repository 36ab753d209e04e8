import { type Message, message } from '../messages/catalogue';
import {
  NUMBER_AMBIGUOUS,
  NUMBER_FOLD,
  NUMBER_FORMS,
  NUMBER_LIMIT,
  NUMBER_NEGATIVE,
  NUMBER_PERCENT,
  NUMBER_PREFIX,
  NUMBER_SUFFIX,
} from './number-grammar';

/** What reading a number written as text gives: the number, or why it is not one. */
export type NumberText = { ok: true; value: number } | { ok: false; reason: Message };

const fold = new Map([...NUMBER_FOLD.from].map((c, i) => [c, NUMBER_FOLD.to[i]!]));
const PREFIX = new RegExp(NUMBER_PREFIX);
const SUFFIX = new RegExp(NUMBER_SUFFIX);
const NEGATIVE = new RegExp(NUMBER_NEGATIVE);
const PERCENT = new RegExp(NUMBER_PERCENT);
const AMBIGUOUS = new RegExp(NUMBER_AMBIGUOUS);
const FORMS = NUMBER_FORMS.map((form) => ({ ...form, whole: new RegExp(`^(?:${form.pattern})$`) }));

const wrong = (key: Parameters<typeof message>[0], text: string): NumberText => ({
  ok: false,
  reason: message(key, { text }),
});

/**
 * Reads a number as people write it in a shop's sheets and order exports, by the grammar of
 * number-grammar.ts (the engines' SQL is generated from the same spec): full-width forms and every
 * space folded first; an optional sign and currency mark ¥ or $ (either first), an optional
 * trailing 元 or % (70% is 0.7); then the first of NUMBER_FORMS that matches the digits — plain,
 * thousands grouped by spaces, commas or points with the other mark as the decimal mark, or a
 * decimal comma before one or two digits (12,50 is 12.5; 1,234 is 1234). Anything else is refused
 * with a reason rather than guessed, and so is a value beyond ±NUMBER_LIMIT.
 */
export function readNumberText(raw: string): NumberText {
  let folded = '';
  for (const c of raw) folded += fold.get(c) ?? c;
  const text = folded.replace(/^ +| +$/g, '');
  const body = text.replace(PREFIX, '').replace(SUFFIX, '');
  const form = FORMS.find((f) => f.whole.test(body));
  if (form === undefined)
    return wrong(AMBIGUOUS.test(body) ? 'sheets.numberAmbiguous' : 'sheets.notNumber', text);
  const digits = body.replaceAll(form.group || '\0', '').replace(form.decimal, '.');
  const magnitude = Number(digits);
  if (!Number.isFinite(magnitude)) return wrong('sheets.numberNotFinite', text);
  if (magnitude > NUMBER_LIMIT) return wrong('sheets.numberTooLarge', text);
  // Divide rather than multiply by 0.01, so '70%' is exactly 0.7.
  const value = (NEGATIVE.test(text) ? -magnitude : magnitude) / (PERCENT.test(text) ? 100 : 1);
  return { ok: true, value: value === 0 ? 0 : value };
}
