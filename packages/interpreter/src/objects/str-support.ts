/**
 * The few str primitives the object model needs (code-point length and
 * indexing, the str type's boxed-subclass class). The str methods themselves
 * live in objects/str/ (another area); these are deliberately minimal.
 */

import { PyObject } from "./object.js";
import { StrType, type PyType } from "./type.js";

/** An instance of a user subclass of `str`: the payload plus the subclass. */
export class PyStrObject extends PyObject {
  readonly value: string;
  constructor(value: string, cls: PyType = StrType) {
    super(cls);
    this.value = value;
  }
}

/*
 * Strings are JS primitives, so a per-string "all BMP" flag cannot live on
 * the string. Instead the last two long strings asked about are remembered
 * with their flags (and, for astral text, their code-point arrays): loops
 * that index or measure one or two strings repeatedly (`for i in
 * range(len(s)): s[i]`, `len(a) + len(b)`) pay the O(n) scan once instead of
 * per operation. Short strings are just scanned (the shortest by a loop,
 * cheaper than entering the regexp).
 */
const SURROGATE = /[\uD800-\uDFFF]/;
const CACHE_MIN = 32;
const LOOP_MAX = 8;
let lastStr = "";
let lastBmp = true;
let lastCps: string[] | null = null;
let prevStr = "";
let prevBmp = true;
let prevCps: string[] | null = null;

/** Make `s` the `last` entry: swap with `prev` when it is there, else scan it (the old `last` becomes `prev`). */
function remember(s: string): void {
  if (s === prevStr) {
    prevStr = lastStr;
    lastStr = s;
    const b = prevBmp;
    prevBmp = lastBmp;
    lastBmp = b;
    const c = prevCps;
    prevCps = lastCps;
    lastCps = c;
    return;
  }
  prevStr = lastStr;
  prevBmp = lastBmp;
  prevCps = lastCps;
  lastStr = s;
  lastBmp = !SURROGATE.test(s);
  lastCps = null;
}

/** True when `s` has no surrogate code units (then UTF-16 indexing = code-point indexing). */
export function isBmp(s: string): boolean {
  const n = s.length;
  if (n < CACHE_MIN) {
    if (n > LOOP_MAX) return !SURROGATE.test(s);
    for (let i = 0; i < n; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return false;
    return true;
  }
  if (s !== lastStr) remember(s);
  return lastBmp;
}

/** Number of code points. */
export function strLength(s: string): number {
  if (isBmp(s)) return s.length;
  return codePointArray(s).length;
}

/** The code points of `s` as an array of one-code-point strings (a fresh array: callers may mutate it). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** The code points of `s`, shared with the cache: callers must not mutate the array. */
export function codePointArray(s: string): readonly string[] {
  if (s.length < CACHE_MIN) return Array.from(s);
  if (s !== lastStr) remember(s);
  if (lastCps === null) lastCps = Array.from(s);
  return lastCps;
}

/** The str value of a str or str-subclass instance, else undefined. */
export function strValue(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyStrObject) return v.value;
  return undefined;
}
