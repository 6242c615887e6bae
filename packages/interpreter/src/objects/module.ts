/**
 * `module`: `PyModule { name, dict }` — the module namespace is the
 * object's attribute dict (always in dictionary mode).
 */

import { PyObject } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";
import { PyDict } from "./dict.js";

export const ModuleType: PyType = makeBuiltinType("module", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.BASETYPE);

export class PyModule extends PyObject {
  readonly name: string;
  declare dict: PyDict;
  constructor(name: string, dict: PyDict = new PyDict(), cls: PyType = ModuleType) {
    super(cls);
    this.name = name;
    this.dict = dict;
    if (dict.getStr("__name__") === undefined) dict.setStr("__name__", name);
  }
}
