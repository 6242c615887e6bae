/**
 * `int` (and `bool`) arithmetic on the canonical representation: a JS
 * `number` when |v| ≤ 2^53−1 (never -0), otherwise a `bigint`. Every
 * function here takes and returns canonical ints; results that fit are
 * numbers. `PyIntObject` boxes the value for instances of user subclasses of
 * int (`class MyInt(int)`), whose `cls` is the subclass.
 *
 * Spec: https://docs.python.org/3.11/library/stdtypes.html#numeric-types-int-float-complex
 */

import { PyObject } from "./object.js";
import { IntType, type PyType } from "./type.js";
import { zeroDivision, valueError, overflowError } from "./errors.js";
import type { PyBaseException } from "./exceptions.js";
import { floatPow } from "./numeric.js";
import { checkIntBits } from "./resource-limits.js";
import { peekThreadState } from "./thread-state.js";
import { setBigDecimal } from "./format/int-digits.js";

export type PyInt = number | bigint;

/** An instance of a user subclass of `int` (or of `bool`'s base). */
export class PyIntObject extends PyObject {
  readonly value: PyInt;
  constructor(value: PyInt, cls: PyType = IntType) {
    super(cls);
    this.value = value;
  }
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const MIN = -MAX;

/** Canonicalize a bigint: numbers when it fits. */
export function normBig(x: bigint): PyInt {
  return x >= MIN && x <= MAX ? Number(x) : x;
}

export function big(x: PyInt): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
    return BigInt(a) + BigInt(b); // |exact result| > 2^53 - 1 (else r would be exact and safe)
  }
  return normBig(big(a) + big(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
    return BigInt(a) - BigInt(b); // |exact result| > 2^53 - 1 (else r would be exact and safe)
  }
  return normBig(big(a) - big(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
    return BigInt(a) * BigInt(b); // |exact product| > 2^53 - 1 (else r would be exact and safe)
  }
  return normBig(big(a) * big(b));
}

export function intNeg(a: PyInt): PyInt {
  if (typeof a === "number") return 0 - a;
  return normBig(-a);
}

export function intAbs(a: PyInt): PyInt {
  if (typeof a === "number") return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

export function intInvert(a: PyInt): PyInt {
  if (typeof a === "number") {
    const r = -a - 1;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(-big(a) - 1n);
}

/** Floor division; throws ZeroDivisionError. */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivision("integer division or modulo by zero");
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q + 0;
  }
  const y = big(b);
  if (y === 0n) throw zeroDivision("integer division or modulo by zero");
  return normBig(bigFloorDiv(big(a), y, false));
}

/** Floor modulo (result has the divisor's sign); throws ZeroDivisionError. */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivision("integer modulo by zero");
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const y = big(b);
  if (y === 0n) throw zeroDivision("integer modulo by zero");
  bigFloorDiv(big(a), y, true);
  return normBig(divRem);
}

/** `divmod(a, b)` on ints: the floor quotient and remainder from one division. */
export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (typeof a === "number" && typeof b === "number") return [intFloorDiv(a, b), intMod(a, b)];
  const y = big(b);
  if (y === 0n) throw zeroDivision("integer division or modulo by zero");
  const q = bigFloorDiv(big(a), y, true);
  return [normBig(q), normBig(divRem)];
}

/*
 * Division of big ints. V8's BigInt division switches to Burnikel-Ziegler for
 * divisors over ~3,600 bits and then costs far more than a multiplication even
 * when the quotient is a single digit (pidigits divides two ~100k-bit numbers
 * whose quotient is < 10: ~150 µs in V8 against ~6 µs for `big * small`). When
 * the quotient is short, the top 64 bits of the divisor (Y) and the matching
 * bits of the dividend (X) bound it: floor(X / (Y+1)) ≤ q ≤ floor((X+1) / Y),
 * an interval narrower than q / 2^63, so both ends nearly always agree and q
 * needs no big operation at all. Otherwise (or when the remainder is needed)
 * one big × small multiplication and subtraction finish it: schoolbook
 * division with a one-digit quotient.
 */

/** Divisors of at least 4096 bits (from which this beats V8's division) are shifted by this to a non-zero value. */
const SHORT_QUOTIENT_MIN_SHIFT = 4095n;
/** Dividend top bits (X) must stay below this: quotients under 2^40. */
const SHORT_QUOTIENT_X_LIMIT = 1n << 104n;

/** The remainder of the last `bigFloorDiv` (floor semantics, the divisor's sign). */
let divRem = 0n;

/**
 * Floor quotient of `x / y` (y ≠ 0); leaves the floor remainder in `divRem`
 * (not always when `needRem` is false).
 */
function bigFloorDiv(x: bigint, y: bigint, needRem: boolean): bigint {
  const xneg = x < 0n, yneg = y < 0n;
  const ax = xneg ? -x : x, ay = yneg ? -y : y;
  let q: bigint, r: bigint;
  if (ay >> SHORT_QUOTIENT_MIN_SHIFT === 0n) {
    q = ax / ay;
    if (!needRem && xneg === yneg) return q;
    r = ax % ay;
  } else if (ay > ax) {
    q = 0n;
    r = ax;
  } else {
    const s = BigInt(bitLength(ay) - 64);
    const hx = ax >> s;
    if (hx < SHORT_QUOTIENT_X_LIMIT) {
      const hy = ay >> s;
      q = hx / (hy + 1n);
      if (!needRem && xneg === yneg && q === (hx + 1n) / hy) return q;
      r = ax - q * ay;
      while (r >= ay) {
        r -= ay;
        q += 1n;
      }
    } else {
      q = ax / ay;
      if (!needRem && xneg === yneg) return q;
      r = ax % ay;
    }
  }
  // q, r are the truncated quotient and remainder of |x| / |y|; apply the signs (floor).
  if (xneg === yneg) {
    divRem = xneg ? -r : r;
    return q;
  }
  if (r === 0n) {
    divRem = 0n;
    return -q;
  }
  divRem = yneg ? r - ay : ay - r;
  return -q - 1n;
}

/**
 * Number of bits of |x|. `Number(x)` gives it directly below 2^1024; above,
 * a binary search over right shifts finds a shift that leaves 1..1023 bits.
 * Shifts by at least the bit length are O(1) in V8 and the others cost the
 * size of their result, so this is far cheaper than `toString(16)`.
 */
export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  const d = Number(x);
  if (d !== Infinity) return smallBitLength(x, d);
  // Loops ask about numbers of slowly changing size (a spigot's divisor): gallop from the last
  // answer. A probe `x >> k` costs O(1) when k is past the top bit and the size of its result
  // otherwise, so probes near the answer are cheap; far from it, the bisection below.
  const near = gallopBitLength(x, lastBigBits);
  if (near > 0) return (lastBigBits = near);
  let lo = 0, hi = 0x80000000;
  while (hi - lo > 1) {
    const mid = lo + ((hi - lo) >>> 1);
    const r = x >> BigInt(mid);
    if (r === 0n) {
      hi = mid;
      continue;
    }
    const dr = Number(r);
    if (dr !== Infinity) return (lastBigBits = mid + smallBitLength(r, dr));
    lo = mid;
  }
  return (lastBigBits = hi);
}

/** The bit length `bitLength` last found for a number of at least 1024 bits (its galloping start). */
let lastBigBits = 0;

/**
 * Bit length of `x` (≥ 2^1024) searched from `guess`: shifts `x >> k` until
 * one leaves 1..1023 bits (then the answer is k plus their count), stepping
 * down while the shift leaves nothing and up while it leaves too much, the
 * step doubling each time, then bisecting the bracket. Gives up (0) once a
 * step would cost more than a fresh bisection.
 */
function gallopBitLength(x: bigint, guess: number): number {
  if (guess < 1024) return 0;
  let k = guess - 512;
  let step = 512;
  let lo = -1; // a shift known to leave too many bits (≥ 1024)
  let hi = -1; // a shift known to leave nothing
  for (let n = 0; n < 64; n++) {
    if (lo >= 0 && hi >= 0) {
      if (hi - lo <= 1) return 0;
      k = lo + ((hi - lo) >>> 1);
    }
    const r = x >> BigInt(k);
    if (r === 0n) {
      hi = k;
      if (lo < 0) {
        k -= step;
        step *= 2;
        if (k < 1024) k = 1024;
      }
      continue;
    }
    const dr = Number(r);
    if (dr !== Infinity) return k + smallBitLength(r, dr);
    lo = k;
    if (hi < 0) {
      if (step > 1 << 16) return 0;
      k += step;
      step *= 2;
    }
  }
  return 0;
}

/** Bit length of a non-negative bigint below 2^1024 whose value as a double is `d`. */
function smallBitLength(x: bigint, d: number): number {
  if (d === 0) return 0;
  if (d <= 9007199254740991) {
    const hi = Math.floor(d / 4294967296);
    return hi !== 0 ? 64 - Math.clz32(hi) : 32 - Math.clz32(d);
  }
  // log2 of the rounded double can be one too high (2^k - 1 rounds to 2^k); check with shifts.
  let n = Math.floor(Math.log2(d)) + 1;
  while (n > 0 && x >> BigInt(n - 1) === 0n) n--;
  while (x >> BigInt(n) !== 0n) n++;
  return n;
}

export function intBitLength(a: PyInt): number {
  if (typeof a === "number") {
    const v = a < 0 ? -a : a;
    if (v < 0x80000000) return 32 - Math.clz32(v);
    return bitLength(BigInt(v));
  }
  return bitLength(a);
}

/** int → float with correct rounding; OverflowError when too large. */
export function intToFloat(a: PyInt): number {
  if (typeof a === "number") return a;
  const f = Number(a);
  if (!Number.isFinite(f)) throw overflowError("int too large to convert to float");
  return f;
}

/** True division of ints, correctly rounded (CPython's long_true_divide). */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivision("division by zero");
    return a / b;
  }
  let x = big(a), y = big(b);
  if (y === 0n) throw zeroDivision("division by zero");
  const neg = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return neg ? -0 : 0;
  const MAX_EXACT = 1n << 53n;
  if (x <= MAX_EXACT && y <= MAX_EXACT) {
    const r = Number(x) / Number(y);
    return neg ? -r : r;
  }
  // Scale so the quotient has at least 55 significant bits, fold the
  // remainder into a sticky bit, let BigInt→Number round once, then rescale.
  const shift = bitLength(y) - bitLength(x) + 55;
  let q: bigint, r: bigint;
  if (shift >= 0) {
    const n = x << BigInt(shift);
    q = n / y;
    r = n % y;
  } else {
    const d = y << BigInt(-shift);
    q = x / d;
    r = x % d;
  }
  if (r !== 0n) q |= 1n;
  // result = q * 2^-shift; handle the exponent range in two steps.
  let result: number;
  const qf = Number(q); // ~2^55, exact-ish rounded to 53 bits
  const e = -shift;
  if (e > 1023 + 64) throw overflowError("integer division result too large for a float");
  if (e < -1074 - 64) result = 0;
  else if (e >= -1000) {
    result = qf * 2 ** Math.min(e, 1000) * (e > 1000 ? 2 ** (e - 1000) : 1);
  } else {
    // Subnormal territory: round once at the right position.
    const drop = BigInt(-1074 - e);
    let m = q >> drop;
    const rem = q & ((1n << drop) - 1n);
    const half = 1n << (drop - 1n);
    if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n;
    result = Number(m) * 2 ** -1074;
  }
  if (!Number.isFinite(result)) throw overflowError("integer division result too large for a float");
  return neg ? -result : result;
}

function powSmall(base: number, exp: number): PyInt {
  let result = 1;
  let b = base;
  let e = exp;
  while (e > 0) {
    if (e & 1) {
      result *= b;
      if (!Number.isSafeInteger(result)) return normBig(BigInt(base) ** BigInt(exp));
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      b *= b;
      if (!Number.isSafeInteger(b)) return normBig(BigInt(base) ** BigInt(exp));
    }
  }
  return result === 0 ? 0 : result;
}

/** `a ** b` for ints: an int when b ≥ 0, else a float. */
export function intPow(a: PyInt, b: PyInt): PyInt | { float: number } {
  if (typeof b === "number" ? b < 0 : b < 0n) {
    const fa = intToFloat(a);
    if (fa === 0) throw zeroDivision("0.0 cannot be raised to a negative power");
    // CPython: float(a) ** float(b) (float_pow; correctly rounded for small integral exponents).
    const r = floatPow(fa, intToFloat(b));
    return { float: typeof r === "number" ? r : NaN };
  }
  // Refuse results over the int size cap before computing them (10**10**10 must not hang or crash).
  if (typeof b === "number" && b > 64) {
    const ab = intBitLength(a);
    if (ab > 1) checkIntBits((ab - 1) * b);
  }
  if (typeof a === "number" && typeof b === "number") return powSmall(a, b);
  const x = big(a);
  if (x === 0n || x === 1n) return Number(x);
  if (x === -1n) return big(b) % 2n === 0n ? 1 : -1;
  if (typeof b === "bigint") throw overflowError("int too large");
  return normBig(x ** BigInt(b));
}

/** Three-argument pow (modular exponentiation). */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let mod = big(m);
  if (mod === 0n) throw valueError("pow() 3rd argument cannot be 0");
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = big(a);
  let e = big(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  base %= mod;
  if (base < 0n) base += mod;
  let result = 1n % mod;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negMod && result !== 0n) result -= mod;
  return normBig(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let g = m, x = 0n, x1 = 1n, a1 = ((a % m) + m) % m;
  while (a1 !== 0n) {
    const q = g / a1;
    [g, a1] = [a1, g - q * a1];
    [x, x1] = [x1, x - q * x1];
  }
  if (g !== 1n) throw valueError("base is not invertible for the given modulus");
  return ((x % m) + m) % m;
}

function isInt32(x: number): boolean {
  return (x | 0) === x;
}

/*
 * Bitwise and/or/xor of ints that are JS numbers but not int32 (|x| < 2^53):
 * split each into hi * 2^32 + lo with 0 <= lo < 2^32 (hi is the floor
 * quotient, so this is the two's complement split for negatives too). The
 * operation acts on the parts separately: JS's int32 operators give the low
 * 32 bits (ToInt32 is the value modulo 2^32), and the high parts fit int32
 * (|hi| <= 2^21). The result is within the safe range, no BigInt needed.
 */
const TWO32 = 4294967296;

function hiWord(x: number): number {
  return Math.floor(x / TWO32);
}

/** hi * 2^32 + lo; the one result outside the safe range (-2^53) as a bigint. */
function joinWords(hi: number, lo: number): PyInt {
  const r = hi * TWO32 + lo;
  return r >= -Number.MAX_SAFE_INTEGER ? r : BigInt(r);
}

/** `a & b` for a number `b` (0 <= b < 2^53) and any int `a`: only `a`'s low 53 bits matter. */
function andMask(a: PyInt, b: number): number {
  const x = typeof a === "number" ? a : Number(BigInt.asUintN(53, a));
  if (b <= 0xffffffff) return (x & b) >>> 0;
  return (hiWord(x) & hiWord(b)) * TWO32 + ((x & b) >>> 0);
}

export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (isInt32(a) && isInt32(b)) return a & b;
    if (b >= 0) return andMask(a, b);
    if (a >= 0) return andMask(b, a);
    return joinWords(hiWord(a) & hiWord(b), (a & b) >>> 0);
  }
  // A big int under a mask (`(x * C + D) & 0x7FFFFFFF`): only its low bits matter.
  if (typeof b === "number" && b >= 0) return andMask(a, b);
  if (typeof a === "number" && a >= 0) return andMask(b, a);
  return normBig(big(a) & big(b));
}

export function intOr(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (isInt32(a) && isInt32(b)) return a | b;
    return joinWords(hiWord(a) | hiWord(b), (a | b) >>> 0);
  }
  return normBig(big(a) | big(b));
}

export function intXor(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (isInt32(a) && isInt32(b)) return a ^ b;
    return joinWords(hiWord(a) ^ hiWord(b), (a ^ b) >>> 0);
  }
  return normBig(big(a) ^ big(b));
}

export function intLshift(a: PyInt, b: PyInt): PyInt {
  if (typeof b === "number" ? b < 0 : b < 0n) throw valueError("negative shift count");
  if (typeof a === "number" && typeof b === "number") {
    if (a === 0) return 0;
    if (b < 53) {
      const r = a * 2 ** b;
      if (Number.isSafeInteger(r)) return r;
    }
  }
  if (a === 0) return 0;
  if (typeof b === "bigint") throw overflowError("too many digits in integer");
  checkIntBits(intBitLength(a) + b);
  return normBig(big(a) << BigInt(b));
}

export function intRshift(a: PyInt, b: PyInt): PyInt {
  if (typeof b === "number" ? b < 0 : b < 0n) throw valueError("negative shift count");
  if (typeof a === "number" && typeof b === "number") {
    if (b >= 53) return a < 0 ? -1 : 0;
    if (isInt32(a) && b < 32) return a >> b;
    return Math.floor(a / 2 ** b) + 0;
  }
  if (typeof b === "bigint") return big(a) < 0n ? -1 : 0;
  return normBig(big(a) >> BigInt(b));
}

/*
 * The int/str conversion length limit (CPython 3.11's `sys.set_int_max_str_digits`,
 * https://docs.python.org/3.11/library/stdtypes.html#int-max-str-digits):
 * decimal (and any non-power-of-two base) conversions of more digits than the
 * limit raise ValueError. Kept per VM (keyed by its thread state).
 */

/** CPython's default limit. */
export const INT_MAX_STR_DIGITS_DEFAULT = 4300;
/** The smallest non-zero limit; shorter conversions are never checked. */
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;
const maxStrDigitsByVM = new WeakMap<object, number>();
/** Values below this have at most 640 digits. */
const UNCHECKED_BELOW = 10n ** 640n;

/** `sys.get_int_max_str_digits()` of the running VM (0 = no limit). */
export function getIntMaxStrDigits(): number {
  const ts = peekThreadState();
  return ts === null ? INT_MAX_STR_DIGITS_DEFAULT : (maxStrDigitsByVM.get(ts) ?? INT_MAX_STR_DIGITS_DEFAULT);
}

/** `sys.set_int_max_str_digits(n)` for the running VM (n already validated: 0 or > 640). */
export function setIntMaxStrDigits(n: number): void {
  const ts = peekThreadState();
  if (ts !== null) maxStrDigitsByVM.set(ts, n);
}

/** Decimal text of a big int (str, repr, format 'd'), refusing more digits than the limit like CPython. */
export function bigToDecimal(v: bigint): string {
  if ((v < 0n ? -v : v) < UNCHECKED_BELOW) return v.toString();
  const max = getIntMaxStrDigits();
  if (max === 0) return v.toString();
  // A value of b bits has at least floor((b - 1) * log10(2)) + 1 digits: refuse huge ones before converting.
  if (Math.floor((bitLength(v) - 1) * Math.LOG10E * Math.LN2) + 1 > max) throw strDigitsError(max);
  const s = v.toString();
  if (s.length - (v < 0n ? 1 : 0) > max) throw strDigitsError(max);
  return s;
}

setBigDecimal(bigToDecimal);

function strDigitsError(max: number): PyBaseException {
  return valueError(`Exceeds the limit (${max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

/** `int(text, base)` of `digits` digits in a base that is not a power of two: the limit check. */
export function checkIntParseDigits(digits: number): void {
  if (digits <= INT_MAX_STR_DIGITS_THRESHOLD) return;
  const max = getIntMaxStrDigits();
  if (max > 0 && digits > max) {
    throw valueError(
      `Exceeds the limit (${max} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
}

/** Compare two ints: negative, zero or positive. */
export function intCompare(a: PyInt, b: PyInt): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Exact comparison of an int with a float: -1, 0, 1, or NaN when unordered. */
export function compareIntFloat(a: PyInt, f: number): number {
  if (f !== f) return NaN;
  if (typeof a === "number") return a < f ? -1 : a > f ? 1 : 0;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (a < bf) return -1;
  if (a > bf) return 1;
  return fl === f ? 0 : -1;
}

export function intGcd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    let x = Math.abs(a), y = Math.abs(b);
    while (y !== 0) [x, y] = [y, x % y];
    return x;
  }
  let x = big(a), y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) [x, y] = [y, x % y];
  return normBig(x);
}

/** Integer square root (floor). */
export function intIsqrt(n: PyInt): PyInt {
  if (typeof n === "number") {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  if (n < 2n) return normBig(n);
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normBig(x);
    x = y;
  }
}
