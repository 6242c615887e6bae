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

export function strFind(s: string, sub: string, start?: number, end?: number): number {
  const bmp = !hasSurrogates(s);
  if (bmp && start === undefined && end === undefined) return s.indexOf(sub); // a sub with surrogates cannot occur
  const w = unitWindow(s, sub, start, end, bmp);
  if (w === undefined) return -1;
  const i = s.indexOf(sub, w[0]);
  if (i < 0 || i + sub.length > w[1]) return -1;
  return bmp ? i : unitToCp(s, i);
}

export function strRfind(s: string, sub: string, start?: number, end?: number): number {
  const bmp = !hasSurrogates(s);
  const w = unitWindow(s, sub, start, end, bmp);
  if (w === undefined) return -1;
  const i = s.lastIndexOf(sub, w[1] - sub.length);
  if (i < w[0]) return -1;
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
  const w = unitWindow(s, sub, start, end);
  if (w === undefined) return 0;
  const [lo, hi] = w;
  if (sub.length === 0) {
    // One match between every pair of code points in the window, plus both ends.
    return (hasSurrogates(s) ? cpLength(s.slice(lo, hi)) : hi - lo) + 1;
  }
  let n = 0;
  for (let i = s.indexOf(sub, lo); i >= 0 && i + sub.length <= hi; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** One prefix test with CPython's `tailmatch` window rules. */
function tailMatch(s: string, sub: string, start: number | undefined, end: number | undefined, suffix: boolean): boolean {
  const len = cpLength(s);
  const [lo, hi] = resolveRange(len, start, end);
  const subLen = cpLength(sub);
  if (hi - subLen < lo) return false;
  if (subLen === 0) return true;
  if (!hasSurrogates(s)) return suffix ? s.startsWith(sub, hi - subLen) : s.startsWith(sub, lo);
  return s.startsWith(sub, cpToUnit(s, suffix ? hi - subLen : lo));
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
  let i = s.indexOf(old);
  if (i < 0) return s;
  // Concatenation builds a rope that V8 flattens once when it is next read;
  // cheaper than split + join's intermediate array of pieces.
  let out = "";
  let from = 0;
  for (let n = count < 0 ? Infinity : count; n > 0 && i >= 0; n--) {
    out += s.slice(from, i) + repl;
    from = i + old.length;
    i = s.indexOf(old, from);
  }
  return out + s.slice(from);
}

export function strRemoveprefix(s: string, prefix: string): string {
  return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function strRemovesuffix(s: string, suffix: string): string {
  return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}
