/**
 * `types.GenericAlias` (https://docs.python.org/3.11/library/stdtypes.html#types-genericalias):
 * what `list[int]`, `dict[str, int]`, `type[C]` evaluate to. Holds the origin
 * class and the argument tuple; prints as `list[int]`, calls the origin
 * (recording `__orig_class__` when it can), compares/hashes by origin and
 * args, and forwards other attribute reads to the origin, as CPython's
 * `Objects/genericaliasobject.c`. Type-variable substitution
 * (`list[T][int]`) is not implemented: `__parameters__` is always empty.
 */

import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, PyType, TypeType } from "./type.js";
import { NotImplemented, Ellipsis } from "./singletons.js";
import { defineMethod, defineNew, defineGetSet, defineClassMethod } from "./builtin-function.js";
import { PyTuple, newTuple, EMPTY_TUPLE } from "./tuple.js";
import { typeError, attributeError, typeName, exceptionMatches } from "./errors.js";
import { AttributeError, TypeError as TypeErrorType } from "./exceptions.js";
import { ListType } from "./list.js";
import { DictType } from "./dict.js";
import { TupleType } from "./tuple.js";
import { SetType, FrozenSetType } from "./set.js";
import { typeModule } from "./object-type.js";
import { repr } from "../protocols/repr.js";
import { callObject } from "../protocols/call.js";
import { eq } from "../protocols/compare.js";
import { hash } from "../protocols/hash.js";
import { getAttr, getAttrOrUndefined, setAttr } from "../protocols/attribute.js";

export const GenericAliasType = makeBuiltinType("GenericAlias", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.NO_INSTANCE_DICT, "types");

export class PyGenericAlias extends PyObject {
  readonly origin: PyValue;
  readonly args: PyTuple;
  constructor(origin: PyValue, args: PyValue, cls: PyType = GenericAliasType) {
    super(cls);
    this.origin = origin;
    this.args = args instanceof PyTuple ? args : newTuple([args]);
  }
}

function alias(v: PyValue): PyGenericAlias {
  if (!(v instanceof PyGenericAlias)) throw typeError(`descriptor requires a 'types.GenericAlias' object but received '${typeName(v)}'`);
  return v;
}

/** How an origin or argument prints inside `X[...]` (CPython's `ga_repr_item`). */
function reprItem(v: PyValue): string {
  if (v === Ellipsis) return "...";
  if (v instanceof PyGenericAlias) return aliasRepr(v);
  if (v instanceof PyType) {
    const mod = typeModule(v);
    return mod === "builtins" ? v.qualname : `${mod}.${v.qualname}`;
  }
  const q = getAttrOrUndefined(v, "__qualname__");
  const m = getAttrOrUndefined(v, "__module__");
  if (q !== undefined && m !== undefined && getAttrOrUndefined(v, "__origin__") === undefined) {
    if (typeof q === "string" && typeof m === "string") return m === "builtins" ? q : `${m}.${q}`;
  }
  return repr(v);
}

function aliasRepr(a: PyGenericAlias): string {
  const items = a.args.items;
  const inner = items.length === 0 ? "()" : items.map(reprItem).join(", ");
  return `${reprItem(a.origin)}[${inner}]`;
}

/** `cls.__class_getitem__(item)` for the builtin generic containers. */
export function classGetItem(cls: PyValue, args: PyValue[]): PyValue {
  return new PyGenericAlias(cls, args[0] as PyValue);
}

defineNew(GenericAliasType, (args) => {
  if (args.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
  return new PyGenericAlias(args[1] as PyValue, args[2] as PyValue, args[0] as PyType);
});
defineMethod(GenericAliasType, "__repr__", (self) => aliasRepr(alias(self)));
defineGetSet(GenericAliasType, "__origin__", (self) => alias(self).origin);
defineGetSet(GenericAliasType, "__args__", (self) => alias(self).args);
defineGetSet(GenericAliasType, "__parameters__", () => EMPTY_TUPLE);
defineGetSet(GenericAliasType, "__unpacked__", () => false);
defineMethod(GenericAliasType, "__call__", (self, args, kwnames) => {
  const a = alias(self);
  const r = callObject(a.origin, args, kwnames);
  try {
    setAttr(r, "__orig_class__", a);
  } catch (e) {
    // CPython ignores only AttributeError/TypeError here.
    if (!exceptionMatches(e as PyValue, AttributeError) && !exceptionMatches(e as PyValue, TypeErrorType)) throw e;
  }
  return r;
});
defineMethod(GenericAliasType, "__mro_entries__", (self) => newTuple([alias(self).origin]));
defineMethod(GenericAliasType, "__eq__", (self, args) => {
  const a = alias(self);
  const b = args[0];
  if (!(b instanceof PyGenericAlias)) return NotImplemented;
  return eq(a.origin, b.origin) && eq(a.args, b.args);
});
defineMethod(GenericAliasType, "__hash__", (self) => {
  const a = alias(self);
  return hash(newTuple([a.origin, a.args]));
});
defineMethod(GenericAliasType, "__getattr__", (self, args) => {
  const name = args[0];
  if (typeof name !== "string") throw typeError("attribute name must be string");
  const a = alias(self);
  if (name.startsWith("__") && name.endsWith("__") && !FORWARDED_DUNDERS.has(name)) throw attributeError(self, name);
  return getAttr(a.origin, name);
});
defineMethod(GenericAliasType, "__instancecheck__", () => {
  throw typeError("isinstance() argument 2 cannot be a parameterized generic");
});
defineMethod(GenericAliasType, "__subclasscheck__", () => {
  throw typeError("issubclass() argument 2 cannot be a parameterized generic");
});
defineMethod(GenericAliasType, "__reduce__", (self) => {
  const a = alias(self);
  return newTuple([GenericAliasType, newTuple([a.origin, a.args])]);
});

/** Dunder names a GenericAlias reads from its origin (the rest are its own or missing). */
const FORWARDED_DUNDERS = new Set(["__name__", "__qualname__", "__module__", "__doc__"]);

for (const t of [ListType, DictType, TupleType, SetType, FrozenSetType, TypeType]) {
  defineClassMethod(t, "__class_getitem__", (cls, args) => classGetItem(cls, args));
}
