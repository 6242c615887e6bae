/**
 * Bytes ↔ latin-1 JS strings. Several bytes algorithms (search, replace,
 * explicit-separator split, partition) are the str algorithms run over the
 * latin-1 view of the bytes, where one byte is one UTF-16 unit (and one code
 * point), so positions carry over unchanged.
 */

const CHUNK = 0x2000;

/** Each byte as one char U+0000–U+00FF. */
export function latin1(b: Uint8Array): string {
  if (b.length <= CHUNK) return String.fromCharCode.apply(null, b as unknown as number[]);
  let out = "";
  for (let i = 0; i < b.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, b.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

/** Inverse of `latin1` (every char must be ≤ U+00FF). */
export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
