/**
 * Methods and operators of `set` and `frozenset`
 * (https://docs.python.org/3.11/library/stdtypes.html#set-types-set-frozenset).
 *
 * The algebra works on the shared `PyDict` table (values unused). Results
 * of operators and of the non-mutating methods have the *base* type of the
 * receiver (`set` or `frozenset`), as CPython's `make_new_set_basetype`.
 * An unhashable `set` used as a lookup key (`in`, `remove`, `discard`) is
 * retried as a `frozenset`, like CPython. `frozenset.__hash__` is CPython
 * 3.11's algorithm (64-bit, cached on the object).
 */

import type { PyValue } from "./object.js";
import { None, NotImplemented } from "./singletons.js";
import { defineMethod } from "./builtin-function.js";
import { PySet, PyFrozenSet, PySetBase, SetType, FrozenSetType, SetTable, keyHash } from "./set.js";
import { PyDict, DictType } from "./dict.js";
import { typeError, keyError, typeName } from "./errors.js";
import { noKwargs } from "./args.js";
import { normBig } from "./int.js";
import { getIter, iterNext } from "../protocols/iter.js";
import { hash } from "../protocols/hash.js";
import { CMP_METHOD_NAMES } from "../protocols/compare.js";
import { nativeCompare } from "./native-compare.js";

function setOf(v: PyValue, what = "set"): PySetBase {
  if (!(v instanceof PySetBase)) throw typeError(`descriptor requires a '${what}' object but received '${typeName(v)}'`);
  return v;
}
function mutable(v: PyValue): PySet {
  if (!(v instanceof PySet)) throw typeError(`descriptor requires a 'set' object but received '${typeName(v)}'`);
  return v;
}

/** A new empty set of `s`'s base type (set or frozenset). */
function newLike(s: PySetBase): PySetBase {
  return s instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
}

/** Add every element of iterable `src` to `table` (CPython's set_update_internal). */
export function tableUpdate(table: SetTable, src: PyValue): void {
  if (src instanceof PySetBase) {
    table.merge(src.table);
    return;
  }
  if (src instanceof PyDict && src.cls === DictType) {
    table.mergeDict(src);
    return;
  }
  const it = getIter(src);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) table.set(v, true);
}

/** A hash table of the elements of `src` (no copy when it already is a set). */
function tableOf(src: PyValue): SetTable {
  if (src instanceof PySetBase) return src.table;
  const t = new SetTable();
  tableUpdate(t, src);
  return t;
}

/** Membership with CPython's set-as-frozenset retry for unhashable set keys. */
export function setContains(table: SetTable, k: PyValue): boolean {
  if (k instanceof PySet) return table.has(frozenCopy(k));
  return table.has(k);
}
function setDelete(table: SetTable, k: PyValue): PyValue | undefined {
  if (k instanceof PySet) return table.delete(frozenCopy(k));
  return table.delete(k);
}
function frozenCopy(s: PySetBase): PyFrozenSet {
  const f = new PyFrozenSet();
  tableUpdate(f.table, s);
  return f;
}

function liveKeys(t: SetTable): PyValue[] {
  return t.keys();
}

export function setUnion(into: PySetBase, others: readonly PyValue[]): PySetBase {
  for (const o of others) tableUpdate(into.table, o);
  return into;
}

/** A new set of `s`'s base type with `s`'s elements (CPython's set_copy). */
function copyOf(s: PySetBase): PySetBase {
  const r = newLike(s);
  r.table.merge(s.table);
  return r;
}

/** CPython's set_intersection. */
function intersect(so: PySetBase, other: PyValue): PySetBase {
  if (so === other) return copyOf(so);
  const result = newLike(so);
  const rt = result.table;
  if (other instanceof PySetBase) {
    let big = so.table, small = other.table;
    if (small.size > big.size) [big, small] = [small, big];
    const ks = small.keyList, hs = small.hashList;
    for (let j = 0; j < ks.length; j++) {
      const k = ks[j];
      if (k === undefined) continue;
      const h = hs[j] as number | bigint;
      if (big.findSlot(k, h) >= 0) rt.addEntry(k, h);
    }
    return result;
  }
  const t = so.table;
  const it = getIter(other);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    const h = keyHash(v);
    if (t.findSlot(v, h) >= 0) rt.addEntry(v, h);
  }
  return result;
}
function intersectMulti(so: PySetBase, others: readonly PyValue[]): PySetBase {
  if (others.length === 0) return copyOf(so);
  let r = so;
  for (const o of others) r = intersect(r, o);
  return r;
}

/** CPython's set_difference_update_internal. */
function differenceUpdate(s: PySetBase, other: PyValue): void {
  const t = s.table;
  if (s === other) {
    t.clear();
    return;
  }
  if (other instanceof PySetBase) {
    const ks = other.table.keyList, hs = other.table.hashList;
    for (let j = 0; j < ks.length; j++) {
      const k = ks[j];
      if (k === undefined) continue;
      const i = t.findSlot(k, hs[j] as number | bigint);
      if (i >= 0) t.deleteAt(i);
    }
  } else {
    const it = getIter(other);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) setDelete(t, v);
  }
  if (t.fill - t.size <= t.mask >>> 2) return;
  t.resize(t.size > 50000 ? t.size * 2 : t.size * 4);
}

/** CPython's set_difference. */
function difference(so: PySetBase, other: PyValue): PySetBase {
  let osize: number;
  const isDict = other instanceof PyDict && other.cls === DictType;
  if (other instanceof PySetBase) osize = other.size;
  else if (isDict) osize = (other as PyDict).size;
  else osize = -1;
  if (osize < 0 || so.size >> 2 > osize) {
    const r = copyOf(so);
    differenceUpdate(r, other);
    return r;
  }
  const result = newLike(so);
  const rt = result.table;
  const ks = so.table.keyList, hs = so.table.hashList;
  for (let j = 0; j < ks.length; j++) {
    const k = ks[j];
    if (k === undefined) continue;
    const h = hs[j] as number | bigint;
    const found = isDict ? (other as PyDict).has(k) : (other as PySetBase).table.findSlot(k, h) >= 0;
    if (!found) rt.addEntry(k, h);
  }
  return result;
}

/** CPython's set_symmetric_difference_update. */
function symDiffUpdate(s: PySetBase, other: PyValue): void {
  const t = s.table;
  if (s === other) {
    t.clear();
    return;
  }
  const toggle = (k: PyValue, h: number | bigint): void => {
    const i = t.findSlot(k, h);
    if (i >= 0) t.deleteAt(i);
    else t.addEntry(k, h);
  };
  if (other instanceof PyDict && other.cls === DictType) {
    for (const k of other.keys()) toggle(k, keyHash(k));
    return;
  }
  let o: PySetBase;
  if (other instanceof PySetBase) o = other;
  else {
    o = newLike(s);
    tableUpdate(o.table, other);
  }
  const ks = o.table.keyList, hs = o.table.hashList;
  for (let j = 0; j < ks.length; j++) {
    const k = ks[j];
    if (k !== undefined) toggle(k, hs[j] as number | bigint);
  }
}
function symDiff(so: PySetBase, other: PyValue): PySetBase {
  const o = newLike(so);
  tableUpdate(o.table, other);
  symDiffUpdate(o, so);
  return o;
}

function isSubsetOf(a: SetTable, b: SetTable): boolean {
  if (a.size > b.size) return false;
  for (const k of liveKeys(a)) if (!b.has(k)) return false;
  return true;
}

function isDisjoint(a: SetTable, other: PyValue): boolean {
  if (other instanceof PySetBase) {
    let small = a, big = other.table;
    if (big.size < small.size) [small, big] = [big, small];
    for (const k of liveKeys(small)) if (big.has(k)) return false;
    return true;
  }
  const it = getIter(other);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (a.has(v)) return false;
  return true;
}

/** CPython 3.11 frozenset_hash (64-bit unsigned arithmetic). */
const M64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}
export function hashFrozenSet(s: PySetBase): number | bigint {
  if (s.hashCache !== undefined) return s.hashCache;
  let h = 0n;
  for (const k of liveKeys(s.table)) h ^= shuffleBits(BigInt.asUintN(64, BigInt(hash(k))));
  h ^= ((BigInt(s.table.size) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  const r = normBig(BigInt.asIntN(64, h));
  s.hashCache = r;
  return r;
}

// ---- shared by set and frozenset ------------------------------------------------------

for (const T of [SetType, FrozenSetType]) {
  const tname = T.name;
  defineMethod(T, "__iter__", (self) => getIter(setOf(self, tname)));
  defineMethod(T, "__len__", (self) => setOf(self, tname).size);
  defineMethod(T, "__contains__", (self, args) => {
    if (args.length !== 1) throw typeError(`${tname}.__contains__() takes exactly one argument (${args.length} given)`);
    return setContains(setOf(self, tname).table, args[0] as PyValue);
  });
  defineMethod(T, "copy", (self) => {
    const s = setOf(self, tname);
    if (s instanceof PyFrozenSet && s.cls === FrozenSetType) return s;
    return copyOf(s);
  });
  defineMethod(T, "union", (self, args, kw) => {
    noKwargs(`${tname}.union`, kw);
    const s = setOf(self, tname);
    const r = copyOf(s);
    for (const o of args) if (o !== s) tableUpdate(r.table, o);
    return r;
  });
  defineMethod(T, "intersection", (self, args, kw) => {
    noKwargs(`${tname}.intersection`, kw);
    const s = setOf(self, tname);
    return intersectMulti(s, args);
  });
  defineMethod(T, "difference", (self, args, kw) => {
    noKwargs(`${tname}.difference`, kw);
    const s = setOf(self, tname);
    if (args.length === 0) return copyOf(s);
    const r = difference(s, args[0] as PyValue);
    for (let i = 1; i < args.length; i++) differenceUpdate(r, args[i] as PyValue);
    return r;
  });
  defineMethod(T, "symmetric_difference", (self, args, kw) => {
    noKwargs(`${tname}.symmetric_difference`, kw);
    if (args.length !== 1) throw typeError(`${tname}.symmetric_difference() takes exactly one argument (${args.length} given)`);
    const s = setOf(self, tname);
    return symDiff(s, args[0] as PyValue);
  });
  defineMethod(T, "isdisjoint", (self, args) => {
    if (args.length !== 1) throw typeError(`${tname}.isdisjoint() takes exactly one argument (${args.length} given)`);
    return isDisjoint(setOf(self, tname).table, args[0] as PyValue);
  });
  defineMethod(T, "issubset", (self, args) => {
    if (args.length !== 1) throw typeError(`${tname}.issubset() takes exactly one argument (${args.length} given)`);
    return isSubsetOf(setOf(self, tname).table, tableOf(args[0] as PyValue));
  });
  defineMethod(T, "issuperset", (self, args) => {
    if (args.length !== 1) throw typeError(`${tname}.issuperset() takes exactly one argument (${args.length} given)`);
    const s = setOf(self, tname);
    const o = args[0] as PyValue;
    if (o instanceof PySetBase) return isSubsetOf(o.table, s.table);
    const it = getIter(o);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (!s.table.has(v)) return false;
    return true;
  });
  const binop = (name: string, f: (s: PySetBase, o: PySetBase) => PySetBase, reflected: boolean): void => {
    defineMethod(T, name, (self, args) => {
      const s = setOf(self, tname);
      const o = args[0];
      if (!(o instanceof PySetBase)) return NotImplemented;
      return reflected ? f(o, s) : f(s, o);
    });
  };
  const or = (a: PySetBase, b: PySetBase): PySetBase => {
    const r = copyOf(a);
    if (a !== b) tableUpdate(r.table, b);
    return r;
  };
  const and = (a: PySetBase, b: PySetBase): PySetBase => intersect(a, b);
  const sub = (a: PySetBase, b: PySetBase): PySetBase => difference(a, b);
  const xor = (a: PySetBase, b: PySetBase): PySetBase => symDiff(a, b);
  binop("__or__", or, false);
  binop("__ror__", or, true);
  binop("__and__", and, false);
  binop("__rand__", and, true);
  binop("__sub__", sub, false);
  binop("__rsub__", sub, true);
  binop("__xor__", xor, false);
  binop("__rxor__", xor, true);
  for (let op = 0; op < 6; op++) {
    defineMethod(T, CMP_METHOD_NAMES[op] as string, (self, args) => {
      const o = args[0] as PyValue;
      if (!(o instanceof PySetBase)) return NotImplemented;
      return nativeCompare(setOf(self, tname), o, op) ?? NotImplemented;
    });
  }
}

defineMethod(FrozenSetType, "__hash__", (self) => hashFrozenSet(setOf(self, "frozenset")));

// ---- set only (mutating) -----------------------------------------------------------------

defineMethod(SetType, "add", (self, args, kw) => {
  if (args.length !== 1) throw typeError(`set.add() takes exactly one argument (${args.length} given)`);
  noKwargs("set.add", kw);
  mutable(self).table.set(args[0] as PyValue, true);
  return None;
});
defineMethod(SetType, "discard", (self, args) => {
  if (args.length !== 1) throw typeError(`set.discard() takes exactly one argument (${args.length} given)`);
  setDelete(mutable(self).table, args[0] as PyValue);
  return None;
});
defineMethod(SetType, "remove", (self, args) => {
  if (args.length !== 1) throw typeError(`set.remove() takes exactly one argument (${args.length} given)`);
  const k = args[0] as PyValue;
  if (setDelete(mutable(self).table, k) === undefined) throw keyError(k);
  return None;
});
defineMethod(SetType, "pop", (self, args) => {
  if (args.length !== 0) throw typeError(`set.pop() takes no arguments (${args.length} given)`);
  const k = mutable(self).table.pop();
  if (k !== undefined) return k;
  throw keyError("pop from an empty set");
});
defineMethod(SetType, "clear", (self) => (mutable(self).table.clear(), None));
defineMethod(SetType, "update", (self, args, kw) => {
  noKwargs("set.update", kw);
  setUnion(mutable(self), args);
  return None;
});
defineMethod(SetType, "intersection_update", (self, args, kw) => {
  noKwargs("set.intersection_update", kw);
  const s = mutable(self);
  s.table.takeBody(intersectMulti(s, args).table);
  return None;
});
defineMethod(SetType, "difference_update", (self, args, kw) => {
  noKwargs("set.difference_update", kw);
  const s = mutable(self);
  for (const o of args) differenceUpdate(s, o);
  return None;
});
defineMethod(SetType, "symmetric_difference_update", (self, args) => {
  if (args.length !== 1) throw typeError(`set.symmetric_difference_update() takes exactly one argument (${args.length} given)`);
  symDiffUpdate(mutable(self), args[0] as PyValue);
  return None;
});
const inplace = (name: string, method: string): void => {
  defineMethod(SetType, name, (self, args) => {
    const o = args[0];
    if (!(o instanceof PySetBase)) return NotImplemented;
    const s = mutable(self);
    switch (method) {
      case "update": tableUpdate(s.table, o); break;
      case "intersection_update": s.table.takeBody(intersect(s, o).table); break;
      case "difference_update": differenceUpdate(s, o); break;
      default: symDiffUpdate(s, o);
    }
    return s;
  });
};
inplace("__ior__", "update");
inplace("__iand__", "intersection_update");
inplace("__isub__", "difference_update");
inplace("__ixor__", "symmetric_difference_update");

/** `set(iterable)` / `frozenset(iterable)` helpers for other modules (dict views). */
export function newSetFrom(src: PyValue): PySet {
  const s = new PySet();
  tableUpdate(s.table, src);
  return s;
}

