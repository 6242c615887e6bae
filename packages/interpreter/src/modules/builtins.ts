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
import "../objects/set-methods.js";
import "../objects/dict-views.js";
import "../objects/range-methods.js";
import "../objects/descriptor-methods.js";
import "../objects/iterator-methods.js";
import "../objects/singleton-methods.js";
import "../objects/generic-alias.js";
import "../objects/union-type.js";
import { PyDict } from "../objects/dict.js";
import { PyType, ObjectType, TypeType, IntType, BoolType, StrType, typeOf } from "../objects/type.js";
import { None, NotImplemented, Ellipsis } from "../objects/singletons.js";
import { PyBuiltinFunction, ClassMethodType, StaticMethodType } from "../objects/builtin-function.js";
import { FloatType } from "../objects/float.js";
import { ComplexType } from "../objects/complex.js";
import { ListType } from "../objects/list.js";
import { PyTuple, TupleType, newTuple } from "../objects/tuple.js";
import { DictType } from "../objects/dict.js";
import { SetType, FrozenSetType } from "../objects/set.js";
import { RangeType } from "../objects/range.js";
import { SliceType } from "../objects/slice.js";
import { PropertyType } from "../objects/property.js";
import { SuperType } from "../objects/super.js";
import { EnumerateType, ZipType, MapType, FilterType, ReversedType } from "../objects/builtin-iterators.js";
import { BytesType, ByteArrayType } from "../objects/bytes/bytes.js";
import { installStrMethods } from "../objects/str/str-type.js";
import { installBytesMethods } from "../objects/bytes/bytes-type.js";
import { installBytesProtocols } from "../objects/bytes/bytes-protocols.js";
import { MemoryViewType } from "../objects/bytes/memoryview.js";
import { BUILTIN_EXCEPTIONS } from "../objects/exceptions.js";
import { PyFunction } from "../objects/function.js";
import { PyCell } from "../objects/cell.js";
import { PyCode } from "../objects/code.js";
import { getThreadState } from "../objects/thread-state.js";
import { typeError, valueError, typeName, exactlyOneArg, notImplementedError } from "../objects/errors.js";
import { arity, parseArgs, splitKwargs } from "../objects/args.js";
import { calculateMetaclass } from "../objects/type-type.js";
import { objectId } from "../objects/identity.js";
import { strValue } from "../objects/str-support.js";
import * as B from "./builtins-functions.js";
import { installBuiltinTypeDocs, installMissingTypeDocs } from "./builtin-type-docs.js";
import * as P from "../protocols/index.js";
import { enterRecursiveCall } from "../protocols/recursion.js";

type Fn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

function fn(d: PyDict, name: string, f: Fn): PyBuiltinFunction {
  const b = new PyBuiltinFunction(name, f);
  d.setStr(name, b);
  return b;
}

/** A builtin taking exactly one positional argument (CALL uses `f` directly as its `fn1`). */
function fnO(d: PyDict, name: string, f: (x: PyValue) => PyValue): void {
  fn(d, name, oneArg(name, f)).fn1 = f;
}

/**
 * CPython checks the recursion depth around every METH_O builtin call
 * (" while calling a Python object"); done here for the builtins that
 * routinely re-enter Python (`repr`, `ascii`), so recursion through them
 * trips the limit at the same point as CPython.
 */
function countedCall(f: () => PyValue): PyValue {
  const ts = enterRecursiveCall(" while calling a Python object");
  try {
    return f();
  } finally {
    if (ts !== null) ts.depth--; // inline (not leaveRecursiveCall): a call here can overflow the JS stack again
  }
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

/** PEP 560: replace non-class bases that define `__mro_entries__` (returns `bases` itself when nothing changed). */
function updateBases(bases: PyValue[]): PyValue[] {
  let out: PyValue[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i] as PyValue;
    const entries = b instanceof PyType ? undefined : P.getAttrOrUndefined(b, "__mro_entries__");
    if (entries === undefined) {
      out?.push(b);
      continue;
    }
    out ??= bases.slice(0, i);
    const r = P.callObject(entries, [newTuple(bases)], null);
    if (!(r instanceof PyTuple)) throw typeError("__mro_entries__ must return a tuple");
    out.push(...r.items);
  }
  return out ?? bases;
}

/** `__build_class__(func, name, *bases, metaclass=…, **kwds)`. */
function buildClass(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const { pos, kw } = splitKwargs(args, kwnames);
  const func = pos[0];
  if (!(func instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  const name = pos[1] === undefined ? undefined : strValue(pos[1]);
  if (name === undefined) throw typeError("__build_class__: name is not a string");
  const origBases = pos.slice(2);
  const bases = updateBases(origBases);
  let meta: PyValue | undefined = kw.get("metaclass");
  kw.delete("metaclass");
  const isClass = meta === undefined || meta instanceof PyType;
  if (meta === undefined) meta = bases.length === 0 ? TypeType : typeOf(bases[0] as PyValue);
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const basesTuple = newTuple(bases);
  const kwn = [...kw.keys()];
  const prep = P.getAttrOrUndefined(meta, "__prepare__");
  const ns = prep === undefined ? new PyDict() : P.callObject(prep, [name, basesTuple, ...kw.values()], kwn.length > 0 ? kwn : null);
  if (bases !== origBases) P.setItem(ns, "__orig_bases__", newTuple(origBases));
  const cell = getThreadState().callWithLocals(func, ns);
  const cls = P.callObject(meta, [name, basesTuple, ns, ...kw.values()], kwn.length > 0 ? kwn : null);
  if (cell instanceof PyCell && cell.ref === undefined) cell.ref = cls;
  return cls;
}

/** `anext(it, default)`'s awaitable, compiled once per builtins module. */
const ANEXT_DEFAULT_SOURCE = `async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
`;

export function createBuiltinsModule(): PyDict {
  let anextDefault: PyValue | null = null;
  installStrMethods();
  installBytesMethods();
  installBytesProtocols();
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
    ["bytes", BytesType], ["bytearray", ByteArrayType], ["memoryview", MemoryViewType],
    ["enumerate", EnumerateType], ["zip", ZipType], ["map", MapType], ["filter", FilterType], ["reversed", ReversedType],
  ];
  for (const [n, t] of types) d.setStr(n, t);
  for (const [n, t] of BUILTIN_EXCEPTIONS) d.setStr(n, t);
  installBuiltinTypeDocs(types);
  installBuiltinTypeDocs(BUILTIN_EXCEPTIONS);
  installMissingTypeDocs();

  fn(d, "__build_class__", buildClass);
  fn(d, "print", B.print);
  fn(d, "input", B.input);
  fn(d, "open", B.open);
  fnO(d, "len", (x) => P.lenObject(x));
  (d.getStr("len") as PyBuiltinFunction).intrinsic = "len";
  fnO(d, "repr", (x) => countedCall(() => P.reprObject(x)));
  fnO(d, "ascii", (x) => countedCall(() => P.asciiObject(x)));
  fnO(d, "abs", (x) => P.absolute(x));
  fnO(d, "hash", (x) => P.hash(x));
  fnO(d, "id", (x) => objectId(x));
  fnO(d, "callable", (x) => P.isCallable(x));
  fnO(d, "chr", B.chr);
  fnO(d, "ord", B.ord);
  (d.getStr("ord") as PyBuiltinFunction).intrinsic = "ord";
  fnO(d, "bin", B.bin);
  fnO(d, "oct", B.oct);
  fnO(d, "hex", B.hex);
  fn(d, "iter", B.iter);
  fn(d, "next", B.next);
  fn(d, "getattr", B.getattr);
  fn(d, "setattr", B.setattr);
  fn(d, "delattr", B.delattr);
  fn(d, "hasattr", B.hasattr);
  fn(d, "isinstance", (args, kw) => {
    arity("isinstance", args, kw, 2, 2);
    return B.isinstance(args[0] as PyValue, args[1] as PyValue);
  }).fn2 = B.isinstance;
  fn(d, "issubclass", (args, kw) => {
    arity("issubclass", args, kw, 2, 2);
    return B.issubclass(args[0] as PyValue, args[1] as PyValue);
  });
  fn(d, "divmod", B.divmod);
  fn(d, "pow", B.pow);
  fn(d, "round", B.round);
  fn(d, "min", B.minmax("min", 0));
  fn(d, "max", B.minmax("max", 4));
  fn(d, "sum", B.sum).fn1 = B.sum1;
  fn(d, "all", B.anyAll(true));
  fn(d, "any", B.anyAll(false));
  fn(d, "sorted", B.sorted);
  fn(d, "format", B.format);
  fn(d, "globals", (args, kw) => (arity("globals", args, kw, 0, 0), getThreadState().globals()));
  fn(d, "locals", (args, kw) => (arity("locals", args, kw, 0, 0), getThreadState().locals()));
  fn(d, "vars", B.vars);
  fn(d, "dir", B.dir);
  fn(d, "__import__", (args, kwnames) => {
    const [name, globals, , fromlist, level] = parseArgs("__import__", args, kwnames, ["name", "globals", "locals", "fromlist", "level"], 1);
    return getThreadState().importModule(strValue(name as PyValue) ?? "", globals instanceof PyDict ? globals : null, fromlist ?? None, level === undefined ? 0 : Number(P.asIndex(level)));
  });
  fn(d, "aiter", (args, kw) => {
    arity("aiter", args, kw, 1, 1);
    const o = args[0] as PyValue;
    const f = typeOf(o).lookup("__aiter__");
    if (f === undefined) throw typeError(`'${typeName(o)}' object is not an async iterable`);
    const it = P.callMethod0(f, o);
    if (typeOf(it).lookup("__anext__") === undefined) throw typeError(`aiter() returned not an async iterator of type '${typeName(it)}'`);
    return it;
  });
  fn(d, "anext", (args, kw) => {
    arity("anext", args, kw, 1, 2);
    const o = args[0] as PyValue;
    const f = typeOf(o).lookup("__anext__");
    if (f === undefined) throw typeError(`'${typeName(o)}' object is not an async iterator`);
    const awaitable = P.callMethod0(f, o);
    if (args.length === 1) return awaitable;
    // With a default: an awaitable that turns StopAsyncIteration into the default.
    if (anextDefault === null) {
      const code = getThreadState().compile(ANEXT_DEFAULT_SOURCE, "<pyvm anext>", "exec", 0, true);
      const g = new PyDict();
      g.setStr("__builtins__", d);
      P.callObject(d.getStr("exec") as PyValue, [code, g], null);
      anextDefault = g.getStr("anext_default") as PyValue;
    }
    return P.callObject(anextDefault, [awaitable, args[1] as PyValue], null);
  });
  fn(d, "breakpoint", (args, kwnames) => {
    const hook = P.getAttrOrUndefined(getThreadState().importModule("sys", null, None, 0), "breakpointhook");
    return hook === undefined ? None : P.callObject(hook, args, kwnames);
  });
  fn(d, "help", (args, kw) => {
    arity("help", args, kw, 0, 1);
    throw notImplementedError("help() is not supported by pyvm (there is no pydoc)");
  });
  fn(d, "exec", (args) => execOrEval(args, "exec"));
  fn(d, "eval", (args) => execOrEval(args, "eval"));
  fn(d, "compile", (args, kwnames) => {
    const [source, filename, mode, flags, dontInherit] = parseArgs("compile", args, kwnames, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3);
    const m = strValue(mode as PyValue);
    if (m !== "exec" && m !== "eval" && m !== "single") throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
    const text = source instanceof PyBytes ? decodeBytes(source.value) : strValue(source as PyValue) ?? "";
    return getThreadState().compile(text, P.str(filename as PyValue), m, flags === undefined ? 0 : Number(P.asIndex(flags)), dontInherit !== undefined && P.isTrue(dontInherit));
  });
  return d;
}

import { PyBytes } from "../objects/bytes/bytes.js";
import { decodeBytes } from "../objects/bytes/codecs.js";

function execOrEval(args: PyValue[], mode: "exec" | "eval"): PyValue {
  const ts = getThreadState();
  let code = args[0] as PyValue;
  const g = args[1] === undefined || args[1] === None ? ts.globals() : args[1];
  if (!(g instanceof PyDict)) throw typeError(`${mode}() globals must be a dict, not ${typeName(g)}`);
  const l = args[2] === undefined || args[2] === None ? (args[1] === undefined || args[1] === None ? ts.locals() : g) : args[2];
  const src = code instanceof PyBytes ? decodeBytes(code.value) : strValue(code);
  if (src !== undefined) code = ts.compile(mode === "eval" ? src.replace(/^[ \t]+/, "") : src, "<string>", mode, 0, false);
  if (!(code instanceof PyCode)) throw typeError(`${mode}() arg 1 must be a string, bytes or code object`);
  if (g.getStr("__builtins__") === undefined) g.setStr("__builtins__", ts.builtins);
  const r = ts.execCode(code.code, g, l);
  return mode === "eval" ? r : None;
}
