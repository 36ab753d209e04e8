/**
 * Bytes of an export into text with the browser's own TextDecoder: a BOM decides (UTF-8, UTF-16
 * LE/BE), then the pattern of NUL bytes (UTF-16 without a BOM: utf16ByNuls); otherwise UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and
 * GB2312, what Chinese Excel saves). Bytes invalid in the encoding are an error naming the line,
 * never mojibake.
 */

import { utf16ByNuls } from '../../../core/ingest';

export const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; encoding: Encoding; line: number };

function bomOf(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function strict(bytes: Uint8Array, encoding: Encoding): Decoded {
  try {
    // The decoder drops a BOM of its own encoding.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    const loose = new TextDecoder(encoding).decode(bytes);
    const at = loose.indexOf('\uFFFD');
    const line = loose.slice(0, Math.max(0, at)).split('\n').length;
    return { ok: false, encoding, line };
  }
}

export function decodeBytes(bytes: Uint8Array, chosen: Encoding | 'auto' = 'auto'): Decoded {
  if (chosen !== 'auto') return strict(bytes, chosen);
  const bom = bomOf(bytes);
  if (bom !== null) return strict(bytes, bom);
  const utf16 = utf16ByNuls(bytes);
  if (utf16 !== null) return strict(bytes, utf16);
  const utf8 = strict(bytes, 'utf-8');
  return utf8.ok ? utf8 : strict(bytes, 'gb18030');
}
