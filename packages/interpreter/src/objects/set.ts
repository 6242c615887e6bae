/**
 * `set` and `frozenset`: the dict table without values (the entries' values
 * are unused `true`s). Methods and operators live in objects/set-methods.ts.
 */

import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "./type.js";
import { PyDict } from "./dict.js";

const F = TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.NO_INSTANCE_DICT;
export const SetType: PyType = makeBuiltinType("set", ObjectType, F);
export const FrozenSetType: PyType = makeBuiltinType("frozenset", ObjectType, F);

/** Common base of set and frozenset (the JS class carries the table). */
export class PySetBase extends PyObject {
  readonly table: PyDict;
  /** Cached hash (frozenset only); undefined until computed. */
  hashCache: number | bigint | undefined = undefined;
  constructor(cls: PyType) {
    super(cls);
    this.table = new PyDict();
  }
  get size(): number {
    return this.table.size;
  }
}

export class PySet extends PySetBase {
  constructor(items: readonly PyValue[] = [], cls: PyType = SetType) {
    super(cls);
    for (let i = 0; i < items.length; i++) this.table.set(items[i] as PyValue, true);
  }
}

export class PyFrozenSet extends PySetBase {
  constructor(items: readonly PyValue[] = [], cls: PyType = FrozenSetType) {
    super(cls);
    for (let i = 0; i < items.length; i++) this.table.set(items[i] as PyValue, true);
  }
}
