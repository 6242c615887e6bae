/**
 * Argument-count checking for the methods of builtin types, the way CPython
 * checks them before a method looks at its arguments.
 *
 * CPython declares each builtin method with a calling convention —
 * METH_NOARGS, METH_O, Argument Clinic's positional-only parsing,
 * PyArg_UnpackTuple, PyArg_ParseTuple — and each slot wrapper (`__add__`,
 * `__len__` …) checks its count in `check_num_args`; each words its TypeError
 * differently (https://docs.python.org/3/c-api/structures.html#c.METH_NOARGS).
 * generated/method-arity.ts records, per type and method, which convention
 * CPython 3.11 uses and how many positional arguments it takes
 * (scripts/gen-method-arity.py asks python3). `defineMethod` wraps a method
 * that has a spec so every way of calling it (LOAD_METHOD + CALL, a bound
 * `[].copy`, `list.copy(x)`, the JIT) checks; methods that take keyword
 * arguments parse their own arguments and have no spec.
 *
 * The wrapper costs one length compare and one extra JS call; the hottest
 * methods (`list.append`, `dict.get` …) check in their own bodies and are
 * listed in SELF_CHECKED so they stay unwrapped.
 */

import type { PyValue } from "./object.js";
import { PyType, typeOf } from "./type.js";
import type { MethodFn } from "./builtin-function.js";
import { typeError } from "./errors.js";
import { DUNDER_ARITY, METHOD_ARITY } from "./generated/method-arity.js";

/** CPython's argument-checking conventions (see the generator's docstring). */
export const ArityKind = {
  /** METH_NOARGS: "list.copy() takes no arguments (1 given)". */
  NOARGS: 0,
  /** METH_O: "list.append() takes exactly one argument (0 given)". */
  O: 1,
  /** Slot wrapper check_num_args: "expected 1 argument, got 0". */
  WRAPPER: 2,
  /** PyArg_UnpackTuple with an empty name: " expected 2 arguments, got 0". */
  UNPACK: 3,
  /** Argument Clinic positional-only: "pop expected at most 1 argument, got 2". */
  CLINIC: 4,
  /** PyArg_ParseTuple: "find() takes at least 1 argument (0 given)". */
  PARSE_TUPLE: 5,
} as const;
export type ArityKind = (typeof ArityKind)[keyof typeof ArityKind];

export interface AritySpec {
  readonly kind: ArityKind;
  readonly min: number;
  readonly max: number;
}

const KIND_OF: Readonly<Record<string, ArityKind>> = {
  N: ArityKind.NOARGS, O: ArityKind.O, W: ArityKind.WRAPPER, U: ArityKind.UNPACK, C: ArityKind.CLINIC, T: ArityKind.PARSE_TUPLE,
};

/** Decode a generated spec string ("N", "O", "W1", "U1-2", "C0-1", "T1-3"). */
export function parseAritySpec(s: string): AritySpec {
  const kind = KIND_OF[s[0] as string];
  if (kind === undefined) throw new Error(`bad arity spec ${s}`);
  if (kind === ArityKind.NOARGS) return { kind, min: 0, max: 0 };
  if (kind === ArityKind.O) return { kind, min: 1, max: 1 };
  const [lo, hi] = s.slice(1).split("-");
  const min = Number(lo);
  return { kind, min, max: hi === undefined ? min : Number(hi) };
}

/**
 * Methods whose bodies check their own arguments with CPython's messages
 * (the hot ones: no wrapper call on every `append`).
 */
const SELF_CHECKED: ReadonlySet<string> = new Set([
  "list.append", "list.pop", "list.insert", "list.extend", "list.count", "list.remove",
  "dict.get", "dict.pop", "dict.setdefault",
]);

/**
 * The spec of method `name` of builtin type `type`: the type's own entry,
 * else a base type's (a method pyvm defines on `bool` that CPython inherits
 * from `int`), else the dunder's default. Null: unchecked (variadic, takes
 * keywords, or not a CPython method).
 */
export function aritySpecOf(type: PyType, name: string): AritySpec | null {
  for (const t of type.mro) {
    const s = METHOD_ARITY[t.name]?.[name];
    if (s !== undefined) return SELF_CHECKED.has(`${t.name}.${name}`) ? null : parseAritySpec(s);
  }
  const d = DUNDER_ARITY[name];
  return d === undefined ? null : parseAritySpec(d);
}

/** The TypeError for a call of `qualname` (e.g. "list.copy") that breaks `spec`. */
export function arityError(spec: AritySpec, qualname: string, name: string, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const wrapper = spec.kind === ArityKind.WRAPPER || spec.kind === ArityKind.UNPACK;
  if (nkw > 0) return typeError(wrapper ? `wrapper ${name}() takes no keyword arguments` : `${qualname}() takes no keyword arguments`);
  const n = args.length;
  const { min, max } = spec;
  const bound = n < min ? min : max;
  const s = bound === 1 ? "" : "s";
  switch (spec.kind) {
    case ArityKind.NOARGS:
      return typeError(`${qualname}() takes no arguments (${n} given)`);
    case ArityKind.O:
      return typeError(`${qualname}() takes exactly one argument (${n} given)`);
    case ArityKind.WRAPPER:
      return typeError(`expected ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
    case ArityKind.PARSE_TUPLE: {
      const how = min === max ? "exactly" : n < min ? "at least" : "at most";
      return typeError(`${name}() takes ${how} ${bound} argument${s} (${n} given)`);
    }
    default: {
      const how = min === max ? "" : n < min ? "at least " : "at most ";
      const who = spec.kind === ArityKind.UNPACK ? "" : name;
      return typeError(`${who} expected ${how}${bound} argument${s}, got ${n}`);
    }
  }
}

/**
 * `__qualname__` of a builtin method bound to `self` ("L.copy" for a list
 * subclass `L`, "X.mro" for a class `X`): CPython names bound builtin
 * methods after the type of `self` (or `self` when it is a type).
 */
export function boundQualname(self: PyValue, name: string): string {
  return `${(self instanceof PyType ? self : typeOf(self)).qualname}.${name}`;
}

/**
 * The TypeError for a call of a bound builtin method object (`m = x.copy;
 * m(1)`): it names the method by `boundQualname`, and a PyArg_ParseTuple
 * method refuses keywords by its bare name ("count() takes no keyword arguments").
 */
export function boundArityError(spec: AritySpec, self: PyValue, name: string, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (spec.kind === ArityKind.PARSE_TUPLE && kwnames !== null && kwnames.length > 0) {
    return typeError(`${name}() takes no keyword arguments`);
  }
  return arityError(spec, boundQualname(self, name), name, args, kwnames);
}

/** `fn` behind its argument check (one shape per count so the check is one compare). */
export function withArity(fn: MethodFn, spec: AritySpec, qualname: string, name: string): MethodFn {
  const { min, max } = spec;
  if (min === 0 && max === 0) {
    return (self, args, kw) => {
      if (args.length !== 0) throw arityError(spec, qualname, name, args, kw);
      return fn(self, args, kw);
    };
  }
  if (min === 1 && max === 1) {
    return (self, args, kw) => {
      if (args.length !== 1 || (kw !== null && kw.length !== 0)) throw arityError(spec, qualname, name, args, kw);
      return fn(self, args, kw);
    };
  }
  return (self, args, kw) => {
    const n = args.length;
    if (n < min || n > max || (kw !== null && kw.length !== 0)) throw arityError(spec, qualname, name, args, kw);
    return fn(self, args, kw);
  };
}
