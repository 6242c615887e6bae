/**
 * Substring search of `str`: `find`, `rfind`, `index`, `rindex`, `count`,
 * `startswith`, `endswith`, `replace`, `removeprefix`, `removesuffix`.
 *
 * Python's `start`/`end` arguments and the returned positions are code-point
 * indices; the search itself runs on UTF-16 code units (JS `indexOf`), with the
 * window converted at the edges. Out-of-window rules follow CPython's
 * `ADJUST_INDICES` (`'abc'.find('', 4) == -1`, `'abc'.count('', 5) == 0`).
 *
 * https://docs.python.org/3.11/library/stdtypes.html#str.find
 */

import { cpLength, cpToUnit, hasSurrogates, resolveRange, unitToCp } from "./code-points.js";
import { valueError } from "./str-error.js";

/** Resolved search window in code units, or `undefined` when `sub` cannot fit. */
function unitWindow(
  s: string,
  sub: string,
  start: number | undefined,
  end: number | undefined,
  bmp: boolean = !hasSurrogates(s),
): [number, number] | undefined {
  if (bmp) {
    // Code units are code points here; a `sub` with surrogates (longer in units
    // than in code points) cannot occur in `s`, so its unit length decides as well.
    const [lo, hi] = resolveRange(s.length, start, end);
    return hi - lo < sub.length ? undefined : [lo, hi];
  }
  const [lo, hi] = resolveRange(cpLength(s), start, end);
  if (hi - lo < cpLength(sub)) return undefined;
  return [cpToUnit(s, lo), cpToUnit(s, hi)];
}

/**
 * `[lo, hi)` of a start/end window over a BMP string of length `len`, into
 * the module's `winLo`/`winHi` (no tuple: find/count run in loops).
 */
let winLo = 0;
let winHi = 0;
function bmpWindow(len: number, start: number | undefined, end: number | undefined): void {
  let lo = start === undefined ? 0 : start;
  let hi = end === undefined ? len : end;
  if (lo < 0) lo = lo + len < 0 ? 0 : lo + len;
  if (hi < 0) hi = hi + len < 0 ? 0 : hi + len;
  winLo = lo;
  winHi = hi > len ? len : hi;
}

export function strFind(s: string, sub: string, start?: number, end?: number): number {
  const bmp = !hasSurrogates(s);
  if (bmp) {
    if (start === undefined && end === undefined) return s.indexOf(sub); // a sub with surrogates cannot occur
    bmpWindow(s.length, start, end);
    const lo = winLo, hi = winHi;
    if (hi - lo < sub.length) return -1;
    const i = s.indexOf(sub, lo);
    return i < 0 || i + sub.length > hi ? -1 : i;
  }
  const w = unitWindow(s, sub, start, end, bmp);
  if (w === undefined) return -1;
  let i = s.indexOf(sub, w[0]);
  while (i >= 0 && i + sub.length <= w[1] && splitsPair(s, i, sub.length)) i = s.indexOf(sub, i + 1);
  if (i < 0 || i + sub.length > w[1]) return -1;
  return unitToCp(s, i);
}

/**
 * Whether unit matches of `sub` can split a surrogate pair of the text: only
 * when `sub` starts with a low or ends with a high surrogate (a lone one, to
 * Python). Then a unit match is a code-point match only where `splitsPair`
 * says no.
 */
export function mayMatchInsidePair(sub: string): boolean {
  return sub.length > 0 && (isLowSurrogate(sub.charCodeAt(0)) || isHighSurrogate(sub.charCodeAt(sub.length - 1)));
}

/** The first code-point match of `sub` (non-empty) in `s` at or after unit `from`, as a unit index, or -1. */
export function indexOfCp(s: string, sub: string, from: number, careful: boolean): number {
  let i = s.indexOf(sub, from);
  if (careful) while (i >= 0 && splitsPair(s, i, sub.length)) i = s.indexOf(sub, i + 1);
  return i;
}

/** Whether a code-unit match of length `n` at unit `i` of `s` starts or ends inside a surrogate pair (then it is no code-point match). */
export function splitsPair(s: string, i: number, n: number): boolean {
  if (i > 0 && isLowSurrogate(s.charCodeAt(i)) && isHighSurrogate(s.charCodeAt(i - 1))) return true;
  return n > 0 && isHighSurrogate(s.charCodeAt(i + n - 1)) && isLowSurrogate(s.charCodeAt(i + n));
}

export function strRfind(s: string, sub: string, start?: number, end?: number): number {
  const bmp = !hasSurrogates(s);
  const w = unitWindow(s, sub, start, end, bmp);
  if (w === undefined) return -1;
  let i = s.lastIndexOf(sub, w[1] - sub.length);
  if (!bmp) while (i > w[0] && splitsPair(s, i, sub.length)) i = s.lastIndexOf(sub, i - 1);
  if (i < w[0] || (!bmp && splitsPair(s, i, sub.length))) return -1;
  return bmp ? i : unitToCp(s, i);
}

export function strIndex(s: string, sub: string, start?: number, end?: number): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) throw valueError("substring not found");
  return i;
}

export function strRindex(s: string, sub: string, start?: number, end?: number): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) throw valueError("substring not found");
  return i;
}

export function strCount(s: string, sub: string, start?: number, end?: number): number {
  if (sub.length > 0 && !hasSurrogates(s)) {
    bmpWindow(s.length, start, end);
    const lo = winLo, hi = winHi;
    let n = 0;
    if (hi - lo < sub.length) return 0;
    for (let i = s.indexOf(sub, lo); i >= 0 && i + sub.length <= hi; i = s.indexOf(sub, i + sub.length)) n++;
    return n;
  }
  const w = unitWindow(s, sub, start, end);
  if (w === undefined) return 0;
  const [lo, hi] = w;
  if (sub.length === 0) {
    // One match between every pair of code points in the window, plus both ends.
    return (hasSurrogates(s) ? cpLength(s.slice(lo, hi)) : hi - lo) + 1;
  }
  let n = 0;
  for (let i = s.indexOf(sub, lo); i >= 0 && i + sub.length <= hi; ) {
    if (splitsPair(s, i, sub.length)) {
      i = s.indexOf(sub, i + 1);
      continue;
    }
    n++;
    i = s.indexOf(sub, i + sub.length);
  }
  return n;
}

/** One prefix test with CPython's `tailmatch` window rules. */
function tailMatch(s: string, sub: string, start: number | undefined, end: number | undefined, suffix: boolean): boolean {
  if (start === undefined && end === undefined) {
    // Whole-string test: code units match code points unless the match splits a surrogate pair of `s`.
    const n = sub.length;
    if (n === 0) return true;
    if (suffix) {
      if (!s.endsWith(sub)) return false;
      const at = s.length - n;
      return !(at > 0 && isLowSurrogate(sub.charCodeAt(0)) && isHighSurrogate(s.charCodeAt(at - 1)));
    }
    if (!s.startsWith(sub)) return false;
    return !(n < s.length && isHighSurrogate(sub.charCodeAt(n - 1)) && isLowSurrogate(s.charCodeAt(n)));
  }
  const len = cpLength(s);
  const [lo, hi] = resolveRange(len, start, end);
  const subLen = cpLength(sub);
  if (hi - subLen < lo) return false;
  if (subLen === 0) return true;
  if (!hasSurrogates(s)) return suffix ? s.startsWith(sub, hi - subLen) : s.startsWith(sub, lo);
  const at = cpToUnit(s, suffix ? hi - subLen : lo);
  return s.startsWith(sub, at) && !splitsPair(s, at, sub.length);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** `str.startswith(prefix, start, end)`; `prefix` may be a tuple of strings. */
export function strStartswith(s: string, prefix: string | readonly string[], start?: number, end?: number): boolean {
  if (typeof prefix === "string") return tailMatch(s, prefix, start, end, false);
  return prefix.some((p) => tailMatch(s, p, start, end, false));
}

/** `str.endswith(suffix, start, end)`; `suffix` may be a tuple of strings. */
export function strEndswith(s: string, suffix: string | readonly string[], start?: number, end?: number): boolean {
  if (typeof suffix === "string") return tailMatch(s, suffix, start, end, true);
  return suffix.some((p) => tailMatch(s, p, start, end, true));
}

/** `str.replace(old, new, count=-1)`; a negative count means "all". */
export function strReplace(s: string, old: string, repl: string, count = -1): string {
  if (count === 0) return s;
  if (old.length === 0) {
    const cps = Array.from(s);
    const max = count < 0 ? cps.length + 1 : Math.min(count, cps.length + 1);
    let out = "";
    for (let i = 0; i < cps.length; i++) out += (i < max ? repl : "") + (cps[i] as string);
    return max > cps.length ? out + repl : out;
  }
  // A lone surrogate in `old` must not match half of a pair in `s`.
  const careful = mayMatchInsidePair(old);
  let i = indexOfCp(s, old, 0, careful);
  if (i < 0) return s;
  // Concatenation builds a rope that V8 flattens once when it is next read;
  // cheaper than split + join's intermediate array of pieces.
  let out = "";
  let from = 0;
  for (let n = count < 0 ? Infinity : count; n > 0 && i >= 0; n--) {
    out += s.slice(from, i) + repl;
    from = i + old.length;
    i = indexOfCp(s, old, from, careful);
  }
  return out + s.slice(from);
}

export function strRemoveprefix(s: string, prefix: string): string {
  return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function strRemovesuffix(s: string, suffix: string): string {
  return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}
