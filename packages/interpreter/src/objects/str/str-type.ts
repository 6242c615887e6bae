/**
 * The Python-visible methods of `str`: a `PyMethodDescriptor` per method on
 * `StrType`, each checking its arguments with CPython 3.11's messages and
 * calling the pure algorithms of this folder (and `objects/format/` for
 * `format`, `format_map`, `__format__`, `__mod__`). `StrLibError`s are
 * converted to Python exceptions at this boundary.
 *
 * `installStrMethods()` is idempotent and also runs when this module is first
 * imported, like the other method modules (exception-methods.ts).
 *
 * https://docs.python.org/3.11/library/stdtypes.html#string-methods
 */

import type { PyValue } from "../object.js";
import type { PyType } from "../type.js";

import { StrType, typeOf } from "../type.js";
import { defineMethod, defineNew, defineStaticMethod } from "../builtin-function.js";
import { None, NotImplemented } from "../singletons.js";
import { PyTuple, newTuple } from "../tuple.js";
import { PyList } from "../list.js";
import { PyDict } from "../dict.js";
import { PyFloat } from "../float.js";
import { PyIntObject } from "../int.js";
import * as E from "../exceptions.js";
import { exceptionMatches, overflowError, typeError, typeName, valueError } from "../errors.js";
import { arity, parseArgs, splitKwargs, tupleArity } from "../args.js";
import { PyStrObject, isBmp, strValue } from "../str-support.js";
import { asIndex, hasIndex } from "../../protocols/index-value.js";
import { ascii, repr, str, strObject } from "../../protocols/repr.js";
import { getItem } from "../../protocols/subscript.js";
import { getAttr } from "../../protocols/attribute.js";
import { format } from "../../protocols/format-bridge.js";
import { toArray } from "../../protocols/iter.js";
import { callMethod0 } from "../../protocols/call.js";
import { newBytes } from "../bytes/bytes.js";
import { decodeBytes, encodeStr } from "../bytes/codecs.js";
import { PyBytes, PyByteArray } from "../bytes/bytes.js";
import { formatStr, intToFloat } from "../format/format-number.js";
import { percentFormat, type PercentHost } from "../format/percent-format.js";
import { strFormat, type StrFormatHost } from "../format/str-format.js";
import { rethrowPy, withPyErrors } from "./py-errors.js";
import { cpLength } from "./code-points.js";
import { installStrDunders } from "./str-dunders.js";
import { joinItems } from "./str-join.js";
import * as S from "./index.js";

type Kw = readonly string[] | null;
type StrMethod = (s: string, args: PyValue[], kwnames: Kw, self: PyValue) => PyValue;

// ---- argument conversion -------------------------------------------------------

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function strArg(v: PyValue | undefined, message?: string): string {
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw typeError(message ?? `must be str, not ${typeName(v as PyValue)}`);
  return s;
}

const isNone = (v: PyValue | undefined): boolean => v === undefined || v === None;

/** `_PyEval_SliceIndex`: None → undefined; huge values clamp. */
function sliceIndex(v: PyValue | undefined): number | undefined {
  if (isNone(v)) return undefined;
  if (!hasIndex(v as PyValue)) throw typeError("slice indices must be integers or None or have an __index__ method");
  const i = asIndex(v as PyValue);
  if (typeof i === "bigint") return i > 0n ? MAX_SAFE : -MAX_SAFE;
  return i;
}

/** A C `Py_ssize_t` argument. */
function ssize(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const i = asIndex(v);
  if (typeof i === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  return i;
}

function prefixArg(name: string, v: PyValue): string | string[] {
  const s = strValue(v);
  if (s !== undefined) return s;
  if (v instanceof PyTuple) {
    return v.items.map((x) => {
      const t = strValue(x);
      if (t === undefined) throw typeError(`tuple for ${name} must only contain str, not ${typeName(x)}`);
      return t;
    });
  }
  throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(v)}`);
}

/** A list owning `items` (a fresh array from the split functions). */
function strList(items: string[]): PyList {
  return new PyList(items);
}

// ---- hosts for the formatting engines ------------------------------------------

function floatToInt(x: number): PyValue {
  if (Number.isNaN(x)) throw valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

function intResult(r: PyValue, dunder: string): number | bigint {
  if (typeof r === "number" || typeof r === "bigint") return r;
  if (typeof r === "boolean") return r ? 1 : 0;
  if (r instanceof PyIntObject) return r.value;
  throw typeError(`${dunder} returned non-int (type ${typeName(r)})`);
}

export const strPercentHost: PercentHost<PyValue> = {
  str,
  repr,
  ascii,
  typeName,
  toInt(v) {
    switch (typeof v) {
      case "number":
      case "bigint":
        return v;
      case "boolean":
        return v ? 1 : 0;
      case "string":
        return undefined;
    }
    if (v instanceof PyIntObject) return v.value;
    if (v instanceof PyFloat) return intResult(floatToInt(v.value), "__int__");
    const t = typeOf(v);
    const f = t.lookup("__int__") ?? t.lookup("__index__");
    if (f === undefined) return undefined;
    return intResult(callMethod0(f, v), "__int__");
  },
  toIndex: (v) => (hasIndex(v) ? asIndex(v) : undefined),
  toFloat(v) {
    switch (typeof v) {
      case "number":
      case "bigint":
        return intToFloat(v);
      case "boolean":
        return v ? 1 : 0;
      case "string":
        return undefined;
    }
    if (v instanceof PyFloat) return v.value;
    const f = typeOf(v).lookup("__float__");
    if (f !== undefined) {
      const r = callMethod0(f, v);
      if (!(r instanceof PyFloat)) throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
      return r.value;
    }
    return hasIndex(v) ? intToFloat(asIndex(v)) : undefined;
  },
  toChar(v) {
    const s = strValue(v);
    if (s !== undefined) return s;
    return hasIndex(v) ? asIndex(v) : undefined;
  },
  getItem: (m, k) => getItem(m, k),
  toStarInt(v) {
    switch (typeof v) {
      case "number":
      case "bigint":
        return v;
      case "boolean":
        return v ? 1 : 0;
    }
    return v instanceof PyIntObject ? v.value : undefined;
  },
};

const formatHost: StrFormatHost<PyValue> = {
  getAttr: (v, name) => getAttr(v, name),
  getItem: (v, key) => getItem(v, key),
  format,
  repr,
  str,
  ascii,
};

/** `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`. */
function isMappingArg(v: PyValue): boolean {
  if (v instanceof PyTuple || strValue(v) !== undefined) return false;
  if (v instanceof PyDict || v instanceof PyList) return true;
  return typeof v === "object" && typeOf(v).lookup("__getitem__") !== undefined;
}

/** `s % args`. */
export function strMod(s: string, args: PyValue): string {
  try {
    return percentFormat(
      s,
      args instanceof PyTuple ? { kind: "tuple", items: args.items } : { kind: "single", value: args, isMapping: isMappingArg(args) },
      strPercentHost,
    );
  } catch (e) {
    return rethrowPy(e);
  }
}

// ---- the method table ----------------------------------------------------------

function descriptorMismatch(name: string, self: PyValue): never {
  throw typeError(`descriptor '${name}' for 'str' objects doesn't apply to a '${typeName(self)}' object`);
}

function def(name: string, fn: StrMethod): void {
  defineMethod(StrType, name, (self, args, kwnames) => {
    const s = typeof self === "string" ? self : (strValue(self) ?? descriptorMismatch(name, self));
    try {
      return fn(s, args, kwnames, self);
    } catch (e) {
      return rethrowPy(e);
    }
  });
}

/**
 * A METH_NOARGS method: argument errors name it `str.name()`, as CPython does.
 * One wrapper level (the hot `ch.isalpha()` / `s.upper()` calls).
 */
function def0(name: string, fn: (s: string) => PyValue): void {
  defineMethod(StrType, name, (self, args, kwnames) => {
    const s = typeof self === "string" ? self : (strValue(self) ?? descriptorMismatch(name, self));
    if (args.length !== 0 || kwnames !== null) arity(`str.${name}`, args, kwnames, 0, 0);
    try {
      return fn(s);
    } catch (e) {
      return rethrowPy(e);
    }
  });
}

type Search = (s: string, sub: string, start?: number, end?: number) => number | boolean;
function defSearch(name: string, fn: Search): void {
  def(name, (s, args, kw) => {
    tupleArity(name, args, kw, 1, 3);
    return fn(s, strArg(args[0]), sliceIndex(args[1]), sliceIndex(args[2]));
  });
}

function defPad(name: string, fn: (s: string, width: number, fill?: string) => string): void {
  def(name, (s, args, kw) => {
    arity(name, args, kw, 1, 2);
    const width = ssize(args[0], 0);
    const fill = args[1] === undefined ? undefined : strArg(args[1], `The fill character must be a unicode character, not ${typeName(args[1])}`);
    return fn(s, width, fill);
  });
}

function defStrip(name: string, fn: (s: string, chars?: string) => string): void {
  def(name, (s, args, kw) => {
    arity(name, args, kw, 0, 1);
    if (isNone(args[0])) return fn(s);
    return fn(s, strArg(args[0], `${name} arg must be None or str`));
  });
}

function defSplit(name: string, fn: (s: string, sep?: string, maxsplit?: number) => string[]): void {
  def(name, (s, args, kw) => {
    if (args.length === 0 && kw === null) return strList(fn(s)); // s.split()
    const [sep, maxsplit] = parseArgs(name, args, kw, ["sep", "maxsplit"], 0);
    const sepStr = isNone(sep) ? undefined : strArg(sep, `must be str or None, not ${typeName(sep as PyValue)}`);
    return strList(fn(s, sepStr, ssize(maxsplit, -1)));
  });
}

let installed = false;

/** `str(object='')` and `str(object=b'', encoding='utf-8', errors='strict')`. */
function strNew(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  const [obj, encoding, errors] = parseArgs("str", args.slice(1), kwnames, ["object", "encoding", "errors"], 0);
  let s: string;
  if (obj === undefined) s = "";
  else if (encoding === undefined && errors === undefined) {
    if (cls === StrType) return strObject(obj); // a str subclass instance from __str__ is the result (PyObject_Str)
    s = str(obj);
  }
  else {
    const enc = encoding === undefined ? "utf-8" : strArg(encoding, `str() argument 'encoding' must be str, not ${typeName(encoding)}`);
    const err = errors === undefined ? "strict" : strArg(errors, `str() argument 'errors' must be str, not ${typeName(errors)}`);
    let data: Uint8Array;
    if (obj instanceof PyBytes) data = obj.value;
    else if (obj instanceof PyByteArray) data = obj.view();
    else if (typeof obj === "string" || obj instanceof PyStrObject) throw typeError("decoding str is not supported");
    else throw typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
    s = withPyErrors(() => decodeBytes(data, enc, err));
  }
  return cls === StrType ? s : new PyStrObject(s, cls);
}

/** Install the str methods on `StrType` (idempotent). */
export function installStrMethods(): void {
  installStrDunders();
  if (installed) return;
  installed = true;
  // Once per process: StrType is shared by every VM, and a second __new__ would not be the one
  // str subclasses of a later VM find cached (`Sub("x")`: "str.__new__(Sub) is not safe").
  defineNew(StrType, strNew);

  // Case.
  def0("lower", S.strLower);
  def0("upper", S.strUpper);
  def0("casefold", S.strCasefold);
  def0("swapcase", S.strSwapcase);
  def0("title", S.strTitle);
  def0("capitalize", S.strCapitalize);
  def0("islower", S.strIslower);
  def0("isupper", S.strIsupper);
  def0("istitle", S.strIstitle);
  // Character classes.
  def0("isalnum", S.strIsalnum);
  def0("isalpha", S.strIsalpha);
  def0("isascii", S.strIsascii);
  def0("isdecimal", S.strIsdecimal);
  def0("isdigit", S.strIsdigit);
  def0("isidentifier", S.strIsidentifier);
  def0("isnumeric", S.strIsnumeric);
  def0("isprintable", S.strIsprintable);
  def0("isspace", S.strIsspace);
  // Search.
  defSearch("find", S.strFind);
  defSearch("rfind", S.strRfind);
  defSearch("index", S.strIndex);
  defSearch("rindex", S.strRindex);
  defSearch("count", S.strCount);
  for (const [name, fn] of [
    ["startswith", S.strStartswith],
    ["endswith", S.strEndswith],
  ] as const) {
    def(name, (s, args, kw) => {
      tupleArity(name, args, kw, 1, 3);
      return fn(s, prefixArg(name, args[0] as PyValue), sliceIndex(args[1]), sliceIndex(args[2]));
    });
  }
  def("replace", (s, args, kw) => {
    arity("replace", args, kw, 2, 3);
    const old = strArg(args[0], `replace() argument 1 must be str, not ${typeName(args[0] as PyValue)}`);
    const repl = strArg(args[1], `replace() argument 2 must be str, not ${typeName(args[1] as PyValue)}`);
    return S.strReplace(s, old, repl, ssize(args[2], -1));
  });
  for (const [name, fn] of [
    ["removeprefix", S.strRemoveprefix],
    ["removesuffix", S.strRemovesuffix],
  ] as const) {
    def(name, (s, args, kw) => {
      arity(name, args, kw, 1, 1);
      return fn(s, strArg(args[0], `${name}() argument must be str, not ${typeName(args[0] as PyValue)}`));
    });
  }
  // Split and join.
  defSplit("split", S.strSplit);
  defSplit("rsplit", S.strRsplit);
  def("splitlines", (s, args, kw) => {
    const [keepends] = parseArgs("splitlines", args, kw, ["keepends"], 0);
    const keep = keepends === undefined ? false : asIndex(keepends) !== 0;
    return strList(S.strSplitlines(s, keep));
  });
  for (const [name, fn] of [
    ["partition", S.strPartition],
    ["rpartition", S.strRpartition],
  ] as const) {
    def(name, (s, args, kw) => {
      arity(name, args, kw, 1, 1);
      return newTuple(fn(s, strArg(args[0])));
    });
  }
  def("join", (s, args, kw) => {
    arity("str.join", args, kw, 1, 1);
    const seq = args[0] as PyValue;
    // An exact list/tuple is read in place (nothing below runs Python code).
    const items: readonly PyValue[] =
      (seq instanceof PyList || seq instanceof PyTuple) && seq.cls.isImmutable ? seq.items : toArray(seq, "can only join an iterable");
    return joinItems(s, items);
  });
  // Padding and whitespace.
  defPad("center", S.strCenter);
  defPad("ljust", S.strLjust);
  defPad("rjust", S.strRjust);
  def("zfill", (s, args, kw) => {
    arity("zfill", args, kw, 1, 1);
    return S.strZfill(s, ssize(args[0], 0));
  });
  def("expandtabs", (s, args, kw) => {
    const [tabsize] = parseArgs("expandtabs", args, kw, ["tabsize"], 0);
    return S.strExpandtabs(s, ssize(tabsize, 8));
  });
  defStrip("strip", S.strStrip);
  defStrip("lstrip", S.strLstrip);
  defStrip("rstrip", S.strRstrip);
  // Translation.
  def("translate", (s, args, kw) => {
    arity("translate", args, kw, 1, 1);
    const table = args[0] as PyValue;
    return S.strTranslate(s, (cp) => {
      let r: PyValue;
      try {
        r = getItem(table, cp);
      } catch (e) {
        if (exceptionMatches(e as PyValue, E.LookupError)) return undefined;
        throw e;
      }
      if (r === None) return null;
      const t = strValue(r);
      if (t !== undefined) return t;
      if (typeof r === "number" || typeof r === "bigint") return r;
      if (r instanceof PyIntObject) return r.value;
      throw typeError("character mapping must return integer, None or str");
    });
  });
  defineStaticMethod(StrType, "maketrans", (args, kw) => {
    try {
      return maketrans(args, kw);
    } catch (e) {
      return rethrowPy(e);
    }
  });
  // Encoding.
  def("encode", (s, args, kw) => {
    const [encoding, errors] = parseArgs("encode", args, kw, ["encoding", "errors"], 0);
    const enc = encoding === undefined ? "utf-8" : strArg(encoding, `encode() argument 'encoding' must be str, not ${typeName(encoding)}`);
    const err = errors === undefined ? "strict" : strArg(errors, `encode() argument 'errors' must be str, not ${typeName(errors)}`);
    return newBytes(encodeStr(s, enc, err));
  });
  // Formatting.
  def("format", (s, args, kw) => {
    const { pos, kw: kwargs } = splitKwargs(args, kw);
    return strFormat(s, { args: pos, kwarg: (name) => kwargs.get(name) }, formatHost);
  });
  def("format_map", (s, args, kw) => {
    arity("format_map", args, kw, 1, 1);
    const mapping = args[0] as PyValue;
    return strFormat(s, { args: null, kwarg: (name) => getItem(mapping, name) }, formatHost);
  });
  def("__format__", (s, args, kw, self) => {
    arity("__format__", args, kw, 1, 1);
    const spec = strArg(args[0], `__format__() argument must be str, not ${typeName(args[0] as PyValue)}`);
    return formatStr(s, spec, typeName(self));
  });
  def("__mod__", (s, args, kw) => {
    arity("__mod__", args, kw, 1, 1);
    return strMod(s, args[0] as PyValue);
  });
  def("__rmod__", (_s, args, kw) => {
    arity("__rmod__", args, kw, 1, 1);
    return NotImplemented;
  });
  def("__repr__", (s, args, kw) => {
    arity("__repr__", args, kw, 0, 0);
    return S.strRepr(s);
  });
  def("__str__", (s, args, kw) => {
    arity("__str__", args, kw, 0, 0);
    return s;
  });
  def("__len__", (s, args, kw) => {
    arity("__len__", args, kw, 0, 0);
    return cpLength(s);
  });
  def("__contains__", (s, args, kw) => {
    arity("__contains__", args, kw, 1, 1);
    const sub = strArg(args[0], `'in <string>' requires string as left operand, not ${typeName(args[0] as PyValue)}`);
    return isBmp(sub) ? s.includes(sub) : S.strFind(s, sub) >= 0; // a surrogate in sub must not match half a pair
  });
}

/** `str.maketrans(x[, y[, z]])` → a dict of code points. */
function maketrans(args: PyValue[], kw: Kw): PyDict {
  arity("maketrans", args, kw, 1, 3);
  const out = new PyDict();
  if (args.length === 1) {
    const x = args[0];
    if (!(x instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x.entries()) {
      const ks = strValue(k);
      if (ks !== undefined) out.set(S.maketransKey(ks), v);
      else if (typeof k === "number" || typeof k === "bigint" || typeof k === "boolean") out.set(typeof k === "boolean" ? Number(k) : k, v);
      else throw typeError("keys in translate table must be strings or integers");
    }
    return out;
  }
  const x = strArg(args[0], "first maketrans argument must be a string if there is a second argument");
  const y = strArg(args[1], `maketrans() argument 2 must be str, not ${typeName(args[1] as PyValue)}`);
  const z = args[2] === undefined ? undefined : strArg(args[2], `maketrans() argument 3 must be str, not ${typeName(args[2])}`);
  for (const [k, v] of S.strMaketrans(x, y, z)) out.set(k, v === null ? None : v);
  return out;
}

installStrMethods();
