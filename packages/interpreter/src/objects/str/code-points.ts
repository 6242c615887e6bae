/**
 * Code-point indexing over JS strings.
 *
 * A Python `str` is a JS string (UTF-16). Python counts code points, so an astral
 * character (a surrogate pair) is one element. Every helper has an O(1)/O(n)
 * fast path for strings without surrogates, detected by `isBmp` (one regex test,
 * remembered for the last long string). A lone surrogate counts as one code
 * point, as in Python.
 */

import { isBmp } from "../str-support.js";

/** True when `s` contains any surrogate code unit (so code units ≠ code points); cached for long strings (str-support.ts). */
export function hasSurrogates(s: string): boolean {
  return !isBmp(s);
}

function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** `len(s)` in code points. */
export function cpLength(s: string): number {
  if (isBmp(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (isPairAt(s, i)) i++;
    n++;
  }
  return n;
}

/** Split into an array of code points (each a 1- or 2-unit string). */
export function toCodePoints(s: string): string[] {
  return Array.from(s);
}

/** Code-unit offset of code-point index `cp` (0 ≤ cp ≤ cpLength(s)). */
export function cpToUnit(s: string, cp: number): number {
  if (isBmp(s)) return cp;
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) i += isPairAt(s, i) ? 2 : 1;
  return i;
}

/** Code-point index of code-unit offset `unit`. */
export function unitToCp(s: string, unit: number): number {
  if (isBmp(s)) return unit;
  let n = 0;
  for (let i = 0; i < unit; i++) {
    if (isPairAt(s, i)) i++;
    n++;
  }
  return n;
}

/**
 * `s[i]` with Python's negative indexing; `undefined` when out of range
 * (the caller raises `IndexError: string index out of range`).
 */
export function cpIndex(s: string, i: number): string | undefined {
  if (isBmp(s)) {
    const j = i < 0 ? i + s.length : i;
    return j >= 0 && j < s.length ? s.charAt(j) : undefined;
  }
  const cps = Array.from(s);
  const j = i < 0 ? i + cps.length : i;
  return j >= 0 && j < cps.length ? cps[j] : undefined;
}

/** The resolved `(start, stop, step, length)` of a slice over a sequence of `length` items (PySlice_AdjustIndices). */
export interface SliceIndices {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  readonly length: number;
}

/** `slice(start, stop, step).indices(length)` plus the slice length; `undefined` bounds are `None`. */
export function sliceIndices(
  length: number,
  start: number | undefined,
  stop: number | undefined,
  step: number | undefined,
): SliceIndices {
  const st = step ?? 1;
  let a: number;
  let b: number;
  if (st > 0) {
    a = start === undefined ? 0 : start < 0 ? Math.max(start + length, 0) : Math.min(start, length);
    b = stop === undefined ? length : stop < 0 ? Math.max(stop + length, 0) : Math.min(stop, length);
    return { start: a, stop: b, step: st, length: b > a ? Math.floor((b - a - 1) / st) + 1 : 0 };
  }
  a = start === undefined ? length - 1 : start < 0 ? Math.max(start + length, -1) : Math.min(start, length - 1);
  b = stop === undefined ? -1 : stop < 0 ? Math.max(stop + length, -1) : Math.min(stop, length - 1);
  return { start: a, stop: b, step: st, length: a > b ? Math.floor((a - b - 1) / -st) + 1 : 0 };
}

/**
 * `s[start:stop:step]` with code-point semantics. `step` must not be 0 (the
 * caller raises `ValueError: slice step cannot be zero`).
 */
export function cpSlice(
  s: string,
  start: number | undefined,
  stop: number | undefined,
  step: number | undefined = 1,
): string {
  const fast = isBmp(s);
  if (fast && step === 1) {
    const r = sliceIndices(s.length, start, stop, 1);
    return r.length > 0 ? s.slice(r.start, r.stop) : "";
  }
  const units: ArrayLike<string> = fast ? s : Array.from(s);
  const r = sliceIndices(units.length, start, stop, step);
  if (r.step === 1) return (units as string[]).slice(r.start, r.stop).join("");
  let out = "";
  for (let k = 0, i = r.start; k < r.length; k++, i += r.step) out += units[i] as string;
  return out;
}

/**
 * Resolve Python `start`/`end` arguments of find/count/startswith (None → bounds,
 * negatives from the end, clamped) to code-point offsets `[lo, hi]`; `hi < lo`
 * is possible and means "empty window".
 */
export function resolveRange(len: number, start: number | undefined, end: number | undefined): [number, number] {
  let lo = start ?? 0;
  let hi = end ?? len;
  if (lo < 0) lo = Math.max(lo + len, 0);
  if (hi < 0) hi = Math.max(hi + len, 0);
  if (hi > len) hi = len;
  return [lo, hi];
}
