/**
 * Splitting and joining of `str`: `split`, `rsplit` (whitespace mode when `sep`
 * is None, explicit-separator mode otherwise, both with `maxsplit`), `splitlines`
 * (every Python line boundary, `keepends`), `partition`, `rpartition`, `join`.
 * All separators Python treats as whitespace or line breaks are in the BMP, so
 * these scan UTF-16 code units directly.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#str.split
 */

import { valueError } from "./str-error.js";
import { isLineBreakCp, isSpaceCp } from "./unicode-props.js";
import { checkStringLength } from "../resource-limits.js";
import { indexOfCp, mayMatchInsidePair } from "./str-search.js";

function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  // Printable ASCII is never whitespace: one comparison for the common case.
  return c > 0x20 && c < 0x80 ? false : isSpaceCp(c);
}

/** Every character `str.isspace()` accepts except U+0020 (all in the BMP). */
const OTHER_SPACE = /[\t-\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/**
 * Whitespace `split()` of text whose only whitespace is U+0020: V8's native
 * split on " " (one scan, no per-character call), then the empty pieces of
 * runs of spaces and of leading/trailing spaces squeezed out in place.
 */
function splitOnSpaces(s: string): string[] {
  const out = s.split(" ");
  let k = 0;
  for (let i = 0; i < out.length; i++) {
    const w = out[i] as string;
    if (w.length === 0) continue;
    if (k !== i) out[k] = w;
    k++;
  }
  out.length = k;
  return out;
}

/** `str.split(sep=None, maxsplit=-1)`; `sep === undefined` means None. */
export function strSplit(s: string, sep?: string, maxsplit = -1): string[] {
  if (sep === undefined && maxsplit < 0 && !OTHER_SPACE.test(s)) return splitOnSpaces(s);
  const max = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (sep === undefined) {
    const n = s.length;
    let i = 0;
    while (i < n) {
      while (i < n && isSpaceAt(s, i)) i++;
      if (i === n) break;
      if (out.length >= max) {
        out.push(s.slice(i));
        return out;
      }
      const j = i;
      while (i < n && !isSpaceAt(s, i)) i++;
      out.push(s.slice(j, i));
    }
    return out;
  }
  if (sep.length === 0) throw valueError("empty separator");
  const careful = mayMatchInsidePair(sep);
  let from = 0;
  while (out.length < max) {
    const i = indexOfCp(s, sep, from, careful);
    if (i < 0) break;
    out.push(s.slice(from, i));
    from = i + sep.length;
  }
  out.push(s.slice(from));
  return out;
}

/** `str.rsplit(sep=None, maxsplit=-1)`. */
export function strRsplit(s: string, sep?: string, maxsplit = -1): string[] {
  const max = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (sep === undefined) {
    let i = s.length - 1;
    while (i >= 0) {
      while (i >= 0 && isSpaceAt(s, i)) i--;
      if (i < 0) break;
      if (out.length >= max) {
        out.push(s.slice(0, i + 1));
        break;
      }
      const j = i;
      while (i >= 0 && !isSpaceAt(s, i)) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) throw valueError("empty separator");
  let to = s.length;
  while (out.length < max) {
    if (to - sep.length < 0) break;
    const i = s.lastIndexOf(sep, to - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, to));
    to = i;
  }
  out.push(s.slice(0, to));
  return out.reverse();
}

/** `str.splitlines(keepends=False)`. */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isLineBreakCp(c)) {
      i++;
      continue;
    }
    let eol = i + 1;
    if (c === 0x0d && s.charCodeAt(eol) === 0x0a) eol++;
    out.push(s.slice(start, keepends ? eol : i));
    start = i = eol;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

/** `str.partition(sep)` → `[head, sep, tail]`. */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError("empty separator");
  const i = indexOfCp(s, sep, 0, mayMatchInsidePair(sep));
  if (i < 0) return [s, "", ""];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** `str.rpartition(sep)` → `[head, sep, tail]`. */
export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError("empty separator");
  const i = s.lastIndexOf(sep);
  if (i < 0) return ["", "", s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** `sep.join(parts)` once every item is known to be a str. */
export function strJoin(sep: string, parts: readonly string[]): string {
  const r = parts.join(sep);
  checkStringLength(r.length);
  return r;
}
