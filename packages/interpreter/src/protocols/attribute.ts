/**
 * Attribute access: `getAttr`, `setAttr`, `delAttr`, `loadMethod`, and the
 * descriptor protocol, following CPython's `PyObject_GenericGetAttr`:
 *
 *   1. look the name up on the type's MRO; a *data* descriptor (one with
 *      `__set__` or `__delete__`: property, getset, user descriptors) wins;
 *   2. then the instance's own attributes (shape/slots or dict);
 *   3. then a non-data descriptor (functions bind to methods, classmethod,
 *      staticmethod, `__get__`-only user descriptors) or the plain class
 *      attribute;
 *   4. then `__getattr__`, if the type defines one.
 * A type that overrides `__getattribute__` is called instead of 1–3. Type
 * objects use `type.__getattribute__` (metatype data descriptors, then the
 * type's own MRO with `__get__(None, type)`, then metatype attributes).
 */

import type { PyValue } from "../objects/object.js";
import { PyObject, addSlot } from "../objects/object.js";
import { PyType, TypeFlags, typeOf } from "../objects/type.js";
import { PyFunction, PyBoundMethod } from "../objects/function.js";
import {
  PyBuiltinFunction, PyMethodDescriptor, PyGetSetDescriptor, PyClassMethod, PyStaticMethod,
  WrapperDescriptorType, MethodWrapperType,
} from "../objects/builtin-function.js";
import { boundQualname, boundArityError } from "../objects/method-arity.js";
import { notWritableError } from "../objects/readonly-members.js";
import { PyProperty } from "../objects/property.js";
import { PyModule } from "../objects/module.js";
import { PyDict } from "../objects/dict.js";
import { None } from "../objects/singletons.js";
import { Shape } from "../objects/shape.js";
import { attributeError, attributeErrorMsg, typeError, exceptionMatches, typeName } from "../objects/errors.js";
import { AttributeError } from "../objects/exceptions.js";
import { callObject, callMethod, callMethod0, callMethod1, callMethod2 } from "./call.js";
import { PyFloat, FloatType } from "../objects/float.js";

// ---- instance attribute storage ------------------------------------------

/**
 * Turn `o`, in a variant shape with raw float slots (tier-2 stores, see
 * objects/shape.ts), back into its base shape: each raw slot's bare number
 * becomes a PyFloat. Every path that reads or changes instance storage
 * generically starts here; the interpreter's cached fast paths compare base
 * shapes only, so they never meet a variant.
 */
export function derawSlots(o: PyObject): void {
  const shape = o.shape;
  // (Some builtin objects have no shape at all.)
  if (shape === undefined || shape.floatMask === 0) return;
  const mask = shape.floatMask;
  const slots = o.slots as PyValue[];
  for (let i = 0; i < slots.length && mask >>> i !== 0; i++) {
    if (((mask >>> i) & 1) !== 0) {
      const v = slots[i];
      if (typeof v === "number") slots[i] = new PyFloat(v);
    }
  }
  o.shape = shape.base;
}

/** Tier 2's tagged read of raw float slot `i` holding the bare number `v`: a box, kept in the slot (so `o.x is o.x`). */
export function boxRawSlot(o: PyObject, i: number, v: number): PyFloat {
  const b = new PyFloat(v);
  (o.slots as PyValue[])[i] = b;
  return b;
}

/** Tier 2 stored the tagged `v` into slot `i` of `o` in a variant shape: the slot stops being raw unless `v` is an exact float. */
export function rawSlotStored(o: PyObject, i: number, v: PyValue): void {
  const shape = o.shape;
  const bit = 1 << i;
  if ((shape.floatMask & bit) !== 0 && !(v instanceof PyFloat && v.cls === FloatType)) o.shape = shape.variant(shape.floatMask & ~bit);
}

/** An instance attribute (slot or dict mode), or undefined. */
export function instanceGet(o: PyObject, name: string): PyValue | undefined {
  const d = o.dict;
  if (d !== null) return d.getStr(name);
  derawSlots(o);
  const slots = o.slots;
  if (slots === null) return undefined;
  const i = o.shape.lookup(name);
  return i < 0 ? undefined : slots[i];
}

/** Store an instance attribute (no descriptor logic). */
export function instanceSet(o: PyObject, name: string, v: PyValue): void {
  const d = o.dict;
  if (d !== null) {
    d.setStr(name, v);
    return;
  }
  derawSlots(o);
  const shape = o.shape;
  const i = shape.lookup(name);
  if (i >= 0) {
    (o.slots as PyValue[])[i] = v;
    return;
  }
  const next = shape.withAttribute(name);
  if (next === null) {
    toDictMode(o).setStr(name, v);
    return;
  }
  addSlot(o, shape.size, v);
  o.shape = next;
}

/** Remove an instance attribute; false when absent. Switches the object to dict mode. */
export function instanceDelete(o: PyObject, name: string): boolean {
  if (o.dict === null && o.shape.lookup(name) < 0) return false;
  return toDictMode(o).delete(name) !== undefined;
}

// ---- __slots__ members ------------------------------------------------------
//
// A `__slots__` member's value lives in the shape storage under a key that no
// attribute name can spell (`memberKey`), so it is never part of the
// instance `__dict__`: in dictionary mode the shape/slots keep exactly the
// member values, everything else is in `dict` (CPython: members at fixed
// offsets of the object, the dict beside them).

/** The shape key of `__slots__` member `name`. */
export function memberKey(name: string): string {
  return "\u0000" + name;
}

function isMemberKey(key: string): boolean {
  return key.charCodeAt(0) === 0;
}

/** A member's value (`key` from `memberKey`), or undefined when unset. */
export function memberGet(o: PyObject, key: string): PyValue | undefined {
  derawSlots(o);
  const slots = o.slots;
  if (slots === null) return undefined;
  const i = o.shape.lookup(key);
  return i < 0 ? undefined : slots[i];
}

/** Set (`v` given) or clear (`v` undefined) a member; clearing returns false when it was unset. */
export function memberSet(o: PyObject, key: string, v: PyValue | undefined): boolean {
  derawSlots(o);
  const shape = o.shape;
  const i = shape.lookup(key);
  if (i >= 0) {
    const slots = o.slots as PyValue[];
    if (v !== undefined) {
      slots[i] = v;
      return true;
    }
    // Clearing: rebuild the storage without this key (rare).
    const names = shape.names;
    let next = Shape.EMPTY;
    const vals: PyValue[] = [];
    for (let j = 0; j < names.length; j++) {
      if (j === i) continue;
      next = next.withAttribute(names[j] as string) as Shape;
      vals.push(slots[j] as PyValue);
    }
    o.shape = next;
    o.slots = vals.length > 0 ? vals : null;
    return true;
  }
  if (v === undefined) return false;
  const next = shape.withAttribute(key);
  if (next === null) throw typeError("too many __slots__ members");
  addSlot(o, shape.size, v);
  o.shape = next;
  return true;
}

/** Switch `o` to dictionary mode (idempotent) and return its dict. `__slots__` members stay in the shape storage. */
export function toDictMode(o: PyObject): PyDict {
  let d = o.dict;
  if (d !== null) return d;
  derawSlots(o);
  d = new PyDict();
  const names = o.shape.names;
  const slots = o.slots;
  let members: Shape | null = null;
  let memberValues: PyValue[] | null = null;
  if (slots !== null) {
    for (let i = 0; i < names.length; i++) {
      const n = names[i] as string;
      if (isMemberKey(n)) {
        members = (members ?? Shape.EMPTY).withAttribute(n) as Shape;
        (memberValues ??= []).push(slots[i] as PyValue);
      } else d.setStr(n, slots[i] as PyValue);
    }
  }
  o.dict = d;
  o.shape = members ?? Shape.EMPTY;
  o.slots = memberValues;
  return d;
}

/** Can instances of `t` carry arbitrary attributes? */
export function hasInstanceDict(t: PyType): boolean {
  return (t.flags & TypeFlags.NO_INSTANCE_DICT) === 0;
}

// ---- descriptors ------------------------------------------------------------

/** Is `d` a data descriptor (defines `__set__` or `__delete__`)? */
export function isDataDescriptor(d: PyValue): boolean {
  if (d instanceof PyGetSetDescriptor || d instanceof PyProperty) return true;
  if (typeof d !== "object" || d instanceof PyFunction || d instanceof PyMethodDescriptor) return false;
  if (d.cls.isImmutable && !(d.cls.flags & TypeFlags.BASETYPE)) return false;
  const t = d.cls;
  return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
}

/** Bind a builtin method to `self` (what `[].append` evaluates to). */
export function bindMethodDescriptor(d: PyMethodDescriptor, self: PyValue): PyBuiltinFunction {
  if (d.cls === WrapperDescriptorType) {
    // method-wrapper: named and checked like its slot wrapper.
    const fn = d.fn;
    const b = new PyBuiltinFunction(d.name, (args, kw) => fn(self, args, kw), self, `${d.objclass.name}.${d.name}`);
    b.cls = MethodWrapperType;
    return b;
  }
  const spec = d.arity;
  const name = d.name;
  if (spec === null) {
    const fn = d.fn;
    return new PyBuiltinFunction(name, (args, kw) => fn(self, args, kw), self, boundQualname(self, name));
  }
  // A bound builtin method words its argument errors after type(self) ("L.copy() takes no arguments").
  const raw = d.raw, min = d.minArgs, max = d.maxArgs;
  const call = (args: PyValue[], kw: readonly string[] | null): PyValue => {
    if (args.length < min || args.length > max || (kw !== null && kw.length !== 0)) throw boundArityError(spec, self, name, args, kw);
    return raw(self, args, kw);
  };
  return new PyBuiltinFunction(name, call, self, boundQualname(self, name));
}

/** A builtin method of `d.objclass` found on `tp` (e.g. `append = list.append` in a class body) binds only to its instances. */
function appliesTo(d: PyMethodDescriptor, tp: PyType): boolean {
  return tp === d.objclass || tp.isSubtypeOf(d.objclass);
}

/**
 * `descr.__get__(obj, owner)` for a descriptor found on a type; `obj` is
 * None when the attribute is read from the type itself. Returns `descr`
 * unchanged when it is not a descriptor.
 */
export function descrGet(descr: PyValue, obj: PyValue, owner: PyType): PyValue {
  if (typeof descr !== "object") return descr;
  if (descr instanceof PyFunction) return obj === None ? descr : new PyBoundMethod(descr, obj);
  if (descr instanceof PyMethodDescriptor) {
    if (obj === None) return descr;
    if (!appliesTo(descr, typeOf(obj))) {
      throw typeError(`descriptor '${descr.name}' for '${descr.objclass.name}' objects doesn't apply to a '${typeName(obj)}' object`);
    }
    return bindMethodDescriptor(descr, obj);
  }
  if (descr instanceof PyGetSetDescriptor) return obj === None ? descr : descr.get(obj);
  if (descr instanceof PyClassMethod) return bindClassMethod(descr.func, owner);
  if (descr instanceof PyStaticMethod) return descr.func;
  if (descr instanceof PyProperty) {
    if (obj === None) return descr;
    if (descr.fget === None) throw propertyError(descr, obj, "getter");
    return callObject(descr.fget, [obj], null);
  }
  if (descr instanceof PyBuiltinFunction || descr instanceof PyType) return descr;
  const cls = descr.cls;
  if (cls.isImmutable && !(cls.flags & TypeFlags.BASETYPE)) return descr;
  const get = cls.lookup("__get__");
  if (get === undefined) return descr;
  return callMethod2(get, descr, obj, owner);
}

function bindClassMethod(func: PyValue, owner: PyType): PyValue {
  if (func instanceof PyMethodDescriptor) {
    const fn = func.fn;
    return new PyBuiltinFunction(func.name, (args, kw) => fn(owner, args, kw), owner, `${owner.name}.${func.name}`);
  }
  return new PyBoundMethod(func, owner);
}

function propertyError(p: PyProperty, obj: PyValue, what: string): PyValue {
  const name = typeof p.name === "string" ? ` '${p.name}'` : "";
  if (what === "getter") return attributeErrorMsg(`property${name} of '${typeName(obj)}' object has no getter`);
  if (what === "setter") return attributeErrorMsg(`property${name} of '${typeName(obj)}' object has no setter`);
  return attributeErrorMsg(`property${name} of '${typeName(obj)}' object has no deleter`);
}

/** `descr.__set__(obj, value)` / `__delete__(obj)` (value undefined) for data descriptors. */
function descrSet(descr: PyValue, obj: PyValue, value: PyValue | undefined, name: string): void {
  if (descr instanceof PyGetSetDescriptor) {
    if (descr.set === null) throw notWritableError(descr.objclass, name);
    descr.set(obj, value);
    return;
  }
  if (descr instanceof PyProperty) {
    if (value === undefined) {
      if (descr.fdel === None) throw propertyError(descr, obj, "deleter");
      callObject(descr.fdel, [obj], null);
    } else {
      if (descr.fset === None) throw propertyError(descr, obj, "setter");
      callObject(descr.fset, [obj, value], null);
    }
    return;
  }
  const t = typeOf(descr);
  if (value === undefined) {
    const f = t.lookup("__delete__");
    if (f === undefined) throw attributeErrorMsg("__delete__");
    callMethod1(f, descr, obj);
  } else {
    const f = t.lookup("__set__");
    if (f === undefined) throw attributeErrorMsg("__set__");
    callMethod2(f, descr, obj, value);
  }
}

// ---- getattr ----------------------------------------------------------------

let objectGetattribute: PyValue | undefined;
let typeGetattribute: PyValue | undefined;
let objectSetattr: PyValue | undefined;
let objectDelattr: PyValue | undefined;

/** Registered by objects/object-type.ts: the builtin `object.__getattribute__` etc., for override detection. */
export function registerDefaultAttributeMethods(
  getattribute: PyValue, typeGetattr: PyValue, setattr: PyValue, delattr: PyValue,
): void {
  objectGetattribute = getattribute;
  typeGetattribute = typeGetattr;
  objectSetattr = setattr;
  objectDelattr = delattr;
}

/**
 * `getattr(o, name)`; throws AttributeError. Follows CPython's
 * `slot_tp_getattr_hook`: when the type defines `__getattr__`, an
 * AttributeError from `__getattribute__` (or a property) is replaced by the
 * `__getattr__` call, whose own exceptions propagate unchanged; without
 * `__getattr__` every exception propagates unchanged.
 */
export function getAttr(o: PyValue, name: string): PyValue {
  const tp = typeOf(o);
  const ga = tp.lookup("__getattribute__");
  if (ga === objectGetattribute && !(o instanceof PyModule) && tp.lookup("__getattr__") === undefined) {
    const r = genericGetAttr(o, tp, name);
    if (r === undefined) throw attributeError(o, name);
    return r;
  }
  return getAttrHook(o, tp, ga, name);
}

/** `__getattribute__` proper: undefined when the attribute is missing (generic lookup), exceptions propagate. */
function getAttribute(o: PyValue, tp: PyType, ga: PyValue | undefined, name: string): PyValue | undefined {
  if (ga === objectGetattribute) {
    const r = genericGetAttr(o, tp, name);
    if (r !== undefined) return r;
    if (o instanceof PyModule) {
      const mg = o.dict.getStr("__getattr__");
      if (mg !== undefined) return callObject(mg, [name], null);
    }
    return undefined;
  }
  if (ga === typeGetattribute && o instanceof PyType) return typeGetAttr(o, name);
  if (ga !== undefined) return callMethod1(ga, o, name);
  return genericGetAttr(o, tp, name);
}

function getAttrHook(o: PyValue, tp: PyType, ga: PyValue | undefined, name: string): PyValue {
  const g = tp.lookup("__getattr__");
  if (g === undefined) {
    const r = getAttribute(o, tp, ga, name);
    if (r === undefined) throw attributeError(o, name);
    return r;
  }
  let r: PyValue | undefined;
  try {
    r = getAttribute(o, tp, ga, name);
  } catch (e) {
    if (!exceptionMatches(e as PyValue, AttributeError)) throw e;
    r = undefined;
  }
  return r !== undefined ? r : callMethod1(g, o, name);
}

/**
 * `getattr(o, name, <missing>)`: undefined when the attribute does not
 * exist. Any AttributeError is swallowed (CPython's `_PyObject_LookupAttr`),
 * including one raised inside a property or `__getattr__`.
 */
export function getAttrOrUndefined(o: PyValue, name: string): PyValue | undefined {
  const tp = typeOf(o);
  const ga = tp.lookup("__getattribute__");
  if (ga === objectGetattribute && !(o instanceof PyModule) && tp.lookup("__getattr__") === undefined) {
    const descr = tp.lookup(name);
    // No code can run (so no AttributeError can be raised) for these: skip the try/catch.
    if (descr === undefined || typeof descr !== "object" || descr instanceof PyFunction || descr instanceof PyMethodDescriptor) {
      return genericGetAttr(o, tp, name);
    }
  }
  return lookupAttrSlow(o, tp, ga, name);
}

function lookupAttrSlow(o: PyValue, tp: PyType, ga: PyValue | undefined, name: string): PyValue | undefined {
  const g = tp.lookup("__getattr__");
  let r: PyValue | undefined;
  try {
    r = getAttribute(o, tp, ga, name);
  } catch (e) {
    if (!exceptionMatches(e as PyValue, AttributeError)) throw e;
    r = undefined;
  }
  if (r !== undefined || g === undefined) return r;
  // An AttributeError from __getattribute__ falls back to __getattr__, whose own AttributeError means "missing".
  try {
    return callMethod1(g, o, name);
  } catch (e) {
    if (exceptionMatches(e as PyValue, AttributeError)) return undefined;
    throw e;
  }
}

/** `object.__getattribute__` without `__getattr__`: undefined when absent. */
export function genericGetAttr(o: PyValue, tp: PyType, name: string): PyValue | undefined {
  const descr = tp.lookup(name);
  if (descr !== undefined && typeof descr === "object" && isDataDescriptor(descr)) {
    return o === None ? descrGetOnNone(descr, tp) : descrGet(descr, o, tp);
  }
  if (typeof o === "object") {
    const v = instanceGet(o, name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return o === None ? descrGetOnNone(descr, tp) : descrGet(descr, o, tp);
  return undefined;
}

/** `descr.__get__(None, NoneType)`: descrGet reads `None` as "no instance", which is wrong for `None.__class__` etc. */
function descrGetOnNone(descr: PyValue, tp: PyType): PyValue {
  if (descr instanceof PyGetSetDescriptor) return descr.get(None);
  if (descr instanceof PyMethodDescriptor) return bindMethodDescriptor(descr, None);
  if (descr instanceof PyFunction) return new PyBoundMethod(descr, None);
  if (descr instanceof PyProperty && descr.fget !== None) return callObject(descr.fget, [None], null);
  return descrGet(descr, None, tp);
}

/** `type.__getattribute__(t, name)`: undefined when absent. */
export function typeGetAttr(t: PyType, name: string): PyValue | undefined {
  const meta = t.cls;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return descrGet(metaAttr, t, meta);
  const attr = t.lookup(name);
  if (attr !== undefined) return descrGet(attr, None, t);
  if (metaAttr !== undefined) return descrGet(metaAttr, t, meta);
  return undefined;
}

// ---- loadMethod --------------------------------------------------------------

/**
 * Out-slot of `loadMethod` (module-level so LOAD_METHOD allocates nothing).
 * Read `methodOut.value` right after calling `loadMethod`.
 */
export const methodOut: { value: PyValue } = { value: None };

/**
 * LOAD_METHOD. Returns true when `methodOut.value` is an unbound method
 * (PyFunction or PyMethodDescriptor found on the type and not shadowed by an
 * instance attribute) to be called with `o` prepended; false when
 * `methodOut.value` is the ordinary attribute value (call it as is).
 */
export function loadMethod(o: PyValue, name: string): boolean {
  const tp = typeOf(o);
  const descr = tp.lookup(name);
  if (
    descr !== undefined &&
    (descr instanceof PyFunction || (descr instanceof PyMethodDescriptor && appliesTo(descr, tp))) &&
    tp.lookup("__getattribute__") === objectGetattribute
  ) {
    if (typeof o !== "object" || (o.dict === null ? o.shape.lookup(name) < 0 : o.dict.getStr(name) === undefined)) {
      methodOut.value = descr;
      return true;
    }
  }
  methodOut.value = getAttr(o, name);
  return false;
}

// ---- setattr / delattr ---------------------------------------------------------

/** `setattr(o, name, v)`. */
export function setAttr(o: PyValue, name: string, v: PyValue): void {
  const tp = typeOf(o);
  const sa = tp.lookup("__setattr__");
  if (sa !== objectSetattr && sa !== undefined) {
    callMethod2(sa, o, name, v);
    return;
  }
  genericSetAttr(o, tp, name, v);
}

/** `delattr(o, name)`. */
export function delAttr(o: PyValue, name: string): void {
  const tp = typeOf(o);
  const da = tp.lookup("__delattr__");
  if (da !== objectDelattr && da !== undefined) {
    callMethod1(da, o, name);
    return;
  }
  genericSetAttr(o, tp, name, undefined);
}

/** `object.__setattr__` / `object.__delattr__` (value undefined) incl. types' `type.__setattr__`. */
export function genericSetAttr(o: PyValue, tp: PyType, name: string, v: PyValue | undefined): void {
  if (o instanceof PyType) {
    setTypeAttr(o, name, v);
    return;
  }
  const descr = tp.lookup(name);
  if (descr !== undefined && isDataDescriptor(descr)) {
    descrSet(descr, o, v, name);
    return;
  }
  if (typeof o === "object" && hasInstanceDict(tp)) {
    if (v === undefined) {
      if (!instanceDelete(o, name)) throw attributeError(o, name);
    } else {
      instanceSet(o, name, v);
    }
    return;
  }
  if (descr === undefined) throw attributeError(o, name);
  throw attributeErrorMsg(`'${typeName(o)}' object attribute '${name}' is read-only`);
}

function setTypeAttr(t: PyType, name: string, v: PyValue | undefined): void {
  const meta = t.cls;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) {
    if (t.isImmutable && !(metaAttr instanceof PyGetSetDescriptor && name === "__doc__")) {
      throw typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
    }
    descrSet(metaAttr, t, v, name);
    return;
  }
  if (t.isImmutable) {
    throw typeError(
      v === undefined
        ? `cannot delete '${name}' attribute of immutable type '${t.name}'`
        : `cannot set '${name}' attribute of immutable type '${t.name}'`,
    );
  }
  if (v === undefined) {
    if (!t.deleteAttribute(name)) throw attributeError(t, name);
  } else {
    t.setAttribute(name, v);
  }
}

/** `hasattr(o, name)`. */
export function hasAttr(o: PyValue, name: string): boolean {
  return getAttrOrUndefined(o, name) !== undefined;
}

export { callMethod, callMethod0 };
