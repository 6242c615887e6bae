/**
 * `int(str, base)` and `float(str)` parsing with CPython's rules
 * (whitespace, underscores between digits, 0x/0o/0b prefixes for base 0 or
 * matching base) and messages.
 */

import { normBig, checkIntParseDigits, type PyInt } from "./int.js";
import { valueError } from "./errors.js";
import { strRepr } from "../protocols/repr.js";

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

export function parseIntLiteral(text: string, base: number): PyInt {
  if (base === 10 && text.length <= 15) {
    const small = smallDecimal(text);
    if (small !== undefined) return small;
  }
  const fail = (): never => {
    throw valueError(`invalid literal for int() with base ${base}: ${strRepr(text)}`);
  };
  let s = text.trim();
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let b = base;
  const pfx = s.slice(0, 2).toLowerCase();
  if ((pfx === "0x" && (b === 16 || b === 0)) || (pfx === "0o" && (b === 8 || b === 0)) || (pfx === "0b" && (b === 2 || b === 0))) {
    b = pfx === "0x" ? 16 : pfx === "0o" ? 8 : 2;
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  } else if (b === 0) {
    b = 10;
    if (/^0+(_?0)*$/.test(s)) return 0;
    if (s.startsWith("0")) fail();
  }
  if (s.length === 0 || s.startsWith("_") || s.endsWith("_") || s.includes("__")) fail();
  s = s.replace(/_/g, "");
  const digits: number[] = [];
  let small = 0;
  for (const ch of s.toLowerCase()) {
    let d = DIGITS.indexOf(ch);
    if (d < 0) {
      // Unicode decimal digits
      const cp = ch.codePointAt(0) as number;
      if (/\p{Nd}/u.test(ch)) d = unicodeDigit(cp);
      else fail();
    }
    if (d >= b) fail();
    digits.push(d);
    small = small * b + d;
  }
  if ((b & (b - 1)) !== 0) checkIntParseDigits(digits.length);
  if (Number.isSafeInteger(small)) return neg ? 0 - small : small;
  const acc = digitsToBigInt(digits, b);
  return normBig(neg ? -acc : acc);
}

/**
 * The value of base-`b` digits (most significant first). Chunks of digits
 * are exact doubles; adjacent chunks are then combined pairwise, each level
 * multiplying by `b` to the width of the right-hand half (divide and conquer,
 * so a long literal costs a few big multiplications instead of one
 * multiply-add per digit).
 */
function digitsToBigInt(digits: readonly number[], b: number): bigint {
  const k = Math.floor(52 / Math.log2(b));
  const parts: bigint[] = [];
  // Chunks of k digits from the right; the leftmost may be shorter.
  const first = digits.length % k || k;
  for (let start = 0, end = first; start < digits.length; start = end, end += k) {
    let v = 0;
    for (let i = start; i < end; i++) v = v * b + (digits[i] as number);
    parts.push(BigInt(v));
  }
  let scale = BigInt(b) ** BigInt(k);
  let n = parts.length;
  while (n > 1) {
    // Pair from the right: every right-hand element holds exactly the current chunk width.
    const odd = n & 1;
    let w = 0;
    if (odd) parts[w++] = parts[0] as bigint;
    for (let i = odd; i < n; i += 2) parts[w++] = (parts[i] as bigint) * scale + (parts[i + 1] as bigint);
    n = w;
    scale *= scale;
  }
  return parts[0] as bigint;
}

/**
 * `int(text)` for a plain ASCII decimal literal of at most 15 characters with
 * an optional sign (what `str(n)` produces): exact in a double; undefined for
 * anything else (whitespace, underscores, other digits), which the general
 * parser handles.
 */
export function smallDecimal(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const c0 = text.charCodeAt(0);
  if (c0 === 0x2d || c0 === 0x2b) i = 1;
  if (i === n) return undefined;
  let v = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return undefined;
    v = v * 10 + d;
  }
  return c0 === 0x2d ? 0 - v : v;
}

function unicodeDigit(cp: number): number {
  // Unicode encodes decimal digits (Nd) in contiguous runs of ten, 0 through 9, and runs may
  // adjoin (U+1D7CE..U+1D7FF holds five): the digit is the distance from the start of the
  // contiguous Nd block, modulo ten.
  let start = cp;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** `text` with every non-ASCII decimal digit (Nd) as its ASCII digit, as CPython's float() and complex() read it. */
export function asciiDigits(text: string): string {
  if (!/[^\0-\x7f]/.test(text)) return text;
  return text.replace(/\p{Nd}/gu, (c) => (c.charCodeAt(0) < 0x80 ? c : String(unicodeDigit(c.codePointAt(0) as number))));
}

export function parseFloatLiteral(text: string): number {
  const s = asciiDigits(text.trim()).toLowerCase();
  const fail = (): never => {
    throw valueError(`could not convert string to float: ${strRepr(text)}`);
  };
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (m !== null) {
    const v = m[2] === "nan" ? NaN : Infinity;
    return m[1] === "-" ? -v : v;
  }
  if (!/^[+-]?((\d(_?\d)*)?\.?(\d(_?\d)*)?)(e[+-]?\d(_?\d)*)?$/.test(s) || !/\d/.test(s.split("e")[0] ?? "")) fail();
  const v = Number(s.replace(/_/g, ""));
  if (Number.isNaN(v)) fail();
  return v;
}
