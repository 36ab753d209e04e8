/**
 * UTF-16 without a byte-order mark, told by where its NUL bytes fall: the high byte of every ASCII
 * character (digits, commas, line breaks — a CSV is full of them) is NUL, at odd offsets in
 * little-endian, even ones in big-endian. Characters whose low byte is 0 (一 U+4E00, 开, 退) put
 * a few NULs in the other half too, so the test is that one half holds many and the other few;
 * a binary file holds them in both halves alike. Null when the bytes are not UTF-16 by this test.
 */
export function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 65536);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const many = Math.max(even, odd);
  const few = Math.min(even, odd);
  if (many < (sample.length / 2) * 0.2 || few > many * 0.25) return null;
  return odd > even ? 'utf-16le' : 'utf-16be';
}
