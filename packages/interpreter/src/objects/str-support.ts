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

/** True when `s` has no surrogate code units (then UTF-16 indexing = code-point indexing). */
export function isBmp(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return false;
  }
  return true;
}

/** Number of code points. */
export function strLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The code points of `s` as an array of one-code-point strings. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** The str value of a str or str-subclass instance, else undefined. */
export function strValue(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyStrObject) return v.value;
  return undefined;
}
