/**
 * `hash(v)` with CPython 3.11's algorithms for numbers (so equal numbers of
 * different types hash alike: `hash(1) == hash(1.0) == hash(True)`), tuples
 * (xxHash-based) and frozensets; str hashes are process-local (CPython
 * randomizes them too). The result is a canonical Python int (number, or
 * bigint when beyond 2^53 — hashes are 64-bit in CPython).
 */

import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { PyFloat } from "../objects/float.js";
import { PyTuple } from "../objects/tuple.js";
import { PyComplex } from "../objects/complex.js";
import { PyIntObject } from "../objects/int.js";
import { PyStrObject } from "../objects/str-support.js";
import { None } from "../objects/singletons.js";
import { unhashable, typeError } from "../objects/errors.js";
import { callMethod0 } from "./call.js";
import { objectId } from "../objects/identity.js";
import { normBig } from "../objects/int.js";

const MODULUS = (1n << 61n) - 1n;
const MODULUS_BITS = 61n;
const HASH_INF = 314159;

/** hash of an int (CPython: sign * (|n| mod 2^61-1), with -1 → -2). */
export function hashInt(n: number | bigint): number | bigint {
  if (typeof n === "number") return n === -1 ? -2 : n; // |n| < 2^53 < modulus
  const neg = n < 0n;
  let r = (neg ? -n : n) % MODULUS;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return normBig(r);
}

/** hash of a float (CPython's _Py_HashDouble); `obj` gives NaN its identity hash. */
export function hashFloat(v: number, obj: PyValue | null): number | bigint {
  if (!Number.isFinite(v)) {
    if (v !== v) return obj === null ? 0 : objectHash(obj);
    return v > 0 ? HASH_INF : -HASH_INF;
  }
  if (Number.isInteger(v)) {
    return hashInt(Number.isSafeInteger(v) ? v : BigInt(v));
  }
  // v = m * 2^e exactly, m an odd-or-whatever integer; reduce m * 2^e mod P.
  const neg = v < 0;
  let x = neg ? -v : v;
  let e = 0;
  while (!Number.isInteger(x)) {
    x *= 2; // exact for binary floats until integral
    e--;
  }
  let m = BigInt(x) % MODULUS;
  // multiply by 2^e mod P: 2^61 ≡ 1, so 2^e ≡ 2^(e mod 61)
  const shift = ((BigInt(e) % MODULUS_BITS) + MODULUS_BITS) % MODULUS_BITS;
  m = ((m << shift) | 0n) % MODULUS;
  let r = neg ? -m : m;
  if (r === -1n) r = -2n;
  return normBig(r);
}

/** Identity-based hash for objects without `__hash__` overrides. */
export function objectHash(o: PyValue): number {
  return Math.floor(objectId(o) / 16);
}

/*
 * CPython 3.11 tuplehash (xxHash-style, 64-bit unsigned arithmetic) computed
 * on two 32-bit halves so the common case allocates no BigInt; only the
 * final result becomes a bigint when it does not fit a safe integer.
 */
const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87; // 11400714785074694791
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f; // 14029467366897019727
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5; // 2870177450012600261
const TWO32 = 4294967296;

let mulHi = 0, mulLo = 0;
/** (ah:al) * (bh:bl) mod 2^64 into mulHi:mulLo (unsigned 32-bit halves). */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  // al*bl as a full 64-bit product from 16-bit pieces
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const lo = ((mid << 16) | (p00 & 0xffff)) >>> 0;
  const hi = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  mulLo = lo;
  mulHi = (hi + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

let laneHi = 0, laneLo = 0;
/** The 64-bit two's-complement halves of a Python hash value. */
function setLane(h: number | bigint): void {
  if (typeof h === "number") {
    if (h >= 0) {
      laneLo = h % TWO32;
      laneHi = Math.floor(h / TWO32);
    } else {
      const u = -h;
      const lo = u % TWO32, hi = Math.floor(u / TWO32);
      laneLo = (TWO32 - lo) % TWO32;
      laneHi = (~hi + (lo === 0 ? 1 : 0)) >>> 0;
    }
    return;
  }
  const u = BigInt.asUintN(64, h);
  laneLo = Number(u & 0xffffffffn);
  laneHi = Number(u >> 32n);
}

/** CPython 3.11 tuplehash. */
export function hashTuple(items: readonly PyValue[]): number | bigint {
  let accHi = P5_HI, accLo = P5_LO;
  for (let i = 0; i < items.length; i++) {
    setLane(hash(items[i] as PyValue));
    // acc += lane * PRIME_2
    mul64(laneHi, laneLo, P2_HI, P2_LO);
    let lo = accLo + mulLo;
    let hi = accHi + mulHi + (lo >= TWO32 ? 1 : 0);
    lo >>>= 0;
    hi >>>= 0;
    // acc = rotl(acc, 31)
    const rHi = ((hi << 31) | (lo >>> 1)) >>> 0;
    const rLo = ((lo << 31) | (hi >>> 1)) >>> 0;
    // acc *= PRIME_1
    mul64(rHi, rLo, P1_HI, P1_LO);
    accHi = mulHi;
    accLo = mulLo;
  }
  // acc += len ^ (PRIME_5 ^ 3527539)
  const n = items.length;
  const xLo = ((P5_LO ^ 3527539) ^ n) >>> 0;
  const xHi = P5_HI >>> 0;
  let lo = accLo + xLo;
  let hi = accHi + xHi + (lo >= TWO32 ? 1 : 0);
  lo >>>= 0;
  hi >>>= 0;
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796;
  // to a signed 64-bit Python int
  if (hi < 0x200000) return hi * TWO32 + lo; // < 2^53
  if (hi >= 0xffe00000) {
    const v = (hi - TWO32) * TWO32 + lo; // > -2^53, exact
    if (v >= -Number.MAX_SAFE_INTEGER) return v;
  }
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/** A process-local string hash (FNV-1a over UTF-16 units, 32-bit, never -1). */
export function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}

export function hash(v: PyValue): number | bigint {
  switch (typeof v) {
    case "number":
      return v === -1 ? -2 : v;
    case "string":
      return hashStr(v);
    case "boolean":
      return v ? 1 : 0;
    case "bigint":
      return hashInt(v);
  }
  return hashObject(v);
}

function hashObject(v: PyObject): number | bigint {
  const cls = v.cls;
  if (cls.isImmutable) {
    if (v instanceof PyFloat) return hashFloat(v.value, v);
    if (v instanceof PyTuple) return hashTuple(v.items);
    if (v === None) return objectHash(v);
  }
  const f = typeOf(v).lookup("__hash__");
  if (f === undefined || f === None) throw unhashable(v);
  const r = callMethod0(f, v);
  if (typeof r === "number") return r === -1 ? -2 : r;
  if (typeof r === "bigint") return hashResult(r);
  if (typeof r === "boolean") return r ? 1 : 0;
  if (r instanceof PyIntObject) return typeof r.value === "number" ? (r.value === -1 ? -2 : r.value) : hashResult(r.value);
  throw typeError("__hash__ method should return an integer");
}

/** CPython's slot_tp_hash: a `__hash__` result that fits a Py_ssize_t is used as is, larger ones are hashed. */
function hashResult(r: bigint): number | bigint {
  return BigInt.asIntN(64, r) === r ? r : hashInt(r);
}

/** hash of a builtin value by its payload (used by the builtin types' `__hash__`). */
export function hashNative(v: PyValue): number | bigint | undefined {
  if (v instanceof PyIntObject) return hashInt(v.value);
  if (v instanceof PyFloat) return hashFloat(v.value, v);
  if (v instanceof PyStrObject) return hashStr(v.value);
  if (v instanceof PyTuple) return hashTuple(v.items);
  if (v instanceof PyComplex) {
    const hr = BigInt(hashFloat(v.real, v)), hi = BigInt(hashFloat(v.imag, v));
    let r = BigInt.asIntN(64, hr + 1000003n * hi);
    if (r === -1n) r = -2n;
    return normBig(r);
  }
  return undefined;
}
