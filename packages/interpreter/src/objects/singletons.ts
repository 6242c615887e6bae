/**
 * `None`, `NotImplemented`, `Ellipsis` and their types (kernel module).
 */

import { PyObject } from "./object.js";
import { makeBuiltinType, TypeFlags, ObjectType } from "./type.js";

const F = TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT;

export const NoneType = makeBuiltinType("NoneType", ObjectType, F);
export const NotImplementedType = makeBuiltinType("NotImplementedType", ObjectType, F);
export const EllipsisType = makeBuiltinType("ellipsis", ObjectType, F);

export class PyNone extends PyObject {}
export class PyNotImplementedType extends PyObject {}
export class PyEllipsisType extends PyObject {}

export const None: PyObject = new PyNone(NoneType);
export const NotImplemented: PyObject = new PyNotImplementedType(NotImplementedType);
export const Ellipsis: PyObject = new PyEllipsisType(EllipsisType);
