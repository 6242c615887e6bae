/**
 * `slice`: `PySlice { start, stop, step }` (None when omitted) and the
 * index arithmetic shared by every sequence (`sliceIndices`).
 */

import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags } from "./type.js";

export const SliceType = makeBuiltinType("slice", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);

export class PySlice extends PyObject {
  readonly start: PyValue;
  readonly stop: PyValue;
  readonly step: PyValue;
  constructor(start: PyValue, stop: PyValue, step: PyValue) {
    super(SliceType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}
