/**
 * Bytes of an exported file → text, never mojibake: a byte-order mark names UTF-8 or UTF-16;
 * otherwise valid UTF-8 is UTF-8, and anything else is read as GB18030 (which covers GBK and
 * GB2312: what Chinese Excel and the shop platforms save). chardet's guess is not used to pick
 * between CJK encodings — on short Chinese exports it says EUC-KR or ISO-8859-1 as often as GB18030
 * (measured) — but it does recognise UTF-16 without a mark, and it names the likely encoding when
 * a file is neither. Bytes invalid in the chosen encoding are an error naming their line.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { utf16ByNuls } from '../../core/ingest';

export { utf16ByNuls };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Bytes that are not valid in the encoding the file was read as. */
export class InvalidBytesError extends Error {
  override name = 'InvalidBytesError';
  constructor(
    readonly line: number,
    readonly encoding: string,
  ) {
    super(`line ${line}: bytes that are not valid ${encoding}`);
  }
}

const BOMS: [TextEncoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030/GBK',
};

/** Leading byte-order marks (a file saved twice over may hold two) and every U+FEFF left in the text. */
const stripMarks = (decoded: DecodedText): DecodedText =>
  decoded.text.includes('\ufeff') ? { ...decoded, text: decoded.text.replaceAll('\ufeff', '') } : decoded;

export function decodeText(bytes: Uint8Array): DecodedText {
  return stripMarks(decodeBytes(bytes));
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  for (const [encoding, mark] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return strictly(bytes.subarray(mark.length), encoding);
  }
  const utf16 = utf16ByNuls(bytes);
  if (utf16 !== null) return strictly(bytes, utf16);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD') || looksLikeUtf8(utf8)) return strictly(bytes, 'utf-8');
  // chardet reads every byte it is given; the first 64 KiB tell UTF-16 apart as well as the whole file.
  const guess = chardet.detect(bytes.subarray(0, 65536));
  if (guess === 'UTF-16LE') return strictly(bytes, 'utf-16le');
  if (guess === 'UTF-16BE') return strictly(bytes, 'utf-16be');
  return strictly(bytes, 'gb18030');
}

/**
 * Mostly well-formed multi-byte UTF-8 with a few bad bytes is a damaged UTF-8 file, not GBK:
 * GBK read as UTF-8 yields far more replacement characters than real ones.
 */
function looksLikeUtf8(text: string): boolean {
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') bad++;
    else if (ch.codePointAt(0)! > 0x7f) good++;
  }
  return good >= 4 * bad;
}

/** Decodes, then encodes back: where the bytes differ first is the first invalid byte. */
function strictly(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  const text =
    encoding === 'gb18030'
      ? iconv.decode(Buffer.from(bytes), encoding)
      : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const back = iconv.encode(text, encoding);
  if (back.length === bytes.length && back.equals(bytes)) return { text, encoding };
  let at = 0;
  while (at < bytes.length && at < back.length && bytes[at] === back[at]) at++;
  const before =
    encoding === 'gb18030'
      ? iconv.decode(Buffer.from(bytes.subarray(0, at)), encoding)
      : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, at));
  throw new InvalidBytesError(before.split('\n').length, NAMES[encoding]);
}
