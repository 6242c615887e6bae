/**
 * `super`: `PySuper { thisType, obj, objType }`. Attribute lookup starts
 * after `thisType` in `objType.__mro__` and binds descriptors to `obj`.
 * Zero-argument `super()` asks the thread state for the frame's `__class__`
 * cell and first argument.
 */

import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, PyType, typeOf } from "./type.js";
import { None } from "./singletons.js";
import { defineMethod, defineNew, defineGetSet } from "./builtin-function.js";
import { typeError, attributeErrorMsg, typeName } from "./errors.js";
import { getThreadState } from "./thread-state.js";
import { superLookup } from "./type-type.js";
import { descrGet, genericGetAttr } from "../protocols/attribute.js";
import { strValue } from "./str-support.js";

export const SuperType: PyType = makeBuiltinType("super", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.BASETYPE);

export class PySuper extends PyObject {
  thisType: PyType;
  obj: PyValue;
  objType: PyType | null;
  constructor(thisType: PyType, obj: PyValue, objType: PyType | null, cls: PyType = SuperType) {
    super(cls);
    this.thisType = thisType;
    this.obj = obj;
    this.objType = objType;
  }
}

function superCheck(t: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(t)) return obj;
  const ot = typeOf(obj);
  if (ot.isSubtypeOf(t)) return ot;
  throw typeError("super(type, obj): obj must be an instance or subtype of type");
}

/** Create a super object as `super(t, obj)` would. */
export function newSuper(t: PyValue, obj: PyValue | undefined): PySuper {
  if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeName(t)}`);
  if (obj === undefined || obj === None) return new PySuper(t, None, null);
  return new PySuper(t, obj, superCheck(t, obj));
}

defineNew(SuperType, (args) => {
  const cls = args[0] as PyType;
  const s = new PySuper(ObjectType, None, null, cls);
  return s;
});

defineMethod(SuperType, "__init__", (self, args) => {
  const s = self as PySuper;
  if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
  let t: PyValue, obj: PyValue | undefined;
  if (args.length === 0) {
    const sa = getThreadState().superArgs();
    t = sa.cls;
    obj = sa.self;
  } else {
    t = args[0] as PyValue;
    obj = args[1];
  }
  const n = newSuper(t, obj);
  s.thisType = n.thisType;
  s.obj = n.obj;
  s.objType = n.objType;
  return None;
});

defineMethod(SuperType, "__getattribute__", (self, args) => {
  const s = self as PySuper;
  const name = strValue(args[0] as PyValue) ?? "";
  if (s.objType !== null && name !== "__class__") {
    const v = superLookup(s.thisType, s.objType, name);
    if (v !== undefined) return descrGet(v, s.obj === s.objType ? None : s.obj, s.objType);
  }
  const r = genericGetAttr(s, typeOf(s), name);
  if (r !== undefined) return r;
  throw attributeErrorMsg(`'super' object has no attribute '${name}'`);
});

defineMethod(SuperType, "__repr__", (self) => {
  const s = self as PySuper;
  if (s.objType !== null) return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
  return `<super: <class '${s.thisType.name}'>, NULL>`;
});
defineGetSet(SuperType, "__thisclass__", (self) => (self as PySuper).thisType);
defineGetSet(SuperType, "__self__", (self) => (self as PySuper).obj);
defineGetSet(SuperType, "__self_class__", (self) => (self as PySuper).objType ?? None);
