/**
 * `list`: `PyList { items }`, a JS array owned by the list.
 */

import { Shape } from "./shape.js";
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";

export const ListType: PyType = makeBuiltinType(
  "list",
  ObjectType,
  TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.LIST_SUBCLASS | TypeFlags.NO_INSTANCE_DICT,
);

export class PyList extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[], cls: PyType = ListType) {
    super(null);
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.items = items;
  }
}
