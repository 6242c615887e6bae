/**
 * `float.fromhex(s)`: parse C99 hexadecimal floating-point text
 * (`[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]`, or
 * `inf`/`infinity`/`nan`, surrounding whitespace allowed) with correct
 * round-half-even to the nearest double, subnormals included. The mantissa is
 * accumulated exactly as a bigint.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#float.fromhex
 */

import { StrLibError } from "../str/str-error.js";

const INVALID = "invalid hexadecimal floating-point string";
const TOO_LARGE = "hexadecimal value too large to represent as a float";

function bitLength(m: bigint): number {
  return m.toString(2).length;
}

/** `m * 2**e` rounded half-even to a double (m > 0). */
function scaleToDouble(m: bigint, e: number): number {
  const len = bitLength(m);
  const top = len - 1 + e; // exponent of the leading bit
  if (top > 1023) throw new StrLibError("OverflowError", TOO_LARGE);
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  if (keep <= 0) {
    // Below half the smallest subnormal, or exactly/above half of it.
    if (keep < 0) return 0;
    const half = 1n << BigInt(len - 1);
    return m > half ? 2 ** -1074 : 0;
  }
  let shift = len - keep;
  let r = m;
  if (shift > 0) {
    const s = BigInt(shift);
    r = m >> s;
    const rem = m - (r << s);
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (r & 1n) === 1n)) r += 1n;
  } else {
    shift = 0;
  }
  const exp = e + shift;
  const x = Number(r) * 2 ** Math.trunc(exp / 2) * 2 ** (exp - Math.trunc(exp / 2));
  if (!Number.isFinite(x)) throw new StrLibError("OverflowError", TOO_LARGE);
  return x;
}

/** The double `float.fromhex(text)` returns. */
export function floatFromHex(text: string): number {
  const s = text.trim();
  const m = /^([+-]?)(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?)$/i.exec(s);
  if (m === null) throw new StrLibError("ValueError", INVALID);
  const neg = m[1] === "-";
  if (m[2] !== undefined) {
    const v = m[2].toLowerCase() === "nan" ? NaN : Infinity;
    return neg ? -v : v;
  }
  const intPart = m[3] ?? "";
  const frac = m[4] ?? "";
  if (intPart.length + frac.length === 0) throw new StrLibError("ValueError", INVALID);
  const digits = (intPart + frac).replace(/^0+/, "");
  let exp = m[5] === undefined ? 0 : Number(m[5]);
  if (!Number.isFinite(exp) || Math.abs(exp) > 1e9) exp = Math.sign(exp) * 1e9;
  let x = 0;
  if (digits.length > 0) x = scaleToDouble(BigInt("0x" + digits), exp - 4 * frac.length);
  return neg ? -x : x;
}
