/**
 * `tuple`: `PyTuple { items }` (the array is never mutated after creation).
 */

import { Shape } from "./shape.js";
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";

export const TupleType: PyType = makeBuiltinType(
  "tuple",
  ObjectType,
  TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.TUPLE_SUBCLASS | TypeFlags.NO_INSTANCE_DICT,
);

export class PyTuple extends PyObject {
  readonly items: readonly PyValue[];
  constructor(items: readonly PyValue[], cls: PyType = TupleType) {
    super(null);
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.items = items;
  }
}

export const EMPTY_TUPLE: PyTuple = new PyTuple([]);

export function newTuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
