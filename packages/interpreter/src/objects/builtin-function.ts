/**
 * Callables and descriptors implemented in JS (kernel module):
 *
 * - `PyBuiltinFunction` — `builtin_function_or_method`: `fn(args, kwnames)`
 *   with the vectorcall convention (positional args, then one value per
 *   keyword name). `self` is the module or bound object (`__self__`), None if
 *   unbound.
 * - `PyMethodDescriptor` — `method_descriptor`: a method of a builtin type,
 *   stored in the type's `attrs`; `fn(self, args, kwnames)`. LOAD_METHOD pushes
 *   it with `self` so no bound object is allocated.
 * - `PyGetSetDescriptor` — `getset_descriptor`: a computed attribute of a
 *   builtin type (`int.real`, `function.__name__`); a data descriptor when it
 *   has a setter.
 * - `PyClassMethod` / `PyStaticMethod` — the `classmethod` / `staticmethod`
 *   wrappers (also used for builtin class methods such as `dict.fromkeys`).
 *
 * The binding rules live in protocols/attribute.ts; the Python-visible
 * methods of these types are installed by objects/descriptors.ts.
 */

import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags, PyType, typeOf } from "./type.js";
import { typeError } from "./errors.js";
import { None } from "./singletons.js";
import { aritySpecOf, withArity, type AritySpec } from "./method-arity.js";

const F = TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT;

export type BuiltinFn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;
export type MethodFn = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;
export type GetterFn = (self: PyValue) => PyValue;
export type SetterFn = (self: PyValue, value: PyValue | undefined) => void;

export const BuiltinFunctionType = makeBuiltinType("builtin_function_or_method", ObjectType, F);
export const MethodDescriptorType = makeBuiltinType("method_descriptor", ObjectType, F);
/** Dunder methods that fill a type slot in CPython (`<slot wrapper '__add__' of 'int' objects>`). */
export const WrapperDescriptorType = makeBuiltinType("wrapper_descriptor", MethodDescriptorType, F);
export const GetSetDescriptorType = makeBuiltinType("getset_descriptor", ObjectType, F);
/** A slot wrapper bound to an instance (`(1).__add__`); shares builtin_function_or_method's attributes. */
export const MethodWrapperType = makeBuiltinType("method-wrapper", BuiltinFunctionType, F);
/** `__slots__` members: a `PyGetSetDescriptor` whose type is `member_descriptor`. */
export const MemberDescriptorType = makeBuiltinType("member_descriptor", GetSetDescriptorType, F);
export const ClassMethodDescriptorType = makeBuiltinType("classmethod_descriptor", ObjectType, F);
export const ClassMethodType = makeBuiltinType("classmethod", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.BASETYPE);
export const StaticMethodType = makeBuiltinType("staticmethod", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.BASETYPE);

export class PyBuiltinFunction extends PyObject {
  readonly name: string;
  readonly fn: BuiltinFn;
  /** `__self__`: the module a builtin belongs to, or the object a builtin method is bound to. */
  readonly self: PyValue;
  /** `__qualname__` (e.g. "list.append" for a bound builtin method). */
  readonly qualname: string;
  readonly doc: string | null;
  /**
   * Optional fixed-arity entries, same semantics as `fn` for exactly one /
   * two positional arguments and no keywords; CALL uses them to skip
   * building the argument array. Set by the module that defines the builtin.
   */
  fn1: ((a: PyValue) => PyValue) | null;
  fn2: ((a: PyValue, b: PyValue) => PyValue) | null;
  /**
   * Optional pure double kernel of a one-argument float function (math.sqrt,
   * math.sin …): for a float (or small int) argument `fn1(x)` is
   * `newFloat(f(x))` unless `f` returns NaN for a non-NaN `x` (ValueError) or
   * an infinity for a finite `x` (ValueError / OverflowError with
   * `canOverflow`). The optimizing JIT calls `f` on raw doubles.
   */
  floatKernel: { readonly f: (x: number) => number; readonly canOverflow: boolean } | null = null;
  /**
   * Set by the defining module for the few builtins whose semantics the
   * optimizing JIT implements itself on typed arguments ("len", "ord": see
   * objects/str/str-kernels.ts); null for the others.
   */
  intrinsic: "len" | "ord" | null = null;

  constructor(name: string, fn: BuiltinFn, self: PyValue = None, qualname: string = name, doc: string | null = null) {
    super(BuiltinFunctionType);
    this.name = name;
    this.fn = fn;
    this.self = self;
    this.qualname = qualname;
    this.doc = doc;
    this.fn1 = null;
    this.fn2 = null;
  }
}

export class PyMethodDescriptor extends PyObject {
  readonly name: string;
  readonly objclass: PyType;
  /** The method, argument count checked (objects/method-arity.ts). */
  readonly fn: MethodFn;
  readonly doc: string | null;
  /**
   * The method without its count check, for call sites that know their
   * positional count and pass no keywords (through `entryFor`).
   */
  raw: MethodFn;
  minArgs = 0;
  maxArgs = 0x7fffffff;
  /** CPython's calling convention and positional count for this method; null = the method checks its own arguments. */
  arity: AritySpec | null = null;

  constructor(objclass: PyType, name: string, fn: MethodFn, doc: string | null = null, type: PyType = MethodDescriptorType) {
    super(type);
    this.name = name;
    this.objclass = objclass;
    this.fn = fn;
    this.doc = doc;
    this.raw = fn;
  }

  /** The entry for a keyword-free call with `n` positional arguments: `raw` when the count is accepted, else `fn` (which raises CPython's error). */
  entryFor(n: number): MethodFn {
    return n >= this.minArgs && n <= this.maxArgs ? this.raw : this.fn;
  }
}

export class PyGetSetDescriptor extends PyObject {
  readonly name: string;
  readonly objclass: PyType;
  readonly get: GetterFn;
  /** Called with `undefined` for deletion; null = read-only. */
  readonly set: SetterFn | null;

  constructor(objclass: PyType, name: string, get: GetterFn, set: SetterFn | null = null, type: PyType = GetSetDescriptorType) {
    super(type);
    this.name = name;
    this.objclass = objclass;
    this.get = get;
    this.set = set;
  }
}

export class PyClassMethod extends PyObject {
  func: PyValue;
  constructor(func: PyValue, cls: PyType = ClassMethodType) {
    super(cls);
    this.func = func;
  }
}

export class PyStaticMethod extends PyObject {
  func: PyValue;
  constructor(func: PyValue, cls: PyType = StaticMethodType) {
    super(cls);
    this.func = func;
  }
}

/** Special methods that CPython implements as type slots (its `slotdefs`), exposed as `wrapper_descriptor`s. */
const SLOT_NAMES: ReadonlySet<string> = new Set([
  "__getattribute__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__",
  "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__",
  "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__len__", "__contains__",
  "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__",
  "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__",
  "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__",
  "__int__", "__float__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__index__",
  "__matmul__", "__rmatmul__", "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__",
  "__irshift__", "__iand__", "__ixor__", "__ior__", "__ifloordiv__", "__itruediv__", "__imatmul__",
]);

/**
 * Install a builtin method on a (builtin) type. A method CPython declares
 * with a fixed positional arity (objects/method-arity.ts) gets its argument
 * check wrapped around `fn`.
 */
export function defineMethod(type: PyType, name: string, fn: MethodFn, doc: string | null = null): PyMethodDescriptor {
  const spec = aritySpecOf(type, name);
  const checked = spec === null ? fn : withArity(fn, spec, `${type.name}.${name}`, name);
  const d = new PyMethodDescriptor(type, name, checked, doc, SLOT_NAMES.has(name) ? WrapperDescriptorType : MethodDescriptorType);
  if (spec !== null) {
    d.arity = spec;
    d.raw = fn;
    d.minArgs = spec.min;
    d.maxArgs = spec.max;
  }
  type.attrs.set(name, d);
  return d;
}

/** Install a computed attribute on a (builtin) type. */
export function defineGetSet(type: PyType, name: string, get: GetterFn, set: SetterFn | null = null): void {
  type.attrs.set(name, new PyGetSetDescriptor(type, name, get, set));
}

/** Install a class method (`fn(cls, args, kwnames)`) on a builtin type, e.g. `dict.fromkeys`. */
export function defineClassMethod(type: PyType, name: string, fn: MethodFn): void {
  type.attrs.set(name, new PyClassMethod(new PyMethodDescriptor(type, name, fn), ClassMethodDescriptorType));
}

/** Install a static method (`__new__` is one) on a builtin type. */
export function defineStaticMethod(type: PyType, name: string, fn: BuiltinFn): void {
  type.attrs.set(name, new PyStaticMethod(new PyBuiltinFunction(name, fn, type, `${type.name}.${name}`)));
}

/**
 * Install `__new__` on a builtin type. Like CPython, `__new__` is stored as a
 * plain builtin function (implicitly static): `fn([cls, ...args], kwnames)`.
 */
export function defineNew(type: PyType, fn: BuiltinFn): void {
  // CPython's tp_new_wrapper checks: `T.__new__(S)` needs a type S that is a subtype of T and
  // whose nearest builtin base allocates with this same __new__.
  const f: PyBuiltinFunction = new PyBuiltinFunction("__new__", (args, kw) => {
    const cls = args[0];
    if (cls !== type) {
      if (args.length - (kw === null ? 0 : kw.length) < 1) throw typeError(`${type.name}.__new__(): not enough arguments`);
      if (!(cls instanceof PyType)) throw typeError(`${type.name}.__new__(X): X is not a type object (${typeOf(cls as PyValue).name})`);
      if (!cls.isSubtypeOf(type)) throw typeError(`${type.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${type.name}`);
      const staticBase = cls.mro.find((t) => t.isImmutable) ?? type;
      if (staticBase.lookup("__new__") !== f) {
        throw typeError(`${type.name}.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
      }
    }
    return fn(args, kw);
  }, type, `${type.name}.__new__`);
  type.attrs.set("__new__", f);
}
