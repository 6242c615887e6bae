/**
 * `set` and `frozenset` over a `SetTable` (CPython's set hash table, so the
 * iteration order matches CPython's). Methods and operators live in
 * objects/set-methods.ts.
 */

import { Shape } from "./shape.js";
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";
import type { PyDict } from "./dict.js";
import { hash } from "../protocols/hash.js";
import { eq } from "../protocols/compare.js";

const LINEAR_PROBES = 9;
const MINSIZE = 8;
/** hashList marker of a deleted ("dummy") slot; no Python hash is -1. */
const DUMMY = -1;

/** Low 32 bits of a hash (two's complement), as an unsigned number. */
function hashLo(h: number | bigint): number {
  if (typeof h === "number") {
    if ((h | 0) === h) return h >>> 0;
    return (h - Math.floor(h / 4294967296) * 4294967296) >>> 0;
  }
  return Number(BigInt.asUintN(32, h));
}
/** Bits 32..63 of a hash (two's complement), as an unsigned number. */
function hashHi(h: number | bigint): number {
  if (typeof h === "number") {
    if ((h | 0) === h) return h < 0 ? 0xffffffff : 0;
    return Math.floor(h / 4294967296) >>> 0;
  }
  return Number(BigInt.asUintN(32, h >> 32n));
}

export function keyHash(k: PyValue): number | bigint {
  if (typeof k === "number" && (k | 0) === k) return k === -1 ? -2 : k;
  return hash(k);
}

/**
 * The hash table of a set: CPython 3.11's open-addressing set table
 * (Objects/setobject.c: linear probes then the perturb recurrence, dummy
 * slots, fill/used, the same resize rule), so iteration — the slot order of
 * `keyList` — matches CPython's. Its readers see the `PyDict` shape they
 * expect (`keyList` with `undefined` holes, `size`, `keysVersion`, `has`,
 * `keys`), so a set's iterator is a `PyDictIterator` over it.
 */
export class SetTable {
  /** The slots: a key, or undefined (empty when its hash is 0, dummy when -1). */
  keyList: (PyValue | undefined)[];
  hashList: (number | bigint)[];
  /** Live elements (CPython's used). */
  size = 0;
  /** Changes when an element is added or removed (iterators check it). */
  keysVersion = 0;
  /** Slots in use (live + dummy). */
  fill = 0;
  mask = MINSIZE - 1;
  /** Where `pop` starts looking (CPython's finger). */
  finger = 0;

  constructor() {
    this.keyList = new Array<PyValue | undefined>(MINSIZE).fill(undefined);
    this.hashList = new Array<number | bigint>(MINSIZE).fill(0);
  }

  /** Slot of `k` (hash `h`), or -1. */
  findSlot(k: PyValue, h: number | bigint): number {
    const mask = this.mask;
    let lo = hashLo(h), hi = hashHi(h);
    let i = lo & mask;
    for (;;) {
      const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= end; j++) {
        const kj = this.keyList[j];
        if (kj === undefined) {
          if (this.hashList[j] === 0) return -1;
          continue;
        }
        if (kj === k) return j;
        if (this.hashList[j] === h && eq(kj, k)) return j;
      }
      lo = ((lo >>> 5) | (hi << 27)) >>> 0;
      hi = hi >>> 5;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  find(k: PyValue): number {
    return this.findSlot(k, keyHash(k));
  }
  has(k: PyValue): boolean {
    return this.findSlot(k, keyHash(k)) >= 0;
  }
  get(k: PyValue): PyValue | undefined {
    return this.findSlot(k, keyHash(k)) >= 0 ? true : undefined;
  }

  set(k: PyValue, _v: PyValue): void {
    this.addEntry(k, keyHash(k));
  }

  /** CPython's set_add_entry. */
  addEntry(k: PyValue, h: number | bigint): void {
    const mask = this.mask;
    let lo = hashLo(h), hi = hashHi(h);
    let i = lo & mask;
    let free = -1;
    let slot: number;
    outer: for (;;) {
      const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= end; j++) {
        const kj = this.keyList[j];
        if (kj === undefined) {
          if (this.hashList[j] === 0) {
            slot = j;
            break outer;
          }
          free = j; // the last dummy on the probe path, as CPython 3.11
          continue;
        }
        if (kj === k) return;
        if (this.hashList[j] === h && eq(kj, k)) return;
      }
      lo = ((lo >>> 5) | (hi << 27)) >>> 0;
      hi = hi >>> 5;
      i = (i * 5 + 1 + lo) & mask;
    }
    this.keysVersion++;
    this.size++;
    if (free >= 0) {
      this.keyList[free] = k;
      this.hashList[free] = h;
      return;
    }
    this.fill++;
    this.keyList[slot] = k;
    this.hashList[slot] = h;
    if (this.fill * 5 >= mask * 3) this.resize(this.size > 50000 ? this.size * 2 : this.size * 4);
  }

  /** CPython's set_table_resize: the smallest power of two above `minused` (at least 8); live slots re-inserted in slot order. */
  resize(minused: number): void {
    let n = MINSIZE;
    while (n <= minused) n *= 2;
    const oldK = this.keyList, oldH = this.hashList;
    this.keyList = new Array<PyValue | undefined>(n).fill(undefined);
    this.hashList = new Array<number | bigint>(n).fill(0);
    this.mask = n - 1;
    this.fill = this.size;
    for (let j = 0; j < oldK.length; j++) {
      const k = oldK[j];
      if (k !== undefined) this.insertClean(k, oldH[j] as number | bigint);
    }
  }

  /** CPython's set_insert_clean (no dummies, key known absent). */
  insertClean(k: PyValue, h: number | bigint): void {
    const mask = this.mask;
    let lo = hashLo(h), hi = hashHi(h);
    let i = lo & mask;
    for (;;) {
      const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= end; j++) {
        if (this.keyList[j] === undefined) {
          this.keyList[j] = k;
          this.hashList[j] = h;
          return;
        }
      }
      lo = ((lo >>> 5) | (hi << 27)) >>> 0;
      hi = hi >>> 5;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  delete(k: PyValue): PyValue | undefined {
    const j = this.findSlot(k, keyHash(k));
    if (j < 0) return undefined;
    return this.deleteAt(j);
  }
  /** Turn live slot `j` into a dummy; returns its key. */
  deleteAt(j: number): PyValue {
    const k = this.keyList[j] as PyValue;
    this.keyList[j] = undefined;
    this.hashList[j] = DUMMY;
    this.size--;
    this.keysVersion++;
    return k;
  }

  /** CPython's set_pop (from the finger). */
  pop(): PyValue | undefined {
    if (this.size === 0) return undefined;
    const mask = this.mask;
    let j = this.finger & mask;
    while (this.keyList[j] === undefined) j = (j + 1) & mask;
    const k = this.deleteAt(j);
    this.finger = j + 1;
    return k;
  }

  clear(): void {
    this.keyList = new Array<PyValue | undefined>(MINSIZE).fill(undefined);
    this.hashList = new Array<number | bigint>(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    if (this.size > 0) this.keysVersion++;
    this.size = 0;
  }

  keys(): PyValue[] {
    const out: PyValue[] = [];
    const ks = this.keyList;
    for (let j = 0; j < ks.length; j++) {
      const k = ks[j];
      if (k !== undefined) out.push(k);
    }
    return out;
  }

  /** Take over `o`'s table (CPython's set_swap_bodies, one way). */
  takeBody(o: SetTable): void {
    this.keyList = o.keyList;
    this.hashList = o.hashList;
    this.mask = o.mask;
    this.fill = o.fill;
    this.size = o.size;
    this.keysVersion++;
  }

  /** CPython's set_merge: add every element of set table `o`. */
  merge(o: SetTable): void {
    if (o === this || o.size === 0) return;
    if ((this.fill + o.size) * 5 >= this.mask * 3) this.resize((this.size + o.size) * 2);
    const ok = o.keyList, oh = o.hashList;
    if (this.fill === 0) {
      this.keysVersion++;
      if (this.mask === o.mask && o.fill === o.size) {
        for (let j = 0; j <= o.mask; j++) {
          const k = ok[j];
          if (k !== undefined) {
            this.keyList[j] = k;
            this.hashList[j] = oh[j] as number | bigint;
          }
        }
      } else {
        for (let j = 0; j <= o.mask; j++) {
          const k = ok[j];
          if (k !== undefined) this.insertClean(k, oh[j] as number | bigint);
        }
      }
      this.fill = o.size;
      this.size = o.size;
      return;
    }
    for (let j = 0; j <= o.mask; j++) {
      const k = ok[j];
      if (k !== undefined) this.addEntry(k, oh[j] as number | bigint);
    }
  }

  /** Add the keys of dict `d` (CPython's set_update_internal dict path). */
  mergeDict(d: PyDict): void {
    if ((this.fill + d.size) * 5 >= this.mask * 3) this.resize((this.size + d.size) * 2);
    const ks = d.keyList;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== undefined) this.addEntry(k, keyHash(k));
    }
  }

  copy(): SetTable {
    const t = new SetTable();
    t.merge(this);
    return t;
  }
}

const F = TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.NO_INSTANCE_DICT;
export const SetType: PyType = makeBuiltinType("set", ObjectType, F);
export const FrozenSetType: PyType = makeBuiltinType("frozenset", ObjectType, F);

/** Common base of set and frozenset (the JS class carries the table). */
export class PySetBase extends PyObject {
  readonly table: SetTable;
  /** Cached hash (frozenset only); undefined until computed. */
  hashCache: number | bigint | undefined = undefined;
  constructor(cls: PyType) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.table = new SetTable();
  }
  get size(): number {
    return this.table.size;
  }
}

export class PySet extends PySetBase {
  constructor(items: readonly PyValue[] = [], cls: PyType = SetType) {
    super(cls);
    for (let i = 0; i < items.length; i++) this.table.set(items[i] as PyValue, true);
  }
}

export class PyFrozenSet extends PySetBase {
  /**
   * `items` are a code constant's (`{1, 2, 3}` compiles to a frozenset
   * constant): CPython's compiler builds that frozenset from the items, then
   * rebuilds it from its own iteration order (merging constants), so the
   * slot order here is the second build's.
   */
  constructor(items: readonly PyValue[] = [], cls: PyType = FrozenSetType) {
    super(cls);
    if (items.length === 0) return;
    const first = new SetTable();
    for (let i = 0; i < items.length; i++) first.set(items[i] as PyValue, true);
    const ks = first.keyList;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== undefined) this.table.set(k, true);
    }
  }
}
