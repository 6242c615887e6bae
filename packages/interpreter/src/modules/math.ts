/**
 * The `math` module (https://docs.python.org/3.11/library/math.html),
 * `createMathModule()`.
 *
 * Error handling mirrors CPython's `math_1`/`math_2`: a NaN result from a
 * non-NaN argument is `ValueError: math domain error`; an infinite result
 * from finite arguments is `OverflowError: math range error` for functions
 * that can overflow (exp, cosh, …) and a domain error for the others
 * (poles such as `atanh(1)`). Arguments go through `__float__`/`__index__`
 * (`TypeError: must be real number, not str`); ints of any size are exact
 * where CPython is exact (`log` of huge ints, `floor`/`ceil`, `isqrt`,
 * `comb`/`perm`/`factorial`, `gcd`/`lcm`, `prod` on ints).
 *
 * Algorithms taken from CPython's mathmodule.c as a specification:
 * `gamma`/`lgamma` (Lanczos, g = 6.0246…, with CPython's coefficients),
 * `fsum` (Shewchuk's exact
 * partials, as `math_fsum`), `hypot`/`dist` (`vector_norm` with
 * Dekker-exact squares and a correction step), `sinpi` for reflection.
 * The elementary functions (`exp`, `log`, `pow`, trigonometric, hyperbolic,
 * `cbrt`, `erf`/`erfc`) come from math-libm.ts and give glibc's bits (see
 * there); `expm1`/`log1p` are V8's fdlibm ports, as glibc's. Known
 * difference: where glibc's sin/cos/tan/atan2/exp2/pow are not correctly
 * rounded (~0.1% of arguments), pyvm's correctly rounded result differs in the last bit.
 */

import type { PyValue } from "../objects/object.js";
import { PyModule } from "../objects/module.js";
import { PyBuiltinFunction } from "../objects/builtin-function.js";
import { typeOf } from "../objects/type.js";
import { None } from "../objects/singletons.js";
import { PyFloat, newFloat } from "../objects/float.js";
import { newTuple } from "../objects/tuple.js";
import { typeError, valueError, overflowError, zeroDivision, typeName } from "../objects/errors.js";
import { arity, parseArgs } from "../objects/args.js";
import { intValue } from "../objects/numeric.js";
import { big, normBig, intMul, intGcd, intIsqrt, intToFloat, bitLength, intAbs, type PyInt } from "../objects/int.js";
import { floatToInt } from "../objects/number-methods.js";
import { frexp, ldexp, nextAfter, ulp, powIntExact } from "../objects/float-bits.js";
import * as P from "../protocols/index.js";
import * as libm from "./math-libm.js";
import { vectorNorm } from "./vector-norm.js";

type Fn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

const domain = (): PyValue => valueError("math domain error");
const range = (): PyValue => overflowError("math range error");

/** PyFloat_AsDouble: float, int (exact rounding; OverflowError when huge), `__float__`, `__index__`. */
export function toDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  if (i !== undefined) return intToFloat(i);
  const t = typeOf(v);
  const f = t.lookup("__float__");
  if (f !== undefined) {
    const r = P.callMethod(f, v, []);
    if (!(r instanceof PyFloat)) throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  if (t.lookup("__index__") !== undefined) return intToFloat(P.asIndex(v));
  throw typeError(`must be real number, not ${typeName(v)}`);
}

/** CPython's math_1. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean): Fn {
  const one = math1Fixed(f, canOverflow);
  return (args, kw) => {
    arity(name, args, kw, 1, 1);
    return one(args[0] as PyValue);
  };
}

/** `math1`'s one-argument entry (the builtin's `fn1`). */
function math1Fixed(f: (x: number) => number, canOverflow: boolean): (v: PyValue) => PyValue {
  return (v) => {
    const x = toDouble(v);
    const r = f(x);
    if (r !== r && x === x) throw domain();
    if (!Number.isFinite(r) && r === r && Number.isFinite(x)) throw canOverflow ? range() : domain();
    return newFloat(r);
  };
}

// ---- special functions (CPython algorithms) -----------------------------------------------

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
  1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL: number[] = [];
for (let i = 0, f = 1; i < 23; i++) {
  GAMMA_INTEGRAL.push(f);
  f *= i + 1;
}
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + (LANCZOS_NUM[i] as number);
      den = den * x + (LANCZOS_DEN[i] as number);
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + (LANCZOS_NUM[i] as number);
      den = den / x + (LANCZOS_DEN[i] as number);
    }
  }
  return num / den;
}

/** C round(): half away from zero. */
const cround = (x: number): number => (x < 0 ? -Math.round(-x) : Math.round(x));

function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = cround(2 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    throw domain();
  }
  if (x === 0) throw domain();
  if (x === Math.floor(x)) {
    if (x < 0) throw domain();
    if (x <= 23) return GAMMA_INTEGRAL[x - 1] as number;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) throw range();
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    throw range();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-Math.PI / sinpi(absx)) / absx) * libm.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw range();
  return r;
}

function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domain();
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  if (!Number.isFinite(r)) throw range();
  return r;
}

// ---- logarithms -----------------------------------------------------------------------------

function mLog(x: number, f: (v: number) => number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return f(x);
    throw domain();
  }
  if (x !== x || x > 0) return x;
  throw domain();
}

/** CPython's loghelper: exact for huge ints via frexp of the int. */
function logHelper(v: PyValue, f: (v: number) => number): number {
  const i = v instanceof PyFloat ? undefined : intValue(v);
  if (i !== undefined) {
    if (!(i > 0)) throw domain();
    if (typeof i === "number" || Number.isFinite(Number(i))) return f(Number(i));
    const [m, e] = bigFrexp(i);
    return f(m) + f(2.0) * e;
  }
  return mLog(toDouble(v), f);
}

/** `_PyLong_Frexp`: n = m * 2**e with 0.5 <= m < 1, m rounded to 53 bits (half-even). */
function bigFrexp(n: bigint): [number, number] {
  const L = bitLength(n);
  const sh = BigInt(L - 55);
  // keep two extra bits plus sticky so Number() rounds once, correctly
  let top = n >> sh;
  if ((top << sh) !== n) top |= 1n;
  const m = Number(top) / 2 ** 55;
  return m === 1 ? [0.5, L + 1] : [m, L];
}

// ---- fsum, vector_norm --------------------------------------------------------------------------

/** CPython's math_fsum (Shewchuk partials with the half-even correction). */
function fsum(iterable: PyValue): number {
  const it = P.getIter(iterable);
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  for (let item = P.iterNext(it); item !== undefined; item = P.iterNext(it)) {
    let x = toDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j] as number;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // a nonfinite x could arise either from an infinite/NaN input or from intermediate overflow
        if (Number.isFinite(xsave)) throw overflowError("intermediate overflow in fsum");
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) throw valueError("-inf + inf in fsum");
    return specialSum;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    hi = p[--n] as number;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n] as number;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && (p[n - 1] as number) < 0) || (lo > 0 && (p[n - 1] as number) > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---- integer functions --------------------------------------------------------------------------

function asInt(v: PyValue): PyInt {
  return P.asIndex(v);
}

function factorialBig(n: number): PyInt {
  // product tree keeps the bigint multiplications balanced
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 8) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= BigInt(i);
      return r;
    }
    const mid = (lo + hi) >> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  if (n < 2) return 1;
  return normBig(prod(2, n));
}

/** n! / (n-k)! for bigint n (k small enough to loop). */
function fallingProduct(n: bigint, k: bigint): bigint {
  let r = 1n;
  for (let i = 0n; i < k; i++) r *= n - i;
  return r;
}

function comb(n: PyInt, k: PyInt): PyInt {
  const N = big(n), K0 = big(k);
  if (N < 0n) throw valueError("n must be a non-negative integer");
  if (K0 < 0n) throw valueError("k must be a non-negative integer");
  if (K0 > N) return 0;
  const K = K0 < N - K0 ? K0 : N - K0;
  if (K > 10_000_000n) throw overflowError(`min(n - k, k) must not exceed ${2 ** 63 - 1}`);
  let r = 1n;
  for (let i = 1n; i <= K; i++) r = (r * (N - K + i)) / i;
  return normBig(r);
}

function perm(n: PyInt, k: PyInt): PyInt {
  const N = big(n), K = big(k);
  if (N < 0n) throw valueError("n must be a non-negative integer");
  if (K < 0n) throw valueError("k must be a non-negative integer");
  if (K > N) return 0;
  return normBig(fallingProduct(N, K));
}

function gcdAll(args: PyValue[]): PyInt {
  let g: PyInt = 0;
  for (const a of args) g = intGcd(g, asInt(a));
  return g;
}
function lcmAll(args: PyValue[]): PyInt {
  if (args.length === 0) return 1;
  let l: PyInt = intAbs(asInt(args[0] as PyValue));
  for (let i = 1; i < args.length; i++) {
    const b = asInt(args[i] as PyValue);
    if (l === 0 || b === 0 || b === 0n) {
      l = 0;
      continue;
    }
    const g = intGcd(l, b);
    l = intAbs(intMul(P.binaryOp(2, l, g) as PyInt, b));
  }
  return l;
}

// ---- the module -------------------------------------------------------------------------------

function floorCeil(name: "floor" | "ceil"): Fn {
  const special = name === "floor" ? "__floor__" : "__ceil__";
  const f = name === "floor" ? Math.floor : Math.ceil;
  return (args, kw) => {
    arity(name, args, kw, 1, 1);
    const x = args[0] as PyValue;
    if (x instanceof PyFloat && x.cls.isImmutable) return floatToInt(f(x.value));
    if (typeof x === "number" || typeof x === "bigint") return x;
    const m = typeOf(x).lookup(special);
    if (m !== undefined) return P.callMethod(m, x, []);
    return floatToInt(f(toDouble(x)));
  };
}

function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (y === 0 || x === 1) return 1;
  if (x !== 0 && Number.isInteger(y) && Math.abs(y) >= 2 && Math.abs(y) <= 64) {
    const e = powIntExact(x, y);
    if (e !== undefined) return e;
  }
  const r = x !== 0 && Number.isFinite(x) && Number.isFinite(y) && (x > 0 || Number.isInteger(y)) ? libm.pow(x, y) : Math.pow(x, y);
  if (!Number.isFinite(r)) {
    if (r !== r) throw domain();
    if (x === 0) throw domain();
    throw range();
  }
  return r;
}

export function createMathModule(): PyModule {
  const m = new PyModule("math");
  const d = m.dict;
  const def = (name: string, f: Fn): void => {
    d.setStr(name, new PyBuiltinFunction(name, f, m));
  };
  d.setStr("pi", newFloat(Math.PI));
  d.setStr("e", newFloat(Math.E));
  d.setStr("tau", newFloat(2 * Math.PI));
  d.setStr("inf", newFloat(Infinity));
  d.setStr("nan", newFloat(NaN));

  const unary: [string, (x: number) => number, boolean][] = [
    ["acos", libm.acos, false], ["acosh", libm.acosh, false], ["asin", libm.asin, false], ["asinh", libm.asinh, false],
    ["atan", libm.atan, false], ["atanh", libm.atanh, false], ["cos", libm.cos, false], ["cosh", libm.cosh, true],
    ["sin", libm.sin, false], ["sinh", libm.sinh, true], ["tan", libm.tan, false], ["tanh", libm.tanh, false],
    ["exp", libm.exp, true], ["exp2", libm.exp2, true], ["expm1", Math.expm1, true],
    ["cbrt", libm.cbrt, false], ["fabs", Math.abs, false], ["sqrt", Math.sqrt, false],
    ["log1p", Math.log1p, false], ["erf", libm.erf, false], ["erfc", libm.erfc, false],
  ];
  for (const [name, f, ov] of unary) {
    def(name, math1(name, f, ov));
    (d.getStr(name) as PyBuiltinFunction).fn1 = math1Fixed(f, ov);
    (d.getStr(name) as PyBuiltinFunction).floatKernel = { f, canOverflow: ov };
  }
  def("gamma", (args, kw) => {
    arity("gamma", args, kw, 1, 1);
    return newFloat(tgamma(toDouble(args[0] as PyValue)));
  });
  def("lgamma", (args, kw) => {
    arity("lgamma", args, kw, 1, 1);
    return newFloat(lgamma(toDouble(args[0] as PyValue)));
  });
  def("degrees", math1("degrees", (x) => x * (180.0 / Math.PI), false));
  def("radians", math1("radians", (x) => x * (Math.PI / 180.0), false));
  def("floor", floorCeil("floor"));
  def("ceil", floorCeil("ceil"));
  def("trunc", (args, kw) => {
    arity("trunc", args, kw, 1, 1);
    const x = args[0] as PyValue;
    if (x instanceof PyFloat && x.cls.isImmutable) return floatToInt(Math.trunc(x.value));
    const f = typeOf(x).lookup("__trunc__");
    if (f === undefined) throw typeError(`type ${typeName(x)} doesn't define __trunc__ method`);
    return P.callMethod(f, x, []);
  });
  def("log", (args, kw) => {
    arity("log", args, kw, 1, 2);
    const num = logHelper(args[0] as PyValue, libm.log);
    if (args.length === 1) return newFloat(num);
    const den = logHelper(args[1] as PyValue, libm.log);
    if (den === 0) throw zeroDivision("float division by zero");
    return newFloat(num / den);
  });
  def("log2", (args, kw) => (arity("log2", args, kw, 1, 1), newFloat(logHelper(args[0] as PyValue, libm.log2))));
  def("log10", (args, kw) => (arity("log10", args, kw, 1, 1), newFloat(logHelper(args[0] as PyValue, libm.log10))));
  def("pow", (args, kw) => {
    arity("pow", args, kw, 2, 2);
    return newFloat(mathPow(toDouble(args[0] as PyValue), toDouble(args[1] as PyValue)));
  });
  def("atan2", (args, kw) => {
    arity("atan2", args, kw, 2, 2);
    return newFloat(libm.atan2(toDouble(args[0] as PyValue), toDouble(args[1] as PyValue)));
  });
  def("fmod", (args, kw) => {
    arity("fmod", args, kw, 2, 2);
    const x = toDouble(args[0] as PyValue), y = toDouble(args[1] as PyValue);
    if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return newFloat(x);
    const r = x % y;
    if (r !== r && x === x && y === y) throw domain();
    return newFloat(r);
  });
  def("copysign", (args, kw) => {
    arity("copysign", args, kw, 2, 2);
    const x = toDouble(args[0] as PyValue), y = toDouble(args[1] as PyValue);
    const neg = y < 0 || Object.is(y, -0) || (y !== y && signBitNaN(args[1] as PyValue));
    return newFloat(neg ? -Math.abs(x) : Math.abs(x));
  });
  def("remainder", (args, kw) => {
    arity("remainder", args, kw, 2, 2);
    const x = toDouble(args[0] as PyValue), y = toDouble(args[1] as PyValue);
    if (x !== x) return newFloat(x);
    if (y !== y) return newFloat(y);
    if (!Number.isFinite(x) || y === 0) throw domain();
    if (!Number.isFinite(y)) return newFloat(x);
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return newFloat(x < 0 || Object.is(x, -0) ? -r : r);
  });
  def("frexp", (args, kw) => {
    arity("frexp", args, kw, 1, 1);
    const [mm, e] = frexp(toDouble(args[0] as PyValue));
    return newTuple([newFloat(mm), e]);
  });
  def("ldexp", (args, kw) => {
    arity("ldexp", args, kw, 2, 2);
    const x = toDouble(args[0] as PyValue);
    const iv = args[1] as PyValue;
    if (intValue(iv) === undefined) throw typeError("Expected an int as second argument to ldexp.");
    const i = intValue(iv) as PyInt;
    if (x === 0 || !Number.isFinite(x)) return newFloat(x);
    const e = typeof i === "bigint" ? (i > 0n ? 100000 : -100000) : i;
    const r = ldexp(x, Math.max(-100000, Math.min(100000, e)));
    if (!Number.isFinite(r)) throw range();
    return newFloat(r);
  });
  def("modf", (args, kw) => {
    arity("modf", args, kw, 1, 1);
    const x = toDouble(args[0] as PyValue);
    if (!Number.isFinite(x)) {
      if (x !== x) return newTuple([newFloat(x), newFloat(x)]);
      return newTuple([newFloat(x > 0 ? 0 : -0), newFloat(x)]);
    }
    const ip = Math.trunc(x);
    let frac = x - ip;
    if (frac === 0) frac = x < 0 || Object.is(x, -0) ? -0 : 0;
    return newTuple([newFloat(frac), newFloat(ip === 0 && (x < 0 || Object.is(x, -0)) ? -0 : ip)]);
  });
  def("fsum", (args, kw) => (arity("fsum", args, kw, 1, 1), newFloat(fsum(args[0] as PyValue))));
  def("isfinite", (args, kw) => (arity("isfinite", args, kw, 1, 1), Number.isFinite(toDouble(args[0] as PyValue))));
  def("isinf", (args, kw) => {
    arity("isinf", args, kw, 1, 1);
    const x = toDouble(args[0] as PyValue);
    return x === Infinity || x === -Infinity;
  });
  def("isnan", (args, kw) => {
    arity("isnan", args, kw, 1, 1);
    const x = toDouble(args[0] as PyValue);
    return x !== x;
  });
  def("isclose", (args, kwnames) => {
    const [a, b, rt, at] = parseArgs("isclose", args, kwnames, ["a", "b", "rel_tol", "abs_tol"], 2, 0);
    const x = toDouble(a as PyValue), y = toDouble(b as PyValue);
    const relTol = rt === undefined ? 1e-9 : toDouble(rt), absTol = at === undefined ? 0 : toDouble(at);
    if (relTol < 0 || absTol < 0) throw valueError("tolerances must be non-negative");
    if (x === y) return true;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
    const diff = Math.abs(y - x);
    return (diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x)) || diff <= absTol;
  });
  def("hypot", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("hypot() takes no keyword arguments");
    const vec: number[] = [];
    let max = 0, nan = false;
    for (const a of args) {
      const x = Math.abs(toDouble(a));
      vec.push(x);
      if (x !== x) nan = true;
      else if (x > max) max = x;
    }
    return newFloat(vectorNorm(vec, max, nan));
  });
  def("dist", (args, kw) => {
    arity("dist", args, kw, 2, 2);
    const p = args[0] as PyValue, q = args[1] as PyValue;
    const isTuple = (v: PyValue): boolean => typeOf(v).name === "tuple";
    if (!isTuple(p) || !isTuple(q)) {
      const pa = P.toArray(p), qa = P.toArray(q);
      return distOf(pa, qa);
    }
    return distOf(P.toArray(p), P.toArray(q));
  });
  def("nextafter", (args, kw) => {
    arity("nextafter", args, kw, 2, 2);
    return newFloat(nextAfter(toDouble(args[0] as PyValue), toDouble(args[1] as PyValue)));
  });
  def("ulp", (args, kw) => (arity("ulp", args, kw, 1, 1), newFloat(ulp(toDouble(args[0] as PyValue)))));
  def("isqrt", (args, kw) => {
    arity("isqrt", args, kw, 1, 1);
    const n = asInt(args[0] as PyValue);
    if (n < 0) throw valueError("isqrt() argument must be nonnegative");
    return intIsqrt(n);
  });
  def("factorial", (args, kw) => {
    arity("factorial", args, kw, 1, 1);
    const n = asInt(args[0] as PyValue);
    if (n < 0) throw valueError("factorial() not defined for negative values");
    if (typeof n === "bigint") throw overflowError("factorial() argument should not exceed 9223372036854775807");
    return factorialBig(n);
  });
  def("comb", (args, kw) => {
    arity("comb", args, kw, 2, 2);
    return comb(asInt(args[0] as PyValue), asInt(args[1] as PyValue));
  });
  def("perm", (args, kw) => {
    arity("perm", args, kw, 1, 2);
    const n = asInt(args[0] as PyValue);
    if (args.length === 1 || args[1] === None) {
      if (n < 0) throw valueError("n must be a non-negative integer");
      if (typeof n === "bigint") throw overflowError("factorial() argument should not exceed 9223372036854775807");
      return factorialBig(n);
    }
    return perm(n, asInt(args[1] as PyValue));
  });
  def("gcd", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("gcd() takes no keyword arguments");
    return gcdAll(args);
  });
  def("lcm", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("lcm() takes no keyword arguments");
    return lcmAll(args);
  });
  def("prod", (args, kwnames) => {
    const [it, start] = parseArgs("prod", args, kwnames, ["iterable", "start"], 1, 1);
    let acc: PyValue = start ?? 1;
    const iter = P.getIter(it as PyValue);
    for (let v = P.iterNext(iter); v !== undefined; v = P.iterNext(iter)) acc = P.binaryOp(5, acc, v);
    return acc;
  });
  return m;
}

function distOf(p: PyValue[], q: PyValue[]): PyValue {
  if (p.length !== q.length) throw valueError("both points must have the same number of dimensions");
  const vec: number[] = [];
  let max = 0, nan = false;
  for (let i = 0; i < p.length; i++) {
    const x = Math.abs(toDouble(p[i] as PyValue) - toDouble(q[i] as PyValue));
    vec.push(x);
    if (x !== x) nan = true;
    else if (x > max) max = x;
  }
  return newFloat(vectorNorm(vec, max, nan));
}

/** NaN sign bit (copysign(1, float('-nan')) is -1.0 in CPython). */
function signBitNaN(v: PyValue): boolean {
  if (!(v instanceof PyFloat)) return false;
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, v.value);
  return (b.getUint8(0) & 0x80) !== 0;
}
