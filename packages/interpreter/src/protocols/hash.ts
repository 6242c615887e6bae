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

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

function toU64(h: number | bigint): bigint {
  return BigInt.asUintN(64, BigInt(h));
}

/** CPython 3.11 tuplehash. */
export function hashTuple(items: readonly PyValue[]): number | bigint {
  let acc = XXPRIME_5;
  for (let i = 0; i < items.length; i++) {
    const lane = toU64(hash(items[i] as PyValue));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return normBig(BigInt.asIntN(64, acc));
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
  if (typeof r === "bigint") return hashInt(r);
  if (typeof r === "boolean") return r ? 1 : 0;
  if (r instanceof PyIntObject) return hashInt(r.value);
  throw typeError("__hash__ method should return an integer");
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
