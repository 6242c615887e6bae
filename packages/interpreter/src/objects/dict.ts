/**
 * `dict`: an insertion-ordered hash table honouring Python hash/eq.
 *
 * Entries live in three parallel arrays (`keyList`, `valueList`, `hashList`)
 * in insertion order; a deleted entry leaves a tombstone (`undefined` key)
 * and the arrays are compacted when tombstones outnumber live entries.
 *
 * Lookup goes through one of three indexes:
 * - a *primitive key* stands for str keys (the string), int/bool keys and
 *   integral floats (the number, or exact bigint) and other non-NaN floats
 *   (the number). That makes `1`, `1.0` and `True` one key, as in Python.
 *   - `numTable`: primitive keys that are JS numbers, in an open-addressing
 *     table (linear probing over an `Int32Array` of entry positions + 1;
 *     0 = empty, -1 = deleted). The entry's primitive key is kept in
 *     `hashList` so a probe compares numbers without touching the key.
 *   - `index`: the other primitive keys (strings, bigints) in a JS `Map`,
 *     which reuses V8's cached string hashes; null until the first such key
 *     (an empty or int-keyed dict allocates no Map). Str keys join it only
 *     once the dict has more than `SMALL_SCAN` entry positions
 *     (`strMapped`): until then a str key is found by scanning `keyList`
 *     with `===` — no Map to allocate and fill for the many small dicts
 *     (`**kwargs`, literals, counters), whose lookups a scan serves as fast
 *     as the Map's probe.
 * - `buckets`: every other key (tuples, user objects, NaN, …) is bucketed by
 *   its Python `hash()` and compared with `==`.
 * A key of a user-defined type may compare equal to a primitive key; when
 * such keys are present (`customKeys > 0`) lookups also check across the two
 * indexes, so semantics stay exact at the cost of speed only in that case.
 *
 * `keysVersion` changes whenever a key is added or removed (not on value
 * updates); `addedVersion` only when a key is added. Name caches
 * (LOAD_GLOBAL / LOAD_NAME / STORE_NAME) validate per key instead: a cached
 * entry position `i` of key `k` is still right while `keyList[i] === k`
 * (keys are unique, so removing *other* keys, e.g. a module-level
 * `except E as e` deleting `e`, does not invalidate it); a name cached as
 * absent (found in builtins) stays absent while `addedVersion` holds.
 */

import { Shape } from "./shape.js";
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";
import { PyFloat, FloatType } from "./float.js";
import { PyComplex, ComplexType } from "./complex.js";
import { hash } from "../protocols/hash.js";
import { eq } from "../protocols/compare.js";

export const DictType: PyType = makeBuiltinType(
  "dict",
  ObjectType,
  TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.DICT_SUBCLASS | TypeFlags.NO_INSTANCE_DICT,
);

export type PrimitiveKey = string | number | bigint;

/** The `index` key for `k`, or undefined when `k` must go through `buckets`. */
export function primitiveKey(k: PyValue): PrimitiveKey | undefined {
  switch (typeof k) {
    case "string":
    case "number":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
    case "object":
      if (k instanceof PyFloat && k.cls === FloatType) {
        const v = k.value;
        if (v !== v) return undefined;
        if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
        return v;
      }
      // A complex with a zero imaginary part equals (and hashes as) its real part.
      if (k instanceof PyComplex && k.cls === ComplexType && k.imag === 0) {
        const v = k.real;
        if (v !== v) return undefined;
        if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
        return v;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Keys of these types never equal a primitive key. */
function isBuiltinKey(k: PyObject): boolean {
  return k.cls.isImmutable;
}

let versionCounter = 1;

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

/** Probe start for a number primitive key (`-0` and `0` hash alike). */
function numHash(n: number): number {
  let h: number;
  if ((n | 0) === n) h = Math.imul(n, 0x9e3779b1);
  else {
    f64[0] = n;
    h = Math.imul((i32[0] as number) ^ Math.imul(i32[1] as number, 0x85ebca6b), 0x9e3779b1);
  }
  return h ^ (h >>> 15);
}

const EMPTY_TABLE = new Int32Array(0);

/**
 * The entry arrays of a dict that never had an entry (or was cleared): shared
 * and never written — `appendEntry` gives the dict its own arrays first — so
 * an empty dict (an unused `**kwargs`, `{}` waiting for its first key)
 * allocates none.
 */
const NO_ENTRIES: never[] = [];

/** Entry positions up to which str keys are found by scanning `keyList` instead of through `index`. */
const SMALL_SCAN = 8;

/**
 * Notified when an entry of a watched dict changes (the optimizing JIT's
 * invalidation: code that read a global as a constant depends on its entry).
 * `key` is the changed key, or null when every entry may have changed
 * (`clear`). It only records the invalidation, so calling it just before
 * the write is visible is fine.
 */
export interface DictWatcher {
  entryChanged(d: PyDict, key: PyValue | null): void;
}

export class PyDict extends PyObject {
  keyList: (PyValue | undefined)[] = NO_ENTRIES;
  valueList: (PyValue | undefined)[] = NO_ENTRIES;
  hashList: (number | bigint)[] = NO_ENTRIES;
  private index: Map<PrimitiveKey, number> | null = null;
  /** Whether str keys are in `index` (else `keyList.length <= SMALL_SCAN` and they are scanned for). */
  private strMapped = false;
  /** Open-addressing index of number primitive keys (length 0 until the first one; a power of two). */
  private numTable: Int32Array = EMPTY_TABLE;
  /** Used slots of `numTable` (live + deleted). */
  private numFill = 0;
  private buckets: Map<number | bigint, number[]> | null = null;
  /** Number of live entries. */
  size = 0;
  /** Changes when a key is added or removed. */
  keysVersion: number = versionCounter++;
  /**
   * Changes when a key is added (not when one is removed) that a name cache
   * assumes absent: a key absent at version v is absent while it holds.
   * With `absentWatch` set, only adding one of its keys (or any key that is
   * not a JS string, which might equal one) changes it, so a module-level
   * `except E as e` re-adding `e` every iteration does not invalidate the
   * caches of builtins read in the loop.
   */
  addedVersion: number = versionCounter++;
  /** Names a cache filled as absent from this dict (GlobalCache.fillBuiltin), or null: every added key counts. */
  absentWatch: Set<PyValue> | null = null;
  /** Live keys of heap (user-defined) types, which may equal primitive keys. */
  private customKeys = 0;
  /** Set by the JIT when compiled code depends on entries of this dict (checked only on writes). */
  watcher: DictWatcher | null = null;

  constructor(cls: PyType = DictType) {
    super(null);
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
  }

  /** A new exact dict of the distinct str keys `names` with `values` (a call's `**kwargs`): no per-key lookups. */
  static ofDistinctStrs(names: readonly string[], values: readonly PyValue[]): PyDict {
    const d = new PyDict();
    const n = names.length;
    if (n === 0) return d;
    const hs: number[] = [];
    for (let i = 0; i < n; i++) hs.push(0);
    d.hashList = hs;
    d.keyList = names.slice();
    d.valueList = values.slice(0, n);
    d.size = n;
    if (n > SMALL_SCAN) d.mapStrs();
    return d;
  }

  private findObject(k: PyObject, h: number | bigint): number {
    const b = this.buckets;
    if (b !== null) {
      const list = b.get(h);
      if (list !== undefined) {
        for (let j = 0; j < list.length; j++) {
          const i = list[j] as number;
          const ki = this.keyList[i];
          if (ki === k) return i;
          if (ki !== undefined && eq(ki, k)) return i;
        }
      }
    }
    const index = this.index;
    if (((index !== null && index.size > 0) || this.numFill > 0 || !this.strMapped) && !isBuiltinKey(k)) {
      // A user object equal to a primitive key (e.g. __eq__ against ints).
      if (!this.strMapped) {
        const ks = this.keyList;
        for (let i = 0; i < ks.length; i++) {
          const ki = ks[i];
          if (typeof ki === "string" && hash(ki) === h && eq(ki, k)) return i;
        }
      }
      if (index !== null) {
        for (const [pk, i] of index) {
          const ki = this.keyList[i] as PyValue;
          if (hash(pk) === h && eq(ki, k)) return i;
        }
      }
      const t = this.numTable;
      for (let j = 0; j < t.length; j++) {
        const e = t[j] as number;
        if (e <= 0) continue;
        const i = e - 1;
        if (hash(this.hashList[i] as number) === h && eq(this.keyList[i] as PyValue, k)) return i;
      }
    }
    return -1;
  }

  /** Entry position of the number primitive key `n` in `numTable`, or -1. */
  findNum(n: number): number {
    const t = this.numTable;
    const mask = t.length - 1;
    if (mask < 0) return -1;
    const hs = this.hashList;
    for (let j = numHash(n) & mask; ; j = (j + 1) & mask) {
      const e = t[j] as number;
      if (e === 0) return -1;
      if (e > 0 && hs[e - 1] === n) return e - 1;
    }
  }

  /** Record entry `pos` (whose number primitive key is `n`, not yet present) in `numTable`. */
  private insertNum(n: number, pos: number): void {
    let t = this.numTable;
    if ((this.numFill + 1) * 2 > t.length) t = this.rebuildNum(pos);
    const mask = t.length - 1;
    let j = numHash(n) & mask;
    while ((t[j] as number) > 0) j = (j + 1) & mask;
    if (t[j] === 0) this.numFill++;
    t[j] = pos + 1;
  }

  /**
   * Re-index the number keys among entries `0 .. end-1` in a fresh table sized
   * for one more key (drops deleted slots).
   */
  private rebuildNum(end: number): Int32Array {
    const ks = this.keyList, hs = this.hashList;
    let live = 0;
    for (let i = 0; i < end; i++) if (ks[i] !== undefined && this.isNumEntry(i)) live++;
    let cap = 8;
    while (cap < (live + 1) * 4) cap *= 2;
    const t = new Int32Array(cap);
    const mask = cap - 1;
    for (let i = 0; i < end; i++) {
      if (ks[i] === undefined || !this.isNumEntry(i)) continue;
      let j = numHash(hs[i] as number) & mask;
      while (t[j] !== 0) j = (j + 1) & mask;
      t[j] = i + 1;
    }
    this.numTable = t;
    this.numFill = live;
    return t;
  }

  /**
   * Whether live entry `i` is indexed by `numTable`: its primitive key is a
   * number (two live entries never share a primitive key, so every such
   * entry is in `numTable`, none in `buckets`).
   */
  private isNumEntry(i: number): boolean {
    const k = this.keyList[i] as PyValue;
    return typeof k === "number" || (typeof k !== "string" && typeof primitiveKey(k) === "number");
  }

  /** The `numTable` slot holding entry `i` under key `n`, or -1. */
  private findNumSlot(n: number, i: number): number {
    const t = this.numTable;
    const mask = t.length - 1;
    if (mask < 0) return -1;
    for (let j = numHash(n) & mask; ; j = (j + 1) & mask) {
      const e = t[j] as number;
      if (e === 0) return -1;
      if (e === i + 1) return j;
    }
  }

  /** Entry position of the str key `s` (in `index`, or by a scan of a small dict's `keyList`), or -1. */
  private strIndex(s: string): number {
    if (!this.strMapped) {
      const ks = this.keyList;
      for (let i = 0; i < ks.length; i++) if (ks[i] === s) return i;
      return -1;
    }
    const m = this.index;
    if (m === null) return -1;
    const i = m.get(s);
    return i === undefined ? -1 : i;
  }

  /** From now on str keys are in `index` (the dict outgrew the scan). */
  private mapStrs(): void {
    this.strMapped = true;
    const ks = this.keyList;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (typeof k === "string") (this.index ??= new Map()).set(k, i);
    }
  }

  /** Entry position of a non-number primitive key (str or bigint) in `index`, or -1. */
  private primIndex(pk: string | bigint): number {
    if (typeof pk === "string") return this.strIndex(pk);
    const m = this.index;
    if (m === null) return -1;
    const i = m.get(pk);
    return i === undefined ? -1 : i;
  }

  private findPrimitiveInBuckets(k: PyValue): number {
    const b = this.buckets;
    if (b === null) return -1;
    const list = b.get(hash(k));
    if (list === undefined) return -1;
    for (let j = 0; j < list.length; j++) {
      const i = list[j] as number;
      const ki = this.keyList[i];
      if (ki !== undefined && eq(ki, k)) return i;
    }
    return -1;
  }

  /** Entry position of `k`, or -1. */
  find(k: PyValue): number {
    if (typeof k === "string") {
      const i = this.strIndex(k);
      if (i >= 0) return i;
      return this.customKeys > 0 ? this.findPrimitiveInBuckets(k) : -1;
    }
    if (typeof k === "number") {
      const i = this.findNum(k);
      if (i >= 0) return i;
      return this.customKeys > 0 ? this.findPrimitiveInBuckets(k) : -1;
    }
    const pk = primitiveKey(k);
    if (typeof pk === "number") {
      const i = this.findNum(pk);
      if (i >= 0) return i;
      return this.customKeys > 0 ? this.findPrimitiveInBuckets(k) : -1;
    }
    if (pk !== undefined) {
      const i = this.primIndex(pk);
      if (i >= 0) return i;
      return this.customKeys > 0 ? this.findPrimitiveInBuckets(k) : -1;
    }
    return this.findObject(k as PyObject, hash(k));
  }

  get(k: PyValue): PyValue | undefined {
    if (typeof k === "number") {
      const i = this.findNum(k);
      if (i >= 0) return this.valueList[i];
      if (this.customKeys === 0) return undefined;
    } else if (typeof k === "string") {
      const i = this.strIndex(k);
      if (i >= 0) return this.valueList[i];
      if (this.customKeys === 0) return undefined;
    }
    const i = this.find(k);
    return i < 0 ? undefined : this.valueList[i];
  }

  has(k: PyValue): boolean {
    return this.find(k) >= 0;
  }

  getStr(s: string): PyValue | undefined {
    const i = this.strIndex(s);
    if (i >= 0) return this.valueList[i];
    if (this.customKeys === 0) return undefined;
    const j = this.findPrimitiveInBuckets(s);
    return j < 0 ? undefined : this.valueList[j];
  }

  setStr(s: string, v: PyValue): void {
    const i = this.strIndex(s);
    if (i >= 0) {
      if (this.watcher !== null && this.valueList[i] !== v) this.notifyChanged(s);
      this.valueList[i] = v;
      return;
    }
    if (this.customKeys > 0) {
      this.set(s, v); // a user key may equal s
      return;
    }
    const pos = this.appendEntry(s, v, 0);
    if (this.strMapped) (this.index ??= new Map()).set(s, pos);
    this.size++;
    this.keyAdded(s);
    if (this.watcher !== null) this.notifyChanged(s);
  }

  /** A key was added: a new keysVersion, and a new addedVersion unless no cache can have assumed `k` absent. */
  private keyAdded(k: PyValue): void {
    const v = versionCounter++;
    this.keysVersion = v;
    const w = this.absentWatch;
    if (w === null || typeof k !== "string" || w.has(k)) this.addedVersion = v;
  }

  /** `set` of a key already at entry `i`. */
  private overwrite(i: number, k: PyValue, v: PyValue): void {
    if (this.watcher !== null && this.valueList[i] !== v) this.notifyChanged(k);
    this.valueList[i] = v;
  }

  /** Appends an entry (`h`: what `hashList` records for its key kind); returns its position. */
  private appendEntry(k: PyValue, v: PyValue, h: number | bigint): number {
    const pos = this.keyList.length;
    if (pos === 0 && this.keyList === NO_ENTRIES) {
      this.keyList = [];
      this.valueList = [];
      this.hashList = [];
    }
    this.keyList.push(k);
    this.valueList.push(v);
    this.hashList.push(h);
    if (pos >= SMALL_SCAN && !this.strMapped) this.mapStrs();
    return pos;
  }

  /**
   * `set` of a key whose primitive key is the number `n`: one probe of
   * `numTable` finds the entry or, failing that, the slot the new entry takes.
   */
  private setNum(n: number, k: PyValue, v: PyValue): void {
    const t = this.numTable;
    const mask = t.length - 1;
    let free = -1;
    if (mask >= 0) {
      const hs = this.hashList;
      for (let j = numHash(n) & mask; ; j = (j + 1) & mask) {
        const e = t[j] as number;
        if (e === 0) {
          if (free < 0) free = j;
          break;
        }
        if (e < 0) {
          if (free < 0) free = j;
        } else if (hs[e - 1] === n) {
          this.overwrite(e - 1, k, v);
          return;
        }
      }
    }
    if (this.customKeys > 0) {
      const i = this.findPrimitiveInBuckets(k);
      if (i >= 0) {
        this.overwrite(i, k, v);
        return;
      }
    }
    const pos = this.appendEntry(k, v, n);
    if (free < 0 || (this.numFill + 1) * 2 > t.length) this.insertNum(n, pos); // grows the table
    else {
      if (t[free] === 0) this.numFill++;
      t[free] = pos + 1;
    }
    this.size++;
    this.keyAdded(k);
    if (this.watcher !== null) this.notifyChanged(k);
  }

  set(k: PyValue, v: PyValue): void {
    if (typeof k === "number") {
      this.setNum(k, k, v);
      return;
    }
    if (typeof k === "string" && this.customKeys === 0) {
      this.setStr(k, v);
      return;
    }
    const pk = primitiveKey(k);
    if (typeof pk === "number") {
      this.setNum(pk, k, v);
      return;
    } else if (pk !== undefined) {
      let i = this.primIndex(pk);
      if (i < 0 && this.customKeys > 0) i = this.findPrimitiveInBuckets(k);
      if (i >= 0) {
        this.overwrite(i, k, v);
        return;
      }
      const pos = this.appendEntry(k, v, 0);
      if (typeof pk !== "string" || this.strMapped) (this.index ??= new Map()).set(pk, pos);
    } else {
      const h = hash(k);
      const i = this.findObject(k as PyObject, h);
      if (i >= 0) {
        this.overwrite(i, k, v);
        return;
      }
      const pos = this.appendEntry(k, v, h);
      let b = this.buckets;
      if (b === null) b = this.buckets = new Map();
      const list = b.get(h);
      if (list === undefined) b.set(h, [pos]);
      else list.push(pos);
      if (!isBuiltinKey(k as PyObject)) this.customKeys++;
    }
    this.size++;
    this.keyAdded(k);
    if (this.watcher !== null) this.notifyChanged(k);
  }

  /**
   * Overwrite the value of the live entry at position `i` (a name cache's
   * STORE_NAME hit), telling the watcher as `set` does.
   */
  storeAt(i: number, v: PyValue): void {
    if (this.watcher !== null && this.valueList[i] !== v) this.notifyChanged(this.keyList[i] as PyValue);
    this.valueList[i] = v;
  }

  /** Out of line so the write paths stay small. */
  private notifyChanged(k: PyValue | null): void {
    const w = this.watcher;
    if (w !== null) w.entryChanged(this, k);
  }

  /** Remove `k`; returns the removed value or undefined when absent. */
  delete(k: PyValue): PyValue | undefined {
    const i = this.find(k);
    if (i < 0) return undefined;
    return this.deleteAt(i);
  }

  deleteStr(s: string): PyValue | undefined {
    return this.delete(s);
  }

  /** Remove the entry at position `i` (which must be live); returns its value. */
  deleteAt(i: number): PyValue {
    const k = this.keyList[i] as PyValue;
    const v = this.valueList[i] as PyValue;
    const pk = primitiveKey(k);
    if (typeof pk === "number") {
      const j = this.findNumSlot(pk, i);
      if (j >= 0) (this.numTable as Int32Array)[j] = -1;
    } else if (pk !== undefined && this.primIndex(pk) === i) {
      if (typeof pk !== "string" || this.strMapped) (this.index as Map<PrimitiveKey, number>).delete(pk);
    } else {
      const b = this.buckets;
      const h = this.hashList[i] as number | bigint;
      const list = b?.get(h);
      if (b !== null && list !== undefined) {
        const j = list.indexOf(i);
        if (j >= 0) list.splice(j, 1);
        if (list.length === 0) b.delete(h);
      }
      if (typeof k === "object" && !isBuiltinKey(k)) this.customKeys--;
    }
    if (this.watcher !== null) this.notifyChanged(k);
    this.keyList[i] = undefined;
    this.valueList[i] = undefined;
    this.size--;
    this.keysVersion = versionCounter++;
    if (i === this.keyList.length - 1) {
      // Trailing tombstones are dropped at once (popitem() would otherwise rescan them).
      const ks = this.keyList;
      while (ks.length > 0 && ks[ks.length - 1] === undefined) {
        ks.pop();
        this.valueList.pop();
        this.hashList.pop();
      }
    }
    const total = this.keyList.length;
    if (this.size === 0) this.clear();
    else if (total > 16 && total - this.size > this.size) this.compact();
    return v;
  }

  clear(): void {
    if (this.watcher !== null && this.size > 0) this.notifyChanged(null);
    this.keyList = NO_ENTRIES;
    this.valueList = NO_ENTRIES;
    this.hashList = NO_ENTRIES;
    this.index = null;
    this.strMapped = false;
    this.numTable = EMPTY_TABLE;
    this.numFill = 0;
    this.buckets = null;
    this.customKeys = 0;
    this.size = 0;
    this.keysVersion = versionCounter++;
  }

  /** Drop tombstones and rebuild the indexes (positions change). */
  compact(): void {
    const ks = this.keyList, vs = this.valueList, hs = this.hashList;
    const nk: (PyValue | undefined)[] = [], nv: (PyValue | undefined)[] = [], nh: (number | bigint)[] = [];
    const index = new Map<PrimitiveKey, number>();
    let buckets: Map<number | bigint, number[]> | null = null;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === undefined) continue;
      const pos = nk.length;
      nk.push(k);
      nv.push(vs[i]);
      const h = hs[i] as number | bigint;
      nh.push(h);
      const pk = primitiveKey(k);
      if (typeof pk === "number") continue; // re-indexed below
      if (typeof pk === "string" && !this.strMapped) continue; // scanned for
      if (pk !== undefined && !index.has(pk)) index.set(pk, pos);
      else {
        if (buckets === null) buckets = new Map();
        const list = buckets.get(h);
        if (list === undefined) buckets.set(h, [pos]);
        else list.push(pos);
      }
    }
    this.keyList = nk;
    this.valueList = nv;
    this.hashList = nh;
    this.index = index.size > 0 ? index : null;
    this.buckets = buckets;
    if (this.numTable.length > 0) this.rebuildNum(nk.length);
  }

  /** Live keys in order (a fresh array). */
  keys(): PyValue[] {
    const out: PyValue[] = [];
    const ks = this.keyList;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== undefined) out.push(k);
    }
    return out;
  }

  values(): PyValue[] {
    const out: PyValue[] = [];
    const ks = this.keyList;
    for (let i = 0; i < ks.length; i++) if (ks[i] !== undefined) out.push(this.valueList[i] as PyValue);
    return out;
  }

  /** Live `[key, value]` pairs in order. */
  entries(): [PyValue, PyValue][] {
    const out: [PyValue, PyValue][] = [];
    const ks = this.keyList;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== undefined) out.push([k, this.valueList[i] as PyValue]);
    }
    return out;
  }

  /** Copy all entries into a new exact `dict`. */
  copy(): PyDict {
    const d = new PyDict();
    const ks = this.keyList;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== undefined) d.set(k, this.valueList[i] as PyValue);
    }
    return d;
  }
}
