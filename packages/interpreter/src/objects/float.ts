/**
 * `float`: `PyFloat { value }` — boxed so that `1` and `1.0` are distinct
 * values. Arithmetic lives in protocols/number.ts and objects/float-ops.ts;
 * `repr` in objects/float-repr.ts.
 *
 * An exact float is the hottest allocation of numeric code, so it carries a
 * single own field, `value`: its object header (`cls`, `shape`, `slots`,
 * `dict`) is answered by `PyFloat.prototype` (an exact float never has
 * attributes, and its class cannot be assigned). That makes the box 4 words
 * instead of 8 (plus V8's HeapNumber for the double), which roughly halves
 * the scavenger's work in float loops. Instances of float subclasses are
 * `PyFloatInstance`s, which own a real header (they may have a `__dict__`,
 * `__slots__` and an assignable `__class__`); both pass `instanceof PyFloat`,
 * and `x.cls === FloatType` still tells an exact float.
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
  constructor(value: number) {
    this.value = value;
  }
}
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);
Object.setPrototypeOf(PyFloat, PyObject);
// The header of every exact float (writable, so a PyFloatInstance's own
// fields can shadow it by plain assignment).
PyFloat.prototype.cls = FloatType;
PyFloat.prototype.shape = Shape.EMPTY;
PyFloat.prototype.slots = null;
PyFloat.prototype.dict = null;

/** An instance of a subclass of `float`: a `PyFloat` with its own object header. */
export class PyFloatInstance extends PyFloat {
  constructor(value: number, cls: PyType) {
    super(value);
    this.cls = cls;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
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

/** A `float` of class `cls` (`float` itself or a subclass of it). */
export function newFloatOfType(v: number, cls: PyType): PyFloat {
  return cls === FloatType ? newFloat(v) : new PyFloatInstance(v, cls);
}
