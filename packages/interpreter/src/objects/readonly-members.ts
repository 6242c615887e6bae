/**
 * Assigning a read-only attribute of a builtin type: CPython words it by how
 * the attribute is implemented (a READONLY member vs a getset without setter).
 */

import type { PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { attributeErrorMsg } from "./errors.js";

/**
 * Attributes CPython implements as read-only members (PyMemberDef READONLY)
 * rather than getsets: assigning them says "readonly attribute" instead of
 * "attribute 'x' of 'T' objects is not writable".
 */
const READONLY_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  property: ["fget", "fset", "fdel"], slice: ["start", "stop", "step"], range: ["start", "stop", "step"],
  complex: ["real", "imag"], function: ["__builtins__", "__closure__", "__globals__"],
  classmethod: ["__func__", "__wrapped__"], staticmethod: ["__func__", "__wrapped__"], method: ["__func__", "__self__"],
  code: ["co_argcount", "co_consts", "co_exceptiontable", "co_filename", "co_firstlineno", "co_flags", "co_kwonlyargcount",
    "co_linetable", "co_name", "co_names", "co_nlocals", "co_posonlyargcount", "co_qualname", "co_stacksize"],
  super: ["__self__", "__self_class__", "__thisclass__"], generator: ["gi_code"], coroutine: ["cr_code", "cr_origin"],
  "method-wrapper": ["__self__"], wrapper_descriptor: ["__name__", "__objclass__"], method_descriptor: ["__name__", "__objclass__"],
  getset_descriptor: ["__name__", "__objclass__"], member_descriptor: ["__name__", "__objclass__"],
  traceback: ["tb_frame", "tb_lasti"],
  type: ["__base__", "__basicsize__", "__dictoffset__", "__flags__", "__itemsize__", "__mro__", "__weakrefoffset__"], GenericAlias: ["__args__", "__origin__", "__unpacked__"], UnionType: ["__args__"],
};

/** The AttributeError for assigning or deleting a read-only builtin attribute `name` of `objclass`. */
export function notWritableError(objclass: PyType, name: string): PyValue {
  if (READONLY_MEMBERS[objclass.name]?.includes(name) === true) return attributeErrorMsg("readonly attribute");
  return attributeErrorMsg(`attribute '${name}' of '${objclass.name}' objects is not writable`);
}
