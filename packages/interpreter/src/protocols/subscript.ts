/**
 * Subscription: `getItem`, `setItem`, `delItem` (BINARY_SUBSCR,
 * STORE_SUBSCR, DELETE_SUBSCR). Exact list/tuple/dict/str first, then the
 * type's `__getitem__`/`__setitem__`/`__delitem__`, then (for types)
 * `__class_getitem__`.
 */

import type { PyValue } from "../objects/object.js";
import { PyType, TypeFlags, typeOf } from "../objects/type.js";
import { PyList, ListType } from "../objects/list.js";
import { PyTuple, TupleType, newTuple } from "../objects/tuple.js";
import { PyDict, DictType } from "../objects/dict.js";
import { PySlice } from "../objects/slice.js";
import { sliceArray, sliceItems, sliceBmpString, assignSlice, deleteSlice } from "../objects/slice-ops.js";
import { isBmp, codePointArray } from "../objects/str-support.js";
import {
  indexOutOfRange, keyError, notSubscriptable, noItemAssignment, noItemDeletion, badIndexType, typeError,
} from "../objects/errors.js";
import { callMethod1, callMethod2, callObject } from "./call.js";
import { asIndex, hasIndex, normalizeIndex, fitsSsize, cannotFitIndex } from "./index-value.js";
import { toArray } from "./iter.js";
import { PyFunction, PyBoundMethod } from "../objects/function.js";
import { descrGet } from "./attribute.js";
import { None } from "../objects/singletons.js";

function seqIndex(what: string, k: PyValue, len: number, assign = false): number {
  if (!hasIndex(k)) throw badIndexType(what, k);
  const n = asIndex(k);
  if (!fitsSsize(n)) throw cannotFitIndex(k, false);
  const i = normalizeIndex(n, len);
  if (i < 0) throw indexOutOfRange(assign ? `${what} assignment` : what);
  return i;
}

/** `list[k]` for any PyList (used by list.__getitem__ too). */
export function listGetItem(l: PyList, k: PyValue): PyValue {
  const items = l.items;
  if (typeof k === "number") {
    const i = k < 0 ? k + items.length : k;
    if (i >= 0 && i < items.length) return items[i] as PyValue;
    throw indexOutOfRange("list");
  }
  if (k instanceof PySlice) return new PyList(sliceArray(items, k));
  return items[seqIndex("list", k, items.length)] as PyValue;
}

export function tupleGetItem(t: PyTuple, k: PyValue): PyValue {
  const items = t.items;
  if (typeof k === "number") {
    const i = k < 0 ? k + items.length : k;
    if (i >= 0 && i < items.length) return items[i] as PyValue;
    throw indexOutOfRange("tuple");
  }
  if (k instanceof PySlice) return newTuple(sliceArray(items, k));
  return items[seqIndex("tuple", k, items.length)] as PyValue;
}

export function strGetItem(s: string, k: PyValue): PyValue {
  const bmp = isBmp(s);
  if (typeof k === "number" && bmp) {
    const i = k < 0 ? k + s.length : k;
    if (i >= 0 && i < s.length) return s[i] as string;
    throw indexOutOfRange("string");
  }
  const cps = bmp ? null : codePointArray(s);
  const len = cps === null ? s.length : cps.length;
  if (k instanceof PySlice) {
    if (cps === null) return sliceBmpString(s, k);
    return sliceArray(cps, k).join("");
  }
  if (!hasIndex(k)) throw typeError(`string indices must be integers, not '${typeOf(k).name}'`);
  const n = asIndex(k);
  if (!fitsSsize(n)) throw cannotFitIndex(k, false);
  const i = normalizeIndex(n, len);
  if (i < 0) throw indexOutOfRange("string");
  return cps === null ? (s[i] as string) : (cps[i] as string);
}

/** `d[k]` for dicts, honouring `__missing__` on subclasses. */
export function dictGetItem(d: PyDict, k: PyValue): PyValue {
  const v = d.get(k);
  if (v !== undefined) return v;
  if (d.cls !== DictType) {
    const missing = d.cls.lookup("__missing__");
    if (missing !== undefined) return callMethod1(missing, d, k);
  }
  throw keyError(k);
}

export function getItem(o: PyValue, k: PyValue): PyValue {
  if (typeof o === "object") {
    const cls = o.cls;
    if (cls === ListType) return listGetItem(o as PyList, k);
    if (cls === DictType) return dictGetItem(o as PyDict, k);
    if (cls === TupleType) return tupleGetItem(o as PyTuple, k);
  } else if (typeof o === "string") {
    return strGetItem(o, k);
  }
  const f = typeOf(o).lookup("__getitem__");
  if (f !== undefined) return callMethod1(f, o, k);
  if (o instanceof PyType) {
    const cg = o.lookup("__class_getitem__");
    if (cg !== undefined) return callObject(getClassGetItem(cg, o), [k], null);
    throw typeError(`type '${o.name}' is not subscriptable`);
  }
  throw notSubscriptable(o);
}

function getClassGetItem(cg: PyValue, o: PyType): PyValue {
  // __class_getitem__ is an implicit classmethod.
  return descrGetForClassGetItem(cg, o);
}
function descrGetForClassGetItem(cg: PyValue, o: PyType): PyValue {
  if (cg instanceof PyFunction) return new PyBoundMethod(cg, o);
  return descrGet(cg, None, o);
}

export function listSetItem(l: PyList, k: PyValue, v: PyValue): void {
  const items = l.items;
  if (typeof k === "number") {
    const i = k < 0 ? k + items.length : k;
    if (i >= 0 && i < items.length) {
      items[i] = v;
      return;
    }
    throw indexOutOfRange("list assignment");
  }
  if (k instanceof PySlice) {
    // An exact list or tuple is read in place (no copy) unless it is the target itself.
    const src = typeof v === "object" && (v.cls === ListType || v.cls === TupleType) ? (v as PyList | PyTuple).items : null;
    assignSlice(items, k, src !== null && src !== items ? src : v === l ? items.slice() : toArray(v, "can only assign an iterable"));
    return;
  }
  items[seqIndex("list", k, items.length, true)] = v;
}

/**
 * `o[start:stop:step]` of an exact list or tuple with small-int bounds
 * (undefined = None) and a non-zero step: tier 2's slices, without a slice
 * object; the result has the receiver's exact type.
 */
export function seqSlice(o: PyList | PyTuple, start: number | undefined, stop: number | undefined, step: number): PyValue {
  const items = sliceItems(o.items, start, stop, step);
  return o.cls === ListType ? new PyList(items) : newTuple(items);
}

/** `l[start:stop:step] = v` of an exact list (tier 2): `listSetItem` with the slice those bounds make. */
export function listSetSlice(l: PyList, start: number | undefined, stop: number | undefined, step: number, v: PyValue): void {
  listSetItem(l, new PySlice(start ?? None, stop ?? None, step === 1 ? None : step), v);
}

export function setItem(o: PyValue, k: PyValue, v: PyValue): void {
  if (typeof o === "object") {
    const cls = o.cls;
    if (cls === ListType) return listSetItem(o as PyList, k, v);
    if (cls === DictType) {
      (o as PyDict).set(k, v);
      return;
    }
  }
  const f = typeOf(o).lookup("__setitem__");
  if (f === undefined) throw noItemAssignment(o);
  callMethod2(f, o, k, v);
}

export function listDelItem(l: PyList, k: PyValue): void {
  const items = l.items;
  if (k instanceof PySlice) {
    deleteSlice(items, k);
    return;
  }
  const i = seqIndex("list", k, items.length, true);
  // shift()/pop() for the ends: V8's splice(0, 1) left-trims the backing store, so the next push
  // reallocates (`del window[0]` + `append` ran ~3x slower than with shift).
  if (i === 0) items.shift();
  else if (i === items.length - 1) items.pop();
  else items.splice(i, 1);
}

/**
 * Whether CPython's type would have a `tp_as_sequence` table: every class
 * statement type does, and builtins that implement len/contains/item access.
 * That picks the "doesn't support item deletion" wording of
 * `PySequence_DelItem` over `PyObject_DelItem`'s "does not support".
 */
function hasSequenceSlots(t: PyType): boolean {
  return (
    t.hasFlag(TypeFlags.HEAPTYPE) ||
    t.lookup("__getitem__") !== undefined || t.lookup("__len__") !== undefined || t.lookup("__contains__") !== undefined
  );
}

export function delItem(o: PyValue, k: PyValue): void {
  if (typeof o === "object") {
    const cls = o.cls;
    if (cls === ListType) return listDelItem(o as PyList, k);
    if (cls === DictType) {
      if ((o as PyDict).delete(k) === undefined) throw keyError(k);
      return;
    }
  }
  const t = typeOf(o);
  const f = t.lookup("__delitem__");
  if (f === undefined) throw noItemDeletion(o, hasIndex(k) && hasSequenceSlots(t));
  callMethod1(f, o, k);
}
