/**
 * `operator.index(v)` (`__index__`) and sequence index normalisation.
 */

import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { PyIntObject, type PyInt } from "../objects/int.js";
import { notAnIndex, typeError, typeName, overflowError, indexError } from "../objects/errors.js";
import { callMethod0 } from "./call.js";

/** `operator.index(v)`: an int, or TypeError "'str' object cannot be interpreted as an integer". */
export function asIndex(v: PyValue): PyInt {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyIntObject) return v.value;
  const f = typeOf(v).lookup("__index__");
  if (f === undefined) throw notAnIndex(v);
  const r = callMethod0(f, v);
  if (typeof r === "number" || typeof r === "bigint") return r;
  if (typeof r === "boolean") return r ? 1 : 0;
  if (r instanceof PyIntObject) return r.value;
  throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
}

const SSIZE_MAX = 2n ** 63n - 1n;
const SSIZE_MIN = -(2n ** 63n);

/** Does int `i` fit C's Py_ssize_t (CPython's index-sized integer)? */
export function fitsSsize(i: PyInt): boolean {
  return typeof i === "number" || (i >= SSIZE_MIN && i <= SSIZE_MAX);
}

/** "cannot fit 'int' into an index-sized integer" (IndexError for subscripts, OverflowError for sizes). */
export function cannotFitIndex(v: PyValue, overflow: boolean): PyValue {
  const msg = `cannot fit '${typeName(v)}' into an index-sized integer`;
  return overflow ? overflowError(msg) : indexError(msg);
}

/**
 * `asIndex` as a JS number, like CPython's `PyNumber_AsSsize_t(v, OverflowError)`:
 * an int outside Py_ssize_t raises "cannot fit 'int' into an index-sized
 * integer"; one inside it but beyond 2**53 comes back inexact (callers
 * treat it as huge: a MemoryError, or an empty result for counts <= 0).
 */
export function asSize(v: PyValue): number {
  const i = asIndex(v);
  if (typeof i === "bigint") {
    if (!fitsSsize(i)) throw cannotFitIndex(v, true);
    return Number(i);
  }
  return i;
}

/**
 * An index argument converted like Argument Clinic's Py_ssize_t converter
 * (`list.pop(i)`, `list.insert(i, x)`, `str.center(width)`): outside
 * Py_ssize_t is "OverflowError: Python int too large to convert to C
 * ssize_t"; beyond 2**53 it comes back inexact.
 */
export function asClinicSsize(v: PyValue): number {
  const i = asIndex(v);
  if (typeof i === "bigint") {
    if (!fitsSsize(i)) throw overflowError("Python int too large to convert to C ssize_t");
    return Number(i);
  }
  return i;
}

/** Does `v` have `__index__` (is it usable as a sequence index)? */
export function hasIndex(v: PyValue): boolean {
  const t = typeof v;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  return typeOf(v).lookup("__index__") !== undefined;
}

/** Clamp-free normalisation: negative → +len; returns -1 when out of range. */
export function normalizeIndex(i: PyInt, len: number): number {
  if (typeof i === "bigint") return -1;
  const j = i < 0 ? i + len : i;
  return j >= 0 && j < len ? j : -1;
}
