/**
 * Python functions (`PyFunction`) and bound methods (`PyBoundMethod`).
 *
 * A `PyFunction` is created by MAKE_FUNCTION; the eval loop calls it by
 * pushing a frame. Anything else that needs to call one (a builtin calling a
 * key function, a dunder from a protocol helper) goes through
 * `callObject` → `getThreadState().callFunction`.
 */

import { Shape } from "./shape.js";
import type { CodeObject } from "@pyvm/bytecode";
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";
import { None } from "./singletons.js";
import type { PyDict } from "./dict.js";
import type { PyCell } from "./cell.js";

export const FunctionType: PyType = makeBuiltinType("function", ObjectType, TypeFlags.IMMUTABLE);
export const MethodType: PyType = makeBuiltinType("method", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);

export class PyFunction extends PyObject {
  code: CodeObject;
  globals: PyDict;
  builtins: PyDict;
  name: string;
  qualname: string;
  /** Positional defaults (`__defaults__`), null when none. */
  defaults: PyValue[] | null;
  /** Keyword-only defaults (`__kwdefaults__`), null when none. */
  kwdefaults: PyDict | null;
  closure: PyCell[] | null;
  doc: PyValue;
  /** `__annotations__`: a dict, or null until first requested. */
  annotations: PyDict | null;
  /** `__module__` (the globals' `__name__` at creation). */
  module: PyValue;

  constructor(code: CodeObject, globals: PyDict, builtins: PyDict, qualname: string = code.qualname) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = FunctionType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.name;
    this.qualname = qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    // CPython: `__doc__` is co_consts[0] when that is a str (the compiler puts the docstring or None there).
    const c0 = code.consts[0];
    this.doc = c0 !== undefined && c0.kind === "str" ? c0.value : None;
    this.annotations = null;
    const m = globals.getStr("__name__");
    this.module = m === undefined ? None : m;
  }
}

export class PyBoundMethod extends PyObject {
  readonly func: PyValue;
  readonly self: PyValue;
  constructor(func: PyValue, self: PyValue) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = MethodType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.func = func;
    this.self = self;
  }
}
