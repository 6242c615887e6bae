/**
 * `types.UnionType` (https://docs.python.org/3.11/library/stdtypes.html#types-union):
 * what `int | str` evaluates to, as CPython's `Objects/unionobject.c`.
 *
 * `X | Y` is defined for the "unionable" operands (None, classes,
 * `types.GenericAlias`, unions); anything else gives NotImplemented, so
 * `int | 3` is the usual unsupported-operand TypeError. Arguments are
 * flattened (`(int | str) | float`), None becomes `NoneType`, duplicates are
 * dropped (first occurrence kept), and a union of a single distinct type is
 * that type itself (`int | int is int`). `isinstance`/`issubclass` accept a
 * union (builtins-functions.ts reads `__args__`); equality and hashing ignore
 * order, as for a frozenset of the arguments.
 */

import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, PyType, TypeType } from "./type.js";
import { None, NoneType, NotImplemented } from "./singletons.js";
import { defineMethod, defineGetSet } from "./builtin-function.js";
import { PyTuple, newTuple, EMPTY_TUPLE } from "./tuple.js";
import { typeError, typeName } from "./errors.js";
import { typeModule } from "./object-type.js";
import { PyGenericAlias, GenericAliasType } from "./generic-alias.js";
import { repr } from "../protocols/repr.js";
import { eq } from "../protocols/compare.js";
import { hash } from "../protocols/hash.js";
import { PyFrozenSet } from "./set.js";

export const UnionTypeType = makeBuiltinType("UnionType", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT, "types");

export class PyUnion extends PyObject {
  readonly args: PyTuple;
  constructor(args: PyValue[]) {
    super(UnionTypeType);
    this.args = newTuple(args);
  }
}

function union(v: PyValue): PyUnion {
  if (!(v instanceof PyUnion)) throw typeError(`descriptor requires a 'types.UnionType' object but received '${typeName(v)}'`);
  return v;
}

function isUnionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;
}

/** `a | b` for unionable operands, else NotImplemented (CPython's `_Py_union_type_or`). */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const out: PyValue[] = [];
  const add = (v: PyValue): void => {
    if (v instanceof PyUnion) {
      for (const x of v.args.items) add(x);
      return;
    }
    const t = v === None ? NoneType : v;
    for (const x of out) {
      if (x === t) return;
      if (x instanceof PyGenericAlias && t instanceof PyGenericAlias && eq(x, t)) return;
    }
    out.push(t);
  };
  add(a);
  add(b);
  if (out.length === 1) return out[0] as PyValue;
  return new PyUnion(out);
}

/** How one argument prints (CPython's `union_repr_item`). */
function reprItem(v: PyValue): string {
  if (v === NoneType) return "None";
  if (v instanceof PyType) {
    const mod = typeModule(v);
    return mod === "builtins" ? v.qualname : `${mod}.${v.qualname}`;
  }
  return repr(v);
}

defineMethod(UnionTypeType, "__repr__", (self) => union(self).args.items.map(reprItem).join(" | "));
defineGetSet(UnionTypeType, "__args__", (self) => union(self).args);
defineGetSet(UnionTypeType, "__parameters__", () => EMPTY_TUPLE);
defineMethod(UnionTypeType, "__or__", (self, args) => unionOr(self, args[0] as PyValue));
defineMethod(UnionTypeType, "__ror__", (self, args) => unionOr(args[0] as PyValue, self));
defineMethod(UnionTypeType, "__eq__", (self, args) => {
  const b = args[0];
  if (!(b instanceof PyUnion)) return NotImplemented;
  return eq(new PyFrozenSet(union(self).args.items), new PyFrozenSet(b.args.items));
});
defineMethod(UnionTypeType, "__hash__", (self) => hash(new PyFrozenSet(union(self).args.items)));

// `X | Y` on classes and generic aliases.
for (const t of [TypeType, GenericAliasType]) {
  defineMethod(t, "__or__", (self, args) => unionOr(self, args[0] as PyValue));
  defineMethod(t, "__ror__", (self, args) => unionOr(args[0] as PyValue, self));
}
