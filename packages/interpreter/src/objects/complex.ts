/**
 * `complex`: `PyComplex { real, imag }`. Arithmetic in protocols/number.ts.
 */

import { PyObject } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";

export const ComplexType: PyType = makeBuiltinType(
  "complex",
  ObjectType,
  TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.NO_INSTANCE_DICT,
);

export class PyComplex extends PyObject {
  readonly real: number;
  readonly imag: number;
  constructor(real: number, imag: number, cls: PyType = ComplexType) {
    super(cls);
    this.real = real;
    this.imag = imag;
  }
}
