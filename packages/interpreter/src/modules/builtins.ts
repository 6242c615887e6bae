/**
 * The `builtins` module: `createBuiltinsModule()` returns a fresh dict per
 * VM (builtin *types* are shared immutable singletons). Functions that need
 * the running VM (print, input, globals, exec, __import__, super()) go
 * through `getThreadState()`.
 */

import type { PyValue } from "../objects/object.js";
import "../objects/index.js";
import "../objects/object-type.js";
import "../objects/type-type.js";
import "../objects/super.js";
import "../objects/exception-methods.js";
import "../objects/number-methods.js";
import "../objects/container-methods.js";
import "../objects/str/str-type.js";
import "../objects/bytes/bytes-type.js";
import "../objects/bytes/bytes-protocols.js";
import { PyDict } from "../objects/dict.js";
import { PyType, ObjectType, TypeType, IntType, BoolType, StrType, typeOf } from "../objects/type.js";
import { None, NotImplemented, Ellipsis } from "../objects/singletons.js";
import { PyBuiltinFunction, ClassMethodType, StaticMethodType } from "../objects/builtin-function.js";
import { FloatType, newFloat, PyFloat } from "../objects/float.js";
import { ComplexType } from "../objects/complex.js";
import { PyList, ListType } from "../objects/list.js";
import { PyTuple, TupleType, newTuple } from "../objects/tuple.js";
import { DictType } from "../objects/dict.js";
import { BytesType, ByteArrayType } from "../objects/bytes/bytes.js";
import { SetType, FrozenSetType } from "../objects/set.js";
import { PyRange, RangeType } from "../objects/range.js";
import { PySlice, SliceType } from "../objects/slice.js";
import { PropertyType } from "../objects/property.js";
import { SuperType } from "../objects/super.js";
import { BUILTIN_EXCEPTIONS } from "../objects/exceptions.js";
import { PyFunction } from "../objects/function.js";
import { PyCell } from "../objects/cell.js";
import { getThreadState } from "../objects/thread-state.js";
import { typeError, valueError, typeName, exactlyOneArg, stopIteration } from "../objects/errors.js";
import { arity, parseArgs, splitKwargs } from "../objects/args.js";
import { createClass, calculateMetaclass } from "../objects/type-type.js";
import { objectId } from "../objects/identity.js";
import { strValue } from "../objects/str-support.js";
import { numberDivmod, intValue } from "../objects/numeric.js";
import { intPowMod } from "../objects/int.js";
import { roundFloat, toInt } from "../objects/number-methods.js";
import { sortValues } from "../objects/container-methods.js";
import { PyListReverseIterator } from "../objects/iterators.js";
import * as P from "../protocols/index.js";

type Fn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

function fn(d: PyDict, name: string, f: Fn): void {
  d.setStr(name, new PyBuiltinFunction(name, f));
}

function oneArg(name: string, f: (x: PyValue) => PyValue): Fn {
  return (args, kw) => {
    if ((kw !== null && kw.length > 0) || args.length !== 1) {
      if (kw !== null && kw.length > 0) throw typeError(`${name}() takes no keyword arguments`);
      throw exactlyOneArg(name, args.length);
    }
    return f(args[0] as PyValue);
  };
}

function nameOf(v: PyValue, fname: string): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`${fname}(): attribute name must be string, not '${typeName(v)}'`);
  return s;
}

function minmax(name: string, op: number): Fn {
  return (args, kwnames) => {
    const { pos, kw } = splitKwargs(args, kwnames);
    const key = kw.get("key");
    const dflt = kw.get("default");
    for (const k of kw.keys()) if (k !== "key" && k !== "default") throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    let items: readonly PyValue[];
    if (pos.length === 1) items = P.asArray(pos[0] as PyValue);
    else {
      if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      items = pos;
    }
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw valueError(`${name}() arg is an empty sequence`);
    }
    let best = items[0] as PyValue;
    let bestKey = key === undefined || key === None ? best : P.callObject(key, [best], null);
    for (let i = 1; i < items.length; i++) {
      const x = items[i] as PyValue;
      const k = key === undefined || key === None ? x : P.callObject(key, [x], null);
      if (P.compareBool(k, bestKey, op)) {
        best = x;
        bestKey = k;
      }
    }
    return best;
  };
}

/** `__build_class__(func, name, *bases, metaclass=…, **kwds)`. */
function buildClass(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const { pos, kw } = splitKwargs(args, kwnames);
  const func = pos[0];
  if (!(func instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  const name = pos[1] === undefined ? undefined : strValue(pos[1]);
  if (name === undefined) throw typeError("__build_class__: name is not a string");
  const bases = pos.slice(2);
  let meta: PyValue | undefined = kw.get("metaclass");
  kw.delete("metaclass");
  const isClass = meta === undefined || meta instanceof PyType;
  if (meta === undefined) meta = bases.length === 0 ? TypeType : typeOf(bases[0] as PyValue);
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const basesTuple = newTuple(bases);
  const kwn = [...kw.keys()];
  const prep = P.getAttrOrUndefined(meta, "__prepare__");
  const ns = prep === undefined ? new PyDict() : P.callObject(prep, [name, basesTuple, ...kw.values()], kwn.length > 0 ? kwn : null);
  const cell = getThreadState().callWithLocals(func, ns);
  const cls = P.callObject(meta, [name, basesTuple, ns, ...kw.values()], kwn.length > 0 ? kwn : null);
  if (cell instanceof PyCell && cell.ref === undefined) cell.ref = cls;
  return cls;
}

function print(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const { pos, kw } = splitKwargs(args, kwnames);
  for (const k of kw.keys()) if (!["sep", "end", "file", "flush"].includes(k)) throw typeError(`'${k}' is an invalid keyword argument for print()`);
  const sepV = kw.get("sep") ?? None, endV = kw.get("end") ?? None;
  const sep = sepV === None ? " " : strValue(sepV);
  if (sep === undefined) throw typeError(`sep must be None or a string, not ${typeName(sepV)}`);
  const end = endV === None ? "\n" : strValue(endV);
  if (end === undefined) throw typeError(`end must be None or a string, not ${typeName(endV)}`);
  const text = pos.map((v) => P.str(v)).join(sep) + end;
  const file = kw.get("file") ?? None;
  const ts = getThreadState();
  const target = file !== None ? file : ts.sysStdout?.() ?? null;
  if (target === null) {
    ts.stdout.write(text);
    if (kw.get("flush") !== undefined && P.isTrue(kw.get("flush") as PyValue)) ts.stdout.flush?.();
  } else {
    P.callObject(P.getAttr(target, "write"), [text], null);
    if (kw.get("flush") !== undefined && P.isTrue(kw.get("flush") as PyValue)) P.callObject(P.getAttr(target, "flush"), [], null);
  }
  return None;
}

function isinstanceCheck(v: PyValue, t: PyValue, fname: string): boolean {
  if (t instanceof PyType) {
    if (typeOf(v).isSubtypeOf(t)) return true;
    if (t.cls === TypeType) return false;
    const ic = t.cls.lookup(fname === "isinstance" ? "__instancecheck__" : "__subclasscheck__");
    return ic !== undefined && P.isTrue(P.callMethod(ic, t, [v]));
  }
  if (t instanceof PyTuple) return t.items.some((x) => isinstanceCheck(v, x, fname));
  const ic = typeOf(t).lookup("__instancecheck__");
  if (ic !== undefined) return P.isTrue(P.callMethod(ic, t, [v]));
  throw typeError(`isinstance() arg 2 must be a type, a tuple of types, or a union`);
}

function issubclassCheck(c: PyValue, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => issubclassCheck(c, x));
  if (t instanceof PyType && t.cls === TypeType) {
    if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    return c.isSubtypeOf(t);
  }
  const sc = typeOf(t).lookup("__subclasscheck__");
  if (sc !== undefined) return P.isTrue(P.callMethod(sc, t, [c]));
  throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

function intToBase(x: PyValue, base: number, prefix: string): string {
  const v = P.asIndex(x);
  const neg = v < 0;
  const s = (neg ? -BigInt(v) : BigInt(v)).toString(base);
  return (neg ? "-" : "") + prefix + s;
}

export function createBuiltinsModule(): PyDict {
  const d = new PyDict();
  d.setStr("__name__", "builtins");
  d.setStr("__doc__", None);
  d.setStr("None", None);
  d.setStr("True", true);
  d.setStr("False", false);
  d.setStr("Ellipsis", Ellipsis);
  d.setStr("NotImplemented", NotImplemented);
  d.setStr("__debug__", true);
  const types: [string, PyType][] = [
    ["object", ObjectType], ["type", TypeType], ["int", IntType], ["bool", BoolType], ["str", StrType],
    ["float", FloatType], ["complex", ComplexType], ["list", ListType], ["tuple", TupleType], ["dict", DictType],
    ["set", SetType], ["frozenset", FrozenSetType], ["range", RangeType], ["slice", SliceType],
    ["property", PropertyType], ["classmethod", ClassMethodType], ["staticmethod", StaticMethodType], ["super", SuperType],
    ["bytes", BytesType], ["bytearray", ByteArrayType],
  ];
  for (const [n, t] of types) d.setStr(n, t);
  for (const [n, t] of BUILTIN_EXCEPTIONS) d.setStr(n, t);

  fn(d, "__build_class__", buildClass);
  fn(d, "print", print);
  fn(d, "len", oneArg("len", (x) => P.lenOf(x)));
  fn(d, "repr", oneArg("repr", (x) => P.repr(x)));
  fn(d, "ascii", oneArg("ascii", (x) => P.ascii(x)));
  fn(d, "abs", oneArg("abs", (x) => P.absolute(x)));
  fn(d, "hash", oneArg("hash", (x) => P.hash(x)));
  fn(d, "id", oneArg("id", (x) => objectId(x)));
  fn(d, "callable", oneArg("callable", (x) => P.isCallable(x)));
  fn(d, "chr", oneArg("chr", (x) => {
    const i = P.asIndex(x);
    if (i < 0 || i > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
    return String.fromCodePoint(Number(i));
  }));
  fn(d, "ord", oneArg("ord", (x) => {
    const s = strValue(x);
    if (s === undefined) throw typeError(`ord() expected string of length 1, but ${typeName(x)} found`);
    const cps = Array.from(s);
    if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
    return (cps[0] as string).codePointAt(0) as number;
  }));
  fn(d, "bin", oneArg("bin", (x) => intToBase(x, 2, "0b")));
  fn(d, "oct", oneArg("oct", (x) => intToBase(x, 8, "0o")));
  fn(d, "hex", oneArg("hex", (x) => intToBase(x, 16, "0x")));
  fn(d, "iter", (args, kw) => {
    arity("iter", args, kw, 1, 2);
    if (args.length === 1) return P.getIter(args[0] as PyValue);
    throw typeError("iter(callable, sentinel) is not supported yet");
  });
  fn(d, "next", (args, kw) => {
    arity("next", args, kw, 1, 2);
    const it = args[0] as PyValue;
    if (typeOf(it).lookup("__next__") === undefined && !(it instanceof Object && "next" in it)) {
      throw typeError(`'${typeName(it)}' object is not an iterator`);
    }
    const v = P.iterNext(it);
    if (v !== undefined) return v;
    if (args.length === 2) return args[1] as PyValue;
    throw stopIteration();
  });
  fn(d, "getattr", (args, kw) => {
    arity("getattr", args, kw, 2, 3);
    const name = nameOf(args[1] as PyValue, "getattr");
    if (args.length === 3) return P.getAttrOrUndefined(args[0] as PyValue, name) ?? (args[2] as PyValue);
    return P.getAttr(args[0] as PyValue, name);
  });
  fn(d, "setattr", (args, kw) => {
    arity("setattr", args, kw, 3, 3);
    P.setAttr(args[0] as PyValue, nameOf(args[1] as PyValue, "setattr"), args[2] as PyValue);
    return None;
  });
  fn(d, "delattr", (args, kw) => {
    arity("delattr", args, kw, 2, 2);
    P.delAttr(args[0] as PyValue, nameOf(args[1] as PyValue, "delattr"));
    return None;
  });
  fn(d, "hasattr", (args, kw) => {
    arity("hasattr", args, kw, 2, 2);
    return P.hasAttr(args[0] as PyValue, nameOf(args[1] as PyValue, "hasattr"));
  });
  fn(d, "isinstance", (args, kw) => {
    arity("isinstance", args, kw, 2, 2);
    return isinstanceCheck(args[0] as PyValue, args[1] as PyValue, "isinstance");
  });
  fn(d, "issubclass", (args, kw) => {
    arity("issubclass", args, kw, 2, 2);
    return issubclassCheck(args[0] as PyValue, args[1] as PyValue);
  });
  fn(d, "divmod", (args, kw) => {
    arity("divmod", args, kw, 2, 2);
    const a = args[0] as PyValue, b = args[1] as PyValue;
    const r = numberDivmod(a, b);
    if (r !== undefined) return newTuple(r);
    const f = typeOf(a).lookup("__divmod__");
    if (f !== undefined) { const x = P.callMethod(f, a, [b]); if (x !== NotImplemented) return x; }
    const g = typeOf(b).lookup("__rdivmod__");
    if (g !== undefined) { const x = P.callMethod(g, b, [a]); if (x !== NotImplemented) return x; }
    throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
  });
  fn(d, "pow", (args, kwnames) => {
    const [base, exp, mod] = parseArgs("pow", args, kwnames, ["base", "exp", "mod"], 2);
    if (mod === undefined || mod === None) return P.binaryOp(8, base as PyValue, exp as PyValue);
    const a = intValue(base as PyValue), b = intValue(exp as PyValue), m = intValue(mod);
    if (a === undefined || b === undefined || m === undefined) {
      throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    return intPowMod(a, b, m);
  });
  fn(d, "round", (args, kwnames) => {
    const [x, nd] = parseArgs("round", args, kwnames, ["number", "ndigits"], 1);
    const v = x as PyValue;
    if (v instanceof PyFloat) return roundFloat(v.value, nd);
    const f = typeOf(v).lookup("__round__");
    if (f === undefined) throw typeError(`type ${typeName(v)} doesn't define __round__ method`);
    return P.callMethod(f, v, nd === undefined ? [] : [nd]);
  });
  fn(d, "min", minmax("min", 0));
  fn(d, "max", minmax("max", 4));
  fn(d, "sum", (args, kwnames) => {
    const [it, start] = parseArgs("sum", args, kwnames, ["iterable", "start"], 0, 1);
    if (it === undefined) throw typeError("sum() takes at least 1 positional argument (0 given)");
    let acc: PyValue = start ?? 0;
    if (strValue(acc) !== undefined) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
    const iter = P.getIter(it);
    for (;;) {
      const v = P.iterNext(iter);
      if (v === undefined) return acc;
      acc = P.binaryOp(0, acc, v);
    }
  });
  fn(d, "all", oneArg("all", (x) => {
    const it = P.getIter(x);
    for (let v = P.iterNext(it); v !== undefined; v = P.iterNext(it)) if (!P.isTrue(v)) return false;
    return true;
  }));
  fn(d, "any", oneArg("any", (x) => {
    const it = P.getIter(x);
    for (let v = P.iterNext(it); v !== undefined; v = P.iterNext(it)) if (P.isTrue(v)) return true;
    return false;
  }));
  fn(d, "sorted", (args, kwnames) => {
    const { pos, kw } = splitKwargs(args, kwnames);
    if (pos.length !== 1) throw typeError(`sorted expected 1 argument, got ${pos.length}`);
    const key = kw.get("key") ?? None;
    const rev = kw.get("reverse");
    return new PyList(sortValues(P.toArray(pos[0] as PyValue), key === None ? null : key, rev !== undefined && P.isTrue(rev)));
  });
  fn(d, "reversed", oneArg("reversed", (x) => {
    if (x instanceof PyList) return new PyListReverseIterator(x);
    const f = typeOf(x).lookup("__reversed__");
    if (f !== undefined) return P.callMethod(f, x, []);
    return P.getIter(new PyList(P.toArray(x).reverse()));
  }));
  fn(d, "format", (args, kw) => {
    arity("format", args, kw, 1, 2);
    return P.format(args[0] as PyValue, args.length > 1 ? strValue(args[1] as PyValue) ?? "" : "");
  });
  fn(d, "globals", () => getThreadState().globals());
  fn(d, "locals", () => getThreadState().locals());
  fn(d, "vars", (args) => (args.length === 0 ? getThreadState().locals() : P.getAttr(args[0] as PyValue, "__dict__")));
  fn(d, "dir", (args) => {
    if (args.length === 0) {
      const l = getThreadState().locals();
      return new PyList(P.toArray(l).sort());
    }
    const f = typeOf(args[0] as PyValue).lookup("__dir__");
    const r = P.toArray(P.callMethod(f as PyValue, args[0] as PyValue, []));
    return new PyList(sortValues(r, null, false));
  });
  fn(d, "input", (args) => getThreadState().input(args.length > 0 ? P.str(args[0] as PyValue) : ""));
  fn(d, "__import__", (args, kwnames) => {
    const [name, globals, , fromlist, level] = parseArgs("__import__", args, kwnames, ["name", "globals", "locals", "fromlist", "level"], 1);
    return getThreadState().importModule(strValue(name as PyValue) ?? "", globals instanceof PyDict ? globals : null, fromlist ?? None, level === undefined ? 0 : Number(P.asIndex(level)));
  });
  fn(d, "exec", (args) => execOrEval(args, "exec"));
  fn(d, "eval", (args) => execOrEval(args, "eval"));
  fn(d, "compile", (args, kwnames) => {
    const [source, filename, mode, flags, dontInherit] = parseArgs("compile", args, kwnames, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3);
    const m = strValue(mode as PyValue);
    if (m !== "exec" && m !== "eval" && m !== "single") throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
    return getThreadState().compile(strValue(source as PyValue) ?? "", P.str(filename as PyValue), m, flags === undefined ? 0 : Number(P.asIndex(flags)), dontInherit !== undefined && P.isTrue(dontInherit));
  });
  void toInt; void PyRange; void PySlice; void newFloat;
  return d;
}

import { PyCode } from "../objects/code.js";
function execOrEval(args: PyValue[], mode: "exec" | "eval"): PyValue {
  const ts = getThreadState();
  let code = args[0] as PyValue;
  const g = args[1] === undefined || args[1] === None ? ts.globals() : args[1];
  if (!(g instanceof PyDict)) throw typeError(`${mode}() globals must be a dict, not ${typeName(g)}`);
  const l = args[2] === undefined || args[2] === None ? (args[1] === undefined || args[1] === None ? ts.locals() : g) : args[2];
  const src = strValue(code);
  if (src !== undefined) code = ts.compile(mode === "eval" ? src.trim() : src, "<string>", mode, 0, false);
  if (!(code instanceof PyCode)) throw typeError(`${mode}() arg 1 must be a string, bytes or code object`);
  if (g.getStr("__builtins__") === undefined) g.setStr("__builtins__", ts.builtins);
  const r = ts.execCode(code.code, g, l);
  return mode === "eval" ? r : None;
}
