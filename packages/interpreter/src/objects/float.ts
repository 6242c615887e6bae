/**
 * `float`: `PyFloat { value }` — boxed so that `1` and `1.0` are distinct
 * values. Arithmetic lives in protocols/number.ts and objects/float-ops.ts;
 * `repr` in objects/float-repr.ts.
 */

import { Shape } from "./shape.js";
import { PyObject } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";

export const FloatType: PyType = makeBuiltinType(
  "float",
  ObjectType,
  TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.FLOAT_SUBCLASS | TypeFlags.NO_INSTANCE_DICT,
);

export class PyFloat extends PyObject {
  readonly value: number;
  constructor(value: number, cls: PyType = FloatType) {
    super(null);
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.value = value;
  }
}

const ZERO = new PyFloat(0);
const ONE = new PyFloat(1);

/** A `float` with the given value (shares a few common boxes; floats are immutable). */
export function newFloat(v: number): PyFloat {
  if (v === 0) return Object.is(v, 0) ? ZERO : new PyFloat(v);
  if (v === 1) return ONE;
  return new PyFloat(v);
}
