/**
 * `cell`: a closure cell. `ref === undefined` means empty (unbound).
 */

import { Shape } from "./shape.js";
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags } from "./type.js";

export const CellType = makeBuiltinType("cell", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);

export class PyCell extends PyObject {
  ref: PyValue | undefined;
  constructor(ref: PyValue | undefined = undefined) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = CellType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.ref = ref;
  }
}
