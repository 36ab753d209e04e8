import { type Message, message } from '../messages/catalogue';

/** What reading a number written as text gives: the number, or why it is not one. */
export type NumberText = { ok: true; value: number } | { ok: false; reason: Message };

const DIGITS = /^\d+$/;
/** Digit groups of a thousands separator: 1–3 digits, then groups of exactly three. */
const isGrouped = (groups: string[]): boolean =>
  groups.length > 1 &&
  /^\d{1,3}$/.test(groups[0] ?? '') &&
  groups.slice(1).every((group) => /^\d{3}$/.test(group));

const wrong = (key: Parameters<typeof message>[0], text: string): NumberText => ({
  ok: false,
  reason: message(key, { text }),
});

/**
 * Reads a number as people write it in a shop's sheets and order exports (NFKC-normalised first,
 * so full-width digits and ￥ read as their ASCII forms):
 * - an optional sign, then an optional currency mark ¥ or $ (or the sign after it), an optional
 *   trailing 元 or % (70% is 0.7);
 * - plain digits with one `.` decimal point: 1234.5, .5, 5.;
 * - scientific notation on a plain number: 1.5e3;
 * - thousands grouped by `,`, a space or `.` in groups of three (1,234,567 · 1 234 567 · 1.234.567),
 *   with the other mark as the decimal point: 1,234.50 · 1.234,50 · 1 234,5 · 1 234.5;
 * - a single `,` followed by one or two digits is a decimal comma (12,50 is 12.5); followed by
 *   three digits it groups thousands (1,234 is 1234), as Chinese and English sheets write it.
 * Anything else — groups of the wrong size, two decimal marks, 1,2345 — is refused with a reason
 * rather than guessed, and so is a value too large to be a finite number (1e400).
 */
export function readNumberText(raw: string): NumberText {
  const text = raw.normalize('NFKC').trim();
  let body = text;
  let negative = false;
  let divisor = 1;
  const sign = /^[+-]/.exec(body);
  if (sign) {
    negative = sign[0] === '-';
    body = body.slice(1).trimStart();
  }
  if (/^[¥$]/.test(body)) body = body.slice(1).trimStart();
  if (!sign) {
    const after = /^[+-]/.exec(body);
    if (after) {
      negative = after[0] === '-';
      body = body.slice(1).trimStart();
    }
  }
  if (body.endsWith('%')) {
    body = body.slice(0, -1).trimEnd();
    divisor = 100;
  } else if (body.endsWith('元')) body = body.slice(0, -1).trimEnd();
  const plain = plainNumber(body, text);
  if (!plain.ok) return plain;
  if (!Number.isFinite(plain.value)) return wrong('sheets.numberNotFinite', text);
  // Divide rather than multiply by 0.01, so '70%' is exactly 0.7.
  const value = (negative ? -plain.value : plain.value) / divisor;
  return { ok: true, value: value === 0 ? 0 : value };
}

/** The unsigned number in `body`, by the separators it uses. */
function plainNumber(body: string, text: string): NumberText {
  if (body === '') return wrong('sheets.notNumber', text);
  if (/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return { ok: true, value: Number(body) };
  if (/^[\d.,\s]+$/.test(body) === false) return wrong('sheets.notNumber', text);
  const spaced = /\s/.test(body);
  const commas = (body.match(/,/g) ?? []).length;
  const dots = (body.match(/\./g) ?? []).length;
  // A space groups thousands; the comma or point left over is the decimal mark.
  if (spaced) {
    if (commas > 0 && dots > 0) return wrong('sheets.numberAmbiguous', text);
    const [whole, fraction, extra] = body.split(/[.,]/);
    if (extra !== undefined) return wrong('sheets.numberAmbiguous', text);
    return grouped(whole!.split(/\s+/), fraction, text);
  }
  if (commas > 0 && dots > 0) {
    // The mark that comes last is the decimal mark; the other one groups thousands.
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole, fraction, extra] = body.split(decimal);
    if (extra !== undefined) return wrong('sheets.numberAmbiguous', text);
    return grouped(whole!.split(group), fraction, text);
  }
  const mark = commas > 0 ? ',' : '.';
  const parts = body.split(mark);
  if (isGrouped(parts)) return grouped(parts, undefined, text);
  if (mark === ',' && parts.length === 2 && DIGITS.test(parts[0]!) && /^\d{1,2}$/.test(parts[1]!)) {
    return { ok: true, value: Number(`${parts[0]}.${parts[1]}`) };
  }
  return wrong('sheets.numberAmbiguous', text);
}

function grouped(groups: string[], fraction: string | undefined, text: string): NumberText {
  const whole = groups.length === 1 ? DIGITS.test(groups[0]!) : isGrouped(groups);
  if (!whole || (fraction !== undefined && !DIGITS.test(fraction)))
    return wrong('sheets.numberAmbiguous', text);
  return { ok: true, value: Number(`${groups.join('')}.${fraction ?? '0'}`) };
}
