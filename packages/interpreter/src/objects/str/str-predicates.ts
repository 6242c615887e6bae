/**
 * Character-class predicates of `str`: `isalnum`, `isalpha`, `isascii`,
 * `isdecimal`, `isdigit`, `isidentifier`, `isnumeric`, `isprintable`, `isspace`.
 * All but `isascii`/`isprintable` are false for the empty string, as in CPython.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#str.isalnum
 */

import {
  isAlnumCp,
  isAlphaCp,
  isDecimalCp,
  isDigitCp,
  isNumericCp,
  isPrintableCp,
  isSpaceCp,
  isXidContinueCp,
  isXidStartCp,
} from "./unicode-props.js";

/** The code point starting at unit `i` of `s` (a lone surrogate is its own code point). */
function cpAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return c;
  const d = s.charCodeAt(i + 1);
  return (d & 0xfc00) === 0xdc00 ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

function every(s: string, pred: (cp: number) => boolean): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const cp = cpAt(s, i);
    if (!pred(cp)) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

/*
 * One-character strings (a tokenizer's `ch.isalpha()`) are the common case:
 * an ASCII character is classified by its code unit without the generic loop.
 */
export const strIsalnum = (s: string): boolean => (s.length === 1 && s.charCodeAt(0) < 0x80 ? isAlnumCp(s.charCodeAt(0)) : every(s, isAlnumCp));
export const strIsalpha = (s: string): boolean => (s.length === 1 && s.charCodeAt(0) < 0x80 ? isAlphaCp(s.charCodeAt(0)) : every(s, isAlphaCp));
export const strIsdecimal = (s: string): boolean => (s.length === 1 && s.charCodeAt(0) < 0x80 ? isDecimalCp(s.charCodeAt(0)) : every(s, isDecimalCp));
export const strIsdigit = (s: string): boolean => (s.length === 1 && s.charCodeAt(0) < 0x80 ? isDigitCp(s.charCodeAt(0)) : every(s, isDigitCp));
export const strIsnumeric = (s: string): boolean => (s.length === 1 && s.charCodeAt(0) < 0x80 ? isNumericCp(s.charCodeAt(0)) : every(s, isNumericCp));
export const strIsspace = (s: string): boolean => (s.length === 1 && s.charCodeAt(0) < 0x80 ? isSpaceCp(s.charCodeAt(0)) : every(s, isSpaceCp));

export function strIsascii(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s);
}

export function strIsprintable(s: string): boolean {
  for (const ch of s) if (!isPrintableCp(ch.codePointAt(0) as number)) return false;
  return true;
}

export function strIsidentifier(s: string): boolean {
  let first = true;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (first ? !isXidStartCp(c) : !isXidContinueCp(c)) return false;
    first = false;
  }
  return !first;
}
