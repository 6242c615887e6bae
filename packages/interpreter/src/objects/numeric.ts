/**
 * Native arithmetic of the builtin numeric tower (bool ⊂ int ⊂ float ⊂
 * complex) on unboxed values, with CPython 3.11 semantics and messages.
 *
 * `numberBinary(op, a, b)` returns `undefined` when either operand is not a
 * builtin number (the caller then returns NotImplemented / tries the other
 * operand). It accepts instances of user subclasses (their boxed payload).
 */

import type { PyValue } from "./object.js";
import { PyFloat, newFloat } from "./float.js";
import { PyComplex } from "./complex.js";
import { PyIntObject, type PyInt } from "./int.js";
import * as I from "./int.js";
import { zeroDivision, overflowError } from "./errors.js";
import { powIntExact } from "./float-bits.js";
import { hypot2 } from "../modules/vector-norm.js";
import { pow as libmPow, atan2 as libmAtan2, exp as libmExp, log as libmLog, sin as libmSin, cos as libmCos } from "../modules/math-libm.js";

/** The int value of an int-like (int, bool, int subclass instance), else undefined. */
export function intValue(v: PyValue): PyInt | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "object":
      return v instanceof PyIntObject ? v.value : undefined;
    default:
      return undefined;
  }
}

/** The float value of a float or int-like (converting ints), else undefined. Throws OverflowError for huge ints. */
export function floatValue(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  return i === undefined ? undefined : I.intToFloat(i);
}

/** 0 = int, 1 = float, 2 = complex, -1 = not a builtin number. */
function kind(v: PyValue): number {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "boolean":
      return 0;
    case "object":
      if (v instanceof PyFloat) return 1;
      if (v instanceof PyIntObject) return 0;
      if (v instanceof PyComplex) return 2;
      return -1;
    default:
      return -1;
  }
}

function cval(v: PyValue): [number, number] {
  if (v instanceof PyComplex) return [v.real, v.imag];
  return [floatValue(v) as number, 0];
}

/** C fmod (JS % on doubles is fmod). */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw zeroDivision("float modulo");
  let mod = x % y;
  // `mod !== 0`, not `if (mod)`: C's test is true for NaN (inf % y is nan, not 0).
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

/** CPython's float divmod: [floordiv, mod]. */
export function floatDivmod(x: number, y: number, what = "float divmod()"): [number, number] {
  if (y === 0) throw zeroDivision(what);
  return [floorQuotient(x, y), floatMod(x, y)];
}

export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw zeroDivision("float floor division by zero");
  return floorQuotient(x, y);
}

/** The quotient of CPython's float divmod (`y !== 0`): the floor of x / y, rounded from the exact fmod. */
function floorQuotient(x: number, y: number): number {
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && y < 0 !== mod < 0) div -= 1;
  if (div === 0) return x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  const floordiv = Math.floor(div);
  return div - floordiv > 0.5 ? floordiv + 1 : floordiv;
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/** float ** float; returns a complex pair for negative base with fractional exponent. */
export function floatPow(x: number, y: number): number | [number, number] {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if (y > 0 === ax > 1) return Infinity;
    return 0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (x > 0) return y > 0 ? x : 0;
    return y > 0 ? (odd ? x : -x) : odd ? -0 : 0;
  }
  if (x === 0) {
    if (y < 0) throw zeroDivision("0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0;
  }
  if (x < 0 && !Number.isInteger(y)) return complexPow(x, 0, y, 0);
  if (x === 1) return 1;
  if (y === 2) {
    const sq = x * x;
    if (sq === Infinity) throw overflowError("(34, 'Numerical result out of range')");
    return sq;
  }
  if (Number.isInteger(y) && Math.abs(y) <= 64 && Math.abs(y) >= 2) {
    const e = powIntExact(x, y);
    if (e !== undefined) return e;
  }
  const r = libmPow(x, y); // glibc's pow bits, as math.pow
  if (!Number.isFinite(r)) throw overflowError("(34, 'Numerical result out of range')");
  return r;
}

/**
 * `floatPow` for compiled code on raw doubles: its result when that is a
 * float, else NaN (a complex result, or an error the interpreter raises
 * when it re-executes the operation). NaN is a real result only for a NaN
 * operand, so a NaN from two non-NaN operands means "not handled here".
 */
export function floatPowRaw(x: number, y: number): number {
  try {
    const r = floatPow(x, y);
    return typeof r === "number" ? r : NaN;
  } catch {
    return NaN;
  }
}

function cmul(a: number, b: number, c: number, d: number): [number, number] {
  return [a * c - b * d, a * d + b * c];
}

/** CPython's complex division (Smith's algorithm as in _Py_c_quot). */
export function complexDiv(a: number, b: number, c: number, d: number): [number, number] {
  const absC = Math.abs(c), absD = Math.abs(d);
  if (c === 0 && d === 0) throw zeroDivision("complex division by zero");
  if (absC >= absD) {
    const ratio = d / c;
    const denom = c + d * ratio;
    return [(a + b * ratio) / denom, (b - a * ratio) / denom];
  }
  if (absD >= absC) {
    const ratio = c / d;
    const denom = c * ratio + d;
    return [(a * ratio + b) / denom, (b * ratio - a) / denom];
  }
  return [NaN, NaN];
}

export function complexPow(a: number, b: number, c: number, d: number): [number, number] {
  if (c === 0 && d === 0) return [1, 0];
  if (a === 0 && b === 0) {
    if (d !== 0 || c < 0) throw zeroDivision("0.0 to a negative or complex power");
    return [0, 0];
  }
  if (d === 0 && Number.isInteger(c) && Math.abs(c) <= 100) {
    let n = Math.abs(c);
    let r: [number, number] = [1, 0];
    let p: [number, number] = [a, b];
    while (n > 0) {
      if (n & 1) r = cmul(r[0], r[1], p[0], p[1]);
      n >>= 1;
      p = cmul(p[0], p[1], p[0], p[1]);
    }
    if (c < 0) {
      // c_quot's errno EDOM for a zero divisor (an underflowed power).
      if (r[0] === 0 && r[1] === 0) throw zeroDivision("0.0 to a negative or complex power");
      r = complexDiv(1, 0, r[0], r[1]);
    }
    return complexPowRange(r);
  }
  // CPython's _Py_c_pow, with glibc's pow/exp/log/sin/cos bits (math-libm) on finite arguments.
  const vabs = hypot2(a, b);
  let len = Number.isFinite(vabs) && Number.isFinite(c) && vabs > 0 ? libmPow(vabs, c) : Math.pow(vabs, c);
  const at = libmAtan2(b, a);
  let phase = at * c;
  if (d !== 0) {
    const t = at * d;
    len /= Number.isFinite(t) ? libmExp(t) : Math.exp(t);
    phase += d * (Number.isFinite(vabs) ? libmLog(vabs) : Math.log(vabs));
  }
  // glibc's cos/sin of ±inf set errno EDOM, which complex_pow reports as ZeroDivisionError.
  if (phase === Infinity || phase === -Infinity) throw zeroDivision("0.0 to a negative or complex power");
  const fin = phase === phase;
  return complexPowRange([len * (fin ? libmCos(phase) : Math.cos(phase)), len * (fin ? libmSin(phase) : Math.sin(phase))]);
}

/** `_Py_ADJUST_ERANGE2` in complex_pow: an infinite part is an overflow. */
function complexPowRange(r: [number, number]): [number, number] {
  if (r[0] === Infinity || r[0] === -Infinity || r[1] === Infinity || r[1] === -Infinity) throw overflowError("complex exponentiation");
  return r;
}

function mkComplex(p: [number, number]): PyComplex {
  return new PyComplex(p[0], p[1]);
}

/** NB_* operator (0..12) on two ints; undefined = not applicable (`@`). */
export function intBinary(op: number, x: PyInt, y: PyInt): PyValue | undefined {
  switch (op) {
    case 0: return I.intAdd(x, y);
    case 1: return I.intAnd(x, y);
    case 2: return I.intFloorDiv(x, y);
    case 3: return I.intLshift(x, y);
    case 5: return I.intMul(x, y);
    case 6: return I.intMod(x, y);
    case 7: return I.intOr(x, y);
    case 8: {
      const r = I.intPow(x, y);
      return typeof r === "object" ? newFloat(r.float) : r;
    }
    case 9: return I.intRshift(x, y);
    case 10: return I.intSub(x, y);
    case 11: return newFloat(I.intTrueDiv(x, y));
    case 12: return I.intXor(x, y);
    default: return undefined;
  }
}

/** NB_* operator (0..12) on builtin numbers; undefined = not applicable (NotImplemented). */
export function numberBinary(op: number, a: PyValue, b: PyValue): PyValue | undefined {
  const ka = kind(a), kb = kind(b);
  if (ka < 0 || kb < 0) return undefined;
  const k = ka > kb ? ka : kb;
  if (k === 0) {
    if (typeof a === "boolean" && typeof b === "boolean") {
      if (op === 1) return a && b;
      if (op === 7) return a || b;
      if (op === 12) return a !== b;
    }
    return intBinary(op, intValue(a) as PyInt, intValue(b) as PyInt);
  }
  if (k === 1) {
    const x = floatValue(a) as number, y = floatValue(b) as number;
    switch (op) {
      case 0: return newFloat(x + y);
      case 2: return newFloat(floatFloorDiv(x, y));
      case 5: return newFloat(x * y);
      case 6: return newFloat(floatMod(x, y));
      case 8: {
        const r = floatPow(x, y);
        return typeof r === "number" ? newFloat(r) : mkComplex(r);
      }
      case 10: return newFloat(x - y);
      case 11:
        if (y === 0) throw zeroDivision("float division by zero");
        return newFloat(x / y);
      default: return undefined;
    }
  }
  const [ar, ai] = cval(a);
  const [br, bi] = cval(b);
  switch (op) {
    case 0: return new PyComplex(ar + br, ai + bi);
    case 5: return mkComplex(cmul(ar, ai, br, bi));
    case 8: return mkComplex(complexPow(ar, ai, br, bi));
    case 10: return new PyComplex(ar - br, ai - bi);
    case 11: return mkComplex(complexDiv(ar, ai, br, bi));
    default: return undefined;
  }
}

/** `divmod(a, b)` on builtin numbers; undefined when not applicable. */
export function numberDivmod(a: PyValue, b: PyValue): [PyValue, PyValue] | undefined {
  const ka = kind(a), kb = kind(b);
  if (ka < 0 || kb < 0 || ka === 2 || kb === 2) return undefined;
  if (ka === 0 && kb === 0) {
    const x = intValue(a) as PyInt, y = intValue(b) as PyInt;
    return I.intDivmod(x, y);
  }
  const [d, m] = floatDivmod(floatValue(a) as number, floatValue(b) as number);
  return [newFloat(d), newFloat(m)];
}

/** Unary -, +, ~, abs on builtin numbers (op: 0 neg, 1 pos, 2 invert, 3 abs); undefined if n/a. */
export function numberUnary(op: number, v: PyValue): PyValue | undefined {
  const k = kind(v);
  if (k < 0) return undefined;
  if (k === 0) {
    const x = intValue(v) as PyInt;
    switch (op) {
      case 0: return I.intNeg(x);
      case 1: return x;
      case 2: return I.intInvert(x);
      default: return I.intAbs(x);
    }
  }
  if (k === 1) {
    const x = (v as PyFloat).value;
    switch (op) {
      case 0: return newFloat(-x);
      case 1: return newFloat(x);
      case 2: return undefined;
      default: return newFloat(Math.abs(x));
    }
  }
  const c = v as PyComplex;
  switch (op) {
    case 0: return new PyComplex(-c.real, -c.imag);
    case 1: return new PyComplex(c.real, c.imag);
    case 2: return undefined;
    default: {
      const r = hypot2(c.real, c.imag);
      if (!Number.isFinite(r) && Number.isFinite(c.real) && Number.isFinite(c.imag)) {
        throw overflowError("absolute value too large");
      }
      return newFloat(r);
    }
  }
}
