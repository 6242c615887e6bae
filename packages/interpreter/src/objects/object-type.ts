/**
 * Methods of `object`: `__new__`/`__init__` (with CPython's excess-argument
 * rules), `__eq__`/`__ne__`/ordering, `__hash__`, `__repr__`/`__str__`/
 * `__format__`, `__getattribute__`/`__setattr__`/`__delattr__`, `__class__`,
 * `__dir__`, `__init_subclass__`, `__subclasshook__`.
 */

import type { PyValue } from "./object.js";
import { PyInstance, PyObject } from "./object.js";
import { ObjectType, TypeType, PyType, typeOf, TypeFlags } from "./type.js";
import { None, NotImplemented } from "./singletons.js";
import { defineMethod, defineNew, defineGetSet, defineClassMethod, PyMethodDescriptor } from "./builtin-function.js";
import { typeError, attributeError, typeName } from "./errors.js";
import { objectId } from "./identity.js";
import { PyList } from "./list.js";
import { PyDict } from "./dict.js";
import { strValue } from "./str-support.js";
import {
  genericGetAttr, genericSetAttr, registerDefaultAttributeMethods, typeGetAttr, toDictMode, hasInstanceDict,
} from "../protocols/attribute.js";
import { objectHash } from "../protocols/hash.js";
import { repr, reprObject, str } from "../protocols/repr.js";
import { isTrue } from "../protocols/truth.js";
import { callMethod1 } from "../protocols/call.js";
import { asArray } from "../protocols/iter.js";
import { lessThan } from "../protocols/compare.js";

function excessArgs(args: readonly PyValue[]): boolean {
  return args.length > 0;
}

let objectNew: PyValue | undefined;
let objectInit: PyMethodDescriptor | undefined;

/** Names of abstract methods that block instantiation, or null. */
function abstractMethods(cls: PyType): string[] | null {
  if (!(cls.flags & TypeFlags.ABSTRACT)) return null;
  const am = cls.lookup("__abstractmethods__");
  if (am === undefined) return null;
  const names = asArray(am).map((v) => strValue(v) ?? "").sort();
  return names.length > 0 ? names : null;
}

defineNew(ObjectType, (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError("object.__new__(X): X is not a type object");
  if (excessArgs(args.slice(1))) {
    if (cls.lookup("__new__") !== objectNew) {
      throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (cls.lookup("__init__") === objectInit) throw typeError(`${cls.name}() takes no arguments`);
  }
  void kwnames;
  const am = abstractMethods(cls);
  if (am !== null) {
    throw typeError(
      `Can't instantiate abstract class ${cls.name} with abstract method${am.length > 1 ? "s" : ""} ${am.join(", ")}`,
    );
  }
  if (cls.isImmutable && cls !== ObjectType) {
    throw typeError(`object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  }
  return new PyInstance(cls);
});
objectNew = ObjectType.attrs.get("__new__");

objectInit = defineMethod(ObjectType, "__init__", (self, args) => {
  if (excessArgs(args)) {
    const t = typeOf(self);
    if (t.lookup("__init__") !== objectInit) {
      throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (t.lookup("__new__") === objectNew) throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return None;
});

defineMethod(ObjectType, "__eq__", (self, args) => (self === args[0] ? true : NotImplemented));
defineMethod(ObjectType, "__ne__", (self, args) => {
  const eqm = typeOf(self).lookup("__eq__");
  if (eqm === undefined) return NotImplemented;
  const r = callMethod1(eqm, self, args[0] as PyValue);
  if (r === NotImplemented) return r;
  return !isTrue(r);
});
for (const n of ["__lt__", "__le__", "__gt__", "__ge__"]) defineMethod(ObjectType, n, () => NotImplemented);
defineMethod(ObjectType, "__hash__", (self) => objectHash(self));

/** `<module.Qualname object at 0x…>`. */
export function defaultRepr(self: PyValue): string {
  const t = typeOf(self);
  const mod = typeModule(t);
  const name = mod !== "builtins" ? `${mod}.${t.qualname}` : t.qualname;
  return `<${name} object at 0x${objectId(self).toString(16).padStart(12, "0")}>`;
}

/** `t.__module__` as a JS string ("builtins" for builtin types). */
export function typeModule(t: PyType): string {
  const m = t.attrs.get("__module__");
  if (m === undefined) return t.module;
  return strValue(m) ?? t.module;
}

defineMethod(ObjectType, "__repr__", (self) => defaultRepr(self));
defineMethod(ObjectType, "__str__", (self) => reprObject(self)); // PyObject_Repr: a str subclass result stays as is
defineMethod(ObjectType, "__format__", (self, args) => {
  const spec = args[0];
  const s = strValue(spec as PyValue);
  if (s === undefined) throw typeError(`__format__() argument must be str, not ${typeName(spec as PyValue)}`);
  if (s !== "") throw typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
  return str(self);
});

function nameArg(v: PyValue | undefined): string {
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw typeError(`attribute name must be string, not '${typeName(v ?? None)}'`);
  return s;
}

const objectGetattribute = defineMethod(ObjectType, "__getattribute__", (self, args) => {
  const name = nameArg(args[0]);
  const r = genericGetAttr(self, typeOf(self), name);
  if (r === undefined) throw attributeError(self, name);
  return r;
});
const objectSetattr = defineMethod(ObjectType, "__setattr__", (self, args) => {
  genericSetAttr(self, typeOf(self), nameArg(args[0]), args[1] as PyValue);
  return None;
});
const objectDelattr = defineMethod(ObjectType, "__delattr__", (self, args) => {
  genericSetAttr(self, typeOf(self), nameArg(args[0]), undefined);
  return None;
});
const typeGetattribute = defineMethod(TypeType, "__getattribute__", (self, args) => {
  const name = nameArg(args[0]);
  const r = typeGetAttr(self as PyType, name);
  if (r === undefined) throw attributeError(self, name);
  return r;
});
registerDefaultAttributeMethods(objectGetattribute, typeGetattribute, objectSetattr, objectDelattr);

defineGetSet(
  ObjectType,
  "__class__",
  (self) => typeOf(self),
  (self, v) => {
    if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeName(v ?? None)}' object`);
    if (!(self instanceof PyObject) || !(self.cls.flags & TypeFlags.HEAPTYPE) || !(v.flags & TypeFlags.HEAPTYPE)) {
      throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    self.cls = v;
  },
);

defineClassMethod(ObjectType, "__init_subclass__", (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw typeError(`${(_cls as PyType).name}.__init_subclass__() takes no keyword arguments`);
  }
  if (args.length > 0) throw typeError(`${(_cls as PyType).name}.__init_subclass__() takes no arguments (${args.length} given)`);
  return None;
});
defineClassMethod(ObjectType, "__subclasshook__", () => NotImplemented);

/** Sorted attribute names visible on `self` (object.__dir__ / type.__dir__). */
export function dirNames(self: PyValue): string[] {
  const names = new Set<string>();
  if (self instanceof PyType) {
    for (const t of self.mro) for (const k of t.attrs.keys()) names.add(k);
  } else {
    if (self instanceof PyObject && hasInstanceDict(typeOf(self))) {
      const d = self.dict;
      if (d !== null) for (const k of d.keys()) { const s = strValue(k); if (s !== undefined) names.add(s); }
      else for (const n of self.shape.names) if (n.charCodeAt(0) !== 0) names.add(n);
    }
    for (const t of typeOf(self).mro) for (const k of t.attrs.keys()) names.add(k);
  }
  return [...names];
}

defineMethod(ObjectType, "__dir__", (self) => new PyList(dirNames(self)));
defineMethod(ObjectType, "__reduce_ex__", (self) => {
  throw typeError(`cannot pickle '${typeName(self)}' object`);
});
defineMethod(ObjectType, "__sizeof__", () => 16);

/** `obj.__dict__` for instances with attribute storage. */
export function instanceDictGetter(self: PyValue): PyValue {
  if (!(self instanceof PyObject)) throw attributeError(self, "__dict__");
  return toDictMode(self);
}
export function instanceDictSetter(self: PyValue, v: PyValue | undefined): void {
  if (!(self instanceof PyObject)) throw attributeError(self, "__dict__");
  if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v ?? None)}'`);
  toDictMode(self);
  self.dict = v;
}

/** Sort helper exported for dir(). */
export function sortedNames(names: string[]): string[] {
  return names.sort((a, b) => (lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0));
}
