/**
 * `property`: `PyProperty { fget, fset, fdel, doc }` (None when absent).
 * Binding is in protocols/attribute.ts; methods in objects/descriptors.ts.
 */

import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";
import { None } from "./singletons.js";

export const PropertyType: PyType = makeBuiltinType("property", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.BASETYPE);

export class PyProperty extends PyObject {
  fget: PyValue;
  fset: PyValue;
  fdel: PyValue;
  doc: PyValue;
  /** Set by `__set_name__` (3.10+ error messages use it). */
  name: PyValue;
  constructor(fget: PyValue = None, fset: PyValue = None, fdel: PyValue = None, doc: PyValue = None, cls: PyType = PropertyType) {
    super(cls);
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.doc = doc;
    this.name = None;
  }
}
