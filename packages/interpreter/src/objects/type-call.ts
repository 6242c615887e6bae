/**
 * `type.__call__`: instance creation. `cls(*args)` calls `cls.__new__(cls,
 * *args)` and, when the result is an instance of `cls`, `__init__(obj,
 * *args)` (which must return None). `type(x)` with one argument returns the
 * type of `x`. The excess-argument rules of `object.__new__`/`__init__`
 * ("Foo() takes no arguments") are in objects/object-type.ts.
 */

import type { PyValue } from "./object.js";
import { PyType, TypeType, typeOf } from "./type.js";
import { None } from "./singletons.js";
import { PyStaticMethod } from "./builtin-function.js";
import { typeError, typeName } from "./errors.js";
import { callObject, callMethod } from "../protocols/call.js";

export function typeCall(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (cls === TypeType && args.length === 1 && kwnames === null) return typeOf(args[0] as PyValue);
  let newFn = cls.lookup("__new__");
  if (newFn === undefined) throw typeError(`cannot create '${cls.name}' instances`);
  if (newFn instanceof PyStaticMethod) newFn = newFn.func;
  const obj = callObject(newFn, [cls, ...args], kwnames);
  const t = typeOf(obj);
  if (!t.isSubtypeOf(cls)) return obj;
  const init = t.lookup("__init__");
  if (init !== undefined) {
    const r = callMethod(init, obj, args, kwnames);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}
