/**
 * Rich comparison: `richCompare(a, b, op)` (CMP_OP numbering: LT LE EQ NE GT
 * GE) returning a PyValue, `compareBool` returning a JS boolean, and `eq` —
 * container equality (identity implies equality, as in CPython's
 * `PyObject_RichCompareBool`), used by dict/list/`in`.
 *
 * Dispatch follows CPython's `do_richcompare`: if `type(b)` is a proper
 * subclass of `type(a)`, b's reflected method goes first; then a's method;
 * then b's reflected method; then `==`/`!=` fall back to identity and
 * orderings raise TypeError.
 */

import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { PyFloat, FloatType } from "../objects/float.js";
import { NotImplemented } from "../objects/singletons.js";
import { unorderable } from "../objects/errors.js";
import { callMethod1 } from "./call.js";
import { enterRecursiveCall } from "./recursion.js";
import { isTrue } from "./truth.js";
import { nativeCompare, compareStr } from "../objects/native-compare.js";

export const CMP_METHOD_NAMES: readonly string[] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
/** The reflected operator of each CMP_OP. */
export const CMP_SWAPPED: readonly number[] = [4, 5, 2, 3, 0, 1];
const SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];

/** COMPARE_OP `op` (0..5: < <= == != > >=) on two JS numbers (ints or float values). */
export function cmpNumbers(a: number, b: number, op: number): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a === b;
    case 3: return a !== b;
    case 4: return a > b;
    default: return a >= b;
  }
}

/**
 * str ordering by code point. JS `<` compares UTF-16 units, which agrees
 * with code-point order except when the first differing unit is a
 * surrogate on one side and a unit in U+E000..U+FFFF on the other; only
 * then is the slower comparison needed.
 */
/** `a <op> b` for two exact strs (COMPARE_OP numbering): code-point order. */
export function cmpStrings(a: string, b: string, op: number): boolean {
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  const c = strOrder(a, b);
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

/** -1/0/1 code-point order of two strings. */
export function strOrder(a: string, b: string): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x < 0xd800 || y < 0xd800) return x < y ? -1 : 1;
      return compareStr(a, b);
    }
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** `a <op> b` as a Python value (usually a bool, but `__lt__` may return anything). */
export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (typeof a === "number" && typeof b === "number") return cmpNumbers(a, b, op);
  if (typeof a === "string" && typeof b === "string") return cmpStrings(a, b, op);
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FloatType && b.cls === FloatType) {
    return cmpNumbers(a.value, b.value, op);
  }
  return richCompareSlow(a, b, op);
}

/** CPython's `PyObject_RichCompare` counts one recursion level (`__eq__` calling `==` on itself, nested containers). */
function richCompareSlow(a: PyValue, b: PyValue, op: number): PyValue {
  const ts = enterRecursiveCall(" in comparison");
  try {
    return richCompareDispatch(a, b, op);
  } finally {
    if (ts !== null) ts.depth--; // inline (not leaveRecursiveCall): a call here can overflow the JS stack again
  }
}

function richCompareDispatch(a: PyValue, b: PyValue, op: number): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  if (ta.isImmutable && tb.isImmutable) {
    const r = nativeCompare(a, b, op);
    if (r !== undefined) return r;
  }
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const f = tb.lookup(CMP_METHOD_NAMES[CMP_SWAPPED[op] as number] as string);
    if (f !== undefined) {
      checkedReverse = true;
      const r = callMethod1(f, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = ta.lookup(CMP_METHOD_NAMES[op] as string);
  if (fa !== undefined) {
    const r = callMethod1(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const f = tb.lookup(CMP_METHOD_NAMES[CMP_SWAPPED[op] as number] as string);
    if (f !== undefined) {
      const r = callMethod1(f, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  throw unorderable(SYMBOLS[op] as string, a, b);
}

/** `bool(a <op> b)`. */
export function compareBool(a: PyValue, b: PyValue, op: number): boolean {
  if (typeof a === "number" && typeof b === "number") return cmpNumbers(a, b, op);
  if (typeof a === "string" && typeof b === "string") return cmpStrings(a, b, op);
  const r = richCompare(a, b, op);
  return typeof r === "boolean" ? r : isTrue(r);
}

/** Container equality: `a is b or a == b`. */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === typeof b && ta !== "object") return false; // distinct primitives of one kind
  if (ta === "number" && typeof b === "bigint") return false;
  const r = richCompare(a, b, 2);
  return typeof r === "boolean" ? r : isTrue(r);
}

/** `a < b` as a JS boolean (sorting, min/max). */
export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strOrder(a, b) < 0;
  const r = richCompare(a, b, 0);
  return typeof r === "boolean" ? r : isTrue(r);
}
