/**
 * Methods of `range` and `slice`
 * (https://docs.python.org/3.11/library/stdtypes.html#ranges,
 * https://docs.python.org/3.11/library/functions.html#slice).
 *
 * Range arithmetic is exact for huge (bigint) ranges; the common all-number
 * case stays on doubles. `slice.indices` is CPython's
 * `_PySlice_GetLongIndices`, exact for any length.
 */

import type { PyValue } from "./object.js";
import { typeOf, type PyType } from "./type.js";
import { None, NotImplemented } from "./singletons.js";
import { defineMethod, defineNew, defineGetSet } from "./builtin-function.js";
import { PyRange, RangeType } from "./range.js";
import { PySlice, SliceType } from "./slice.js";
import { newTuple } from "./tuple.js";
import { typeError, valueError, indexError, typeName, overflowError } from "./errors.js";
import { noKwargs } from "./args.js";
import { intAdd, intMul, intSub, normBig, big, type PyInt } from "./int.js";
import { asIndex } from "../protocols/index-value.js";
import { eq, CMP_METHOD_NAMES, compareBool } from "../protocols/compare.js";
import { rangeIter, iterNext } from "../protocols/iter.js";
import { hashTuple } from "../protocols/hash.js";
import { repr } from "../protocols/repr.js";
import { nativeCompare } from "./native-compare.js";

function rng(v: PyValue): PyRange {
  if (!(v instanceof PyRange)) throw typeError(`descriptor requires a 'range' object but received '${typeName(v)}'`);
  return v;
}
function slc(v: PyValue): PySlice {
  if (!(v instanceof PySlice)) throw typeError(`descriptor requires a 'slice' object but received '${typeName(v)}'`);
  return v;
}

/** An exact int for range arithmetic: bool → number. */
function exactInt(v: PyValue): PyInt | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return undefined;
}

const isZero = (x: PyInt): boolean => x === 0 || x === 0n;
const isNeg = (x: PyInt): boolean => x < 0;

/** Position of int `x` in `r`, or -1. */
function rangeIndexOf(r: PyRange, x: PyInt): PyInt {
  if (typeof x === "number" && typeof r.start === "number" && typeof r.stop === "number" && typeof r.step === "number") {
    const { start, stop, step } = r;
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return -1;
    const d = x - start;
    return d % step === 0 ? d / step : -1;
  }
  const s = big(r.start), e = big(r.stop), st = big(r.step), v = big(x);
  if (st > 0n ? v < s || v >= e : v > s || v <= e) return -1;
  const d = v - s;
  return d % st === 0n ? normBig(d / st) : -1;
}

/** CPython's compute_range_item / slice of a range. */
function rangeItem(r: PyRange, i: PyInt): PyInt {
  return intAdd(r.start, intMul(i, r.step));
}

defineNew(RangeType, (args, kwnames) => {
  noKwargs("range", kwnames);
  const n = args.length - 1;
  if (n === 0) throw typeError("range expected at least 1 argument, got 0");
  if (n > 3) throw typeError(`range expected at most 3 arguments, got ${n}`);
  if ((args[0] as PyType) !== RangeType) throw typeError("type 'range' is not an acceptable base type");
  const a = args.slice(1).map((x) => asIndex(x));
  const start = n === 1 ? 0 : (a[0] as PyInt);
  const stop = n === 1 ? (a[0] as PyInt) : (a[1] as PyInt);
  const step = n === 3 ? (a[2] as PyInt) : 1;
  if (isZero(step)) throw valueError("range() arg 3 must not be zero");
  return new PyRange(start, stop, step);
});
defineMethod(RangeType, "__repr__", (self) => {
  const r = rng(self);
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
});
/** Lengths up to sys.maxsize work, as CPython's Py_ssize_t. */
defineMethod(RangeType, "__len__", (self) => {
  const n = rng(self).length;
  if (typeof n === "bigint" && n > MAX_SSIZE) throw overflowError("Python int too large to convert to C ssize_t");
  return n;
});
const MAX_SSIZE = (1n << 63n) - 1n;
defineMethod(RangeType, "__bool__", (self) => !isZero(rng(self).length));
defineMethod(RangeType, "__iter__", (self) => rangeIter(rng(self)));
defineMethod(RangeType, "__reversed__", (self) => {
  const r = rng(self);
  if (isZero(r.length)) return rangeIter(r);
  const last = rangeItem(r, intSub(r.length, 1));
  const step = intMul(r.step, -1);
  return rangeIter(new PyRange(last, intAdd(r.start, isNeg(r.step) ? 1 : -1), step));
});
defineMethod(RangeType, "__getitem__", (self, args) => {
  if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
  const r = rng(self);
  const k = args[0] as PyValue;
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, r.length);
    const sub = (i: PyInt): PyInt => rangeItem(r, i);
    return new PyRange(sub(start), sub(stop), intMul(step, r.step));
  }
  if (typeof k !== "number" && typeof k !== "bigint" && typeof k !== "boolean" && typeOf(k).lookup("__index__") === undefined) {
    throw typeError(`range indices must be integers or slices, not ${typeName(k)}`);
  }
  let i = asIndex(k);
  if (isNeg(i)) i = intAdd(i, r.length);
  if (isNeg(i) || i >= r.length) throw indexError("range object index out of range");
  return rangeItem(r, i);
});
defineMethod(RangeType, "__contains__", (self, args) => {
  const r = rng(self);
  const x = args[0] as PyValue;
  const xi = exactInt(x);
  if (xi !== undefined) return rangeIndexOf(r, xi) !== -1;
  const it = rangeIter(r);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (eq(v, x)) return true;
  return false;
});
defineMethod(RangeType, "index", (self, args) => {
  if (args.length !== 1) throw typeError(`range.index() takes exactly one argument (${args.length} given)`);
  const r = rng(self);
  const x = args[0] as PyValue;
  const xi = exactInt(x);
  if (xi !== undefined) {
    const i = rangeIndexOf(r, xi);
    if (i === -1) throw valueError(`${repr(x)} is not in range`);
    return i;
  }
  const it = rangeIter(r);
  let i = 0;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it), i++) if (eq(v, x)) return i;
  throw valueError("sequence.index(x): x not in sequence");
});
defineMethod(RangeType, "count", (self, args) => {
  if (args.length !== 1) throw typeError(`range.count() takes exactly one argument (${args.length} given)`);
  const r = rng(self);
  const x = args[0] as PyValue;
  const xi = exactInt(x);
  if (xi !== undefined) return rangeIndexOf(r, xi) === -1 ? 0 : 1;
  const it = rangeIter(r);
  let n = 0;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (eq(v, x)) n++;
  return n;
});
defineMethod(RangeType, "__hash__", (self) => {
  const r = rng(self);
  if (isZero(r.length)) return hashTuple([0, None, None]);
  if (r.length === 1) return hashTuple([1, r.start, None]);
  return hashTuple([r.length, r.start, r.step]);
});
for (let op = 0; op < 6; op++) {
  defineMethod(RangeType, CMP_METHOD_NAMES[op] as string, (self, args) => {
    const o = args[0] as PyValue;
    if (!(o instanceof PyRange) || (op !== 2 && op !== 3)) return NotImplemented;
    return nativeCompare(rng(self), o, op) ?? NotImplemented;
  });
}
defineMethod(RangeType, "__reduce__", (self) => {
  const r = rng(self);
  return newTuple([RangeType, newTuple([r.start, r.stop, r.step])]);
});
defineGetSet(RangeType, "start", (self) => rng(self).start);
defineGetSet(RangeType, "stop", (self) => rng(self).stop);
defineGetSet(RangeType, "step", (self) => rng(self).step);

// ---- slice ---------------------------------------------------------------------------------

/** Exact `slice.indices(length)`: [start, stop, step] (CPython `_PySlice_GetLongIndices`). */
export function sliceIndices(s: PySlice, length: PyInt): [PyInt, PyInt, PyInt] {
  const idx = (v: PyValue): PyInt => {
    if (typeof v === "number" || typeof v === "bigint") return v;
    try {
      return asIndex(v);
    } catch {
      throw typeError("slice indices must be integers or None or have an __index__ method");
    }
  };
  let step: PyInt = 1;
  if (s.step !== None) {
    step = idx(s.step);
    if (isZero(step)) throw valueError("slice step cannot be zero");
  }
  const neg = isNeg(step);
  const lower: PyInt = neg ? -1 : 0;
  const upper: PyInt = neg ? intAdd(length, -1) : length;
  const clamp = (v: PyValue, dflt: PyInt): PyInt => {
    if (v === None) return dflt;
    let i = idx(v);
    if (isNeg(i)) {
      i = intAdd(i, length);
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  return [start, stop, step];
}

defineNew(SliceType, (args, kwnames) => {
  noKwargs("slice", kwnames);
  const n = args.length - 1;
  if (n === 0) throw typeError("slice expected at least 1 argument, got 0");
  if (n > 3) throw typeError(`slice expected at most 3 arguments, got ${n}`);
  if (n === 1) return new PySlice(None, args[1] as PyValue, None);
  return new PySlice(args[1] as PyValue, args[2] as PyValue, n === 3 ? (args[3] as PyValue) : None);
});
defineMethod(SliceType, "__repr__", (self) => {
  const s = slc(self);
  return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
});
defineMethod(SliceType, "indices", (self, args) => {
  if (args.length !== 1) throw typeError(`slice.indices() takes exactly one argument (${args.length} given)`);
  const len = asIndex(args[0] as PyValue);
  if (isNeg(len)) throw valueError("length should not be negative");
  return newTuple(sliceIndices(slc(self), len));
});
SliceType.attrs.set("__hash__", None);
for (let op = 0; op < 6; op++) {
  defineMethod(SliceType, CMP_METHOD_NAMES[op] as string, (self, args) => {
    const o = args[0] as PyValue;
    if (!(o instanceof PySlice)) return NotImplemented;
    const a = slc(self);
    if (a === o && (op === 1 || op === 2 || op === 5)) return true;
    const ta = newTuple([a.start, a.stop, a.step]), tb = newTuple([o.start, o.stop, o.step]);
    return compareBool(ta, tb, op);
  });
}
defineMethod(SliceType, "__reduce__", (self) => {
  const s = slc(self);
  return newTuple([SliceType, newTuple([s.start, s.stop, s.step])]);
});
defineGetSet(SliceType, "start", (self) => slc(self).start);
defineGetSet(SliceType, "stop", (self) => slc(self).stop);
defineGetSet(SliceType, "step", (self) => slc(self).step);
