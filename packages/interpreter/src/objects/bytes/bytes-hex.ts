/**
 * `bytes.hex(sep, bytes_per_sep)` and `bytes.fromhex(string)` (CPython 3.11
 * `_Py_strhex_impl` / `_PyBytes_FromHex`).
 *
 * https://docs.python.org/3.11/library/stdtypes.html#bytes.hex
 */

import { valueError } from "../str/str-error.js";

/**
 * Lowercase hex of `b`; with `sep`, a separator every `|bytesPerSep|` bytes,
 * counted from the right when positive and from the left when negative.
 * `sep` must be one ASCII character (the caller has converted bytes/str).
 */
export function bytesHex(b: Uint8Array, sep?: string, bytesPerSep = 1): string {
  let hex = "";
  for (let i = 0; i < b.length; i++) hex += ((b[i] as number) < 16 ? "0" : "") + (b[i] as number).toString(16);
  if (sep === undefined) return hex;
  if (sep.length !== 1) throw valueError("sep must be length 1.");
  if (sep.charCodeAt(0) > 0x7f) throw valueError("sep must be ASCII.");
  if (bytesPerSep === 0 || b.length === 0) return hex;
  const per = Math.abs(bytesPerSep);
  const groups: string[] = [];
  if (bytesPerSep > 0) {
    // Group from the right: the first group may be short.
    let end = b.length;
    while (end > 0) {
      const start = Math.max(0, end - per);
      groups.unshift(hex.slice(start * 2, end * 2));
      end = start;
    }
  } else {
    for (let start = 0; start < b.length; start += per) groups.push(hex.slice(start * 2, Math.min(b.length, start + per) * 2));
  }
  return groups.join(sep);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

const isFromhexSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs. */
export function bytesFromhex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isFromhexSpace(c)) {
      i++;
      continue;
    }
    const hi = hexValue(c);
    if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (i + 1 >= n) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    const lo = hexValue(s.charCodeAt(i + 1));
    if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}
