/**
 * Name and attribute access with inline caches (the interpreter's type
 * feedback), plus the slow paths of LOAD_DEREF and COMPARE_OP.
 *
 * - LOAD_GLOBAL caches the entry position of the name in the globals (or
 *   builtins) dict, validated per key (`GlobalCache`: the entry still holds
 *   the key; for a builtin, also no key was added to the globals).
 * - LOAD_ATTR / LOAD_METHOD / STORE_ATTR cache on the receiver's type
 *   `version` (globally unique, so it also identifies the type) and its
 *   `shape`: an instance attribute is a slot index, a method or plain class
 *   attribute is the value found on the type. Anything unusual (descriptors,
 *   custom `__getattribute__`/`__setattr__`, dict-mode objects) is not cached
 *   and goes through the protocol helpers every time.
 * These are the generic (base-instruction) paths; the specialized forms
 * (LOAD_ATTR_SLOT, LOAD_METHOD_TYPE, …, see specialize.ts) check the same
 * cache entries inline in the eval loop and fall back here on a miss. The
 * baseline JIT calls these helpers too, so they share the caches.
 */
import type { PyValue } from "../../objects/object.js";
import { PyObject, addSlot } from "../../objects/object.js";
import { ObjectType, TypeFlags, TypeType, PyType as PyTypeClass, typeOf, type PyType } from "../../objects/type.js";
import { PyFunction } from "../../objects/function.js";
import { PyMethodDescriptor } from "../../objects/builtin-function.js";
import { PyFloat, FloatType } from "../../objects/float.js";
import { PyModule, ModuleType } from "../../objects/module.js";
import type { PyCell } from "../../objects/cell.js";
import type { PyDict } from "../../objects/dict.js";
import { nameError, unboundFree, unboundLocal } from "../../objects/errors.js";
import { getAttr, setAttr, loadMethod, methodOut, isDataDescriptor, derawSlots, boxRawSlot } from "../../protocols/attribute.js";
import { MAX_RAW_FLOAT_SLOT } from "../../objects/shape.js";
import { richCompare, cmpNumbers } from "../../protocols/compare.js";
import { GlobalCache, AttrCache, MAX_POLY_ENTRIES, type CodeRuntime } from "../code-runtime.js";
import { miss } from "./specialize.js";
import type { Frame, Slot } from "../frame.js";

export function loadGlobal(f: Frame, rt: CodeRuntime, pc: number, namei: number): PyValue {
  const g = f.globals;
  const c = rt.caches[pc] as GlobalCache | undefined;
  if (c !== undefined && c.globals === g) {
    if (!c.fromBuiltins) {
      if (g.keyList[c.index] === c.key) {
        c.hits++;
        return g.valueList[c.index] as PyValue;
      }
    } else if (c.gVersion === g.addedVersion) {
      const b = f.builtins;
      if (b.keyList[c.index] === c.key) {
        c.hits++;
        return b.valueList[c.index] as PyValue;
      }
    }
  }
  return loadGlobalSlow(f, rt, pc, namei);
}

function loadGlobalSlow(f: Frame, rt: CodeRuntime, pc: number, namei: number): PyValue {
  const name = rt.names[namei] as string;
  const g = f.globals;
  const b = f.builtins;
  let c = rt.caches[pc] as GlobalCache | undefined;
  if (c === undefined) rt.caches[pc] = c = new GlobalCache();
  const gi = indexOfStr(g, name);
  if (gi >= 0) {
    c.fillGlobal(g, gi);
    return g.valueList[gi] as PyValue;
  }
  const bi = indexOfStr(b, name);
  if (bi >= 0) {
    c.fillBuiltin(g, b, bi);
    return b.valueList[bi] as PyValue;
  }
  throw nameError(name);
}

/** Entry position of a str key, or -1. */
function indexOfStr(d: PyDict, name: string): number {
  return d.find(name);
}

/** LOAD_DEREF on an empty cell: the 3.11 error for a cell variable or a free variable. */
export function loadDerefSlow(f: Frame, i: number): never {
  const code = f.code;
  const name = code.localsplusNames[i] as string;
  if (i >= code.nlocalsplus - code.nfreevars) throw unboundFree(name);
  void (f.localsplus[i] as PyCell);
  throw unboundLocal(name);
}

export function compareSlow(a: PyValue, b: PyValue, op: number): PyValue {
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FloatType && b.cls === FloatType) {
    return cmpNumbers(a.value, b.value, op);
  }
  return richCompare(a, b, op);
}

// ---- attributes -------------------------------------------------------------

function attrCache(rt: CodeRuntime, pc: number): AttrCache {
  let c = rt.caches[pc] as AttrCache | undefined;
  if (c === undefined) rt.caches[pc] = c = new AttrCache();
  return c;
}

/**
 * Before the primary entry of `c` is overwritten by a typed entry: keep the
 * current typed entry (if any) among the site's polymorphic entries. A
 * module entry is dropped (its `slot` is about to be reused).
 */
function keepPolyEntry(c: AttrCache): void {
  if (c.typeVersion >= 0) {
    const e = new AttrCache();
    e.typeVersion = c.typeVersion;
    e.shape = c.shape;
    e.fromShape = c.fromShape;
    e.slot = c.slot;
    e.value = c.value;
    let poly = c.poly;
    if (poly === null) c.poly = poly = [];
    if (poly.length >= MAX_POLY_ENTRIES) poly.shift();
    poly.push(e);
  }
  c.moduleDict = null;
}

/** The polymorphic entry of `c` for a receiver with type version `version` and `shape` (null shape: a non-PyObject receiver, matched on the type alone). */
function polyEntry(c: AttrCache, version: number, shape: object | null): AttrCache | null {
  const poly = c.poly;
  if (poly === null) return null;
  for (let i = 0; i < poly.length; i++) {
    const e = poly[i] as AttrCache;
    if (e.typeVersion === version && (shape === null || e.shape === shape)) return e;
  }
  return null;
}

/** The polymorphic STORE_ATTR entry of `c` for a receiver with type version `version` and `shape` (the shape it writes or adds to). */
function polyStoreEntry(c: AttrCache, version: number, shape: object): AttrCache | null {
  const poly = c.poly;
  if (poly === null) return null;
  for (let i = 0; i < poly.length; i++) {
    const e = poly[i] as AttrCache;
    if (e.typeVersion === version && (e.shape === shape || e.fromShape === shape)) return e;
  }
  return null;
}

/**
 * The entry of `c` (its primary entry, then the polymorphic ones) for a
 * receiver with type version `version` and `shape`; null shape: a non-PyObject
 * receiver, matched on the type alone.
 */
function attrEntry(c: AttrCache, version: number, shape: object | null): AttrCache | null {
  if (c.typeVersion === version && (shape === null || c.shape === shape)) return c;
  return polyEntry(c, version, shape);
}

/**
 * LOAD_ATTR_POLY's guard and load: the value for `o` when one of the site's
 * typed entries (slot or plain class attribute) matches its type version and
 * shape, else undefined (a miss; the caller runs `loadAttrCached`).
 */
export function loadAttrPoly(c: AttrCache, o: PyValue): PyValue | undefined {
  if (!(o instanceof PyObject) || o.dict !== null) return undefined;
  const e = attrEntry(c, o.cls.version, o.shape);
  if (e === null) return undefined;
  return e.slot >= 0 ? ((o.slots as PyValue[])[e.slot] as PyValue) : (e.value as PyValue);
}

/**
 * LOAD_METHOD_POLY's guard: the cached method for `o` (a method entry of the
 * site matching its type version, and its shape for instances), else
 * undefined (a miss; the caller runs `loadMethodCached`).
 */
export function loadMethodPoly(c: AttrCache, o: PyValue): PyValue | undefined {
  let e: AttrCache | null;
  if (o instanceof PyObject) {
    if (o.dict !== null) return undefined;
    e = attrEntry(c, o.cls.version, o.shape);
  } else e = attrEntry(c, typeOf(o).version, null);
  return e === null || e.slot !== -1 ? undefined : e.value;
}

/**
 * STORE_ATTR_POLY: stores `v` through the site entry matching `o` (an existing
 * slot, or the cached shape transition that appends it); false on a miss
 * (nothing stored; the caller runs `storeAttrCached`).
 */
export function storeAttrPoly(c: AttrCache, o: PyValue, v: PyValue): boolean {
  if (!(o instanceof PyObject) || o.dict !== null) return false;
  const version = o.cls.version;
  const shape = o.shape;
  const e = version === c.typeVersion && (shape === c.shape || shape === c.fromShape) ? c : polyStoreEntry(c, version, shape);
  if (e === null) return false;
  if (shape === e.shape) {
    (o.slots as PyValue[])[e.slot] = v;
    return true;
  }
  return appendSlot(o, e, v);
}

/**
 * A specialized attribute instruction's guard failed for `o`: a miss (specialize.ts), unless `o` was in a
 * variant shape (tier 2's raw float slots, objects/shape.ts), which the generic path boxes back into its base
 * shape — objects made by compiled code must not cost the interpreter's sites their specialization.
 */
export function attrMiss(rt: CodeRuntime, pc: number, o: PyValue): void {
  if (o instanceof PyObject && o.dict === null) {
    const s = o.shape;
    if (s !== undefined && s.floatMask !== 0) return;
  }
  miss(rt, pc);
}

/** Whether a typed entry of the STORE_ATTR cache `c` covers `o` (its type version, and its shape before or after the store). */
export function hasStoreEntry(c: AttrCache, o: PyObject): boolean {
  const version = o.cls.version;
  const shape = o.shape;
  return (version === c.typeVersion && (shape === c.shape || shape === c.fromShape)) || polyStoreEntry(c, version, shape) !== null;
}

/** The store through `e` adds the attribute: `o` (in `e.fromShape`) takes the cached transition to `e.shape`. */
function appendSlot(o: PyObject, e: AttrCache, v: PyValue): boolean {
  const next = e.shape;
  if (next === null) return false;
  const slots = o.slots;
  if (slots === null ? e.slot !== 0 : slots.length < e.slot) return false;
  addSlot(o, e.slot, v);
  o.shape = next as typeof o.shape;
  return true;
}

/** A class attribute that can be returned as is from an instance lookup (not a descriptor). */
function isPlainClassAttr(v: PyValue): boolean {
  return typeof v !== "object" || typeOf(v).lookup("__get__") === undefined;
}

export function loadAttrCached(rt: CodeRuntime, pc: number, o: PyValue, namei: number): PyValue {
  const c = rt.caches[pc] as AttrCache | undefined;
  if (c !== undefined && o instanceof PyObject) {
    const sh = o.shape;
    if (o.cls.version === c.typeVersion && o.shape === c.shape && o.dict === null) {
      c.hits++;
      return c.slot >= 0 ? ((o.slots as PyValue[])[c.slot] as PyValue) : (c.value as PyValue);
    }
    // An object in a variant of the cached shape (tier 2's raw float slots): a bare float is boxed in its slot.
    if (sh !== undefined && sh.base === c.shape && o.cls.version === c.typeVersion && o.dict === null) {
      c.hits++;
      const i = c.slot;
      if (i < 0) return c.value as PyValue;
      const v = (o.slots as PyValue[])[i] as PyValue;
      return typeof v === "number" && i < MAX_RAW_FLOAT_SLOT && ((sh.floatMask >>> i) & 1) !== 0 ? boxRawSlot(o, i, v) : v;
    }
    const d = o.dict;
    if (d !== null) {
      if (d === c.moduleDict && d.keysVersion === c.moduleKeys) {
        c.hits++;
        return d.valueList[c.slot] as PyValue;
      }
    } else {
      const e = polyEntry(c, o.cls.version, o.shape);
      if (e !== null) {
        c.hits++;
        return e.slot >= 0 ? ((o.slots as PyValue[])[e.slot] as PyValue) : (e.value as PyValue);
      }
    }
  }
  // A variant shape (raw float slots) must not reach the caches below: they are for base shapes only.
  if (o instanceof PyObject && o.dict === null) derawSlots(o);
  const name = rt.names[namei] as string;
  const v = getAttr(o, name);
  if (o instanceof PyModule) cacheModuleAttr(rt, pc, o, name, v);
  if (o instanceof PyObject && o.dict === null) {
    const tp = o.cls;
    if (!hasCustomGetattr(tp)) {
      const cache = attrCache(rt, pc);
      const onType = tp.lookup(name);
      const slot = o.shape.lookup(name);
      if ((onType === undefined && slot >= 0) || (onType !== undefined && slot < 0 && onType === v && isPlainClassAttr(onType))) {
        keepPolyEntry(cache);
      }
      if (onType === undefined && slot >= 0) {
        cache.typeVersion = tp.version;
        cache.shape = o.shape;
        cache.slot = slot;
        cache.value = undefined;
      } else if (onType !== undefined && slot < 0 && onType === v && isPlainClassAttr(onType)) {
        cache.typeVersion = tp.version;
        cache.shape = o.shape;
        cache.slot = -1;
        cache.value = onType;
      } else {
        cache.misses++;
      }
    }
  }
  return v;
}

export function storeAttrCached(rt: CodeRuntime, pc: number, o: PyValue, namei: number, v: PyValue): void {
  const primary = rt.caches[pc] as AttrCache | undefined;
  let c: AttrCache | null = null;
  if (primary !== undefined && o instanceof PyObject && o.dict === null) {
    derawSlots(o);
    const version = o.cls.version;
    c = version === primary.typeVersion && (o.shape === primary.shape || o.shape === primary.fromShape) ? primary : polyStoreEntry(primary, version, o.shape);
  }
  if (c !== null && o instanceof PyObject) {
    if (o.shape === c.shape) {
      (o.slots as PyValue[])[c.slot] = v;
      c.hits++;
      return;
    }
    if (o.shape === c.fromShape && c.shape !== null) {
      const slots = o.slots;
      if (slots === null ? c.slot === 0 : slots.length >= c.slot) {
        addSlot(o, c.slot, v);
        o.shape = c.shape as typeof o.shape;
        c.hits++;
        return;
      }
    }
  }
  if (o instanceof PyObject && o.dict === null) derawSlots(o);
  const name = rt.names[namei] as string;
  const before = o instanceof PyObject ? o.shape : null;
  setAttr(o, name, v);
  if (o instanceof PyObject && o.dict === null) {
    const tp = o.cls;
    if (tp.lookup(name) === undefined && tp.lookup("__setattr__") === objectSetattr()) {
      const slot = o.shape.lookup(name);
      if (slot >= 0) {
        const cache = attrCache(rt, pc);
        keepPolyEntry(cache);
        cache.typeVersion = tp.version;
        cache.shape = o.shape;
        cache.fromShape = before === o.shape ? null : before;
        cache.slot = slot;
      }
    }
  }
}

let objectGetattributeValue: PyValue | undefined;

/**
 * The type (or a base) overrides `__getattribute__` or defines `__getattr__`:
 * attribute sites on its instances must not be cached (the type's version
 * guards the answer). Checked on cache fills only.
 */
export function hasCustomGetattr(tp: PyType): boolean {
  if (tp.hasFlag(TypeFlags.CUSTOM_GETATTR)) return true;
  const ga = tp.lookup("__getattribute__");
  return ga !== (objectGetattributeValue ??= ObjectType.lookup("__getattribute__")) || tp.lookup("__getattr__") !== undefined;
}

let objectSetattrValue: PyValue | undefined;
function objectSetattr(): PyValue | undefined {
  return (objectSetattrValue ??= ObjectType.lookup("__setattr__"));
}

/**
 * LOAD_METHOD: replaces TOS (the receiver) with `[method, self]` when the
 * attribute is a plain method on the type, else with `[NULL, attribute]`.
 * Returns the new stack pointer.
 */
export function loadMethodCached(rt: CodeRuntime, pc: number, lp: Slot[], sp: number, namei: number): number {
  const o = lp[sp - 1] as PyValue;
  const c = rt.caches[pc] as AttrCache | undefined;
  if (c !== undefined) {
    if (o instanceof PyObject) {
      // A variant shape (raw float slots) has its base's attribute names, which is all a method lookup needs.
      const sh = o.shape;
      if (o.cls.version === c.typeVersion && (sh === c.shape || (sh !== undefined && sh.base === c.shape)) && o.dict === null) {
        c.hits++;
        lp[sp - 1] = c.value;
        lp[sp] = o;
        return sp + 1;
      }
      const d = o.dict;
      if (d !== null) {
        if (d === c.moduleDict && d.keysVersion === c.moduleKeys) {
          c.hits++;
          lp[sp - 1] = null;
          lp[sp] = d.valueList[c.slot];
          return sp + 1;
        }
      } else {
        const e = polyEntry(c, o.cls.version, o.shape);
        if (e !== null) {
          c.hits++;
          lp[sp - 1] = e.value;
          lp[sp] = o;
          return sp + 1;
        }
      }
    } else {
      const version = typeOf(o).version;
      const e = version === c.typeVersion ? c : polyEntry(c, version, null);
      if (e !== null) {
        c.hits++;
        lp[sp - 1] = e.value;
        lp[sp] = o;
        return sp + 1;
      }
    }
  }
  // A class receiver (`Base.__init__(self, …)`): see cacheClassAttr.
  if (c !== undefined && c.slot === CLASS_RECEIVER && c.shape === o && (o as PyType).version === c.typeVersion) {
    c.hits++;
    lp[sp - 1] = null;
    lp[sp] = c.value as PyValue;
    return sp + 1;
  }
  if (o instanceof PyObject && o.dict === null) derawSlots(o);
  const name = rt.names[namei] as string;
  if (loadMethod(o, name)) {
    const m = methodOut.value;
    lp[sp - 1] = m;
    lp[sp] = o;
    const tp = typeOf(o);
    if (
      (m instanceof PyFunction || m instanceof PyMethodDescriptor) &&
      !hasCustomGetattr(tp) &&
      (!(o instanceof PyObject) || o.dict === null)
    ) {
      const cache = attrCache(rt, pc);
      keepPolyEntry(cache);
      cache.typeVersion = tp.version;
      cache.shape = o instanceof PyObject ? o.shape : null;
      cache.slot = -1;
      cache.value = m;
    }
    return sp + 1;
  }
  const v = methodOut.value;
  lp[sp - 1] = null;
  lp[sp] = v;
  if (o instanceof PyModule) cacheModuleAttr(rt, pc, o, name, v);
  else if (o instanceof PyTypeClass) cacheClassAttr(rt, pc, o, name, v);
  return sp + 1;
}

/** `AttrCache.slot` of a LOAD_METHOD entry whose receiver is the class in `shape` itself. */
const CLASS_RECEIVER = -2;

/**
 * `Cls.name` on a class whose metaclass is exactly `type`, found on the class
 * (not a data descriptor of `type`) and returned as is (a function, method
 * descriptor or plain value; not a classmethod/staticmethod, which `__get__`
 * rewraps): the same value while the class's version holds. Only an empty
 * cache or another class-receiver entry is replaced (specializeLoadMethod
 * and the JIT ignore `slot === CLASS_RECEIVER` entries).
 */
function cacheClassAttr(rt: CodeRuntime, pc: number, o: PyType, name: string, v: PyValue): void {
  if (o.cls !== TypeType || o.lookup(name) !== v) return;
  const meta = TypeType.lookup(name);
  if (meta !== undefined && isDataDescriptor(meta)) return;
  const cache = attrCache(rt, pc);
  if (cache.poly !== null || (cache.typeVersion >= 0 && cache.slot !== CLASS_RECEIVER) || cache.moduleDict !== null) return;
  cache.typeVersion = o.version;
  cache.shape = o;
  cache.slot = CLASS_RECEIVER;
  cache.value = v;
}

/**
 * `module.name` found in the module's dict (exact module type, and not a
 * `module` type attribute, which would take precedence): cache the entry
 * position, valid while the dict's key set is unchanged.
 */
function cacheModuleAttr(rt: CodeRuntime, pc: number, o: PyModule, name: string, v: PyValue): void {
  if (o.cls !== ModuleType || ModuleType.lookup(name) !== undefined) return;
  const d = o.dict;
  const i = d.find(name);
  if (i < 0 || d.valueList[i] !== v) return;
  const cache = attrCache(rt, pc);
  cache.typeVersion = -1;
  cache.shape = null;
  cache.slot = i;
  cache.value = undefined;
  cache.moduleDict = d;
  cache.moduleKeys = d.keysVersion;
}
