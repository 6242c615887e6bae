/**
 * `list`: `PyList { items }`, a JS array owned by the list.
 */

import { Shape } from "./shape.js";
import { PyObject, type PyValue } from "./object.js";
import type { PyDict } from "./dict.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";

export const ListType: PyType = makeBuiltinType(
  "list",
  ObjectType,
  TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.LIST_SUBCLASS | TypeFlags.NO_INSTANCE_DICT,
);

/** Not a derived class, for the same reason as `PyFloat` (see float.ts): the constructor must inline. */
export interface PyList extends PyObject {}
export class PyList {
  declare cls: PyType;
  declare shape: Shape;
  declare slots: PyValue[] | null;
  declare dict: PyDict | null;
  items: PyValue[];
  constructor(items: PyValue[], cls?: PyType) {
    this.cls = cls === undefined ? ListType : cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.items = items;
  }
}
Object.setPrototypeOf(PyList.prototype, PyObject.prototype);
Object.setPrototypeOf(PyList, PyObject);
