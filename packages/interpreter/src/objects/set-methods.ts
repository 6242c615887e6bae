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
import { PySet, PyFrozenSet, PySetBase, SetType, FrozenSetType } from "./set.js";
import { PyDict } from "./dict.js";
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

/** Add every element of iterable `src` to `table`. */
export function tableUpdate(table: PyDict, src: PyValue): void {
  if (src instanceof PySetBase) {
    const ks = src.table.keyList;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== undefined) table.set(k, true);
    }
    return;
  }
  if (src instanceof PyDict) {
    const ks = src.keyList;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== undefined) table.set(k, true);
    }
    return;
  }
  const it = getIter(src);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) table.set(v, true);
}

/** A hash table of the elements of `src` (no copy when it already is a set). */
function tableOf(src: PyValue): PyDict {
  if (src instanceof PySetBase) return src.table;
  const t = new PyDict();
  tableUpdate(t, src);
  return t;
}

/** Membership with CPython's set-as-frozenset retry for unhashable set keys. */
export function setContains(table: PyDict, k: PyValue): boolean {
  if (k instanceof PySet) return table.has(frozenCopy(k));
  return table.has(k);
}
function setDelete(table: PyDict, k: PyValue): PyValue | undefined {
  if (k instanceof PySet) return table.delete(frozenCopy(k));
  return table.delete(k);
}
function frozenCopy(s: PySetBase): PyFrozenSet {
  const f = new PyFrozenSet();
  tableUpdate(f.table, s);
  return f;
}

function liveKeys(t: PyDict): PyValue[] {
  return t.keys();
}

export function setUnion(into: PySetBase, others: readonly PyValue[]): PySetBase {
  for (const o of others) tableUpdate(into.table, o);
  return into;
}

/** Elements of `a` that are in `other`. */
function intersectTables(a: PyDict, other: PyValue): PyDict {
  const out = new PyDict();
  if (other instanceof PySetBase) {
    // iterate the smaller table, keep a's element objects? CPython keeps the smaller's elements.
    let small = a, big = other.table;
    if (big.size < small.size) [small, big] = [big, small];
    for (const k of liveKeys(small)) if (big.has(k)) out.set(k, true);
    return out;
  }
  const it = getIter(other);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (a.has(v)) out.set(v, true);
  return out;
}

function differenceTables(a: PyDict, other: PyValue): PyDict {
  const o = other instanceof PySetBase || other instanceof PyDict ? other : tableOf(other);
  const has = o instanceof PySetBase ? (k: PyValue) => o.table.has(k) : (k: PyValue) => (o as PyDict).has(k);
  const out = new PyDict();
  for (const k of liveKeys(a)) if (!has(k)) out.set(k, true);
  return out;
}

function symmetricTables(a: PyDict, other: PyValue): PyDict {
  const o = tableOf(other);
  const out = new PyDict();
  for (const k of liveKeys(a)) if (!o.has(k)) out.set(k, true);
  for (const k of liveKeys(o)) if (!a.has(k)) out.set(k, true);
  return out;
}

/** Copy the live keys of table `t` into `dst`. */
function copyKeys(dst: PyDict, t: PyDict): void {
  const ks = t.keyList;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k !== undefined) dst.set(k, true);
  }
}

function withTable(like: PySetBase, t: PyDict): PySetBase {
  const s = newLike(like);
  copyKeys(s.table, t);
  return s;
}

function isSubsetOf(a: PyDict, b: PyDict): boolean {
  if (a.size > b.size) return false;
  for (const k of liveKeys(a)) if (!b.has(k)) return false;
  return true;
}

function isDisjoint(a: PyDict, other: PyValue): boolean {
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
    return withTable(s, s.table);
  });
  defineMethod(T, "union", (self, args, kw) => {
    noKwargs(`${tname}.union`, kw);
    const s = setOf(self, tname);
    return setUnion(withTable(s, s.table), args);
  });
  defineMethod(T, "intersection", (self, args, kw) => {
    noKwargs(`${tname}.intersection`, kw);
    const s = setOf(self, tname);
    let t = s.table;
    for (const o of args) t = intersectTables(t, o);
    return withTable(s, t);
  });
  defineMethod(T, "difference", (self, args, kw) => {
    noKwargs(`${tname}.difference`, kw);
    const s = setOf(self, tname);
    let t = s.table;
    for (const o of args) t = differenceTables(t, o);
    return withTable(s, t);
  });
  defineMethod(T, "symmetric_difference", (self, args, kw) => {
    noKwargs(`${tname}.symmetric_difference`, kw);
    if (args.length !== 1) throw typeError(`${tname}.symmetric_difference() takes exactly one argument (${args.length} given)`);
    const s = setOf(self, tname);
    return withTable(s, symmetricTables(s.table, args[0] as PyValue));
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
  const or = (a: PySetBase, b: PySetBase): PySetBase => setUnion(withTable(a, a.table), [b]);
  const and = (a: PySetBase, b: PySetBase): PySetBase => withTable(a, intersectTables(a.table, b));
  const sub = (a: PySetBase, b: PySetBase): PySetBase => withTable(a, differenceTables(a.table, b));
  const xor = (a: PySetBase, b: PySetBase): PySetBase => withTable(a, symmetricTables(a.table, b));
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
  const t = mutable(self).table;
  const ks = t.keyList;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k !== undefined) {
      t.deleteAt(i);
      return k;
    }
  }
  throw keyError("pop from an empty set");
});
defineMethod(SetType, "clear", (self) => (mutable(self).table.clear(), None));
defineMethod(SetType, "update", (self, args, kw) => {
  noKwargs("set.update", kw);
  setUnion(mutable(self), args);
  return None;
});
function replaceTable(s: PySet, t: PyDict): void {
  if (t === s.table) return;
  s.table.clear();
  copyKeys(s.table, t);
}
defineMethod(SetType, "intersection_update", (self, args, kw) => {
  noKwargs("set.intersection_update", kw);
  const s = mutable(self);
  let t = s.table;
  for (const o of args) t = intersectTables(t, o);
  replaceTable(s, t);
  return None;
});
defineMethod(SetType, "difference_update", (self, args, kw) => {
  noKwargs("set.difference_update", kw);
  const s = mutable(self);
  for (const o of args) {
    if (o === s) {
      s.table.clear();
      continue;
    }
    if (o instanceof PySetBase) {
      for (const k of liveKeys(o.table)) s.table.delete(k);
    } else {
      const it = getIter(o);
      for (let v = iterNext(it); v !== undefined; v = iterNext(it)) s.table.delete(v);
    }
  }
  return None;
});
defineMethod(SetType, "symmetric_difference_update", (self, args) => {
  if (args.length !== 1) throw typeError(`set.symmetric_difference_update() takes exactly one argument (${args.length} given)`);
  const s = mutable(self);
  const o = args[0] as PyValue;
  if (o === s) {
    s.table.clear();
    return None;
  }
  for (const k of liveKeys(tableOf(o))) {
    if (s.table.delete(k) === undefined) s.table.set(k, true);
  }
  return None;
});
const inplace = (name: string, method: string): void => {
  defineMethod(SetType, name, (self, args) => {
    const o = args[0];
    if (!(o instanceof PySetBase)) return NotImplemented;
    const s = mutable(self);
    switch (method) {
      case "update": tableUpdate(s.table, o); break;
      case "intersection_update": replaceTable(s, intersectTables(s.table, o)); break;
      case "difference_update":
        if (o === s) s.table.clear();
        else for (const k of liveKeys(o.table)) s.table.delete(k);
        break;
      default:
        for (const k of liveKeys(o === s ? s.table.copy() : o.table)) {
          if (s.table.delete(k) === undefined) s.table.set(k, true);
        }
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

