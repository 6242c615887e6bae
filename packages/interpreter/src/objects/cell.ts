/**
 * `cell`: a closure cell. `ref === undefined` means empty (unbound).
 */

import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags } from "./type.js";

export const CellType = makeBuiltinType("cell", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);

export class PyCell extends PyObject {
  ref: PyValue | undefined;
  constructor(ref: PyValue | undefined = undefined) {
    super(CellType);
    this.ref = ref;
  }
}
