/**
 * `float`: `PyFloat { value }` — boxed so that `1` and `1.0` are distinct
 * values. Arithmetic lives in protocols/number.ts and objects/float-ops.ts;
 * `repr` in objects/float-repr.ts.
 */

import { Shape } from "./shape.js";
import { PyObject, type PyValue } from "./object.js";
import type { PyDict } from "./dict.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";

export const FloatType: PyType = makeBuiltinType(
  "float",
  ObjectType,
  TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.FLOAT_SUBCLASS | TypeFlags.NO_INSTANCE_DICT,
);

/**
 * Not `extends PyObject` on purpose: a derived constructor must call
 * `super()`, and V8 would not inline that chain into the (large) eval loop,
 * so every float result cost two calls. The prototype is linked to
 * `PyObject.prototype` below, so `instanceof PyObject` holds as before; the
 * interface merge gives the type the `PyObject` members.
 */
export interface PyFloat extends PyObject {}
export class PyFloat {
  declare cls: PyType;
  declare shape: Shape;
  declare slots: PyValue[] | null;
  declare dict: PyDict | null;
  readonly value: number;
  constructor(value: number, cls?: PyType) {
    this.cls = cls === undefined ? FloatType : cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.value = value;
  }
}
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);
Object.setPrototypeOf(PyFloat, PyObject);

const ZERO = new PyFloat(0);
const ONE = new PyFloat(1);

/** A `float` with the given value (shares a few common boxes; floats are immutable). */
export function newFloat(v: number): PyFloat {
  if (v === 0) return Object.is(v, 0) ? ZERO : new PyFloat(v);
  if (v === 1) return ONE;
  return new PyFloat(v);
}
