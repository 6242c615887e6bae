/**
 * Exact decimal digits of a double, in the three `_Py_dg_dtoa` modes CPython uses.
 *
 * Python rounds half-to-even on the *exact* binary value (`format(2.5, '.0f') ==
 * '2'`, `'%.2f' % 0.125 == '0.12'`). JS `toFixed`/`toExponential` pick the larger
 * candidate on ties and switch to exponent notation at 1e21, so they are not
 * used. Instead the double is split into `m·2^e` and scaled with BigInt; the
 * shortest round-trip digits (mode 0) come from `String(x)`, which is
 * correctly rounded and shortest like dtoa.
 *
 * Results follow dtoa: `digits` has no trailing zeros (except zero itself, "0"),
 * and the value is `0.d1d2d3… × 10^decpt`.
 */

export interface DecimalDigits {
  readonly digits: string;
  readonly decpt: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `|x| = mantissa · 2^exponent` for finite nonzero x (mantissa < 2^53). */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  f64[0] = x;
  const hi = u32[LITTLE_ENDIAN ? 1 : 0] as number;
  const lo = u32[LITTLE_ENDIAN ? 0 : 1] as number;
  const biased = (hi >>> 20) & 0x7ff;
  const top = hi & 0xfffff;
  if (biased === 0) return { mantissa: (BigInt(top) << 32n) | BigInt(lo), exponent: -1074 };
  return { mantissa: (BigInt(top | 0x100000) << 32n) | BigInt(lo), exponent: biased - 1075 };
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10.push((POW10[i - 1] as bigint) * 10n);
  return POW10[n] as bigint;
}

/** round-half-even(num / den) for positive num, den. */
function divRound(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round-half-even(|x| · 10^scale) for finite nonzero x; scale may be negative. */
function scaleRound(x: number, scale: number): bigint {
  const { mantissa, exponent } = decompose(x);
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  return divRound(num, den);
}

function fromInteger(q: bigint, decptOfEnd: number): DecimalDigits {
  if (q === 0n) return { digits: "0", decpt: 1 };
  const s = q.toString();
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 0x30) end--;
  return { digits: s.slice(0, end), decpt: s.length + decptOfEnd };
}

/** Mode 3: rounded to `ndigits` digits after the decimal point (ndigits ≥ 0). */
export function fixedDigits(x: number, ndigits: number): DecimalDigits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const ax = Math.abs(x);
  // JS toFixed rounds the exact binary value too, differing from dtoa only on an exact
  // tie (it picks the larger candidate). A tie needs |x|·10^n + 1/2 integral, hence
  // |x|·2^(n+1) integral (a multiplication by a power of two is exact); integral |x|
  // cannot tie. toFixed needs |x| < 1e21 and n ≤ 100.
  if (ax < 1e21 && ndigits <= 100 && (!Number.isInteger(ax * 2 ** (ndigits + 1)) || Number.isInteger(ax))) {
    return fromFixed(ax.toFixed(ndigits), ndigits);
  }
  return fromInteger(scaleRound(x, ndigits), -ndigits);
}

/** The dtoa digits of `toFixed` output `text` (no sign, `ndigits` digits after the point). */
function fromFixed(text: string, ndigits: number): DecimalDigits {
  const intPart = ndigits === 0 ? text : text.slice(0, text.length - ndigits - 1);
  const all = ndigits === 0 ? text : intPart + text.slice(text.length - ndigits);
  let lead = 0;
  while (lead < all.length && all.charCodeAt(lead) === 0x30) lead++;
  if (lead === all.length) return { digits: "0", decpt: 1 };
  let end = all.length;
  while (all.charCodeAt(end - 1) === 0x30) end--;
  return { digits: all.slice(lead, end), decpt: intPart.length - lead };
}

/** floor(log10|x|) for finite nonzero x, exact (compares |x| with 10^k in BigInt). */
function exactFloorLog10(x: number): number {
  const { mantissa, exponent } = decompose(x);
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  let k = Math.floor(Math.log10(Math.abs(x)));
  // |x| >= 10^k  <=>  num * 10^-k >= den (k < 0) or num >= den * 10^k (k >= 0).
  const atLeast = (kk: number): boolean => (kk >= 0 ? num >= den * pow10(kk) : num * pow10(-kk) >= den);
  while (!atLeast(k)) k--;
  while (atLeast(k + 1)) k++;
  return k;
}

/** Mode 2: rounded to `ndigits` significant digits (ndigits ≥ 1). */
export function significantDigits(x: number, ndigits: number): DecimalDigits {
  if (x === 0) return { digits: "0", decpt: 1 };
  // k = floor(log10|x|) exactly (Math.log10 can be off by one near powers of
  // ten, e.g. 1e-7 < 10^-7); then a digit count above ndigits means rounding
  // carried into a new digit (9.99 → 10.0).
  let k = exactFloorLog10(x);
  for (;;) {
    const q = scaleRound(x, ndigits - 1 - k);
    const len = q.toString().length;
    if (len > ndigits) {
      // Either k was too small, or rounding carried into a new digit (9.99 → 10.0).
      k++;
      continue;
    }
    if (len < ndigits) {
      k--;
      continue;
    }
    return fromInteger(q, k + 1 - ndigits);
  }
}

/** Mode 0: the shortest digits that round-trip (what `repr` uses). */
export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const s = String(Math.abs(x));
  const e = s.indexOf("e");
  const mant = e < 0 ? s : s.slice(0, e);
  const exp = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mant.indexOf(".");
  const intLen = dot < 0 ? mant.length : dot;
  let digits = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
  let decpt = intLen + exp;
  let lead = 0;
  while (lead < digits.length - 1 && digits.charCodeAt(lead) === 0x30) lead++;
  digits = digits.slice(lead);
  decpt -= lead;
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 0x30) end--;
  return { digits: digits.slice(0, end), decpt };
}
