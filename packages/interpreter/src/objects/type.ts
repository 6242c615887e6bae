/**
 * Type objects (`PyType`) and `typeOf`.
 *
 * A type has a name, qualname, module, bases, C3 `mro` (computed by
 * `objects/mro.ts` for user classes; the single-inheritance chain for the
 * builtins created here), a `dict` (JS `Map`), `flags`, and a `version` tag.
 * `version` changes on any change of the type's dict or bases and on any
 * change of one of its bases (subclasses are tracked with `WeakRef`s), so
 * caches keyed by `(type, version)` stay valid exactly as long as a lookup
 * would give the same answer. `lookup(name)` walks the MRO and caches the
 * result per type until the version changes.
 *
 * This is a kernel module (see object.ts): it imports only kernel modules.
 * It also creates the bootstrap types `object`, `type`, and the types of the
 * primitive-represented values: `int`, `bool`, `str`.
 */

import { PyObject, type PyValue } from "./object.js";

/** `PyType.flags` bits. */
export const TypeFlags = {
  /** Builtin, shared by all VMs: attributes cannot be set or deleted. */
  IMMUTABLE: 1 << 0,
  /** Can be subclassed. */
  BASETYPE: 1 << 1,
  /** Created by a class statement or `type(name, bases, dict)`. */
  HEAPTYPE: 1 << 2,
  /** Subtype of int / tuple / list / dict / str / BaseException / type (fast isinstance). */
  INT_SUBCLASS: 1 << 3,
  TUPLE_SUBCLASS: 1 << 4,
  LIST_SUBCLASS: 1 << 5,
  DICT_SUBCLASS: 1 << 6,
  STR_SUBCLASS: 1 << 7,
  BASE_EXC_SUBCLASS: 1 << 8,
  TYPE_SUBCLASS: 1 << 9,
  FLOAT_SUBCLASS: 1 << 10,
  /** Instances may not get new attributes (builtin types without `__dict__`, or `__slots__` without `__dict__`). */
  NO_INSTANCE_DICT: 1 << 11,
  /** The type (or a base) defines `__getattribute__` other than object's, or `__getattr__`. */
  CUSTOM_GETATTR: 1 << 12,
  /** `__abstractmethods__` is non-empty. */
  ABSTRACT: 1 << 13,
  /**
   * A builtin type whose instances have exactly its base's native layout
   * (CPython: same `tp_basicsize`, e.g. `ValueError` over `Exception`), so it
   * is not a "solid base" in class-layout conflict checks.
   */
  SHARES_BASE_LAYOUT: 1 << 14,
} as const;

const INHERITED_FLAGS =
  TypeFlags.INT_SUBCLASS | TypeFlags.TUPLE_SUBCLASS | TypeFlags.LIST_SUBCLASS | TypeFlags.DICT_SUBCLASS |
  TypeFlags.STR_SUBCLASS | TypeFlags.BASE_EXC_SUBCLASS | TypeFlags.TYPE_SUBCLASS | TypeFlags.FLOAT_SUBCLASS;

let nextVersion = 1;

/** Notified when a watched type's version changes (the optimizing JIT's invalidation). */
export interface TypeWatcher {
  typeModified(t: PyType): void;
}

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  /** The type's namespace (`__dict__`); named `attrs` because `PyObject.dict` is the instance dict. */
  readonly attrs: Map<string, PyValue>;
  flags: number;
  /** Changes whenever a lookup on this type could give a different answer. */
  version: number;
  /** Docstring as a PyValue (None when absent); set by creators. */
  doc: PyValue | null = null;
  /** For `__slots__` classes: the names of the declared slots (excluding __dict__/__weakref__). */
  slotNames: readonly string[] | null = null;
  /** Cache of `plainInitOf` (objects/type-call.ts), valid while `plainInitVersion === version`. */
  plainInit: PyValue | null = null;
  plainInitVersion = -1;
  /** Cache of `isPlainExceptionType` (objects/exceptions.ts), valid while `plainExcVersion === version`. */
  plainExc = false;
  plainExcVersion = -1;
  /**
   * `cls(x)` — one positional argument, no keywords — for exactly this
   * (immutable builtin) type, bypassing `type.__call__`'s generic `__new__` +
   * `__init__` protocol (str(x), int(x)). Set by the type's own module; never
   * inherited: a subclass goes through `typeCall`.
   */
  call1: ((x: PyValue) => PyValue) | null = null;
  /**
   * Slack tracking for instance slot arrays (objects/object.ts `addSlot`): the
   * most attributes an instance of exactly this type has had in slot mode
   * (capped at `MAX_RESERVED_SLOTS`); an instance's first attribute store
   * reserves this many slots, so the stores of `__init__` fill them in place.
   */
  slotHint = 0;
  private subclassRefs: WeakRef<PyType>[] = [];
  /** Set by the JIT when compiled code depends on this type's version (notified by `modified`). */
  watcher: TypeWatcher | null = null;
  private readonly cache = new Map<string, PyValue | null>();
  private cacheVersion = 0;

  /**
   * `metatype` is null only while bootstrapping `object` and `type`.
   * `mro` defaults to `[this, ...bases[0].mro]` (single inheritance); user
   * classes pass the C3 result from `computeMro`.
   */
  constructor(metatype: PyType | null, name: string, bases: PyType[], flags: number, mro?: PyType[], module = "builtins") {
    super(metatype!);
    this.name = name;
    this.qualname = name;
    this.module = module;
    this.bases = bases;
    this.attrs = new Map();
    let f = flags;
    for (const b of bases) f |= b.flags & INHERITED_FLAGS;
    this.flags = f;
    this.version = nextVersion++;
    const first = bases[0];
    this.mro = mro ?? (first === undefined ? [this] : [this, ...first.mro]);
    for (const b of bases) b.subclassRefs.push(new WeakRef(this));
  }

  /** Find `name` along the MRO (no descriptor binding); undefined when absent. */
  lookup(name: string): PyValue | undefined {
    if (this.cacheVersion !== this.version) {
      this.cache.clear();
      this.cacheVersion = this.version;
    }
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit === null ? undefined : hit;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = (mro[i] as PyType).attrs.get(name);
      if (v !== undefined) {
        this.cache.set(name, v);
        return v;
      }
    }
    this.cache.set(name, null);
    return undefined;
  }

  /** The first class along the MRO that defines `name` (used by super and error messages). */
  lookupOwner(name: string): PyType | undefined {
    for (const t of this.mro) if (t.attrs.has(name)) return t;
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  hasFlag(flag: number): boolean {
    return (this.flags & flag) !== 0;
  }

  /** Set an entry of the type dict and invalidate caches (no immutability check: callers do that). */
  setAttribute(name: string, value: PyValue): void {
    this.attrs.set(name, value);
    this.modified();
  }

  deleteAttribute(name: string): boolean {
    const had = this.attrs.delete(name);
    if (had) this.modified();
    return had;
  }

  /** Bump the version of this type and of every live subclass. */
  modified(): void {
    this.version = nextVersion++;
    if (this.watcher !== null) this.watcher.typeModified(this);
    const refs = this.subclassRefs;
    let w = 0;
    for (let i = 0; i < refs.length; i++) {
      const sub = (refs[i] as WeakRef<PyType>).deref();
      if (sub !== undefined) {
        refs[w++] = refs[i] as WeakRef<PyType>;
        sub.modified();
      }
    }
    refs.length = w;
  }

  /** Live direct subclasses (for `__subclasses__`). */
  subclasses(): PyType[] {
    const out: PyType[] = [];
    for (const r of this.subclassRefs) {
      const t = r.deref();
      if (t !== undefined) out.push(t);
    }
    return out;
  }

  /** Replace bases/MRO (assignment to `__bases__`); callers validate. */
  setBases(bases: PyType[], mro: PyType[]): void {
    this.bases = bases;
    this.mro = mro;
    for (const b of bases) b.subclassRefs.push(new WeakRef(this));
    this.modified();
  }

  get isImmutable(): boolean {
    return (this.flags & TypeFlags.IMMUTABLE) !== 0;
  }
}

const B = TypeFlags.IMMUTABLE | TypeFlags.BASETYPE;

/** `object`. */
/** `object` instances carry no attributes (`object().x = 1` fails); subclasses get a dict unless `__slots__` says otherwise. */
export const ObjectType: PyType = new PyType(null, "object", [], B | TypeFlags.NO_INSTANCE_DICT);
/** `type`. */
export const TypeType: PyType = new PyType(null, "type", [ObjectType], B | TypeFlags.TYPE_SUBCLASS);
ObjectType.cls = TypeType;
TypeType.cls = TypeType;

/** Create a builtin (immutable, shared) type. */
export function makeBuiltinType(name: string, base: PyType = ObjectType, flags: number = B, module = "builtins"): PyType {
  return new PyType(TypeType, name, [base], flags | TypeFlags.IMMUTABLE, undefined, module);
}

export const IntType: PyType = makeBuiltinType("int", ObjectType, B | TypeFlags.INT_SUBCLASS | TypeFlags.NO_INSTANCE_DICT);
export const BoolType: PyType = makeBuiltinType("bool", IntType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);
export const StrType: PyType = makeBuiltinType("str", ObjectType, B | TypeFlags.STR_SUBCLASS | TypeFlags.NO_INSTANCE_DICT);

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "object":
      return v.cls;
    case "number":
    case "bigint":
      return IntType;
    case "string":
      return StrType;
    case "boolean":
      return BoolType;
    default:
      return ObjectType;
  }
}

/** `isinstance(v, t)` without `__instancecheck__`. */
export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}
