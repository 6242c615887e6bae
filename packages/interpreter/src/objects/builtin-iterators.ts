/**
 * The iterator *types* of the builtins module: `enumerate`, `zip`, `map`,
 * `filter`, `reversed` and `callable_iterator` (the result of
 * `iter(callable, sentinel)`), plus the sequence reverse iterator that
 * `reversed()` builds from `__len__` + `__getitem__`.
 *
 * Each is a `PyNativeIterator`, so FOR_ITER and `iterNext` call `next()`
 * directly; `__iter__`/`__next__` come from objects/iterator-methods.ts.
 * Constructors follow CPython 3.11's argument handling and messages
 * (https://docs.python.org/3.11/library/functions.html).
 */

import { Shape } from "./shape.js";
import type { PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";
import { None } from "./singletons.js";
import { defineNew, defineMethod } from "./builtin-function.js";
import { PyNativeIterator, CallableIteratorType } from "./iterators.js";
import { PyList } from "./list.js";
import { newTuple } from "./tuple.js";
import { typeError, valueError, typeName, exceptionMatches } from "./errors.js";
import { intAdd, type PyInt } from "./int.js";
import { typeOf, BoolType } from "./type.js";
import { IndexError, StopIteration } from "./exceptions.js";
import { iterNext, getIter } from "../protocols/iter.js";
import { callObject, callMethod0, callMethod1 } from "../protocols/call.js";
import { isTrue } from "../protocols/truth.js";
import { eq } from "../protocols/compare.js";
import { asIndex } from "../protocols/index-value.js";
import { lenOf } from "../protocols/len.js";

const B = TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.NO_INSTANCE_DICT;

export const EnumerateType: PyType = makeBuiltinType("enumerate", ObjectType, B);
export const ZipType: PyType = makeBuiltinType("zip", ObjectType, B);
export const MapType: PyType = makeBuiltinType("map", ObjectType, B);
export const FilterType: PyType = makeBuiltinType("filter", ObjectType, B);
export const ReversedType: PyType = makeBuiltinType("reversed", ObjectType, B);

/** Invalid keyword for a clinic-style builtin: "'x' is an invalid keyword argument for f()". */
function invalidKeyword(fname: string, name: string): PyValue {
  return typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
}

// ---- enumerate ----------------------------------------------------------------

export class PyEnumerate extends PyNativeIterator {
  private readonly it: PyValue;
  count: PyInt;
  constructor(it: PyValue, start: PyInt, cls: PyType = EnumerateType) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.it = it;
    this.count = start;
  }
  next(): PyValue | undefined {
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    const i = this.count;
    this.count = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : intAdd(i, 1);
    return newTuple([i, v]);
  }
}

defineNew(EnumerateType, (args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  let iterable: PyValue | undefined = npos >= 1 ? args[1] : undefined;
  let start: PyValue | undefined = npos >= 2 ? args[2] : undefined;
  if (npos > 2) throw typeError(`enumerate() takes at most 2 arguments (${npos} given)`);
  for (let j = 0; j < nkw; j++) {
    const k = (kwnames as readonly string[])[j] as string;
    const v = args[1 + npos + j] as PyValue;
    if (k === "iterable" && iterable === undefined) iterable = v;
    else if (k === "start" && start === undefined) start = v;
    else if (k === "iterable" || k === "start") {
      throw typeError(`argument for enumerate() given by name ('${k}') and position (${k === "iterable" ? 1 : 2})`);
    } else throw invalidKeyword("enumerate", k);
  }
  if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable'");
  const s = start === undefined ? 0 : asIndex(start);
  return new PyEnumerate(getIter(iterable), s, args[0] as PyType);
});

// ---- zip ----------------------------------------------------------------------------

export class PyZip extends PyNativeIterator {
  private readonly its: PyValue[];
  private readonly strict: boolean;
  private done = false;
  constructor(its: PyValue[], strict: boolean, cls: PyType = ZipType) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.its = its;
    this.strict = strict;
  }
  next(): PyValue | undefined {
    const its = this.its;
    const n = its.length;
    if (n === 0 || this.done) return undefined;
    const out = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const v = iterNext(its[i] as PyValue);
      if (v === undefined) {
        this.done = true;
        if (this.strict) this.strictCheck(i);
        return undefined;
      }
      out[i] = v;
    }
    return newTuple(out);
  }
  private strictCheck(i: number): void {
    if (i > 0) {
      const plural = i === 1 ? " " : "s 1-";
      throw valueError(`zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let j = 1; j < this.its.length; j++) {
      if (iterNext(this.its[j] as PyValue) !== undefined) {
        const plural = j === 1 ? " " : "s 1-";
        throw valueError(`zip() argument ${j + 1} is longer than argument${plural}${j}`);
      }
    }
  }
}

defineNew(ZipType, (args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let strict = false;
  for (let j = 0; j < nkw; j++) {
    const k = (kwnames as readonly string[])[j] as string;
    if (k !== "strict") throw invalidKeyword("zip", k);
    strict = isTrue(args[npos + j] as PyValue);
  }
  const its: PyValue[] = [];
  for (let i = 1; i < npos; i++) its.push(getIter(args[i] as PyValue));
  return new PyZip(its, strict, args[0] as PyType);
});

// ---- map ----------------------------------------------------------------------------

export class PyMap extends PyNativeIterator {
  private readonly fn: PyValue;
  private readonly its: PyValue[];
  constructor(fn: PyValue, its: PyValue[], cls: PyType = MapType) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.fn = fn;
    this.its = its;
  }
  next(): PyValue | undefined {
    const its = this.its;
    if (its.length === 1) {
      const v = iterNext(its[0] as PyValue);
      return v === undefined ? undefined : callObject(this.fn, [v], null);
    }
    const args = new Array<PyValue>(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i] as PyValue);
      if (v === undefined) return undefined;
      args[i] = v;
    }
    return callObject(this.fn, args, null);
  }
}

defineNew(MapType, (args, kwnames) => {
  const cls = args[0] as PyType;
  if (kwnames !== null && kwnames.length > 0 && cls === MapType) throw typeError("map() takes no keyword arguments");
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 3) throw typeError("map() must have at least two arguments.");
  const its: PyValue[] = [];
  for (let i = 2; i < npos; i++) its.push(getIter(args[i] as PyValue));
  return new PyMap(args[1] as PyValue, its, cls);
});

// ---- filter ---------------------------------------------------------------------------

export class PyFilter extends PyNativeIterator {
  private readonly fn: PyValue;
  private readonly it: PyValue;
  constructor(fn: PyValue, it: PyValue, cls: PyType = FilterType) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.fn = fn;
    this.it = it;
  }
  next(): PyValue | undefined {
    const fn = this.fn;
    const useBool = fn === None || fn === BoolType;
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      const ok = useBool ? isTrue(v) : isTrue(callObject(fn, [v], null));
      if (ok) return v;
    }
  }
}

defineNew(FilterType, (args, kwnames) => {
  const cls = args[0] as PyType;
  if (kwnames !== null && kwnames.length > 0 && cls === FilterType) throw typeError("filter() takes no keyword arguments");
  const npos = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
  if (npos !== 2) throw typeError(`filter expected 2 arguments, got ${npos}`);
  return new PyFilter(args[1] as PyValue, getIter(args[2] as PyValue), cls);
});

// ---- reversed -------------------------------------------------------------------------

/** `reversed(seq)` for sequences without `__reversed__`: `seq[len-1]`, …, `seq[0]`. */
export class PyReversed extends PyNativeIterator {
  private seq: PyValue | null;
  private readonly getitem: PyValue;
  index: number;
  constructor(seq: PyValue, getitem: PyValue, len: number, cls: PyType = ReversedType) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.seq = seq;
    this.getitem = getitem;
    this.index = len - 1;
  }
  next(): PyValue | undefined {
    const s = this.seq;
    if (s === null || this.index < 0) {
      this.seq = null;
      return undefined;
    }
    const i = this.index--;
    // IndexError/StopIteration end the iteration, as in CPython's reversed_next.
    try {
      return callMethod1(this.getitem, s, i);
    } catch (e) {
      if (exceptionMatches(e as PyValue, IndexError) || exceptionMatches(e as PyValue, StopIteration)) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
  override lengthHint(): number {
    return this.seq === null ? 0 : this.index + 1;
  }
}

/** `reversed(x)`: `__reversed__` if defined, else the sequence protocol. */
export function reversedOf(x: PyValue, cls: PyType = ReversedType): PyValue {
  const t = typeOf(x);
  if (cls === ReversedType) {
    const rev = t.lookup("__reversed__");
    if (rev === None) throw typeError(`'${typeName(x)}' object is not reversible`);
    if (rev !== undefined) return callMethod0(rev, x);
  }
  const gi = t.lookup("__getitem__");
  const ln = t.lookup("__len__");
  if (gi === undefined || ln === undefined || t.hasFlag(TypeFlags.DICT_SUBCLASS)) {
    throw typeError(`'${typeName(x)}' object is not reversible`);
  }
  return new PyReversed(x, gi, lenOf(x), cls);
}

defineNew(ReversedType, (args, kwnames) => {
  const cls = args[0] as PyType;
  if (kwnames !== null && kwnames.length > 0 && cls === ReversedType) throw typeError("reversed() takes no keyword arguments");
  const npos = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
  if (npos !== 1) throw typeError(`reversed expected 1 argument, got ${npos}`);
  return reversedOf(args[1] as PyValue, cls);
});
defineMethod(ReversedType, "__length_hint__", (self) => (self instanceof PyNativeIterator ? self.lengthHint() : 0));

// ---- callable_iterator ------------------------------------------------------------------

/** `iter(callable, sentinel)`: calls `fn()` until the result equals `sentinel`. */
export class PyCallableIterator extends PyNativeIterator {
  private fn: PyValue | null;
  private readonly sentinel: PyValue;
  constructor(fn: PyValue, sentinel: PyValue) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = CallableIteratorType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.fn = fn;
    this.sentinel = sentinel;
  }
  next(): PyValue | undefined {
    const fn = this.fn;
    if (fn === null) return undefined;
    let v: PyValue;
    try {
      v = callObject(fn, [], null);
    } catch (e) {
      if (exceptionMatches(e as PyValue, StopIteration)) {
        this.fn = null;
        return undefined;
      }
      throw e;
    }
    if (eq(v, this.sentinel)) {
      this.fn = null;
      return undefined;
    }
    return v;
  }
}

/** Materialise any of these iterators (used by tests and debug output). */
export function drain(it: PyNativeIterator): PyList {
  const out: PyValue[] = [];
  for (let v = it.next(); v !== undefined; v = it.next()) out.push(v);
  return new PyList(out);
}
