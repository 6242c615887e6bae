/**
 * Dictionary views — `dict_keys`, `dict_values`, `dict_items`
 * (https://docs.python.org/3.11/library/stdtypes.html#dict-views) — and
 * `mappingproxy`, the read-only mapping returned by `view.mapping` and
 * `type.__dict__`.
 *
 * Views are live: they hold the dict and read it on every operation. Keys
 * and items views are set-like (`& | - ^` against any iterable give a
 * `set`, comparisons behave like set comparisons, `isdisjoint`); values
 * views are not.
 */

import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";
import { None, NotImplemented } from "./singletons.js";
import { defineMethod, defineGetSet, defineNew } from "./builtin-function.js";
import { PyDict, DictType } from "./dict.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { PySet, PySetBase, SetType } from "./set.js";
import {
  PyDictIterator, DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType,
  DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType,
} from "./iterators.js";
import { typeError, typeName } from "./errors.js";
import { tableUpdate, setContains } from "./set-methods.js";
import { repr, withReprGuard } from "../protocols/repr.js";
import { eq, richCompare, CMP_METHOD_NAMES } from "../protocols/compare.js";
import { getIter, iterNext } from "../protocols/iter.js";
import { lenOf } from "../protocols/len.js";
import { getItem } from "../protocols/subscript.js";
import { getAttr } from "../protocols/attribute.js";
import { callObject } from "../protocols/call.js";
import { str } from "../protocols/repr.js";

const F = TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT;
export const DictKeysType: PyType = makeBuiltinType("dict_keys", ObjectType, F);
export const DictValuesType: PyType = makeBuiltinType("dict_values", ObjectType, F);
export const DictItemsType: PyType = makeBuiltinType("dict_items", ObjectType, F);
export const MappingProxyType: PyType = makeBuiltinType("mappingproxy", ObjectType, F);

/** Kind of a view: 0 keys, 1 values, 2 items. */
export class PyDictView extends PyObject {
  readonly d: PyDict;
  readonly kind: number;
  constructor(d: PyDict, kind: number) {
    super(kind === 0 ? DictKeysType : kind === 1 ? DictValuesType : DictItemsType);
    this.d = d;
    this.kind = kind;
  }
}

/** `mappingproxy(mapping)`: a read-only view of any mapping. */
export class PyMappingProxy extends PyObject {
  readonly mapping: PyValue;
  constructor(mapping: PyValue) {
    super(MappingProxyType);
    this.mapping = mapping;
  }
}

const ITER_TYPES = [DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType];
const REV_ITER_TYPES = [DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType];

function view(v: PyValue, t: PyType): PyDictView {
  if (!(v instanceof PyDictView) || v.cls !== t) {
    throw typeError(`descriptor requires a '${t.name}' object but received '${typeName(v)}'`);
  }
  return v;
}

/** Items of a view as a JS array (snapshot). */
export function viewItems(v: PyDictView): PyValue[] {
  const d = v.d;
  return v.kind === 0 ? d.keys() : v.kind === 1 ? d.values() : d.entries().map(([k, x]) => newTuple([k, x]));
}

function viewContains(v: PyDictView, x: PyValue): boolean {
  const d = v.d;
  if (v.kind === 0) return d.has(x);
  if (v.kind === 2) {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const found = d.get(x.items[0] as PyValue);
    return found !== undefined && eq(found, x.items[1] as PyValue);
  }
  const vs = d.valueList, ks = d.keyList;
  for (let i = 0; i < ks.length; i++) if (ks[i] !== undefined && eq(vs[i] as PyValue, x)) return true;
  return false;
}

/** A `set` with the elements of any iterable (views iterate their dict). */
function toSet(x: PyValue): PySet {
  const s = new PySet();
  // A keys view of an exact dict converts as its dict (CPython's dictviews_to_set).
  if (x instanceof PyDictView && x.kind === 0 && x.d.cls === DictType) tableUpdate(s.table, x.d);
  else if (x instanceof PyDictView) for (const v of viewItems(x)) s.table.set(v, true);
  else tableUpdate(s.table, x);
  return s;
}

function isSetLike(x: PyValue): boolean {
  return x instanceof PySetBase || (x instanceof PyDictView && x.kind !== 1);
}

/** `len` and membership of a set-like operand (view or set). */
function setLikeLen(x: PyValue): number {
  return x instanceof PyDictView ? x.d.size : lenOf(x);
}
function setLikeHas(x: PyValue, k: PyValue): boolean {
  if (x instanceof PyDictView) return viewContains(x, k);
  if (x instanceof PySetBase) return setContains(x.table, k);
  return false;
}
function allIn(a: PyValue, b: PyValue): boolean {
  const items = a instanceof PyDictView ? viewItems(a) : (a as PySetBase).table.keys();
  for (const k of items) if (!setLikeHas(b, k)) return false;
  return true;
}

/** Set-like comparison of a keys/items view against a view or set (CPython's dictview_richcompare). */
function viewCompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (!isSetLike(b)) return NotImplemented;
  const la = setLikeLen(a), lb = setLikeLen(b);
  switch (op) {
    case 2: return la === lb && allIn(a, b);
    case 3: return !(la === lb && allIn(a, b));
    case 0: return la < lb && allIn(a, b);
    case 1: return la <= lb && allIn(a, b);
    case 4: return la > lb && allIn(b, a);
    default: return la >= lb && allIn(b, a);
  }
}

/** CPython's _PyDictView_Intersect (the result's order depends on which side is iterated). */
function viewIntersect(a: PyValue, b: PyValue): PyValue {
  let self = a, other = b;
  if (!(self instanceof PyDictView)) [self, other] = [other, self];
  let v = self as PyDictView;
  if (other instanceof PySet && other.cls === SetType && v.d.size <= other.size) {
    return callObject(SetType.lookup("intersection") as PyValue, [other, v], null);
  }
  if (other instanceof PyDictView && other.kind !== 1 && other.d.size > v.d.size) [v, other] = [other, v];
  const result = new PySet();
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (viewContains(v, x)) result.table.set(x, true);
  return result;
}

/** CPython's dictitems_xor (both operands items views). */
function itemsXor(a: PyDictView, b: PyDictView): PyValue {
  const temp = a.d.copy();
  const result = new PySet();
  const ks = b.d.keyList, vs = b.d.valueList;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === undefined) continue;
    const v2 = vs[i] as PyValue;
    const v1 = temp.get(k);
    if (v1 !== undefined && eq(v1, v2)) temp.delete(k);
    else result.table.set(newTuple([k, v2]), true);
  }
  tableUpdate(result.table, new PyDictView(temp, 2));
  return result;
}

function setOp(op: string, a: PyValue, b: PyValue): PyValue {
  if (op === "&") return viewIntersect(a, b);
  if (op === "^" && a instanceof PyDictView && a.kind === 2 && b instanceof PyDictView && b.kind === 2) return itemsXor(a, b);
  const s = toSet(a);
  const other = b;
  const m = s.cls.lookup(op === "&" ? "intersection_update" : op === "|" ? "update" : op === "-" ? "difference_update" : "symmetric_difference_update");
  callObject(m as PyValue, [s, other], null);
  return s;
}

for (let kind = 0; kind < 3; kind++) {
  const T = kind === 0 ? DictKeysType : kind === 1 ? DictValuesType : DictItemsType;
  defineMethod(T, "__len__", (self) => view(self, T).d.size);
  defineMethod(T, "__iter__", (self) => new PyDictIterator(view(self, T).d, kind, false, ITER_TYPES[kind] as PyType));
  defineMethod(T, "__reversed__", (self) => new PyDictIterator(view(self, T).d, kind, true, REV_ITER_TYPES[kind] as PyType));
  defineMethod(T, "__contains__", (self, args) => {
    if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
    return viewContains(view(self, T), args[0] as PyValue);
  });
  defineMethod(T, "__repr__", (self) => {
    const v = view(self, T);
    return withReprGuard(v, "...", () => `${T.name}([${viewItems(v).map(repr).join(", ")}])`);
  });
  defineGetSet(T, "mapping", (self) => new PyMappingProxy(view(self, T).d));
  if (kind === 1) continue;
  T.attrs.set("__hash__", None);
  for (let op = 0; op < 6; op++) {
    defineMethod(T, CMP_METHOD_NAMES[op] as string, (self, args) => viewCompare(view(self, T), args[0] as PyValue, op));
  }
  for (const [name, sym] of [["and", "&"], ["or", "|"], ["sub", "-"], ["xor", "^"]] as const) {
    defineMethod(T, `__${name}__`, (self, args) => setOp(sym, view(self, T), args[0] as PyValue));
    defineMethod(T, `__r${name}__`, (self, args) => setOp(sym, args[0] as PyValue, view(self, T)));
  }
  defineMethod(T, "isdisjoint", (self, args) => {
    if (args.length !== 1) throw typeError(`isdisjoint() takes exactly one argument (${args.length} given)`);
    const v = view(self, T);
    const o = args[0] as PyValue;
    if (isSetLike(o) && setLikeLen(o) > v.d.size) {
      for (const k of viewItems(v)) if (setLikeHas(o, k)) return false;
      return true;
    }
    const it = getIter(o);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (viewContains(v, x)) return false;
    return true;
  });
}

defineMethod(DictType, "keys", (self) => new PyDictView(dictArg(self), 0));
defineMethod(DictType, "values", (self) => new PyDictView(dictArg(self), 1));
defineMethod(DictType, "items", (self) => new PyDictView(dictArg(self), 2));
function dictArg(v: PyValue): PyDict {
  if (!(v instanceof PyDict)) throw typeError(`descriptor 'keys' for 'dict' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

// ---- mappingproxy ---------------------------------------------------------------------------

function proxy(v: PyValue): PyMappingProxy {
  if (!(v instanceof PyMappingProxy)) throw typeError(`descriptor requires a 'mappingproxy' object but received '${typeName(v)}'`);
  return v;
}
defineNew(MappingProxyType, (args, kwnames) => {
  const m = args[1];
  if (args.length !== 2 || (kwnames !== null && kwnames.length > 0)) {
    throw typeError(`mappingproxy() missing required argument 'mapping' (pos 1)`);
  }
  if (m instanceof PyList || m instanceof PyTuple || typeof m !== "object" || m.cls.lookup("__getitem__") === undefined) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${typeName(m as PyValue)}`);
  }
  return new PyMappingProxy(m);
});
defineMethod(MappingProxyType, "__getitem__", (self, args) => getItem(proxy(self).mapping, args[0] as PyValue));
defineMethod(MappingProxyType, "__len__", (self) => lenOf(proxy(self).mapping));
defineMethod(MappingProxyType, "__iter__", (self) => getIter(proxy(self).mapping));
defineMethod(MappingProxyType, "__contains__", (self, args) => {
  const m = proxy(self).mapping;
  if (m instanceof PyDict) return m.has(args[0] as PyValue);
  return callObject(getAttr(m, "__contains__"), [args[0] as PyValue], null);
});
defineMethod(MappingProxyType, "get", (self, args) => {
  const m = proxy(self).mapping;
  if (m instanceof PyDict) return m.get(args[0] as PyValue) ?? args[1] ?? None;
  return callObject(getAttr(m, "get"), args, null);
});
for (const name of ["keys", "values", "items", "copy"]) {
  defineMethod(MappingProxyType, name, (self) => callObject(getAttr(proxy(self).mapping, name), [], null));
}
defineMethod(MappingProxyType, "__repr__", (self) => `mappingproxy(${repr(proxy(self).mapping)})`);
defineMethod(MappingProxyType, "__str__", (self) => str(proxy(self).mapping));
defineMethod(MappingProxyType, "__or__", (self, args) => {
  const o = args[0] as PyValue;
  const a = proxy(self).mapping;
  return richOr(a, o instanceof PyMappingProxy ? o.mapping : o);
});
defineMethod(MappingProxyType, "__ror__", (self, args) => {
  const o = args[0] as PyValue;
  return richOr(o instanceof PyMappingProxy ? o.mapping : o, proxy(self).mapping);
});
function richOr(a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const d = a.copy();
  for (const [k, v] of b.entries()) d.set(k, v);
  return d;
}
for (let op = 0; op < 6; op++) {
  defineMethod(MappingProxyType, CMP_METHOD_NAMES[op] as string, (self, args) => {
    const o = args[0] as PyValue;
    return richCompare(proxy(self).mapping, o instanceof PyMappingProxy ? o.mapping : o, op);
  });
}
MappingProxyType.attrs.set("__hash__", None);
