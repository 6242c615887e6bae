/**
 * `type.__call__`: instance creation. `cls(*args)` calls `cls.__new__(cls,
 * *args)` and, when the result is an instance of `cls`, `__init__(obj,
 * *args)` (which must return None). `type(x)` with one argument returns the
 * type of `x`. The excess-argument rules of `object.__new__`/`__init__`
 * ("Foo() takes no arguments") are in objects/object-type.ts.
 */

import { PyInstance, type PyObject, type PyValue } from "./object.js";
import { PyType, TypeType, typeOf, ObjectType, TypeFlags } from "./type.js";
import { None } from "./singletons.js";
import { PyStaticMethod } from "./builtin-function.js";
import { PyFunction } from "./function.js";
import { typeError, typeName } from "./errors.js";
import { PyBaseException, BaseException } from "./exceptions.js";
import { newTuple } from "./tuple.js";
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
    if (r !== None) throw initReturnedNonNone(r);
  }
  return obj;
}

/**
 * The `__init__` of a class whose instantiation the eval loop may do inline:
 * metaclass exactly `type`, `__new__` inherited from `object` or
 * `BaseException`, not abstract, and `__init__` a Python function. Then
 * `cls(*args)` is `obj = newPlainInstance(…)` plus a call of that function
 * with `obj` prepended (what `typeCall` does, minus `object.__new__`'s checks,
 * which cannot fail here: excess arguments are allowed because `__init__` is
 * overridden). Null otherwise. Cached on the type until its version changes.
 */
export function plainInitOf(cls: PyType): PyFunction | null {
  if (cls.plainInitVersion === cls.version) return cls.plainInit as PyFunction | null;
  let init: PyFunction | null = null;
  if (cls.cls === TypeType && (cls.flags & (TypeFlags.ABSTRACT | TypeFlags.IMMUTABLE)) === 0) {
    const i = cls.lookup("__init__");
    if (i instanceof PyFunction) {
      const n = cls.lookup("__new__");
      if (n === ObjectType.attrs.get("__new__") || n === BaseException.attrs.get("__new__")) init = i;
    }
  }
  cls.plainInit = init;
  cls.plainInitVersion = cls.version;
  return init;
}

/**
 * The instance `__new__` creates for a class `plainInitOf` accepts: a
 * `PyInstance`, or for an exception class (`BaseException.__new__`) an
 * exception whose `args` are the positional arguments `args[from…to)`.
 */
export function newPlainInstance(cls: PyType, args: readonly unknown[], from: number, to: number): PyObject {
  if ((cls.flags & TypeFlags.BASE_EXC_SUBCLASS) === 0) return new PyInstance(cls);
  const items = new Array<PyValue>(to - from);
  for (let i = from; i < to; i++) items[i - from] = args[i] as PyValue;
  return new PyBaseException(cls, newTuple(items));
}

/** `TypeError` for an `__init__` that returned `r` (not None). */
export function initReturnedNonNone(r: PyValue): PyBaseException {
  return typeError(`__init__() should return None, not '${typeName(r)}'`);
}
