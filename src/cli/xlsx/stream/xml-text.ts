const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A numeric character reference to no character (`&#x110000;`): Excel never writes one. `cell` is filled in by the sheet's reader. */
export class CharRefError extends Error {
  override name = 'CharRefError';
  cell: string | null = null;
  constructor(readonly ref: string) {
    super(`${ref} is not a character`);
  }
}

const MAX_CODE_POINT = 0x10ffff;

/** Text of an XML text node or attribute value: the five entities and numeric references decoded. */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      if (!(code <= MAX_CODE_POINT)) throw new CharRefError(whole);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/** Whether XML 1.0 can hold the character (not the control characters other than tab and line breaks). */
const xmlCanHold = (code: number) =>
  code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x09 || code === 0x0a || code === 0x0d;

/** Escapes text for a cell: characters XML cannot hold are written as Excel's _xHHHH_ escapes. */
export function escapeCellText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += xmlCanHold(code) ? char : `_x${code.toString(16).padStart(4, '0').toUpperCase()}_`;
  }
  return escapeXml(out);
}

/** The value of one attribute in the text of a start tag ('' when absent). */
export function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]!) : undefined;
}

/** Concatenated text of the <t> elements of a string item, leaving out phonetic runs (<rPh>). */
export function stringItemText(xml: string): string {
  const body = xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '');
  let text = '';
  for (const match of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += match[1];
  return unescapeXml(text);
}

/** 'AB' → 28. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** 28 → 'AB'. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
