/**
 * The Python-visible methods shared by `bytes` and `bytearray` (the
 * non-mutating ones), installed on both types by `installBytesMethods()`:
 * each unwraps the receiver's bytes, converts arguments with CPython 3.11's
 * messages, calls the pure algorithms of this folder, and wraps byte results
 * in the receiver's kind (`bytes` → bytes, `bytearray` → bytearray).
 * `StrLibError`s become Python exceptions here.
 *
 * Not here (yet): bytearray's mutators (append, extend, insert, pop, remove,
 * reverse, clear, copy, slice assignment), `__new__` constructors, operators.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#bytes-and-bytearray-operations
 */

import type { PyValue } from "../object.js";
import type { PyType } from "../type.js";
import { defineMethod, defineStaticMethod, defineClassMethod } from "../builtin-function.js";
import { None } from "../singletons.js";
import { PyTuple, newTuple } from "../tuple.js";
import { PyList } from "../list.js";
import { overflowError, typeError, typeName } from "../errors.js";
import { arity, parseArgs, tupleArity } from "../args.js";
import { strValue } from "../str-support.js";
import { asIndex, hasIndex } from "../../protocols/index-value.js";
import { toArray } from "../../protocols/iter.js";
import { callObject } from "../../protocols/call.js";
import { rethrowPy } from "../str/py-errors.js";
import { BytesType, ByteArrayType, PyByteArray, PyBytes, newBytes } from "./bytes.js";
import * as B from "./bytes-methods.js";
import { bytearrayRepr, bytesRepr } from "./bytes-repr.js";
import { bytesFromhex, bytesHex } from "./bytes-hex.js";
import { decodeBytes } from "./codecs.js";
import { PyMemoryView } from "./memoryview.js";

type Kw = readonly string[] | null;
type Bytes = Uint8Array;

/** The bytes of a bytes-like object, or undefined. */
export function bytesLike(v: PyValue): Bytes | undefined {
  if (v instanceof PyBytes) return v.value;
  if (v instanceof PyByteArray) return v.view();
  if (v instanceof PyMemoryView) return v.data();
  return undefined;
}

function bytesArg(v: PyValue | undefined): Bytes {
  const b = v === undefined ? undefined : bytesLike(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v as PyValue)}'`);
  return b;
}

const isNone = (v: PyValue | undefined): boolean => v === undefined || v === None;

function sliceIndex(v: PyValue | undefined): number | undefined {
  if (isNone(v)) return undefined;
  if (!hasIndex(v as PyValue)) throw typeError("slice indices must be integers or None or have an __index__ method");
  const i = asIndex(v as PyValue);
  if (typeof i === "bigint") return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return i;
}

function ssize(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const i = asIndex(v);
  if (typeof i === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  return i;
}

function needleArg(v: PyValue | undefined): B.ByteNeedle {
  const b = v === undefined ? undefined : bytesLike(v);
  if (b !== undefined) return b;
  if (v !== undefined && hasIndex(v)) {
    const i = asIndex(v);
    return typeof i === "bigint" ? -1 : i;
  }
  throw typeError(`argument should be integer or bytes-like object, not '${typeName(v as PyValue)}'`);
}

type BytesMethod = (b: Bytes, args: PyValue[], kw: Kw, wrap: (r: Bytes) => PyValue, typeName: string) => PyValue;

function defBoth(name: string, fn: BytesMethod): void {
  for (const t of [BytesType, ByteArrayType]) {
    const isArray = t === ByteArrayType;
    defineMethod(t, name, (self, args, kw) => {
      const b = bytesLike(self);
      if (b === undefined || (self instanceof PyByteArray) !== isArray) {
        throw typeError(`descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeName(self)}' object`);
      }
      const wrap = isArray ? (r: Bytes): PyValue => new PyByteArray(r) : (r: Bytes): PyValue => newBytes(r);
      try {
        return fn(b, args, kw, wrap, t.name);
      } catch (e) {
        return rethrowPy(e);
      }
    });
  }
}

function def0(name: string, fn: (b: Bytes) => Bytes | boolean): void {
  defBoth(name, (b, args, kw, wrap, typeName) => {
    arity(`${typeName}.${name}`, args, kw, 0, 0);
    const r = fn(b);
    return typeof r === "boolean" ? r : wrap(r);
  });
}

let installed = false;

/** Install the shared bytes/bytearray methods (idempotent). */
export function installBytesMethods(): void {
  if (installed) return;
  installed = true;

  for (const [name, fn] of [
    ["lower", B.bytesLower],
    ["upper", B.bytesUpper],
    ["swapcase", B.bytesSwapcase],
    ["capitalize", B.bytesCapitalize],
    ["title", B.bytesTitle],
    ["isalnum", B.bytesIsalnum],
    ["isalpha", B.bytesIsalpha],
    ["isascii", B.bytesIsascii],
    ["isdigit", B.bytesIsdigit],
    ["islower", B.bytesIslower],
    ["isupper", B.bytesIsupper],
    ["isspace", B.bytesIsspace],
    ["istitle", B.bytesIstitle],
  ] as const) {
    def0(name, fn);
  }
  for (const [name, fn] of [
    ["find", B.bytesFind],
    ["rfind", B.bytesRfind],
    ["index", B.bytesIndex],
    ["rindex", B.bytesRindex],
    ["count", B.bytesCount],
  ] as const) {
    defBoth(name, (b, args, kw) => {
      tupleArity(name, args, kw, 1, 3);
      return fn(b, needleArg(args[0]), sliceIndex(args[1]), sliceIndex(args[2]));
    });
  }
  for (const [name, fn] of [
    ["startswith", B.bytesStartswith],
    ["endswith", B.bytesEndswith],
  ] as const) {
    defBoth(name, (b, args, kw) => {
      tupleArity(name, args, kw, 1, 3);
      const p = args[0] as PyValue;
      let prefix: Bytes | Bytes[];
      if (p instanceof PyTuple) prefix = p.items.map((x) => bytesArg(x));
      else {
        const pb = bytesLike(p);
        if (pb === undefined) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
        prefix = pb;
      }
      return fn(b, prefix, sliceIndex(args[1]), sliceIndex(args[2]));
    });
  }
  defBoth("replace", (b, args, kw, wrap) => {
    arity("replace", args, kw, 2, 3);
    return wrap(B.bytesReplace(b, bytesArg(args[0]), bytesArg(args[1]), ssize(args[2], -1)));
  });
  for (const [name, fn] of [
    ["removeprefix", B.bytesRemoveprefix],
    ["removesuffix", B.bytesRemovesuffix],
  ] as const) {
    defBoth(name, (b, args, kw, wrap) => {
      arity(name, args, kw, 1, 1);
      return wrap(fn(b, bytesArg(args[0])));
    });
  }
  for (const [name, fn] of [
    ["split", B.bytesSplit],
    ["rsplit", B.bytesRsplit],
  ] as const) {
    defBoth(name, (b, args, kw, wrap) => {
      const [sep, maxsplit] = parseArgs(name, args, kw, ["sep", "maxsplit"], 0);
      return new PyList(fn(b, isNone(sep) ? undefined : bytesArg(sep), ssize(maxsplit, -1)).map(wrap));
    });
  }
  defBoth("splitlines", (b, args, kw, wrap) => {
    const [keepends] = parseArgs("splitlines", args, kw, ["keepends"], 0);
    return new PyList(B.bytesSplitlines(b, keepends !== undefined && asIndex(keepends) !== 0).map(wrap));
  });
  for (const [name, fn] of [
    ["partition", B.bytesPartition],
    ["rpartition", B.bytesRpartition],
  ] as const) {
    defBoth(name, (b, args, kw, wrap) => {
      arity(name, args, kw, 1, 1);
      return newTuple(fn(b, bytesArg(args[0])).map(wrap));
    });
  }
  defBoth("join", (b, args, kw, wrap) => {
    arity("join", args, kw, 1, 1);
    const parts = toArray(args[0] as PyValue, "can only join an iterable").map((x, i) => {
      const xb = bytesLike(x);
      if (xb === undefined) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
      return xb;
    });
    return wrap(B.bytesJoin(b, parts));
  });
  for (const [name, fn] of [
    ["strip", B.bytesStrip],
    ["lstrip", B.bytesLstrip],
    ["rstrip", B.bytesRstrip],
  ] as const) {
    defBoth(name, (b, args, kw, wrap) => {
      arity(name, args, kw, 0, 1);
      return wrap(fn(b, isNone(args[0]) ? undefined : bytesArg(args[0])));
    });
  }
  for (const [name, fn] of [
    ["center", B.bytesCenter],
    ["ljust", B.bytesLjust],
    ["rjust", B.bytesRjust],
  ] as const) {
    defBoth(name, (b, args, kw, wrap) => {
      arity(name, args, kw, 1, 2);
      let fill = 0x20;
      if (args[1] !== undefined) {
        const f = bytesLike(args[1]);
        if (f === undefined || f.length !== 1) {
          throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${typeName(args[1])}`);
        }
        fill = f[0] as number;
      }
      return wrap(fn(b, ssize(args[0], 0), fill));
    });
  }
  defBoth("zfill", (b, args, kw, wrap) => {
    arity("zfill", args, kw, 1, 1);
    return wrap(B.bytesZfill(b, ssize(args[0], 0)));
  });
  defBoth("expandtabs", (b, args, kw, wrap) => {
    const [tabsize] = parseArgs("expandtabs", args, kw, ["tabsize"], 0);
    return wrap(B.bytesExpandtabs(b, ssize(tabsize, 8)));
  });
  defBoth("translate", (b, args, kw, wrap) => {
    if (args.length === (kw === null ? 0 : kw.length)) throw typeError("translate() takes at least 1 positional argument (0 given)");
    const [table, del] = parseArgs("translate", args, kw, ["table", "delete"], 1, 1);
    return wrap(B.bytesTranslate(b, isNone(table) ? null : bytesArg(table), del === undefined ? undefined : bytesArg(del)));
  });
  defBoth("decode", (b, args, kw) => {
    const [encoding, errors] = parseArgs("decode", args, kw, ["encoding", "errors"], 0);
    const enc = encoding === undefined ? "utf-8" : strValue(encoding);
    if (enc === undefined) throw typeError(`decode() argument 'encoding' must be str, not ${typeName(encoding as PyValue)}`);
    const err = errors === undefined ? "strict" : strValue(errors);
    if (err === undefined) throw typeError(`decode() argument 'errors' must be str, not ${typeName(errors as PyValue)}`);
    return decodeBytes(b, enc, err);
  });
  defBoth("hex", (b, args, kw) => {
    const [sep, perSep] = parseArgs("hex", args, kw, ["sep", "bytes_per_sep"], 0);
    let sepStr: string | undefined;
    if (sep !== undefined) {
      const s = strValue(sep);
      const sb = bytesLike(sep);
      if (s !== undefined) sepStr = s;
      else if (sb !== undefined) sepStr = String.fromCharCode(...sb);
      else throw typeError(`sep must be str or bytes.`);
    }
    return bytesHex(b, sepStr, ssize(perSep, 1));
  });
  defBoth("__len__", (b, args, kw) => {
    arity("__len__", args, kw, 0, 0);
    return b.length;
  });
  defBoth("__repr__", (b, args, kw) => {
    arity("__repr__", args, kw, 0, 0);
    return bytesRepr(b);
  });
  // bytearray's repr names its (sub)class.
  defineMethod(ByteArrayType, "__repr__", (self) => bytearrayRepr(bytesLike(self) ?? new Uint8Array(0), (self as PyByteArray).cls.name));

  for (const t of [BytesType, ByteArrayType]) {
    defineClassMethod(t, "fromhex", (cls, args, kw) => {
      arity("fromhex", args, kw, 1, 1);
      const s = strValue(args[0] as PyValue);
      if (s === undefined) throw typeError(`fromhex() argument must be str, not ${typeName(args[0] as PyValue)}`);
      let data: Bytes;
      try {
        data = bytesFromhex(s);
      } catch (e) {
        return rethrowPy(e);
      }
      const base: PyValue = t === ByteArrayType ? new PyByteArray(data) : newBytes(data);
      return cls === t ? base : callObject(cls as PyType, [base]);
    });
    defineStaticMethod(t, "maketrans", (args, kw) => {
      arity("maketrans", args, kw, 2, 2);
      try {
        return newBytes(B.bytesMaketrans(bytesArg(args[0]), bytesArg(args[1])));
      } catch (e) {
        return rethrowPy(e);
      }
    });
  }
}

installBytesMethods();
