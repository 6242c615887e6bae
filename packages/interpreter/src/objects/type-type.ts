/**
 * Methods of `type` and class creation (`type.__new__`, CPython's
 * `type_new`): C3 MRO, layout checks, `__slots__`, implicit
 * staticmethod/classmethod wrapping of `__new__`/`__init_subclass__`/
 * `__class_getitem__`, `__hash__ = None` when `__eq__` is defined,
 * `__set_name__`, `__init_subclass__`, `__classcell__`.
 */

import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { PyType, TypeType, ObjectType, TypeFlags, typeOf } from "./type.js";
import { None } from "./singletons.js";
import {
  defineMethod, defineNew, defineGetSet, PyStaticMethod, PyClassMethod, PyGetSetDescriptor, defineClassMethod,
  MemberDescriptorType,
} from "./builtin-function.js";
import { PyFunction } from "./function.js";
import { PyDict } from "./dict.js";
import { PyMappingProxy } from "./dict-views.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { PyCell } from "./cell.js";
import { typeError, valueError, attributeError, attributeErrorMsg, typeName } from "./errors.js";
import { computeMro } from "./mro.js";
import { strValue } from "./str-support.js";
import { typeCall } from "./type-call.js";
import { typeModule, instanceDictGetter, instanceDictSetter, dirNames } from "./object-type.js";
import { splitKwargs } from "./args.js";
import { callObject, callMethod } from "../protocols/call.js";
import { asArray } from "../protocols/iter.js";
import { peekThreadState, type ThreadState } from "./thread-state.js";
import { memberKey, memberGet, memberSet, descrGet, bindMethodDescriptor } from "../protocols/attribute.js";
import { isTrue } from "../protocols/truth.js";

/** The VM (thread state) that created each class (for `__subclasses__`). */
const heapTypeOwner = new WeakMap<PyType, ThreadState>();

function typeArg(v: PyValue): PyType {
  if (!(v instanceof PyType)) throw typeError(`descriptor requires a 'type' object but received '${typeName(v)}'`);
  return v;
}

/** The builtin type whose native layout instances of `t` use (object for plain classes). */
export function solidBase(t: PyType): PyType {
  for (const b of t.mro) if (b.isImmutable && !(b.flags & TypeFlags.SHARES_BASE_LAYOUT)) return b;
  return ObjectType;
}

/** Find the most derived metaclass of `meta` and the bases' metaclasses. */
export function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    throw typeError(
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

/** `type.__new__(meta, name, bases, ns, **kwargs)`. */
export function createClass(meta: PyType, name: string, basesIn: readonly PyValue[], ns: PyDict, kwargs: Map<string, PyValue>): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if (!(b.flags & TypeFlags.BASETYPE)) throw typeError(`type '${b.name}' is not an acceptable base type`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(ObjectType);
  // instance layout conflict
  let solid: PyType = ObjectType;
  for (const b of bases) {
    const s = solidBase(b);
    if (s === ObjectType || solid.isSubtypeOf(s)) continue;
    if (solid === ObjectType || s.isSubtypeOf(solid)) solid = s;
    else throw typeError("multiple bases have instance lay-out conflict");
  }
  const cls = new PyType(meta, name, bases, TypeFlags.HEAPTYPE | TypeFlags.BASETYPE, [], "__main__");
  cls.mro = computeMro(cls, bases);
  const owner = peekThreadState();
  if (owner !== null) heapTypeOwner.set(cls, owner);
  // namespace → attrs
  for (const [k, v] of ns.entries()) {
    const key = strValue(k);
    if (key !== undefined) cls.attrs.set(key, v);
  }
  const mod = cls.attrs.get("__module__");
  if (mod !== undefined && typeof mod === "string") cls.module = mod;
  const qn = cls.attrs.get("__qualname__");
  if (qn !== undefined) {
    if (typeof qn !== "string") throw typeError(`type __qualname__ must be a str, not ${typeName(qn)}`);
    cls.qualname = qn;
    cls.attrs.delete("__qualname__");
  }
  for (const special of ["__init_subclass__", "__class_getitem__"]) {
    const f = cls.attrs.get(special);
    if (f instanceof PyFunction) cls.attrs.set(special, new PyClassMethod(f));
  }
  const nf = cls.attrs.get("__new__");
  if (nf instanceof PyFunction) cls.attrs.set("__new__", new PyStaticMethod(nf));
  if (cls.attrs.has("__eq__") && !cls.attrs.has("__hash__")) cls.attrs.set("__hash__", None);
  // __slots__
  const slots = cls.attrs.get("__slots__");
  // Without __slots__ instances always get a __dict__ (even for builtin bases such as int).
  let wantsDict = true;
  let wantsWeakref = true;
  if (slots !== undefined) {
    const names = typeof slots === "string" ? [slots] : asArray(slots).map((s) => {
      const n = strValue(s);
      if (n === undefined) throw typeError(`__slots__ items must be strings, not '${typeName(s)}'`);
      return n;
    });
    const baseHasDict = bases.some((b) => b !== ObjectType && !(b.flags & TypeFlags.NO_INSTANCE_DICT));
    wantsDict = baseHasDict || names.includes("__dict__");
    wantsWeakref = names.includes("__weakref__");
    // Variable-size instances (CPython's tp_itemsize != 0) have no room for slots.
    const varBase = names.length > 0 ? bases.find((b) => VAR_SIZED.has(solidBase(b).name)) : undefined;
    if (varBase !== undefined) throw typeError(`nonempty __slots__ not supported for subtype of '${varBase.name}'`);
    const own: string[] = [];
    let sawDict = baseHasDict, sawWeakref = false;
    for (const n of names) {
      if (!IDENTIFIER.test(n)) throw typeError("__slots__ must be identifiers");
      if (n === "__dict__") {
        if (sawDict) throw typeError("__dict__ slot disallowed: we already got one");
        sawDict = true;
        continue;
      }
      if (n === "__weakref__") {
        if (sawWeakref) throw typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        sawWeakref = true;
        continue;
      }
      if (cls.attrs.has(n)) throw valueErrorSlots(n);
      own.push(n);
      cls.attrs.set(n, makeMemberDescriptor(cls, n));
    }
    cls.slotNames = own;
  }
  // After __slots__: a `__doc__` slot is not a conflict with the default docstring.
  if (!cls.attrs.has("__doc__")) cls.attrs.set("__doc__", None);
  if (!wantsDict) cls.flags |= TypeFlags.NO_INSTANCE_DICT;
  else if (!cls.mro.slice(1).some((t) => t.attrs.get("__dict__") instanceof PyGetSetDescriptor)) {
    cls.attrs.set("__dict__", new PyGetSetDescriptor(cls, "__dict__", instanceDictGetter, instanceDictSetter));
  }
  // `__weakref__` (always None: pyvm has no weak references) where CPython adds a weakref slot:
  // not for variable-size bases or builtins that have their own (set, frozenset, type).
  if (wantsWeakref && !cls.attrs.has("__weakref__") && !NATIVE_WEAKREF.has(solidBase(cls).name) && !VAR_SIZED.has(solidBase(cls).name) &&
      !cls.mro.slice(1).some((t) => t.attrs.has("__weakref__"))) {
    cls.attrs.set("__weakref__", new PyGetSetDescriptor(cls, "__weakref__", () => None));
  }
  // classcell
  const cell = cls.attrs.get("__classcell__");
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${typeName(cell)}`);
    cell.ref = cls;
    cls.attrs.delete("__classcell__");
  }
  if (cls.attrs.has("__abstractmethods__")) cls.flags |= TypeFlags.ABSTRACT;
  // __set_name__
  for (const [k, v] of [...cls.attrs]) {
    if (!(v instanceof PyObject)) continue;
    const sn = v.cls.lookup("__set_name__");
    if (sn !== undefined) callMethod(sn, v, [cls, k]);
  }
  // __init_subclass__ of the parent
  const parentInit = superLookup(cls, cls, "__init_subclass__");
  if (parentInit !== undefined) {
    const bound = descrGet(parentInit, None, cls);
    const kwnames = [...kwargs.keys()];
    callObject(bound, [...kwargs.values()], kwnames.length > 0 ? kwnames : null);
  }
  return cls;
}

/** Builtin types whose instances are variable-size in CPython (no `__slots__` in their subclasses). */
const VAR_SIZED: ReadonlySet<string> = new Set(["int", "tuple", "bytes", "type"]);
/** Builtin types whose instances already have a weakref slot (subclasses get no `__weakref__` of their own). */
const NATIVE_WEAKREF: ReadonlySet<string> = new Set(["set", "frozenset", "type"]);

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

function valueErrorSlots(n: string): PyValue {
  return valueError(`'${n}' in __slots__ conflicts with class variable`);
}

/** A `__slots__` member (`member_descriptor`): its value is kept apart from the instance `__dict__`. */
function makeMemberDescriptor(cls: PyType, name: string): PyGetSetDescriptor {
  const key = memberKey(name);
  const check = (self: PyValue): PyObject => {
    if (!(self instanceof PyObject) || !self.cls.isSubtypeOf(cls)) {
      throw typeError(`descriptor '${name}' for '${cls.name}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return self;
  };
  return new PyGetSetDescriptor(
    cls,
    name,
    (self) => {
      const v = memberGet(check(self), key);
      if (v === undefined) throw attributeError(self, name);
      return v;
    },
    (self, v) => {
      if (!memberSet(check(self), key, v)) throw attributeErrorMsg(name);
    },
    MemberDescriptorType,
  );
}

/** Look `name` up along `type(obj)`'s MRO starting after `start` (super semantics). */
export function superLookup(start: PyType, objType: PyType, name: string): PyValue | undefined {
  const mro = objType.mro;
  let i = mro.indexOf(start);
  if (i < 0) return undefined;
  for (i++; i < mro.length; i++) {
    const v = (mro[i] as PyType).attrs.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

// ---- type's methods -----------------------------------------------------------

defineNew(TypeType, (args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  const meta = typeArg(pos[0] as PyValue);
  if (pos.length === 2 && meta === TypeType && kw.size === 0) return typeOf(pos[1] as PyValue);
  if (pos.length !== 4) throw typeError("type() takes 1 or 3 arguments");
  const name = strValue(pos[1] as PyValue);
  if (name === undefined) throw typeError(`type.__new__() argument 1 must be str, not ${typeName(pos[1] as PyValue)}`);
  const bases = pos[2];
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases as PyValue)}`);
  const ns = pos[3];
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns as PyValue)}`);
  const winner = calculateMetaclass(meta, bases.items);
  if (winner !== meta) {
    const wn = winner.lookup("__new__");
    if (wn !== undefined && wn !== TypeType.attrs.get("__new__")) {
      return callObject(wn instanceof PyStaticMethod ? wn.func : wn, [winner, ...args.slice(1)], kwnames);
    }
  }
  const d = ns.copy();
  if (d.getStr("__module__") === undefined) {
    // default __module__ from the caller's globals is set by __build_class__; type() calls use '__main__'-like lookups
  }
  return createClass(winner, name, bases.items, d, kw);
});

/** CPython's `type_init`: keywords are allowed (they went to `__init_subclass__` via `type.__new__`). */
defineMethod(TypeType, "__init__", (_self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos === 1 && nkw > 0) throw typeError("type.__init__() takes no keyword arguments");
  if (npos !== 1 && npos !== 3) throw typeError("type.__init__() takes 1 or 3 arguments");
  return None;
});
defineMethod(TypeType, "__call__", (self, args, kwnames) => typeCall(typeArg(self), args, kwnames));
defineMethod(TypeType, "__repr__", (self) => {
  const t = typeArg(self);
  const mod = typeModule(t);
  return mod === "builtins" ? `<class '${t.qualname}'>` : `<class '${mod}.${t.qualname}'>`;
});
defineMethod(TypeType, "mro", (self) => new PyList(typeArg(self).mro.slice()));
/**
 * Builtin types are shared by every VM in the process, so their subclass
 * lists hold other VMs' classes too: `__subclasses__` shows only the classes
 * created by the running VM (isolation, see docs/embedding.md).
 */
defineMethod(TypeType, "__subclasses__", (self) => {
  const ts = peekThreadState();
  return new PyList(typeArg(self).subclasses().filter((t) => !t.hasFlag(TypeFlags.HEAPTYPE) || (heapTypeOwner.get(t) ?? ts) === ts));
});
defineMethod(TypeType, "__instancecheck__", (self, args) => typeOf(args[0] as PyValue).isSubtypeOf(typeArg(self)));
defineMethod(TypeType, "__subclasscheck__", (self, args) => {
  const c = args[0];
  if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  return c.isSubtypeOf(typeArg(self));
});
defineMethod(TypeType, "__dir__", (self) => new PyList(dirNames(self)));
defineClassMethod(TypeType, "__prepare__", () => new PyDict());
defineMethod(TypeType, "__sizeof__", () => 400);

/** CPython's check_set_special_type_attr: builtin types refuse, and no type deletes the attribute. */
function checkHeap(t: PyType, attr: string, deleting = false): void {
  if (t.isImmutable) throw typeError(`cannot set '${attr}' attribute of immutable type '${t.name}'`);
  if (deleting) throw typeError(`cannot delete '${attr}' attribute of immutable type '${t.name}'`);
}

defineGetSet(TypeType, "__name__", (self) => typeArg(self).name, (self, v) => {
  const t = typeArg(self);
  checkHeap(t, "__name__", v === undefined);
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw typeError(`can only assign string to ${t.name}.__name__, not '${typeName(v ?? None)}'`);
  if (s.includes("\0")) throw valueError("type name must not contain null characters");
  t.name = s;
  t.modified();
});
defineGetSet(TypeType, "__qualname__", (self) => typeArg(self).qualname, (self, v) => {
  const t = typeArg(self);
  checkHeap(t, "__qualname__", v === undefined);
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw typeError(`can only assign string to ${t.name}.__qualname__, not '${typeName(v ?? None)}'`);
  t.qualname = s;
});
defineGetSet(TypeType, "__module__", (self) => {
  const t = typeArg(self);
  return t.attrs.get("__module__") ?? t.module;
}, (self, v) => {
  const t = typeArg(self);
  checkHeap(t, "__module__");
  if (v === undefined) throw typeError("cannot delete '__module__' attribute");
  t.setAttribute("__module__", v);
});
defineGetSet(TypeType, "__mro__", (self) => newTuple(typeArg(self).mro));
defineGetSet(TypeType, "__bases__", (self) => newTuple(typeArg(self).bases), (self, v) => {
  const t = typeArg(self);
  checkHeap(t, "__bases__", v === undefined);
  if (!(v instanceof PyTuple)) throw typeError(`can only assign tuple to ${t.name}.__bases__, not ${typeName(v ?? None)}`);
  if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  const bases = v.items.map((b) => {
    if (!(b instanceof PyType)) throw typeError(`${t.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
    return b;
  });
  // The instances keep their native layout: the new bases must share the old solid base.
  const oldSolid = solidBase(t.bases[0] ?? ObjectType);
  let newSolid = ObjectType;
  for (const b of bases) {
    const ns = solidBase(b);
    if (ns.isSubtypeOf(newSolid)) newSolid = ns;
  }
  if (newSolid !== oldSolid) {
    throw typeError(`__bases__ assignment: '${newSolid.name}' object layout differs from '${oldSolid.name}'`);
  }
  t.setBases(bases, computeMro(t, bases));
});
defineGetSet(TypeType, "__base__", (self) => typeArg(self).bases[0] ?? None);
/** A read-only `mappingproxy` over a snapshot of the type's namespace (CPython's proxy is live). */
defineGetSet(TypeType, "__dict__", (self) => {
  const d = new PyDict();
  for (const [k, v] of typeArg(self).attrs) d.setStr(k, v);
  return new PyMappingProxy(d);
});
defineGetSet(TypeType, "__doc__", (self) => {
  const t = typeArg(self);
  // A builtin type's own docstring wins over a `__doc__` descriptor for its instances (property).
  if (t.isImmutable && t.doc !== null) return t.doc;
  const d = t.attrs.get("__doc__");
  if (d === undefined) return t.doc ?? None;
  return descrGet(d, None, t);
}, (self, v) => {
  const t = typeArg(self);
  checkHeap(t, "__doc__");
  t.setAttribute("__doc__", v ?? None);
});
defineGetSet(TypeType, "__abstractmethods__", (self) => {
  const t = typeArg(self);
  const v = t.attrs.get("__abstractmethods__");
  if (v === undefined || t === TypeType) throw attributeError(self, "__abstractmethods__");
  return v;
}, (self, v) => {
  const t = typeArg(self);
  if (v === undefined) {
    t.deleteAttribute("__abstractmethods__");
    t.flags &= ~TypeFlags.ABSTRACT;
  } else {
    t.setAttribute("__abstractmethods__", v);
    if (isTrue(v)) t.flags |= TypeFlags.ABSTRACT;
    else t.flags &= ~TypeFlags.ABSTRACT;
  }
});
void bindMethodDescriptor;
