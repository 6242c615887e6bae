/**
 * Native iterators. Every iterator implemented in JS extends
 * `PyNativeIterator` and implements `next()`, returning `undefined` at
 * exhaustion (StopIteration is never used internally); `iterNext` calls it
 * directly. Their Python-visible `__iter__`/`__next__`/`__length_hint__` are
 * installed generically (objects/iterator-methods.ts). Other areas (e.g.
 * generators in vm/) may extend `PyNativeIterator` too.
 */

import { Shape } from "./shape.js";
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";
import type { PyList } from "./list.js";
import type { PyDict } from "./dict.js";
import { newTuple } from "./tuple.js";
import { runtimeError } from "./errors.js";

const F = TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT;

export abstract class PyNativeIterator extends PyObject {
  /** The next item, or undefined when exhausted. */
  abstract next(): PyValue | undefined;
  /** `__length_hint__`, when cheap; -1 = unknown. */
  lengthHint(): number {
    return -1;
  }
  /** After exhaustion: the value `next()` puts in StopIteration (a generator's return value); undefined = none. */
  stopValue(): PyValue | undefined {
    return undefined;
  }
}

export const ListIteratorType: PyType = makeBuiltinType("list_iterator", ObjectType, F);
export const ListReverseIteratorType: PyType = makeBuiltinType("list_reverseiterator", ObjectType, F);
export const TupleIteratorType: PyType = makeBuiltinType("tuple_iterator", ObjectType, F);
export const StrIteratorType: PyType = makeBuiltinType("str_iterator", ObjectType, F);
export const StrAsciiIteratorType: PyType = makeBuiltinType("str_ascii_iterator", ObjectType, F);
export const RangeIteratorType: PyType = makeBuiltinType("range_iterator", ObjectType, F);
export const LongRangeIteratorType: PyType = makeBuiltinType("longrange_iterator", ObjectType, F);
export const DictKeyIteratorType: PyType = makeBuiltinType("dict_keyiterator", ObjectType, F);
export const DictValueIteratorType: PyType = makeBuiltinType("dict_valueiterator", ObjectType, F);
export const DictItemIteratorType: PyType = makeBuiltinType("dict_itemiterator", ObjectType, F);
export const DictReverseKeyIteratorType: PyType = makeBuiltinType("dict_reversekeyiterator", ObjectType, F);
export const DictReverseValueIteratorType: PyType = makeBuiltinType("dict_reversevalueiterator", ObjectType, F);
export const DictReverseItemIteratorType: PyType = makeBuiltinType("dict_reverseitemiterator", ObjectType, F);
export const SetIteratorType: PyType = makeBuiltinType("set_iterator", ObjectType, F);
export const SeqIteratorType: PyType = makeBuiltinType("iterator", ObjectType, F);
export const CallableIteratorType: PyType = makeBuiltinType("callable_iterator", ObjectType, F);

/** Iterates a JS array that may grow or shrink meanwhile (list semantics). */
export class PyListIterator extends PyNativeIterator {
  private items: PyList | null;
  index = 0;
  constructor(list: PyList) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = ListIteratorType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.items = list;
  }
  next(): PyValue | undefined {
    const l = this.items;
    if (l === null) return undefined;
    const i = this.index;
    if (i < l.items.length) {
      this.index = i + 1;
      return l.items[i];
    }
    this.items = null;
    return undefined;
  }
  override lengthHint(): number {
    return this.items === null ? 0 : Math.max(0, this.items.items.length - this.index);
  }
}

export class PyListReverseIterator extends PyNativeIterator {
  private list: PyList | null;
  index: number;
  constructor(list: PyList) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = ListReverseIteratorType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.list = list;
    this.index = list.items.length - 1;
  }
  next(): PyValue | undefined {
    const l = this.list;
    if (l === null) return undefined;
    const i = this.index;
    if (i >= 0 && i < l.items.length) {
      this.index = i - 1;
      return l.items[i];
    }
    this.list = null;
    return undefined;
  }
  override lengthHint(): number {
    return this.list === null ? 0 : this.index + 1;
  }
}

/** Iterates a fixed array (tuple items, str code points, snapshots). */
export class PyArrayIterator extends PyNativeIterator {
  private readonly items: readonly PyValue[];
  index = 0;
  constructor(items: readonly PyValue[], cls: PyType) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.items = items;
  }
  next(): PyValue | undefined {
    const i = this.index;
    if (i < this.items.length) {
      this.index = i + 1;
      return this.items[i];
    }
    this.index = this.items.length;
    return undefined;
  }
  override lengthHint(): number {
    return this.items.length - this.index;
  }
}

/** Iterates a str by code point. */
export class PyStrIterator extends PyNativeIterator {
  private readonly s: string;
  pos = 0;
  constructor(s: string, cls: PyType) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.s = s;
  }
  next(): PyValue | undefined {
    const s = this.s;
    const p = this.pos;
    if (p >= s.length) return undefined;
    const c = s.charCodeAt(p);
    if (c >= 0xd800 && c <= 0xdbff && p + 1 < s.length) {
      const d = s.charCodeAt(p + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.pos = p + 2;
        return s.slice(p, p + 2);
      }
    }
    this.pos = p + 1;
    return s[p] as string;
  }
}

export class PyRangeIterator extends PyNativeIterator {
  current: number;
  readonly stop: number;
  readonly step: number;
  constructor(start: number, stop: number, step: number) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = RangeIteratorType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.current = start;
    this.stop = stop;
    this.step = step;
  }
  next(): PyValue | undefined {
    const c = this.current;
    if (this.step > 0 ? c < this.stop : c > this.stop) {
      this.current = c + this.step;
      return c;
    }
    return undefined;
  }
  override lengthHint(): number {
    const n = this.step > 0 ? Math.ceil((this.stop - this.current) / this.step) : Math.ceil((this.current - this.stop) / -this.step);
    return Math.max(0, n);
  }
}

export class PyLongRangeIterator extends PyNativeIterator {
  current: bigint;
  remaining: bigint;
  readonly step: bigint;
  constructor(start: bigint, step: bigint, length: bigint) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = LongRangeIteratorType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.current = start;
    this.step = step;
    this.remaining = length;
  }
  next(): PyValue | undefined {
    if (this.remaining <= 0n) return undefined;
    const c = this.current;
    this.current = c + this.step;
    this.remaining--;
    const m = BigInt(Number.MAX_SAFE_INTEGER);
    return c >= -m && c <= m ? Number(c) : c;
  }
}

/** dict key/value/item iterators (kind 0/1/2), forward or reversed. */
export class PyDictIterator extends PyNativeIterator {
  private readonly d: PyDict;
  private pos: number;
  private readonly size: number;
  private readonly version: number;
  private readonly kind: number;
  private readonly reverse: boolean;
  private done = false;
  private readonly what: string;
  constructor(d: PyDict, kind: number, reverse: boolean, cls: PyType, what = "dictionary") {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.what = what;
    this.d = d;
    this.kind = kind;
    this.reverse = reverse;
    this.pos = reverse ? d.keyList.length - 1 : 0;
    this.size = d.size;
    this.version = d.keysVersion;
  }
  next(): PyValue | undefined {
    if (this.done) return undefined;
    const d = this.d;
    if (d.size !== this.size) {
      this.done = true;
      throw runtimeError(`${this.what} changed size during iteration`);
    }
    if (d.keysVersion !== this.version) {
      this.done = true;
      throw runtimeError(`${this.what === "Set" ? "Set" : "dictionary keys"} changed during iteration`);
    }
    const ks = d.keyList;
    if (this.reverse) {
      for (let i = this.pos; i >= 0; i--) {
        const k = ks[i];
        if (k !== undefined) {
          this.pos = i - 1;
          return this.item(k, i);
        }
      }
    } else {
      for (let i = this.pos; i < ks.length; i++) {
        const k = ks[i];
        if (k !== undefined) {
          this.pos = i + 1;
          return this.item(k, i);
        }
      }
    }
    this.done = true;
    return undefined;
  }
  private item(k: PyValue, i: number): PyValue {
    if (this.kind === 0) return k;
    const v = this.d.valueList[i] as PyValue;
    return this.kind === 1 ? v : newTuple([k, v]);
  }
  override lengthHint(): number {
    return this.done ? 0 : this.d.size;
  }
}
