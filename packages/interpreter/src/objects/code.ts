/**
 * `code`: the Python-visible wrapper around a `CodeObject` (what `compile()`
 * returns and `f.__code__` gives).
 */

import type { CodeObject } from "@pyvm/bytecode";
import { PyObject } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";

export const CodeType: PyType = makeBuiltinType("code", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);

export class PyCode extends PyObject {
  readonly code: CodeObject;
  constructor(code: CodeObject) {
    super(CodeType);
    this.code = code;
  }
}
