/**
 * `tuple`: `PyTuple { items }` (the array is never mutated after creation).
 */

import { Shape } from "./shape.js";
import { PyObject, type PyValue } from "./object.js";
import type { PyDict } from "./dict.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";

export const TupleType: PyType = makeBuiltinType(
  "tuple",
  ObjectType,
  TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.TUPLE_SUBCLASS | TypeFlags.NO_INSTANCE_DICT,
);

/** Not a derived class, for the same reason as `PyFloat` (see float.ts): the constructor must inline. */
export interface PyTuple extends PyObject {}
export class PyTuple {
  declare cls: PyType;
  declare shape: Shape;
  declare slots: PyValue[] | null;
  declare dict: PyDict | null;
  readonly items: readonly PyValue[];
  constructor(items: readonly PyValue[], cls?: PyType) {
    this.cls = cls === undefined ? TupleType : cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.items = items;
  }
}
Object.setPrototypeOf(PyTuple.prototype, PyObject.prototype);
Object.setPrototypeOf(PyTuple, PyObject);

export const EMPTY_TUPLE: PyTuple = new PyTuple([]);

export function newTuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
