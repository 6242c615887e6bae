/**
 * Case conversion and case predicates of `str` (CPython 3.11 `unicodeobject.c`
 * semantics): full (multi-character) mappings, the final-sigma rule, titlecase
 * for `title()`/`capitalize()` (3.8+), full case folding for `casefold()`.
 * All mappings come from the generated CPython 3.11 tables (`unicode-props.ts`);
 * Latin-1 strings take JS's `toUpperCase`/`toLowerCase`, ASCII ones a capitalize loop.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#str.lower
 */

import {
  caseFoldCp,
  lowerCaseCp,
  upperCaseCp,
  isCasedCp,
  isCaseIgnorableCp,
  isLowerCp,
  isTitleCp,
  isUpperCp,
  titleCaseCp,
} from "./unicode-props.js";

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) as number);
  return out;
}

/** Lowercase of `cps[i]`, applying the final-sigma rule to U+03A3. */
function lowerAt(cps: readonly number[], i: number): string {
  const c = cps[i] as number;
  if (c !== 0x3a3) return lowerCaseCp(c);
  let j = i - 1;
  let d = 0;
  for (; j >= 0; j--) {
    d = cps[j] as number;
    if (!isCaseIgnorableCp(d)) break;
  }
  let finalSigma = j >= 0 && isCasedCp(d);
  if (finalSigma) {
    for (j = i + 1; j < cps.length; j++) {
      d = cps[j] as number;
      if (!isCaseIgnorableCp(d)) break;
    }
    finalSigma = j === cps.length || !isCasedCp(d);
  }
  return finalSigma ? "\u03c2" : "\u03c3";
}

/*
 * Latin-1 text (U+0000–U+00FF) maps character by character, exactly as JS's
 * toLowerCase/toUpperCase do (checked for all 256 against CPython 3.11; ß →
 * SS, ÿ → Ÿ, µ → Μ included). The test is cheap for V8's one-byte strings: a
 * character class outside Latin-1 cannot match them, so it does not scan.
 */
const NON_LATIN1 = /[^\x00-\xff]/;

export function strLower(s: string): string {
  if (!NON_LATIN1.test(s)) return s.toLowerCase();
  const cps = codePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function strUpper(s: string): string {
  if (!NON_LATIN1.test(s)) return s.toUpperCase();
  let out = "";
  for (const ch of s) out += upperCaseCp(ch.codePointAt(0) as number);
  return out;
}

export function strCasefold(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    out += c < 0x80 ? ch.toLowerCase() : caseFoldCp(c);
  }
  return out;
}

export function strSwapcase(s: string): string {
  const cps = codePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i] as number;
    if (isUpperCp(c)) out += lowerAt(cps, i);
    else if (isLowerCp(c)) out += upperCaseCp(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

export function strTitle(s: string): string {
  const cps = codePoints(s);
  let out = "";
  let previousIsCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i] as number;
    out += previousIsCased ? lowerAt(cps, i) : titleCaseCp(c);
    previousIsCased = isCasedCp(c);
  }
  return out;
}

export function strCapitalize(s: string): string {
  const r = capitalizeAscii(s);
  if (r !== null) return r;
  const cps = codePoints(s);
  if (cps.length === 0) return "";
  let out = titleCaseCp(cps[0] as number);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/**
 * `capitalize()` of an ASCII string, or null for any other. An ASCII letter's
 * case is one bit (V8's toUpperCase/toLowerCase are runtime calls): the rest
 * is lowercased only when it has an uppercase letter, and an unchanged string
 * is returned as is.
 */
function capitalizeAscii(s: string): string | null {
  const n = s.length;
  if (n === 0) return "";
  let upper = false;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i);
    if (d >= 0x80) return null;
    if (i > 0 && d >= 0x41 && d <= 0x5a) upper = true;
  }
  const c = s.charCodeAt(0);
  const lowerFirst = c >= 0x61 && c <= 0x7a;
  if (!upper) return lowerFirst ? String.fromCharCode(c - 0x20) + s.slice(1) : s;
  return (lowerFirst ? String.fromCharCode(c - 0x20) : s.charAt(0)) + s.slice(1).toLowerCase();
}

export function strIslower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (isUpperCp(c) || isTitleCp(c)) return false;
    if (!cased && isLowerCp(c)) cased = true;
  }
  return cased;
}

export function strIsupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (isLowerCp(c) || isTitleCp(c)) return false;
    if (!cased && isUpperCp(c)) cased = true;
  }
  return cased;
}

export function strIstitle(s: string): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (isUpperCp(c) || isTitleCp(c)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (isLowerCp(c)) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else {
      previousIsCased = false;
    }
  }
  return cased;
}
