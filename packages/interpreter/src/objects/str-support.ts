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
 * the string. Instead the last long string asked about is remembered with
 * its flag (and, for astral text, its code-point array): loops that index
 * or measure one string repeatedly (`for i in range(len(s)): s[i]`) pay the
 * O(n) scan once instead of per operation. Short strings are just scanned.
 */
const SURROGATE = /[\uD800-\uDFFF]/;
const CACHE_MIN = 32;
let lastStr = "";
let lastBmp = true;
let lastCps: string[] | null = null;

function remember(s: string): void {
  lastStr = s;
  lastBmp = !SURROGATE.test(s);
  lastCps = null;
}

/** True when `s` has no surrogate code units (then UTF-16 indexing = code-point indexing). */
export function isBmp(s: string): boolean {
  if (s.length < CACHE_MIN) return s.length === 1 ? (s.charCodeAt(0) & 0xf800) !== 0xd800 : !SURROGATE.test(s);
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
