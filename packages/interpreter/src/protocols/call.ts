/**
 * The call protocol: `callObject(f, args, kwnames)` (vectorcall convention:
 * positional arguments, then one value per keyword name in `kwnames`).
 *
 * Python functions re-enter the eval loop through the thread state; builtin
 * functions and method descriptors are called directly; types go through
 * `type.__call__` (objects/type-call.ts); anything else through `__call__`.
 */

import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { PyType, TypeType, TypeFlags, typeOf } from "../objects/type.js";
import { PyBaseException, isPlainExceptionType } from "../objects/exceptions.js";
import { newTuple } from "../objects/tuple.js";
import { PyFunction, PyBoundMethod } from "../objects/function.js";
import { PyBuiltinFunction, PyMethodDescriptor, PyClassMethod, PyStaticMethod, WrapperDescriptorType } from "../objects/builtin-function.js";
import { getThreadState } from "../objects/thread-state.js";
import { notCallable, typeError, typeName } from "../objects/errors.js";
import { typeCall } from "../objects/type-call.js";

export function callObject(f: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (f instanceof PyFunction) return getThreadState().callFunction(f, args, kwnames);
  if (f instanceof PyBuiltinFunction) return f.fn(args, kwnames);
  if (f instanceof PyBoundMethod) return callObject(f.func, [f.self, ...args], kwnames);
  if (f instanceof PyMethodDescriptor) return callMethodDescriptor(f, args, kwnames);
  if (f instanceof PyType && f.cls === TypeType) {
    if (kwnames === null) {
      if (f.call1 !== null && args.length === 1) return f.call1(args[0] as PyValue);
      // ValueError(msg), a `class E(Exception): pass`: what BaseException's __new__ + __init__ build.
      if ((f.flags & TypeFlags.BASE_EXC_SUBCLASS) !== 0 && isPlainExceptionType(f)) return new PyBaseException(f, newTuple(args.slice()));
    }
    return typeCall(f, args, kwnames);
  }
  return callGeneric(f, args, kwnames);
}

function callGeneric(f: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const call = typeOf(f).lookup("__call__");
  if (call === undefined) throw notCallable(f);
  return callMethod(call, f, args, kwnames);
}

/** Call an unbound method descriptor: `descr(self, *args)`. */
export function callMethodDescriptor(f: PyMethodDescriptor, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  // Slot wrappers (wrapper_descriptor) and method descriptors word these two errors differently.
  const wrapper = f.cls === WrapperDescriptorType;
  if (args.length === 0 || (kwnames !== null && args.length - kwnames.length === 0)) {
    throw typeError(
      wrapper
        ? `descriptor '${f.name}' of '${f.objclass.name}' object needs an argument`
        : `unbound method ${f.objclass.name}.${f.name}() needs an argument`,
    );
  }
  const self = args[0] as PyValue;
  if (!typeOf(self).isSubtypeOf(f.objclass)) {
    throw typeError(
      wrapper
        ? `descriptor '${f.name}' requires a '${f.objclass.name}' object but received a '${typeName(self)}'`
        : `descriptor '${f.name}' for '${f.objclass.name}' objects doesn't apply to a '${typeName(self)}' object`,
    );
  }
  return f.fn(self, args.slice(1), kwnames);
}

/**
 * Call `meth` (found on `type(self)`, unbound) with `self` prepended —
 * what LOAD_METHOD/CALL does, and how protocol helpers call dunders.
 */
export function callMethod(meth: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (meth instanceof PyMethodDescriptor) return meth.fn(self, args, kwnames);
  if (meth instanceof PyFunction) return getThreadState().callFunction(meth, [self, ...args], kwnames);
  if (meth instanceof PyStaticMethod) return callObject(meth.func, args, kwnames);
  if (meth instanceof PyClassMethod) return callObject(meth.func, [typeOf(self), ...args], kwnames);
  if (meth instanceof PyBuiltinFunction) return meth.fn(args, kwnames);
  // Another descriptor (or a plain callable stored on the type): bind then call.
  const get = meth instanceof PyObject ? meth.cls.lookup("__get__") : undefined;
  if (get !== undefined) {
    const bound = callMethod(get, meth, [self, typeOf(self)]);
    return callObject(bound, args, kwnames);
  }
  return callObject(meth, args, kwnames);
}

/** `meth(self)` with no arguments (dunder fast path). */
export function callMethod0(meth: PyValue, self: PyValue): PyValue {
  // The count is known here: a builtin method whose arity admits it runs unchecked (one JS frame less per level).
  if (meth instanceof PyMethodDescriptor) return meth.entryFor(0)(self, [], null);
  if (meth instanceof PyFunction) return getThreadState().callFunction(meth, [self], null);
  return callMethod(meth, self, []);
}

/** `meth(self, other)` (dunder fast path). */
export function callMethod1(meth: PyValue, self: PyValue, other: PyValue): PyValue {
  if (meth instanceof PyMethodDescriptor) return meth.entryFor(1)(self, [other], null);
  if (meth instanceof PyFunction) return getThreadState().callFunction(meth, [self, other], null);
  return callMethod(meth, self, [other]);
}

/** `meth(self, a, b)` (dunder fast path). */
export function callMethod2(meth: PyValue, self: PyValue, a: PyValue, b: PyValue): PyValue {
  if (meth instanceof PyMethodDescriptor) return meth.entryFor(2)(self, [a, b], null);
  if (meth instanceof PyFunction) return getThreadState().callFunction(meth, [self, a, b], null);
  return callMethod(meth, self, [a, b]);
}

/** Look up a special method on the type (never the instance), as CPython's `_PyObject_LookupSpecial` without binding. */
export function lookupSpecial(t: PyType, name: string): PyValue | undefined {
  return t.lookup(name);
}

/** `callable(v)`. */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyType) return true;
  return typeOf(v).lookup("__call__") !== undefined;
}
