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

function every(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch.codePointAt(0) as number)) return false;
  return true;
}

export const strIsalnum = (s: string): boolean => every(s, isAlnumCp);
export const strIsalpha = (s: string): boolean => every(s, isAlphaCp);
export const strIsdecimal = (s: string): boolean => every(s, isDecimalCp);
export const strIsdigit = (s: string): boolean => every(s, isDigitCp);
export const strIsnumeric = (s: string): boolean => every(s, isNumericCp);
export const strIsspace = (s: string): boolean => every(s, isSpaceCp);

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
