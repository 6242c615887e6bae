/**
 * The builtin functions that consume iterables or inspect objects:
 * `min`/`max`, `sum`, `sorted`, `any`/`all`, `iter`/`next`, `isinstance`/
 * `issubclass`, the `getattr` family, `vars`/`dir`, `divmod`/`pow`/`round`,
 * `chr`/`ord`/`bin`/`oct`/`hex`, `format`, `print`, `input`, `open`.
 * Argument handling and messages follow CPython 3.11
 * (https://docs.python.org/3.11/library/functions.html).
 *
 * `createBuiltinsModule` (builtins.ts) installs these into the module dict.
 */

import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { PyType, TypeType, ObjectType, typeOf } from "../objects/type.js";
import { None, NotImplemented } from "../objects/singletons.js";
import { PyFloat, FloatType, newFloat } from "../objects/float.js";
import { PyList, ListType } from "../objects/list.js";
import { PyTuple, TupleType, newTuple } from "../objects/tuple.js";
import { chargeSteps } from "../objects/resource-limits.js";
import { PyDict } from "../objects/dict.js";
import { PyNativeIterator } from "../objects/iterators.js";
import { PyCallableIterator } from "../objects/builtin-iterators.js";
import { getThreadState } from "../objects/thread-state.js";
import { typeError, valueError, typeName, stopIteration, newException, overflowError, unsupportedTernary } from "../objects/errors.js";
import { OSError } from "../objects/exceptions.js";
import { arity, parseArgs } from "../objects/args.js";
import { strValue } from "../objects/str-support.js";
import { numberDivmod, intValue } from "../objects/numeric.js";
import { isExactNumber } from "../protocols/number.js";
import { intPowMod, intAdd } from "../objects/int.js";
import { roundFloat } from "../objects/number-methods.js";
import { sortValues } from "../objects/container-methods.js";
import { dirNames } from "../objects/object-type.js";
import * as P from "../protocols/index.js";
import { enterRecursiveCall } from "../protocols/recursion.js";

export type Fn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

const invalidKw = (fname: string, k: string): PyValue => typeError(`'${k}' is an invalid keyword argument for ${fname}()`);

/** Positional count and a keyword lookup for vectorcall args (no allocation when there are no keywords). */
function npos(args: readonly PyValue[], kwnames: readonly string[] | null): number {
  return kwnames === null ? args.length : args.length - kwnames.length;
}

// ---- min / max ---------------------------------------------------------------------------

/** `min`/`max`: `op` is the CMP_OP a candidate must satisfy against the best so far (LT for min, GT for max). */
export function minmax(name: string, op: number): Fn {
  return (args, kwnames) => {
    const n = npos(args, kwnames);
    let key: PyValue = None;
    let dflt: PyValue | undefined;
    if (kwnames !== null) {
      for (let j = 0; j < kwnames.length; j++) {
        const k = kwnames[j] as string;
        const v = args[n + j] as PyValue;
        if (k === "key") key = v;
        else if (k === "default") dflt = v;
        else throw invalidKw(name, k);
      }
    }
    if (n === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    if (key === None) {
      // Without a key: two arguments compare directly; an exact list/tuple is indexed (re-read each
      // step, as its iterator would be, since a comparison may run Python code).
      if (n === 2 && dflt === undefined) {
        const a = args[0] as PyValue, b = args[1] as PyValue;
        return P.compareBool(b, a, op) ? b : a;
      }
      const src = args[0] as PyValue;
      if (n === 1 && typeof src === "object" && (src.cls === ListType || src.cls === TupleType)) {
        const seq = src as PyList | PyTuple;
        if (seq.items.length > 0) {
          chargeSteps(seq.items.length);
          let best = seq.items[0] as PyValue;
          for (let i = 1; i < seq.items.length; i++) {
            const x = seq.items[i] as PyValue;
            if (P.compareBool(x, best, op)) best = x;
          }
          return best;
        }
      }
    }
    let it: PyValue;
    if (n === 1) it = P.getIter(args[0] as PyValue);
    else {
      if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      it = P.getIter(newTuple(args.slice(0, n)));
    }
    let best = P.iterNext(it);
    if (best === undefined) {
      if (dflt !== undefined) return dflt;
      throw valueError(`${name}() arg is an empty sequence`);
    }
    if (key === None) {
      for (let x = P.iterNext(it); x !== undefined; x = P.iterNext(it)) if (P.compareBool(x, best, op)) best = x;
      return best;
    }
    // CPython calls min/max through tp_call, which counts a recursion level (" while calling a
    // Python object"): a key function that recurses into max() trips the limit there, as in CPython.
    const ts = enterRecursiveCall(" while calling a Python object");
    try {
      let bestKey = P.callObject(key, [best], null);
      for (let x = P.iterNext(it); x !== undefined; x = P.iterNext(it)) {
        const k = P.callObject(key, [x], null);
        if (P.compareBool(k, bestKey, op)) {
          best = x;
          bestKey = k;
        }
      }
      return best;
    } finally {
      if (ts !== null) ts.depth--;
    }
  };
}

// ---- sum ------------------------------------------------------------------------------------

/**
 * `sum(iterable, /, start=0)`. Like CPython 3.11: an int fast path while
 * the total stays an int, then a float path using plain left-to-right
 * double addition (3.12 added compensated summation; 3.11 did not).
 */
export const sum: Fn = (args, kwnames) => {
  const [it, start] = parseArgs("sum", args, kwnames, ["iterable", "start"], 0, 1);
  if (it === undefined) throw typeError("sum() takes at least 1 positional argument (0 given)");
  const acc: PyValue = start ?? 0;
  if (typeof acc !== "number") checkSumStart(acc); // the default start 0 needs no checks
  return sumFrom(it, acc);
};

/** `sum(iterable)`: the builtin's one-argument entry (`PyBuiltinFunction.fn1`, no argument parsing). */
export const sum1 = (it: PyValue): PyValue => sumFrom(it, 0);

function sumFrom(it: PyValue, start: PyValue): PyValue {
  let acc = start;
  if (typeof it === "object" && (it.cls === ListType || it.cls === TupleType)) {
    // Exact list/tuple: index the items directly (re-reading the list each step, as its iterator would).
    const seq = it as PyList | PyTuple;
    chargeSteps(seq.items.length);
    for (let i = 0; i < seq.items.length; i++) acc = sumStep(acc, seq.items[i] as PyValue);
    return acc;
  }
  const iter = P.getIter(it);
  for (;;) {
    const v = P.iterNext(iter);
    if (v === undefined) return acc;
    acc = sumStep(acc, v);
  }
}

/** sum()'s refusal of str / bytes / bytearray starts. */
function checkSumStart(acc: PyValue): void {
  if (typeof acc === "string" || strValue(acc) !== undefined) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const tn = typeOf(acc);
  if (tn.mro.some((t) => t.name === "bytes" && t.module === "builtins")) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (tn.mro.some((t) => t.name === "bytearray" && t.module === "builtins")) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
}

function sumStep(acc: PyValue, v: PyValue): PyValue {
  if (typeof acc === "number" && typeof v === "number") {
    const r: number = acc + v;
    return Number.isSafeInteger(r) ? r : intAdd(acc, v);
  }
  if (acc instanceof PyFloat && acc.cls === FloatType) {
    if (v instanceof PyFloat && v.cls === FloatType) return newFloat(acc.value + v.value);
    if (typeof v === "number" || typeof v === "boolean") return newFloat(acc.value + Number(v));
  }
  return P.binaryOp(0, acc, v);
}

// ---- sorted / any / all ------------------------------------------------------------------------

export const sorted: Fn = (args, kwnames) => {
  const n = npos(args, kwnames);
  let key: PyValue = None;
  let reverse = false;
  if (kwnames !== null) {
    for (let j = 0; j < kwnames.length; j++) {
      const k = kwnames[j] as string;
      const v = args[n + j] as PyValue;
      if (k === "key") key = v;
      else if (k === "reverse") reverse = P.isTrue(v);
      else throw invalidKw("sort", k);
    }
  }
  if (n !== 1) throw typeError(`sorted expected 1 argument, got ${n}`);
  return new PyList(sortValues(P.toArray(args[0] as PyValue), key === None ? null : key, reverse));
};

export function anyAll(isAll: boolean): Fn {
  const name = isAll ? "all" : "any";
  return (args, kwnames) => {
    arity(name, args, kwnames, 1, 1);
    const x = args[0] as PyValue;
    if (x instanceof PyList && x.cls.isImmutable) {
      const items = x.items;
      for (let i = 0; i < items.length; i++) if (P.isTrue(items[i] as PyValue) !== isAll) return !isAll;
      return isAll;
    }
    const it = P.getIter(x);
    for (let v = P.iterNext(it); v !== undefined; v = P.iterNext(it)) if (P.isTrue(v) !== isAll) return !isAll;
    return isAll;
  };
}

// ---- iter / next -----------------------------------------------------------------------------

export const iter: Fn = (args, kwnames) => {
  arity("iter", args, kwnames, 1, 2);
  if (args.length === 1) return P.getIter(args[0] as PyValue);
  const f = args[0] as PyValue;
  if (!P.isCallable(f)) throw typeError("iter(v, w): v must be callable");
  return new PyCallableIterator(f, args[1] as PyValue);
};

export const next: Fn = (args, kwnames) => {
  arity("next", args, kwnames, 1, 2);
  const it = args[0] as PyValue;
  if (!(it instanceof PyNativeIterator) && typeOf(it).lookup("__next__") === undefined) {
    throw typeError(`'${typeName(it)}' object is not an iterator`);
  }
  const v = P.iterNext(it);
  if (v !== undefined) return v;
  if (args.length === 2) return args[1] as PyValue;
  throw stopIteration(it instanceof PyNativeIterator ? it.stopValue() : undefined);
};

// ---- isinstance / issubclass ------------------------------------------------------------------

/** Union objects (`int | str`) expose their members through `__args__`; recognised structurally. */
function unionArgs(t: PyValue): readonly PyValue[] | undefined {
  if (!(t instanceof PyObject) || t.cls.name !== "UnionType") return undefined;
  const a = P.getAttrOrUndefined(t, "__args__");
  return a instanceof PyTuple ? a.items : undefined;
}

function classOf(v: PyValue): PyValue {
  // `obj.__class__` may differ from type(obj) (proxies); CPython consults it.
  const t = typeOf(v);
  if (t.lookup("__class__") === ObjectType.attrs.get("__class__")) return t;
  return P.getAttrOrUndefined(v, "__class__") ?? t;
}

function bases(c: PyValue): readonly PyValue[] | undefined {
  if (c instanceof PyType) return c.bases;
  const b = P.getAttrOrUndefined(c, "__bases__");
  return b instanceof PyTuple ? b.items : undefined;
}

function abstractSubclass(derived: PyValue, cls: PyValue): boolean {
  if (derived === cls) return true;
  if (derived instanceof PyType && cls instanceof PyType) return derived.isSubtypeOf(cls);
  const bs = bases(derived);
  if (bs === undefined) return false;
  for (const b of bs) if (abstractSubclass(b, cls)) return true;
  return false;
}

function recursiveIsinstance(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(v).isSubtypeOf(cls)) return true;
    const c = classOf(v);
    return c !== typeOf(v) && c instanceof PyType && c.isSubtypeOf(cls);
  }
  if (bases(cls) === undefined) throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  const c = P.getAttrOrUndefined(v, "__class__");
  return c !== undefined && abstractSubclass(c, cls);
}

/** `isinstance(v, cls)` (CPython's `PyObject_IsInstance`). */
export function isinstance(v: PyValue, cls: PyValue): boolean {
  const tv = typeOf(v);
  if (tv === cls) return true;
  if (cls instanceof PyType && cls.cls === TypeType) return recursiveIsinstance(v, cls);
  const u = unionArgs(cls);
  if (u !== undefined) return u.some((c) => isinstance(v, c));
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isinstance(v, c)) return true;
    return false;
  }
  const check = typeOf(cls).lookup("__instancecheck__");
  if (check !== undefined) return P.isTrue(P.callMethod(check, cls, [v]));
  return recursiveIsinstance(v, cls);
}

/** `issubclass(derived, cls)` (CPython's `PyObject_IsSubclass`). */
export function issubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && cls.cls === TypeType && derived instanceof PyType) {
    return derived === cls || derived.isSubtypeOf(cls);
  }
  const u = unionArgs(cls);
  if (u !== undefined) return u.some((c) => issubclass(derived, c));
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (issubclass(derived, c)) return true;
    return false;
  }
  const check = typeOf(cls).lookup("__subclasscheck__");
  if (check !== undefined) return P.isTrue(P.callMethod(check, cls, [derived]));
  if (bases(derived) === undefined) throw typeError("issubclass() arg 1 must be a class");
  if (bases(cls) === undefined) throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return abstractSubclass(derived, cls);
}

// ---- attributes, vars, dir ---------------------------------------------------------------------

function attrName(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`attribute name must be string, not '${typeName(v)}'`);
  return s;
}

export const getattr: Fn = (args, kw) => {
  arity("getattr", args, kw, 2, 3);
  const name = attrName(args[1] as PyValue);
  if (args.length === 3) return P.getAttrOrUndefined(args[0] as PyValue, name) ?? (args[2] as PyValue);
  return P.getAttr(args[0] as PyValue, name);
};
export const setattr: Fn = (args, kw) => {
  arity("setattr", args, kw, 3, 3);
  P.setAttr(args[0] as PyValue, attrName(args[1] as PyValue), args[2] as PyValue);
  return None;
};
export const delattr: Fn = (args, kw) => {
  arity("delattr", args, kw, 2, 2);
  P.delAttr(args[0] as PyValue, attrName(args[1] as PyValue));
  return None;
};
export const hasattr: Fn = (args, kw) => {
  arity("hasattr", args, kw, 2, 2);
  return P.hasAttr(args[0] as PyValue, attrName(args[1] as PyValue));
};

export const vars: Fn = (args, kw) => {
  arity("vars", args, kw, 0, 1);
  if (args.length === 0) return getThreadState().locals();
  const d = P.getAttrOrUndefined(args[0] as PyValue, "__dict__");
  if (d === undefined) throw typeError("vars() argument must have __dict__ attribute");
  return d;
};

export const dir: Fn = (args, kw) => {
  arity("dir", args, kw, 0, 1);
  if (args.length === 0) {
    const l = getThreadState().locals();
    const keys = l instanceof PyDict ? l.keys() : P.toArray(P.callObject(P.getAttr(l, "keys"), [], null));
    return new PyList(sortValues(keys, null, false));
  }
  const o = args[0] as PyValue;
  const f = typeOf(o).lookup("__dir__");
  const names = f === undefined ? dirNames(o) : P.toArray(P.callMethod(f, o, []));
  return new PyList(sortValues(names, null, false));
};

// ---- numbers ----------------------------------------------------------------------------------

export const divmod: Fn = (args, kw) => {
  arity("divmod", args, kw, 2, 2);
  const a = args[0] as PyValue, b = args[1] as PyValue;
  if (isExactNumber(a) && isExactNumber(b)) {
    const r = numberDivmod(a, b);
    if (r !== undefined) return newTuple(r);
  }
  const ta = typeOf(a), tb = typeOf(b);
  const f = ta.lookup("__divmod__");
  const g = ta !== tb ? tb.lookup("__rdivmod__") : undefined;
  if (g !== undefined && tb.isSubtypeOf(ta)) {
    const x = P.callMethod(g, b, [a]);
    if (x !== NotImplemented) return x;
  }
  if (f !== undefined) {
    const x = P.callMethod(f, a, [b]);
    if (x !== NotImplemented) return x;
  }
  if (g !== undefined && !tb.isSubtypeOf(ta)) {
    const x = P.callMethod(g, b, [a]);
    if (x !== NotImplemented) return x;
  }
  throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
};

export const pow: Fn = (args, kwnames) => {
  const [base, exp, mod] = parseArgs("pow", args, kwnames, ["base", "exp", "mod"], 2);
  if (mod === undefined || mod === None) return P.binaryOp(8, base as PyValue, exp as PyValue);
  const a = intValue(base as PyValue), b = intValue(exp as PyValue), m = intValue(mod);
  if (a === undefined || b === undefined || m === undefined) {
    const f = typeOf(base as PyValue).lookup("__pow__");
    if (f !== undefined && !(base instanceof PyFloat) && intValue(base as PyValue) === undefined) {
      const r = P.callMethod(f, base as PyValue, [exp as PyValue, mod]);
      if (r !== NotImplemented) return r;
    }
    const isNum = (v: PyValue): boolean => intValue(v) !== undefined || v instanceof PyFloat || typeOf(v).name === "complex";
    if (isNum(base as PyValue) && isNum(exp as PyValue) && isNum(mod)) {
      throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    throw unsupportedTernary(base as PyValue, exp as PyValue, mod);
  }
  return intPowMod(a, b, m);
};

export const round: Fn = (args, kwnames) => {
  const [x, nd] = parseArgs("round", args, kwnames, ["number", "ndigits"], 1);
  const v = x as PyValue;
  if (v instanceof PyFloat && v.cls === FloatType) return roundFloat(v.value, nd);
  const f = typeOf(v).lookup("__round__");
  if (f === undefined) throw typeError(`type ${typeName(v)} doesn't define __round__ method`);
  return P.callMethod(f, v, nd === undefined || nd === None ? [] : [nd]);
};

function intToBase(x: PyValue, base: number, prefix: string): string {
  const v = P.asIndex(x);
  if (typeof v === "number") return (v < 0 ? "-" + prefix + (-v).toString(base) : prefix + v.toString(base));
  return v < 0n ? "-" + prefix + (-v).toString(base) : prefix + v.toString(base);
}
export const bin = (x: PyValue): string => intToBase(x, 2, "0b");
export const oct = (x: PyValue): string => intToBase(x, 8, "0o");
export const hex = (x: PyValue): string => intToBase(x, 16, "0x");

export function chr(x: PyValue): string {
  const i = P.asIndex(x);
  if (typeof i === "bigint") throw overflowError("Python int too large to convert to C int");
  if (i < 0 || i > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(i);
}

export function ord(x: PyValue): PyValue {
  const s = strValue(x);
  if (s !== undefined) {
    const n = s.length;
    if (n === 1) return s.charCodeAt(0);
    if (n === 2) {
      const c = s.codePointAt(0) as number;
      if (c > 0xffff) return c;
    }
    const len = [...s].length;
    throw typeError(`ord() expected a character, but string of length ${len} found`);
  }
  const bytesLike = typeOf(x).mro.find((t) => (t.name === "bytes" || t.name === "bytearray") && t.module === "builtins");
  if (bytesLike !== undefined) {
    const n = P.lenOf(x);
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return P.getItem(x, 0);
  }
  throw typeError(`ord() expected string of length 1, but ${typeName(x)} found`);
}

export const format: Fn = (args, kw) => {
  const [v, spec] = parseArgs("format", args, kw, ["value", "format_spec"], 1, 2);
  let s = "";
  if (spec !== undefined) {
    const t = strValue(spec);
    if (t === undefined) throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    s = t;
  }
  return P.formatObject(v as PyValue, s);
};

// ---- I/O ----------------------------------------------------------------------------------------

export const print: Fn = (args, kwnames) => {
  const n = npos(args, kwnames);
  let sepV: PyValue = None, endV: PyValue = None, file: PyValue = None, flush: PyValue = false;
  if (kwnames !== null) {
    for (let j = 0; j < kwnames.length; j++) {
      const k = kwnames[j] as string;
      const v = args[n + j] as PyValue;
      if (k === "sep") sepV = v;
      else if (k === "end") endV = v;
      else if (k === "file") file = v;
      else if (k === "flush") flush = v;
      else throw invalidKw("print", k);
    }
  }
  const sep = sepV === None ? " " : strValue(sepV);
  if (sep === undefined) throw typeError(`sep must be None or a string, not ${typeName(sepV)}`);
  const end = endV === None ? "\n" : strValue(endV);
  if (end === undefined) throw typeError(`end must be None or a string, not ${typeName(endV)}`);
  const ts = getThreadState();
  const target = file !== None ? file : ts.sysStdout?.() ?? null;
  if (target === null) {
    let text = "";
    for (let i = 0; i < n; i++) text += (i > 0 ? sep : "") + P.str(args[i] as PyValue);
    ts.stdout.write(text + end);
    if (P.isTrue(flush)) ts.stdout.flush?.();
    return None;
  }
  // Like CPython: one write() per item, separator and end.
  const write = P.getAttr(target, "write");
  for (let i = 0; i < n; i++) {
    if (i > 0) P.callObject(write, [sep], null);
    P.callObject(write, [P.str(args[i] as PyValue)], null);
  }
  P.callObject(write, [end], null);
  if (P.isTrue(flush)) P.callObject(P.getAttr(target, "flush"), [], null);
  return None;
};

export const input: Fn = (args, kw) => {
  arity("input", args, kw, 0, 1);
  const ts = getThreadState();
  ts.stdout.flush?.();
  return ts.input(args.length > 0 ? P.str(args[0] as PyValue) : "");
};

/** `open()`: pyvm has no file system; raise a clear OSError. */
export const open: Fn = (args, kwnames) => {
  const [file] = parseArgs("open", args, kwnames, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
  throw newException(OSError, 38, `open() is not supported: pyvm has no file system access (file ${P.repr(file as PyValue)})`);
};
