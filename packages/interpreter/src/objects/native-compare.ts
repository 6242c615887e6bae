/**
 * Comparisons between builtin values (numbers across int/bool/float/complex,
 * str, tuple, list, dict, set/frozenset, range). Returns `undefined` when the
 * pair is not natively comparable (the caller then falls back to dunders,
 * identity for `==`/`!=`, or TypeError).
 */

import type { PyValue } from "./object.js";
import { PyFloat } from "./float.js";
import { PyComplex } from "./complex.js";
import { PyIntObject, compareIntFloat, type PyInt } from "./int.js";
import { PyTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { PyDict } from "./dict.js";
import { PySetBase } from "./set.js";
import { PyRange } from "./range.js";
import { PyStrObject } from "./str-support.js";
import { eq, compareBool } from "../protocols/compare.js";

function intOf(v: PyValue): PyInt | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "object":
      return v instanceof PyIntObject ? v.value : undefined;
  }
  return undefined;
}

function fromOrder(c: number, op: number): boolean {
  // c: -1/0/1, or NaN for unordered (all comparisons false except !=)
  if (c !== c) return op === 3;
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

function numCompare(a: PyValue, b: PyValue, op: number): boolean | undefined {
  const ia = intOf(a), ib = intOf(b);
  if (ia !== undefined && ib !== undefined) return fromOrder(ia < ib ? -1 : ia > ib ? 1 : 0, op);
  const fa = a instanceof PyFloat ? a.value : undefined;
  const fb = b instanceof PyFloat ? b.value : undefined;
  if (fa !== undefined && fb !== undefined) return fromOrder(fa < fb ? -1 : fa > fb ? 1 : fa === fb ? 0 : NaN, op);
  if (ia !== undefined && fb !== undefined) return fromOrder(compareIntFloat(ia, fb), op);
  if (fa !== undefined && ib !== undefined) return fromOrder(-compareIntFloat(ib, fa), op);
  if (a instanceof PyComplex || b instanceof PyComplex) {
    if (op !== 2 && op !== 3) return undefined;
    const ca = complexParts(a), cb = complexParts(b);
    if (ca === undefined || cb === undefined) return undefined;
    const same = equalReal(ca[0], cb[0]) && equalReal(ca[1], cb[1]);
    return op === 2 ? same : !same;
  }
  return undefined;
}

function equalReal(x: PyInt | number, y: PyInt | number): boolean {
  if (typeof x === "bigint" || typeof y === "bigint") {
    if (typeof x === "bigint" && typeof y === "bigint") return x === y;
    if (typeof x === "bigint") return compareIntFloat(x, y as number) === 0;
    return compareIntFloat(y as bigint, x) === 0;
  }
  return x === y;
}

function complexParts(v: PyValue): [PyInt | number, number] | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.value, 0];
  const i = intOf(v);
  return i === undefined ? undefined : [i, 0];
}

/** Lexicographic sequence comparison (tuple/list). */
export function compareSequences(a: readonly PyValue[], b: readonly PyValue[], op: number): boolean {
  if ((op === 2 || op === 3) && a.length !== b.length) return op === 3;
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (!eq(a[i] as PyValue, b[i] as PyValue)) break;
  }
  if (i >= n) return fromOrder(a.length < b.length ? -1 : a.length > b.length ? 1 : 0, op);
  if (op === 2) return false;
  if (op === 3) return true;
  return compareBool(a[i] as PyValue, b[i] as PyValue, op);
}

function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  const ks = a.keyList;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === undefined) continue;
    const bv = b.get(k);
    if (bv === undefined) return false;
    if (!eq(a.valueList[i] as PyValue, bv)) return false;
  }
  return true;
}

function isSubset(a: PySetBase, b: PySetBase): boolean {
  if (a.table.size > b.table.size) return false;
  for (const k of a.table.keyList) if (k !== undefined && !b.table.has(k)) return false;
  return true;
}

function setCompare(a: PySetBase, b: PySetBase, op: number): boolean {
  const na = a.table.size, nb = b.table.size;
  switch (op) {
    case 2: return na === nb && isSubset(a, b);
    case 3: return !(na === nb && isSubset(a, b));
    case 0: return na < nb && isSubset(a, b);
    case 1: return isSubset(a, b);
    case 4: return nb < na && isSubset(b, a);
    default: return isSubset(b, a);
  }
}

function rangeEqual(a: PyRange, b: PyRange): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  if (a.length === 1) return true;
  return a.step === b.step;
}

function strOf(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyStrObject) return v.value;
  return undefined;
}

/** Compare code-point-wise (JS compares UTF-16 units; they differ only around astral chars). */
export function compareStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      const sx = x >= 0xd800 && x <= 0xdfff, sy = y >= 0xd800 && y <= 0xdfff;
      if (sx === sy) return x < y ? -1 : 1;
      return (a.codePointAt(i) as number) < (b.codePointAt(i) as number) ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : 1;
}

export function nativeCompare(a: PyValue, b: PyValue, op: number): boolean | undefined {
  const n = numCompare(a, b, op);
  if (n !== undefined) return n;
  const sa = strOf(a);
  if (sa !== undefined) {
    const sb = strOf(b);
    return sb === undefined ? undefined : fromOrder(compareStr(sa, sb), op);
  }
  if (a instanceof PyTuple) return b instanceof PyTuple ? compareSequences(a.items, b.items, op) : undefined;
  if (a instanceof PyList) return b instanceof PyList ? compareSequences(a.items, b.items, op) : undefined;
  if (a instanceof PySetBase) return b instanceof PySetBase ? setCompare(a, b, op) : undefined;
  if (op === 2 || op === 3) {
    if (a instanceof PyDict && b instanceof PyDict) return dictEqual(a, b) === (op === 2);
    if (a instanceof PyRange && b instanceof PyRange) return rangeEqual(a, b) === (op === 2);
  }
  return undefined;
}
