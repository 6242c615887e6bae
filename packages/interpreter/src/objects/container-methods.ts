/**
 * Methods of list, tuple, dict, set/frozenset, range and slice: constructors
 * and the most used methods and dunders. (Operators on exact builtins are
 * also handled natively by the protocol fast paths.)
 */

import type { PyValue } from "./object.js";
import { PyType, typeOf } from "./type.js";
import { None, NotImplemented } from "./singletons.js";
import { defineMethod, defineNew, defineGetSet, defineClassMethod } from "./builtin-function.js";
import { PyList, ListType } from "./list.js";
import { PyTuple, TupleType, newTuple } from "./tuple.js";
import { PyDict, DictType } from "./dict.js";
import { PySet, PyFrozenSet, PySetBase, SetType, FrozenSetType } from "./set.js";
import { tableUpdate } from "./set-methods.js";
import { PyRange, RangeType } from "./range.js";
import { PySlice, SliceType } from "./slice.js";
import { sliceBounds } from "./slice-ops.js";
import { PyListReverseIterator, PyDictIterator, DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType, DictReverseKeyIteratorType } from "./iterators.js";
import { typeError, valueError, indexError, keyError, typeName } from "./errors.js";
import { arity, parseArgs, noKwargs } from "./args.js";
import { compareSequences, nativeCompare } from "./native-compare.js";
import { CMP_METHOD_NAMES, eq, lessThan, strOrder } from "../protocols/compare.js";
import { PyFloat, FloatType } from "./float.js";
import { toArray, asArray, getIter, iterNext, rangeIter } from "../protocols/iter.js";
import { checkContainerLength } from "./resource-limits.js";
import { repr, withReprGuard, reprEnter, reprLeave } from "../protocols/repr.js";
import { hashTuple } from "../protocols/hash.js";
import { asIndex, asSize, asClinicSsize } from "../protocols/index-value.js";
import { listGetItem, tupleGetItem, listSetItem, listDelItem, dictGetItem } from "../protocols/subscript.js";
import { callObject } from "../protocols/call.js";
import { isTrue } from "../protocols/truth.js";
import { arrayContains } from "../protocols/contains.js";
import { getAttrOrUndefined } from "../protocols/attribute.js";
import { normBig, intMul, intAdd } from "./int.js";
import { PyBaseException } from "./exceptions.js";
import { sortSmallInts } from "./int-sort.js";

function list(v: PyValue): PyList {
  if (!(v instanceof PyList)) throw typeError(`descriptor requires a 'list' object but received '${typeName(v)}'`);
  return v;
}
function tuple(v: PyValue): PyTuple {
  if (!(v instanceof PyTuple)) throw typeError(`descriptor requires a 'tuple' object but received '${typeName(v)}'`);
  return v;
}
function dict(v: PyValue): PyDict {
  if (!(v instanceof PyDict)) throw typeError(`descriptor requires a 'dict' object but received '${typeName(v)}'`);
  return v;
}
function setOf(v: PyValue): PySetBase {
  if (!(v instanceof PySetBase)) throw typeError(`descriptor requires a 'set' object but received '${typeName(v)}'`);
  return v;
}

function installSeqCompare(t: PyType, get: (v: PyValue) => readonly PyValue[] | undefined): void {
  for (let op = 0; op < 6; op++) {
    defineMethod(t, CMP_METHOD_NAMES[op] as string, (self, args) => {
      const a = get(self), b = get(args[0] as PyValue);
      if (a === undefined || b === undefined) return NotImplemented;
      return compareSequences(a, b, op);
    });
  }
}

function repeat(items: readonly PyValue[], n: PyValue): PyValue[] {
  if (typeof n !== "number" && typeof n !== "boolean" && typeof n !== "bigint" && typeOf(n).lookup("__index__") === undefined) {
    throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  const k = asSize(n);
  if (k <= 0 || items.length === 0) return [];
  const total = items.length * k;
  checkContainerLength(total);
  // Doubling by concat (a builtin copy) rather than a push loop: this usually runs once per call
  // site, before V8 optimizes anything (`[True] * 2_000_001` took ~90 ms pushing, ~30 concatenating),
  // and concat of packed arrays stays packed (unlike `new Array(n).fill`).
  let out = items.slice();
  while (out.length * 2 <= total) out = out.concat(out);
  return out.length < total ? out.concat(out.slice(0, total - out.length)) : out;
}

// ---- list ---------------------------------------------------------------------------

defineNew(ListType, (args) => new PyList([], args[0] as PyType));
defineMethod(ListType, "__init__", (self, args, kwnames) => {
  noKwargs("list", kwnames);
  if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
  const l = list(self);
  l.items = args.length === 0 ? [] : toArray(args[0] as PyValue);
  return None;
});
installSeqCompare(ListType, (v) => (v instanceof PyList ? v.items : undefined));
defineMethod(ListType, "__repr__", (self) => listRepr(list(self)));
export function listRepr(l: PyList): string {
  if (l.items.length === 0) return "[]";
  if (!reprEnter(l)) return "[...]";
  try {
    const items = l.items;
    let s = "[" + repr(items[0] as PyValue);
    for (let i = 1; i < items.length; i++) s += ", " + repr(items[i] as PyValue);
    return s + "]";
  } finally {
    reprLeave(l);
  }
}
defineMethod(ListType, "__len__", (self) => list(self).items.length);
defineMethod(ListType, "__getitem__", (self, args) => listGetItem(list(self), args[0] as PyValue));
defineMethod(ListType, "__setitem__", (self, args) => (listSetItem(list(self), args[0] as PyValue, args[1] as PyValue), None));
defineMethod(ListType, "__delitem__", (self, args) => (listDelItem(list(self), args[0] as PyValue), None));
defineMethod(ListType, "__contains__", (self, args) => arrayContains(list(self).items, args[0] as PyValue));
defineMethod(ListType, "__iter__", (self) => getIter(new PyList(list(self).items)));
defineMethod(ListType, "__reversed__", (self) => new PyListReverseIterator(list(self)));
defineMethod(ListType, "__add__", (self, args) => {
  const o = args[0];
  if (!(o instanceof PyList)) throw typeError(`can only concatenate list (not "${typeName(o as PyValue)}") to list`);
  return new PyList(list(self).items.concat(o.items));
});
defineMethod(ListType, "__iadd__", (self, args) => {
  const l = list(self);
  const src = args[0] as PyValue;
  const items = src === l ? l.items.slice() : toArray(src);
  for (const x of items) l.items.push(x);
  return l;
});
defineMethod(ListType, "__mul__", (self, args) => new PyList(repeat(list(self).items, args[0] as PyValue)));
defineMethod(ListType, "__rmul__", (self, args) => new PyList(repeat(list(self).items, args[0] as PyValue)));
defineMethod(ListType, "__imul__", (self, args) => {
  const l = list(self);
  l.items = repeat(l.items, args[0] as PyValue);
  return l;
});
defineMethod(ListType, "__hash__", (self) => { throw typeError(`unhashable type: '${typeName(self)}'`); });
ListType.attrs.set("__hash__", None);
defineMethod(ListType, "append", (self, args, kw) => {
  arity("list.append", args, kw, 1, 1);
  list(self).items.push(args[0] as PyValue);
  return None;
});
defineMethod(ListType, "extend", (self, args, kw) => {
  if (args.length !== 1 || kw !== null) arity("list.extend", args, kw, 1, 1);
  const l = list(self);
  const src = args[0] as PyValue;
  const items = src === l ? l.items.slice() : asArray(src);
  for (const x of items) l.items.push(x);
  return None;
});
defineMethod(ListType, "insert", (self, args, kw) => {
  const l = list(self);
  if (args.length !== 2 || kw !== null) arity("insert", args, kw, 2, 2, "list.insert");
  let i = asClinicSsize(args[0] as PyValue);
  const n = l.items.length;
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  l.items.splice(i, 0, args[1] as PyValue);
  return None;
});
defineMethod(ListType, "pop", (self, args, kw) => {
  if (args.length > 1 || kw !== null) arity("pop", args, kw, 0, 1, "list.pop");
  const l = list(self);
  if (args.length === 0) {
    if (l.items.length === 0) throw indexError("pop from empty list");
    return l.items.pop() as PyValue;
  }
  let i = asClinicSsize(args[0] as PyValue);
  if (l.items.length === 0) throw indexError("pop from empty list");
  if (i < 0) i += l.items.length;
  const items = l.items;
  if (i < 0 || i >= items.length) throw indexError("pop index out of range");
  if (i === 0) return items.shift() as PyValue;
  const v = items[i] as PyValue;
  for (let j = i + 1; j < items.length; j++) items[j - 1] = items[j] as PyValue;
  items.pop();
  return v;
});
defineMethod(ListType, "remove", (self, args, kw) => {
  if (args.length !== 1 || kw !== null) arity("list.remove", args, kw, 1, 1);
  const l = list(self);
  for (let i = 0; i < l.items.length; i++) {
    if (eq(l.items[i] as PyValue, args[0] as PyValue)) {
      l.items.splice(i, 1);
      return None;
    }
  }
  throw valueError("list.remove(x): x not in list");
});
function seqIndex(items: readonly PyValue[], args: PyValue[], what: string): number {
  const x = args[0] as PyValue;
  const n = items.length;
  let start = args[1] === undefined ? 0 : Number(asIndex(args[1]));
  let stop = args[2] === undefined ? n : Number(asIndex(args[2]));
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  if (typeof x === "number" || typeof x === "string") {
    // A different int (str) never equals an int (str); other kinds of element may (True, 1.0, __eq__).
    const t = typeof x;
    for (let i = start; i < Math.min(stop, items.length); i++) {
      const v = items[i] as PyValue;
      if (v === x || (typeof v !== t && eq(v, x))) return i;
    }
  } else {
    for (let i = start; i < Math.min(stop, items.length); i++) if (eq(items[i] as PyValue, x)) return i;
  }
  throw valueError(what === "list" ? `${repr(x)} is not in list` : "tuple.index(x): x not in tuple");
}
defineMethod(ListType, "index", (self, args) => seqIndex(list(self).items, args, "list"));
defineMethod(ListType, "count", (self, args, kwnames) => (arity("list.count", args, kwnames, 1, 1), list(self).items.filter((x) => eq(x, args[0] as PyValue)).length));
defineMethod(ListType, "clear", (self) => ((list(self).items = []), None));
defineMethod(ListType, "copy", (self) => new PyList(list(self).items.slice()));
defineMethod(ListType, "reverse", (self) => (list(self).items.reverse(), None));
defineMethod(ListType, "sort", (self, args, kwnames) => {
  const [key, reverse] = parseArgs("sort", args, kwnames, ["key", "reverse"], 0, 0);
  if (args.length - (kwnames?.length ?? 0) > 0) throw typeError("sort() takes no positional arguments");
  const l = list(self);
  const items = l.items;
  l.items = [];
  // As in CPython, whatever a key function or `__lt__` adds to the list meanwhile is discarded.
  let sorted: PyValue[];
  try {
    sorted = sortValues(items, key === undefined || key === None ? null : key, reverse !== undefined && isTrue(reverse));
  } catch (e) {
    l.items = items;
    throw e;
  }
  const modified = l.items.length > 0;
  l.items = sorted;
  if (modified) throw valueError("list modified during sort");
  return None;
});

/**
 * Stable sort by `<`, with optional key function and reverse (stable in both
 * directions: CPython reverses, sorts, and reverses back). Keys that are all
 * ints, all strs, or all exact non-NaN floats are compared natively by V8's
 * stable sort (their `<` cannot run Python code or raise); anything else
 * goes through a merge sort calling `lessThan`.
 */
export function sortValues(items: PyValue[], key: PyValue | null, reverse: boolean): PyValue[] {
  const keys = key === null ? items : items.map((x) => callObject(key, [x], null));
  const kind = nativeKeyKind(keys);
  if (kind !== NATIVE_NONE) {
    const cmp = kind === NATIVE_INT ? cmpInts : kind === NATIVE_STR ? strOrder : cmpFloats;
    if (key === null && kind === NATIVE_INT) {
      // ints are indistinguishable when equal: a radix sort (int32) or typed-array sort is exact.
      const small = sortSmallInts(items, reverse);
      if (small !== null) return small;
      const n = items.length;
      const ta = new Float64Array(n);
      for (let i = 0; i < n; i++) ta[i] = items[i] as number;
      ta.sort();
      const out: PyValue[] = [];
      if (reverse) for (let i = n - 1; i >= 0; i--) out.push(ta[i] as number);
      else for (let i = 0; i < n; i++) out.push(ta[i] as number);
      return out;
    }
    if (key === null) {
      const out = items.slice();
      if (reverse) out.reverse();
      out.sort(cmp as (a: PyValue, b: PyValue) => number);
      if (reverse) out.reverse();
      return out;
    }
    const idx = items.map((_, i) => i);
    if (reverse) idx.reverse();
    idx.sort((i, j) => (cmp as (a: PyValue, b: PyValue) => number)(keys[i] as PyValue, keys[j] as PyValue));
    if (reverse) idx.reverse();
    return idx.map((i) => items[i] as PyValue);
  }
  const idx = items.map((_, i) => i);
  // reverse: sort reversed input, then reverse output (CPython's stable reverse)
  if (reverse) idx.reverse();
  const less = (a: number, b: number): boolean => lessThan(keys[a] as PyValue, keys[b] as PyValue);
  const sorted = mergeSort(idx, less);
  if (reverse) sorted.reverse();
  return sorted.map((i) => items[i] as PyValue);
}

const NATIVE_NONE = 0, NATIVE_INT = 1, NATIVE_STR = 2, NATIVE_FLOAT = 3;

/** Which native comparison orders all of `keys` exactly like Python's `<` (NATIVE_NONE: none). */
function nativeKeyKind(keys: readonly PyValue[]): number {
  const n = keys.length;
  if (n < 2) return NATIVE_NONE;
  const k0 = keys[0];
  if (typeof k0 === "number") {
    for (let i = 1; i < n; i++) if (typeof keys[i] !== "number") return NATIVE_NONE;
    return NATIVE_INT;
  }
  if (typeof k0 === "string") {
    for (let i = 1; i < n; i++) if (typeof keys[i] !== "string") return NATIVE_NONE;
    return NATIVE_STR;
  }
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (!(k instanceof PyFloat) || k.cls !== FloatType || k.value !== k.value) return NATIVE_NONE;
  }
  return NATIVE_FLOAT;
}

function cmpInts(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpFloats(a: PyFloat, b: PyFloat): number {
  const x = a.value, y = b.value;
  return x < y ? -1 : x > y ? 1 : 0;
}

function mergeSort(a: number[], less: (x: number, y: number) => boolean): number[] {
  const n = a.length;
  if (n < 2) return a.slice();
  // insertion sort for small runs
  let src = a.slice();
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = src[i] as number;
      let j = i - 1;
      while (j >= lo && less(x, src[j] as number)) {
        src[j + 1] = src[j] as number;
        j--;
      }
      src[j + 1] = x;
    }
  }
  let dst = new Array<number>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (less(src[j] as number, src[i] as number)) dst[k++] = src[j++] as number;
        else dst[k++] = src[i++] as number;
      }
      while (i < mid) dst[k++] = src[i++] as number;
      while (j < hi) dst[k++] = src[j++] as number;
    }
    [src, dst] = [dst, src];
  }
  return src;
}

// ---- tuple ----------------------------------------------------------------------------

defineNew(TupleType, (args, kwnames) => {
  noKwargs("tuple", kwnames);
  const cls = args[0] as PyType;
  if (args.length > 2) throw typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
  const items = args.length === 2 ? toArray(args[1] as PyValue) : [];
  return cls === TupleType ? newTuple(items) : new PyTuple(items, cls);
});
installSeqCompare(TupleType, (v) => (v instanceof PyTuple ? v.items : undefined));
export function tupleRepr(t: PyTuple): string {
  if (t.items.length === 0) return "()";
  if (t.items.length === 1) return "(" + repr(t.items[0] as PyValue) + ",)";
  if (!reprEnter(t)) return "(...)";
  try {
    const items = t.items;
    let s = "(" + repr(items[0] as PyValue);
    for (let i = 1; i < items.length; i++) s += ", " + repr(items[i] as PyValue);
    return s + ")";
  } finally {
    reprLeave(t);
  }
}
defineMethod(TupleType, "__repr__", (self) => tupleRepr(tuple(self)));
defineMethod(TupleType, "__hash__", (self) => hashTuple(tuple(self).items));
defineMethod(TupleType, "__len__", (self) => tuple(self).items.length);
defineMethod(TupleType, "__getitem__", (self, args) => tupleGetItem(tuple(self), args[0] as PyValue));
defineMethod(TupleType, "__contains__", (self, args) => arrayContains(tuple(self).items, args[0] as PyValue));
defineMethod(TupleType, "__iter__", (self) => getIter(newTuple(tuple(self).items)));
defineMethod(TupleType, "__add__", (self, args) => {
  const o = args[0];
  if (!(o instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeName(o as PyValue)}") to tuple`);
  return newTuple(tuple(self).items.concat(o.items));
});
defineMethod(TupleType, "__mul__", (self, args) => newTuple(repeat(tuple(self).items, args[0] as PyValue)));
defineMethod(TupleType, "__rmul__", (self, args) => newTuple(repeat(tuple(self).items, args[0] as PyValue)));
defineMethod(TupleType, "index", (self, args) => seqIndex(tuple(self).items, args, "tuple"));
defineMethod(TupleType, "count", (self, args, kwnames) => (arity("tuple.count", args, kwnames, 1, 1), tuple(self).items.filter((x) => eq(x, args[0] as PyValue)).length));
defineMethod(TupleType, "__getnewargs__", (self) => newTuple([newTuple(tuple(self).items)]));

// ---- dict -------------------------------------------------------------------------------

/** `dict.update(other)` semantics: mapping (has `keys`) or iterable of pairs. */
export function dictMerge(d: PyDict, src: PyValue, what = "dict"): void {
  if (src instanceof PyDict) {
    // The entry arrays as they are now (a key's __eq__ may mutate src; a compaction replaces them).
    const ks = src.keyList, vs = src.valueList, n = ks.length;
    for (let i = 0; i < n; i++) {
      const k = ks[i];
      if (k !== undefined) d.set(k, vs[i] as PyValue);
    }
    return;
  }
  const keys = getAttrOrUndefined(src, "keys");
  if (keys !== undefined) {
    for (const k of toArray(callObject(keys, [], null))) d.set(k, getItemOf(src, k));
    return;
  }
  const it = getIter(src);
  let i = 0;
  for (;;) {
    const item = iterNext(it);
    if (item === undefined) break;
    let pair: readonly PyValue[];
    try {
      pair = asArray(item);
    } catch (e) {
      if (e instanceof PyBaseException) throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      throw e;
    }
    if (pair.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0] as PyValue, pair[1] as PyValue);
    i++;
  }
  void what;
}
import { getItem as getItemOf } from "../protocols/subscript.js";

defineNew(DictType, (args) => new PyDict(args[0] as PyType));
defineMethod(DictType, "__init__", (self, args, kwnames) => {
  const d = dict(self);
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`dict expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictMerge(d, args[0] as PyValue);
  for (let j = 0; j < nkw; j++) d.set((kwnames as readonly string[])[j] as string, args[npos + j] as PyValue);
  return None;
});
export function dictRepr(d: PyDict): string {
  if (d.size === 0) return "{}";
  if (!reprEnter(d)) return "{...}";
  try {
    let s = "{";
    const entries = d.entries();
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as [PyValue, PyValue];
      s += (i === 0 ? "" : ", ") + repr(e[0]) + ": " + repr(e[1]);
    }
    return s + "}";
  } finally {
    reprLeave(d);
  }
}
defineMethod(DictType, "__repr__", (self) => dictRepr(dict(self)));
defineMethod(DictType, "__len__", (self) => dict(self).size);
// Arity checks keep a missing argument (`{}.pop()`) from reaching the hash table as `undefined`.
defineMethod(DictType, "__getitem__", (self, args, kwnames) => (arity("dict.__getitem__", args, kwnames, 1, 1), dictGetItem(dict(self), args[0] as PyValue)));
defineMethod(DictType, "__setitem__", (self, args, kwnames) => (arity("", args, kwnames, 2, 2), dict(self).set(args[0] as PyValue, args[1] as PyValue), None));
defineMethod(DictType, "__delitem__", (self, args) => {
  if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
  if (dict(self).delete(args[0] as PyValue) === undefined) throw keyError(args[0] as PyValue);
  return None;
});
defineMethod(DictType, "__contains__", (self, args, kwnames) => (arity("dict.__contains__", args, kwnames, 1, 1), dict(self).has(args[0] as PyValue)));
defineMethod(DictType, "__iter__", (self) => new PyDictIterator(dict(self), 0, false, DictKeyIteratorType));
defineMethod(DictType, "__reversed__", (self) => new PyDictIterator(dict(self), 0, true, DictReverseKeyIteratorType));
DictType.attrs.set("__hash__", None);
for (let op = 0; op < 6; op++) {
  defineMethod(DictType, CMP_METHOD_NAMES[op] as string, (self, args) => nativeCompare(self, args[0] as PyValue, op) ?? NotImplemented);
}
defineMethod(DictType, "get", (self, args, kwnames) => {
  arity("get", args, kwnames, 1, 2, "dict.get");
  return dict(self).get(args[0] as PyValue) ?? args[1] ?? None;
});
defineMethod(DictType, "setdefault", (self, args, kwnames) => {
  arity("setdefault", args, kwnames, 1, 2, "dict.setdefault");
  const d = dict(self);
  const v = d.get(args[0] as PyValue);
  if (v !== undefined) return v;
  const dv = args[1] ?? None;
  d.set(args[0] as PyValue, dv);
  return dv;
});
defineMethod(DictType, "pop", (self, args, kwnames) => {
  arity("pop", args, kwnames, 1, 2, "dict.pop");
  const v = dict(self).delete(args[0] as PyValue);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1] as PyValue;
  throw keyError(args[0] as PyValue);
});
defineMethod(DictType, "popitem", (self) => {
  const d = dict(self);
  for (let i = d.keyList.length - 1; i >= 0; i--) {
    const k = d.keyList[i];
    if (k !== undefined) {
      const v = d.deleteAt(i);
      return newTuple([k, v]);
    }
  }
  throw keyError("popitem(): dictionary is empty");
});
defineMethod(DictType, "update", (self, args, kwnames) => {
  const d = dict(self);
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`update expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictMerge(d, args[0] as PyValue);
  for (let j = 0; j < nkw; j++) d.set((kwnames as readonly string[])[j] as string, args[npos + j] as PyValue);
  return None;
});
defineMethod(DictType, "clear", (self) => (dict(self).clear(), None));
defineMethod(DictType, "copy", (self) => dict(self).copy());
defineClassMethod(DictType, "fromkeys", (cls, args, kw) => {
  arity("fromkeys", args, kw, 1, 2, "dict.fromkeys");
  const d = callObject(cls, [], null);
  const v = args[1] ?? None;
  for (const k of toArray(args[0] as PyValue)) {
    if (d instanceof PyDict) d.set(k, v);
    else callObject(getAttrOrUndefined(d, "__setitem__") as PyValue, [k, v], null);
  }
  return d;
});
defineMethod(DictType, "__or__", (self, args) => {
  const o = args[0];
  if (!(o instanceof PyDict)) return NotImplemented;
  const d = dict(self).copy();
  dictMerge(d, o);
  return d;
});
defineMethod(DictType, "__ror__", (self, args) => {
  const o = args[0];
  if (!(o instanceof PyDict)) return NotImplemented;
  const d = o.copy();
  dictMerge(d, dict(self));
  return d;
});
defineMethod(DictType, "__ior__", (self, args) => {
  dictMerge(dict(self), args[0] as PyValue);
  return self;
});
// views (keys/values/items) live in dict-views.ts

// ---- set / frozenset --------------------------------------------------------------------

defineNew(SetType, (args) => new PySet([], args[0] as PyType));
defineMethod(SetType, "__init__", (self, args, kwnames) => {
  noKwargs("set", kwnames);
  if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
  const s = setOf(self);
  s.table.clear();
  if (args.length === 1) tableUpdate(s.table, args[0] as PyValue);
  return None;
});
defineNew(FrozenSetType, (args, kwnames) => {
  noKwargs("frozenset", kwnames);
  if (args.length > 2) throw typeError(`frozenset expected at most 1 argument, got ${args.length - 1}`);
  const cls = args[0] as PyType;
  const src = args[1];
  if (src instanceof PyFrozenSet && cls === FrozenSetType && src.cls === FrozenSetType) return src;
  const f = new PyFrozenSet([], cls);
  if (src !== undefined) tableUpdate(f.table, src);
  return f;
});
export function setRepr(s: PySetBase): string {
  const name = typeOf(s).name;
  const keys = s.table.keys();
  if (keys.length === 0) return `${name}()`;
  return withReprGuard(s, `${name}(...)`, () => {
    const body = "{" + keys.map(repr).join(", ") + "}";
    return s.cls === SetType ? body : `${name}(${body})`;
  });
}

defineMethod(SetType, "__repr__", (self) => setRepr(setOf(self)));
defineMethod(FrozenSetType, "__repr__", (self) => setRepr(setOf(self)));
SetType.attrs.set("__hash__", None);
