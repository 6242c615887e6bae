/**
 * Iteration: `getIter(o)` (GET_ITER / `iter()`), `iterNext(it)` (FOR_ITER /
 * `next()`), which returns `undefined` at exhaustion — a Python `__next__`
 * raising StopIteration is converted here, and nowhere else — plus helpers
 * to drain an iterable into a JS array.
 */

import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import { PySetBase } from "../objects/set.js";
import { PyRange } from "../objects/range.js";
import { StopIteration } from "../objects/exceptions.js";
import {
  PyNativeIterator, PyListIterator, PyArrayIterator, PyStrIterator, PyRangeIterator, PyLongRangeIterator,
  PyDictIterator, TupleIteratorType, StrIteratorType, StrAsciiIteratorType, DictKeyIteratorType, SetIteratorType,
  SeqIteratorType,
} from "../objects/iterators.js";
import { notIterable, typeError, typeName, exceptionMatches } from "../objects/errors.js";
import { PyBaseException } from "../objects/exceptions.js";
import { callMethod0, callMethod1 } from "./call.js";
import { IndexError } from "../objects/exceptions.js";
import { None } from "../objects/singletons.js";
import { chargeStep, chargeSteps, checkContainerLength } from "../objects/resource-limits.js";

/** Iterator over a sequence through `__getitem__(0), (1), …` until IndexError/StopIteration. */
export class PySeqIterator extends PyNativeIterator {
  private seq: PyValue | null;
  private readonly getitem: PyValue;
  index = 0;
  constructor(seq: PyValue, getitem: PyValue) {
    super(SeqIteratorType);
    this.seq = seq;
    this.getitem = getitem;
  }
  next(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    try {
      return callMethod1(this.getitem, s, this.index++);
    } catch (e) {
      if (exceptionMatches(e as PyValue, IndexError) || exceptionMatches(e as PyValue, StopIteration)) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** `iter(o)`. */
export function getIter(o: PyValue): PyValue {
  if (typeof o === "object") {
    if (o.cls.isImmutable) {
      if (o instanceof PyList) return new PyListIterator(o);
      if (o instanceof PyTuple) return new PyArrayIterator(o.items, TupleIteratorType);
      if (o instanceof PyDict) return new PyDictIterator(o, 0, false, DictKeyIteratorType);
      if (o instanceof PyRange) return rangeIter(o);
      if (o instanceof PySetBase) return new PyDictIterator(o.table as unknown as PyDict, 0, false, SetIteratorType, "Set");
      if (o instanceof PyNativeIterator) return o;
    }
  } else if (typeof o === "string") {
    return new PyStrIterator(o, isAscii(o) ? StrAsciiIteratorType : StrIteratorType);
  }
  return getIterSlow(o);
}

export function rangeIter(r: PyRange): PyValue {
  if (typeof r.start === "number" && typeof r.stop === "number" && typeof r.step === "number") {
    return new PyRangeIterator(r.start, r.stop, r.step);
  }
  return new PyLongRangeIterator(BigInt(r.start), BigInt(r.step), BigInt(r.length));
}

function getIterSlow(o: PyValue): PyValue {
  const t = typeOf(o);
  const f = t.lookup("__iter__");
  if (f !== undefined && f !== None) {
    const it = callMethod0(f, o);
    if (!(it instanceof PyNativeIterator) && typeOf(it).lookup("__next__") === undefined) {
      throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    }
    return it;
  }
  if (f === undefined) {
    const gi = t.lookup("__getitem__");
    if (gi !== undefined) return new PySeqIterator(o, gi);
  }
  throw notIterable(o);
}


/** Advance `it`: the next item, or `undefined` when exhausted. */
export function iterNext(it: PyValue): PyValue | undefined {
  // Builtins that loop in JS (sum, list(), sorted, join, …) iterate through here: one step per item.
  chargeStep();
  if (it instanceof PyNativeIterator) return it.next();
  return iterNextSlow(it);
}

function iterNextSlow(it: PyValue): PyValue | undefined {
  const f = typeOf(it).lookup("__next__");
  if (f === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callMethod0(f, it);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(StopIteration)) return undefined;
    throw e;
  }
}

/** Drain an iterable into a fresh JS array (`list(o)`). `notIterableMsg` overrides the TypeError text. */
export function toArray(o: PyValue, notIterableMsg?: string): PyValue[] {
  if (typeof o === "object" && o.cls.isImmutable) {
    if (o instanceof PyList) return o.items.slice();
    if (o instanceof PyTuple) return o.items.slice();
    if (o instanceof PyDict) {
      chargeSteps(o.size);
      return o.keys();
    }
    if (o instanceof PySetBase) {
      chargeSteps(o.table.size);
      return o.table.keys();
    }
    if (o instanceof PyRange) {
      checkContainerLength(o.length);
      const { start, stop, step, length } = o;
      // With number bounds every item is a safe integer.
      if (typeof start === "number" && typeof stop === "number" && typeof step === "number" && typeof length === "number") {
        chargeSteps(length);
        const out: PyValue[] = [];
        for (let i = 0, v = start; i < length; i++, v += step) out.push(v);
        return out;
      }
    }
  }
  let it: PyValue;
  if (notIterableMsg !== undefined && typeof o !== "string" && !isIterable(o)) throw typeError(notIterableMsg);
  it = getIter(o);
  const out: PyValue[] = [];
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return out;
    out.push(v);
  }
}

/** Read-only view of an iterable's items (no copy for exact list/tuple). */
export function asArray(o: PyValue): readonly PyValue[] {
  if (typeof o === "object" && o.cls.isImmutable) {
    if (o instanceof PyList) return o.items;
    if (o instanceof PyTuple) return o.items;
  }
  return toArray(o);
}

/** Does `o` support iteration (has `__iter__` or `__getitem__`)? */
export function isIterable(o: PyValue): boolean {
  if (typeof o === "string") return true;
  const t = typeOf(o);
  const f = t.lookup("__iter__");
  if (f !== undefined) return f !== None;
  return t.lookup("__getitem__") !== undefined;
}
