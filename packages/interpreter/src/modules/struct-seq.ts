/**
 * Struct sequences (CPython's `PyStructSequence`): tuple subclasses whose
 * items are also readable as named attributes, with a
 * `module.name(field=value, ...)` repr — `sys.version_info`,
 * `sys.float_info`, `sys.flags`, … Instances are plain `PyTuple`s whose
 * `cls` is the struct type, so every tuple operation works on them.
 */
import type { PyValue } from "../objects/object.js";
import { PyTuple, TupleType } from "../objects/tuple.js";
import { makeBuiltinType, TypeFlags, type PyType } from "../objects/type.js";
import { defineGetSet, defineMethod } from "../objects/builtin-function.js";
import { repr } from "../protocols/repr.js";

export interface StructSeqType {
  readonly type: PyType;
  make(values: readonly PyValue[]): PyTuple;
}

export function makeStructSeq(qualified: string, fields: readonly string[]): StructSeqType {
  const dot = qualified.lastIndexOf(".");
  const module = dot >= 0 ? qualified.slice(0, dot) : "builtins";
  const name = qualified.slice(dot + 1);
  const type = makeBuiltinType(name, TupleType, TypeFlags.IMMUTABLE | TypeFlags.TUPLE_SUBCLASS | TypeFlags.NO_INSTANCE_DICT, module);
  fields.forEach((f, i) => defineGetSet(type, f, (self) => (self as PyTuple).items[i] as PyValue));
  defineMethod(type, "__repr__", (self) => {
    const items = (self as PyTuple).items;
    return `${qualified}(${fields.map((f, i) => `${f}=${repr(items[i] as PyValue)}`).join(", ")})`;
  });
  return { type, make: (values) => new PyTuple([...values], type) };
}
