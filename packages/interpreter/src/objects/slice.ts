/**
 * `slice`: `PySlice { start, stop, step }` (None when omitted) and the
 * index arithmetic shared by every sequence (`sliceIndices`).
 */

import { Shape } from "./shape.js";
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags } from "./type.js";

export const SliceType = makeBuiltinType("slice", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);

export class PySlice extends PyObject {
  readonly start: PyValue;
  readonly stop: PyValue;
  readonly step: PyValue;
  constructor(start: PyValue, stop: PyValue, step: PyValue) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = SliceType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}
