/**
 * Error factories producing CPython 3.11's exact messages.
 *
 * Each factory *returns* the exception so call sites read `throw typeError(…)`
 * (and TypeScript sees the throw). `VMInternalError` is the one JS `Error`
 * subclass: it marks a VM bug, and Python code can never catch it.
 */

import type { PyValue } from "./object.js";
import { typeOf, type PyType } from "./type.js";
import { newTuple } from "./tuple.js";
import * as E from "./exceptions.js";
import { PyBaseException } from "./exceptions.js";
import { PyModule } from "./module.js";
import { PyType as PyTypeClass } from "./type.js";

/** A bug in the VM (never a Python exception). */
export class VMInternalError extends Error {
  override name = "VMInternalError";
}

/** `type(v).__name__`. */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/** Instantiate exception type `t` with the given args (no `__init__` call). */
export function newException(t: PyType, ...args: PyValue[]): PyBaseException {
  return new PyBaseException(t, newTuple(args));
}

function withMessage(t: PyType, msg: string): PyBaseException {
  return new PyBaseException(t, newTuple([msg]));
}

export const typeError = (msg: string): PyBaseException => withMessage(E.TypeError, msg);
export const valueError = (msg: string): PyBaseException => withMessage(E.ValueError, msg);
export const indexError = (msg: string): PyBaseException => withMessage(E.IndexError, msg);
export const overflowError = (msg: string): PyBaseException => withMessage(E.OverflowError, msg);
export const runtimeError = (msg: string): PyBaseException => withMessage(E.RuntimeError, msg);
export const notImplementedError = (msg: string): PyBaseException => withMessage(E.NotImplementedError, msg);
export const recursionError = (msg = "maximum recursion depth exceeded"): PyBaseException =>
  withMessage(E.RecursionError, msg);
export const systemError = (msg: string): PyBaseException => withMessage(E.SystemError, msg);
export const importError = (msg: string): PyBaseException => withMessage(E.ImportError, msg);
export const assertionError = (msg: string): PyBaseException => withMessage(E.AssertionError, msg);
export const memoryError = (): PyBaseException => newException(E.MemoryError);
export const eofError = (msg: string): PyBaseException => withMessage(E.EOFError, msg);
export const lookupError = (msg: string): PyBaseException => withMessage(E.LookupError, msg);
export const unicodeError = (msg: string): PyBaseException => withMessage(E.UnicodeError, msg);

/** `ZeroDivisionError(msg)`; CPython's messages: "division by zero", "integer division or modulo by zero", "float division by zero", "float floor division by zero", "float modulo", "float divmod()", "complex division by zero". */
export const zeroDivision = (msg = "division by zero"): PyBaseException => withMessage(E.ZeroDivisionError, msg);

/** `KeyError(key)`. */
export const keyError = (key: PyValue): PyBaseException => newException(E.KeyError, key);

/** `StopIteration(value)` (only for Python-visible raising; internal iteration uses `undefined`). */
export const stopIteration = (value?: PyValue): PyBaseException =>
  value === undefined ? newException(E.StopIteration) : newException(E.StopIteration, value);

/** "list index out of range" / "list assignment index out of range" (pass "list assignment"). */
export const indexOutOfRange = (what: string): PyBaseException => indexError(`${what} index out of range`);

/** "unsupported operand type(s) for +: 'int' and 'str'" (`**` reads "** or pow()"). */
export function unsupportedOperand(op: string, a: PyValue, b: PyValue): PyBaseException {
  const sym = op === "**" ? "** or pow()" : op;
  return typeError(`unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** "unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'" (3-argument pow). */
export function unsupportedTernary(a: PyValue, b: PyValue, c: PyValue): PyBaseException {
  return typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(c)}'`);
}

/** "bad operand type for unary -: 'str'". */
export function badUnaryOperand(op: string, v: PyValue): PyBaseException {
  return typeError(`bad operand type for unary ${op}: '${typeName(v)}'`);
}

/** "'<' not supported between instances of 'int' and 'str'". */
export function unorderable(op: string, a: PyValue, b: PyValue): PyBaseException {
  return typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/**
 * AttributeError for a failed lookup of `name` on `obj`, worded like CPython:
 * "'Foo' object has no attribute 'x'", "type object 'Foo' has no attribute
 * 'x'", "module 'm' has no attribute 'x'". Sets `.name` and `.obj`.
 */
export function attributeError(obj: PyValue, name: string): PyBaseException {
  let msg: string;
  if (obj instanceof PyTypeClass) msg = `type object '${obj.name}' has no attribute '${name}'`;
  else if (obj instanceof PyModule) msg = `module '${obj.name}' has no attribute '${name}'`;
  else msg = `'${typeName(obj)}' object has no attribute '${name}'`;
  const e = withMessage(E.AttributeError, msg);
  attachAttributeErrorContext(e, obj, name);
  return e;
}

/** AttributeError with a custom message. */
export const attributeErrorMsg = (msg: string): PyBaseException => withMessage(E.AttributeError, msg);

/** Side table for AttributeError.name/.obj (read by the getset descriptors in exception-methods.ts). */
export const attributeErrorContext = new WeakMap<PyBaseException, { name: string; obj: PyValue }>();
function attachAttributeErrorContext(e: PyBaseException, obj: PyValue, name: string): void {
  attributeErrorContext.set(e, { name, obj });
}

/** "name 'x' is not defined". */
export function nameError(name: string): PyBaseException {
  const e = withMessage(E.NameError, `name '${name}' is not defined`);
  nameErrorContext.set(e, name);
  return e;
}
export const nameErrorContext = new WeakMap<PyBaseException, string>();

/** UnboundLocalError for a local read before assignment (3.11 wording). */
export function unboundLocal(name: string): PyBaseException {
  return withMessage(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

/** NameError for an empty free variable (3.11 wording). */
export function unboundFree(name: string): PyBaseException {
  return withMessage(E.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

export const notCallable = (v: PyValue): PyBaseException => typeError(`'${typeName(v)}' object is not callable`);
export const notIterable = (v: PyValue): PyBaseException => typeError(`'${typeName(v)}' object is not iterable`);
export const notSubscriptable = (v: PyValue): PyBaseException => typeError(`'${typeName(v)}' object is not subscriptable`);
export const noItemAssignment = (v: PyValue): PyBaseException =>
  typeError(`'${typeName(v)}' object does not support item assignment`);
/** `sequence` picks PySequence_DelItem's wording ("doesn't") over PyObject_DelItem's. */
export const noItemDeletion = (v: PyValue, sequence = false): PyBaseException =>
  typeError(`'${typeName(v)}' object ${sequence ? "doesn't" : "does not"} support item deletion`);
export const unhashable = (v: PyValue): PyBaseException => typeError(`unhashable type: '${typeName(v)}'`);
export const noLen = (v: PyValue): PyBaseException => typeError(`object of type '${typeName(v)}' has no len()`);
/** "'str' object cannot be interpreted as an integer". */
export const notAnIndex = (v: PyValue): PyBaseException =>
  typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
/** "list indices must be integers or slices, not str". */
export const badIndexType = (what: string, v: PyValue): PyBaseException =>
  typeError(`${what} indices must be integers or slices, not ${typeName(v)}`);

/** "len() takes exactly one argument (2 given)" */
export function exactlyOneArg(fname: string, given: number): PyBaseException {
  return typeError(`${fname}() takes exactly one argument (${given} given)`);
}
/** "f() takes no arguments (1 given)" */
export function noArgs(fname: string, given: number): PyBaseException {
  return typeError(`${fname}() takes no arguments (${given} given)`);
}
/** "f() takes no keyword arguments" */
export function noKwargs(fname: string): PyBaseException {
  return typeError(`${fname}() takes no keyword arguments`);
}
/** Argument-clinic style: "isinstance expected 2 arguments, got 1", "getattr expected at least 2 arguments, got 1", "list expected at most 1 argument, got 2". */
export function expectedArgs(fname: string, kind: "" | "at least " | "at most ", n: number, got: number): PyBaseException {
  return typeError(`${fname} expected ${kind}${n} argument${n === 1 ? "" : "s"}, got ${got}`);
}
/** "int() takes at most 2 arguments (3 given)", "sum() takes at least 1 positional argument (0 given)". */
export function takesArgs(fname: string, kind: "exactly " | "at least " | "at most " | "", n: number, got: number, positional = false): PyBaseException {
  const what = positional ? "positional argument" : "argument";
  return typeError(`${fname}() takes ${kind}${n} ${what}${n === 1 ? "" : "s"} (${got} given)`);
}
/** "f() got an unexpected keyword argument 'x'" */
export function unexpectedKwarg(fname: string, name: string): PyBaseException {
  return typeError(`${fname}() got an unexpected keyword argument '${name}'`);
}

/** True when `v` is an instance of exception type `t`. */
export function exceptionMatches(v: PyValue, t: PyType): boolean {
  return v instanceof PyBaseException && v.cls.isSubtypeOf(t);
}
