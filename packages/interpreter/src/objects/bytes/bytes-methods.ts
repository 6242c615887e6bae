/**
 * The methods shared by `bytes` and `bytearray`, as pure functions over
 * `Uint8Array` (results are new arrays; the method tables wrap them in the
 * receiver's type).
 *
 * Search, replace, explicit-separator split and partition run the str
 * algorithms over the latin-1 view (`latin1.ts`), where positions coincide.
 * Whitespace (`split()`, `strip()`, `isspace`) and case (`upper`, `title`, …)
 * are ASCII-only for bytes, as in CPython (`Py_ISSPACE`, `Py_TOUPPER`).
 *
 * https://docs.python.org/3.11/library/stdtypes.html#bytes-and-bytearray-operations
 */

import { valueError } from "../str/str-error.js";
import * as S from "../str/index.js";
import { fromLatin1, latin1 } from "./latin1.js";

type Bytes = Uint8Array;

/** A search argument: bytes-like or a single byte value (0–255). */
export type ByteNeedle = Bytes | number;

function needle(sub: ByteNeedle): string {
  if (typeof sub === "number") {
    if (sub < 0 || sub > 255) throw valueError("byte must be in range(0, 256)");
    return String.fromCharCode(sub);
  }
  return latin1(sub);
}

export const bytesFind = (b: Bytes, sub: ByteNeedle, start?: number, end?: number): number =>
  S.strFind(latin1(b), needle(sub), start, end);
export const bytesRfind = (b: Bytes, sub: ByteNeedle, start?: number, end?: number): number =>
  S.strRfind(latin1(b), needle(sub), start, end);
export function bytesIndex(b: Bytes, sub: ByteNeedle, start?: number, end?: number): number {
  const i = bytesFind(b, sub, start, end);
  if (i < 0) throw valueError("subsection not found");
  return i;
}
export function bytesRindex(b: Bytes, sub: ByteNeedle, start?: number, end?: number): number {
  const i = bytesRfind(b, sub, start, end);
  if (i < 0) throw valueError("subsection not found");
  return i;
}
export const bytesCount = (b: Bytes, sub: ByteNeedle, start?: number, end?: number): number =>
  S.strCount(latin1(b), needle(sub), start, end);
export const bytesStartswith = (b: Bytes, prefix: Bytes | readonly Bytes[], start?: number, end?: number): boolean =>
  S.strStartswith(latin1(b), prefix instanceof Uint8Array ? latin1(prefix) : prefix.map(latin1), start, end);
export const bytesEndswith = (b: Bytes, suffix: Bytes | readonly Bytes[], start?: number, end?: number): boolean =>
  S.strEndswith(latin1(b), suffix instanceof Uint8Array ? latin1(suffix) : suffix.map(latin1), start, end);
export const bytesContains = (b: Bytes, sub: ByteNeedle): boolean => latin1(b).includes(needle(sub));

export const bytesReplace = (b: Bytes, old: Bytes, repl: Bytes, count = -1): Bytes =>
  fromLatin1(S.strReplace(latin1(b), latin1(old), latin1(repl), count));
export const bytesRemoveprefix = (b: Bytes, p: Bytes): Bytes => fromLatin1(S.strRemoveprefix(latin1(b), latin1(p)));
export const bytesRemovesuffix = (b: Bytes, p: Bytes): Bytes => fromLatin1(S.strRemovesuffix(latin1(b), latin1(p)));

export function bytesPartition(b: Bytes, sep: Bytes): [Bytes, Bytes, Bytes] {
  const [h, s, t] = S.strPartition(latin1(b), latin1(sep));
  return [fromLatin1(h), fromLatin1(s), fromLatin1(t)];
}
export function bytesRpartition(b: Bytes, sep: Bytes): [Bytes, Bytes, Bytes] {
  const [h, s, t] = S.strRpartition(latin1(b), latin1(sep));
  return [fromLatin1(h), fromLatin1(s), fromLatin1(t)];
}

/** ASCII whitespace: space, \t \n \v \f \r. */
export const isByteSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** `split(sep=None, maxsplit=-1)`. */
export function bytesSplit(b: Bytes, sep?: Bytes, maxsplit = -1): Bytes[] {
  if (sep !== undefined) return S.strSplit(latin1(b), latin1(sep), maxsplit).map(fromLatin1);
  const max = maxsplit < 0 ? Infinity : maxsplit;
  const out: Bytes[] = [];
  let i = 0;
  const n = b.length;
  while (i < n) {
    while (i < n && isByteSpace(b[i] as number)) i++;
    if (i === n) break;
    if (out.length >= max) {
      out.push(b.slice(i));
      return out;
    }
    const j = i;
    while (i < n && !isByteSpace(b[i] as number)) i++;
    out.push(b.slice(j, i));
  }
  return out;
}

/** `rsplit(sep=None, maxsplit=-1)`. */
export function bytesRsplit(b: Bytes, sep?: Bytes, maxsplit = -1): Bytes[] {
  if (sep !== undefined) return S.strRsplit(latin1(b), latin1(sep), maxsplit).map(fromLatin1);
  const max = maxsplit < 0 ? Infinity : maxsplit;
  const out: Bytes[] = [];
  let i = b.length - 1;
  while (i >= 0) {
    while (i >= 0 && isByteSpace(b[i] as number)) i--;
    if (i < 0) break;
    if (out.length >= max) {
      out.push(b.slice(0, i + 1));
      break;
    }
    const j = i;
    while (i >= 0 && !isByteSpace(b[i] as number)) i--;
    out.push(b.slice(i + 1, j + 1));
  }
  return out.reverse();
}

/** `splitlines(keepends=False)`: only \n, \r and \r\n for bytes. */
export function bytesSplitlines(b: Bytes, keepends = false): Bytes[] {
  const out: Bytes[] = [];
  let start = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c !== 0x0a && c !== 0x0d) {
      i++;
      continue;
    }
    let eol = i + 1;
    if (c === 0x0d && b[eol] === 0x0a) eol++;
    out.push(b.slice(start, keepends ? eol : i));
    start = i = eol;
  }
  if (start < b.length) out.push(b.slice(start));
  return out;
}

export function bytesJoin(sep: Bytes, parts: readonly Bytes[]): Bytes {
  let total = sep.length * Math.max(0, parts.length - 1);
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let o = 0;
  parts.forEach((p, k) => {
    if (k > 0) {
      out.set(sep, o);
      o += sep.length;
    }
    out.set(p, o);
    o += p.length;
  });
  return out;
}

function stripImpl(b: Bytes, chars: Bytes | undefined, left: boolean, right: boolean): Bytes {
  const inSet = chars === undefined ? isByteSpace : (c: number): boolean => chars.includes(c);
  let i = 0;
  let j = b.length;
  if (left) while (i < j && inSet(b[i] as number)) i++;
  if (right) while (j > i && inSet(b[j - 1] as number)) j--;
  return b.slice(i, j);
}
export const bytesStrip = (b: Bytes, chars?: Bytes): Bytes => stripImpl(b, chars, true, true);
export const bytesLstrip = (b: Bytes, chars?: Bytes): Bytes => stripImpl(b, chars, true, false);
export const bytesRstrip = (b: Bytes, chars?: Bytes): Bytes => stripImpl(b, chars, false, true);

// ASCII case and classes.
const isLow = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUp = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isDig = (c: number): boolean => c >= 0x30 && c <= 0x39;

function mapBytes(b: Bytes, f: (c: number, i: number) => number): Bytes {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i] as number, i);
  return out;
}

export const bytesLower = (b: Bytes): Bytes => mapBytes(b, (c) => (isUp(c) ? c + 32 : c));
export const bytesUpper = (b: Bytes): Bytes => mapBytes(b, (c) => (isLow(c) ? c - 32 : c));
export const bytesSwapcase = (b: Bytes): Bytes => mapBytes(b, (c) => (isUp(c) ? c + 32 : isLow(c) ? c - 32 : c));
export const bytesCapitalize = (b: Bytes): Bytes =>
  mapBytes(b, (c, i) => (i === 0 ? (isLow(c) ? c - 32 : c) : isUp(c) ? c + 32 : c));
export function bytesTitle(b: Bytes): Bytes {
  let prevCased = false;
  return mapBytes(b, (c) => {
    const r = prevCased ? (isUp(c) ? c + 32 : c) : isLow(c) ? c - 32 : c;
    prevCased = isUp(c) || isLow(c);
    return r;
  });
}

function every(b: Bytes, f: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (let i = 0; i < b.length; i++) if (!f(b[i] as number)) return false;
  return true;
}
export const bytesIsalnum = (b: Bytes): boolean => every(b, (c) => isLow(c) || isUp(c) || isDig(c));
export const bytesIsalpha = (b: Bytes): boolean => every(b, (c) => isLow(c) || isUp(c));
export const bytesIsdigit = (b: Bytes): boolean => every(b, isDig);
export const bytesIsspace = (b: Bytes): boolean => every(b, isByteSpace);
export const bytesIsascii = (b: Bytes): boolean => b.every((c) => c < 0x80);
export function bytesIslower(b: Bytes): boolean {
  let cased = false;
  for (const c of b) {
    if (isUp(c)) return false;
    if (isLow(c)) cased = true;
  }
  return cased;
}
export function bytesIsupper(b: Bytes): boolean {
  let cased = false;
  for (const c of b) {
    if (isLow(c)) return false;
    if (isUp(c)) cased = true;
  }
  return cased;
}
export const bytesIstitle = (b: Bytes): boolean => S.strIstitle(latin1(b.map((c) => (c < 0x80 ? c : 0x20))));

/** Padding takes the fill byte as a number (the method table checks "a byte string of length 1"). */
const fillStr = (fill: number): string => String.fromCharCode(fill);

export const bytesCenter = (b: Bytes, width: number, fill = 0x20): Bytes =>
  fromLatin1(S.strCenter(latin1(b), width, fillStr(fill)));
export const bytesLjust = (b: Bytes, width: number, fill = 0x20): Bytes =>
  fromLatin1(S.strLjust(latin1(b), width, fillStr(fill)));
export const bytesRjust = (b: Bytes, width: number, fill = 0x20): Bytes =>
  fromLatin1(S.strRjust(latin1(b), width, fillStr(fill)));
export const bytesZfill = (b: Bytes, width: number): Bytes => fromLatin1(S.strZfill(latin1(b), width));
export const bytesExpandtabs = (b: Bytes, tabsize = 8): Bytes => fromLatin1(S.strExpandtabs(latin1(b), tabsize));

/** `bytes.maketrans(from, to)`: a 256-byte table. */
export function bytesMaketrans(from: Bytes, to: Bytes): Bytes {
  if (from.length !== to.length) throw valueError("maketrans arguments must have same length");
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < from.length; i++) table[from[i] as number] = to[i] as number;
  return table;
}

/** `translate(table, /, delete=b'')`; `table` null means identity. */
export function bytesTranslate(b: Bytes, table: Bytes | null, del?: Bytes): Bytes {
  if (table !== null && table.length !== 256) throw valueError("translation table must be 256 characters long");
  const out: number[] = [];
  for (const c of b) {
    if (del !== undefined && del.includes(c)) continue;
    out.push(table === null ? c : (table[c] as number));
  }
  return Uint8Array.from(out);
}
