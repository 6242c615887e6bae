/**
 * Construction, sequence protocol, comparison and hashing of `bytes` and
 * `bytearray`, plus bytearray's mutators, installed by
 * `installBytesProtocols()`:
 *
 * - `__new__`: `bytes()`, `bytes(n)`, `bytes(bytes_like)`, `bytes(iterable_of_ints)`,
 *   `bytes(str, encoding[, errors])`, `__bytes__`; `bytearray(...)` likewise.
 * - `__len__`, `__getitem__` (int → int, slice → same kind), `__contains__`,
 *   `__add__`, `__mul__`/`__rmul__`, `__eq__`…`__ge__` (bytewise), `__hash__` (bytes only).
 * - `__iter__` (bytes-iterator.ts), `__mod__` (bytes-percent.ts), `__getnewargs__`.
 * - bytearray: `append`, `extend`, `pop`, `insert`, `remove`, `clear`, `copy`, `reverse`;
 *   item/slice assignment, deletion, `+=`, `*=` (bytearray-assign.ts).
 * - the bytes hooks of int (`int.to_bytes`/`from_bytes`, `int(b"12")`).
 */

import type { PyValue } from "../object.js";
import { PyType } from "../type.js";
import { defineMethod, defineNew } from "../builtin-function.js";
import { None, NotImplemented } from "../singletons.js";
import { PySlice } from "../slice.js";
import { sliceBounds } from "../slice-ops.js";
import { indexError, overflowError, typeError, typeName, valueError } from "../errors.js";
import { arity, parseArgs } from "../args.js";
import { PyStrObject, strValue } from "../str-support.js";
import { asIndex, asSize, hasIndex, fitsSsize, cannotFitIndex } from "../../protocols/index-value.js";
import { isIterable, toArray } from "../../protocols/iter.js";
import { callMethod0 } from "../../protocols/call.js";
import { rethrowPy } from "../str/py-errors.js";
import { BytesType, ByteArrayType, PyByteArray, PyBytes, newBytes } from "./bytes.js";
import { bytesLike } from "./bytes-type.js";
import { bytesContains } from "./bytes-methods.js";
import { encodeStr } from "./codecs.js";
import { PyBytesIterator } from "./bytes-iterator.js";
import { bytesMod } from "./bytes-percent.js";
import { installByteArrayAssign } from "./bytearray-assign.js";
import { registerBytesHooks } from "../number-methods.js";
import { newTuple } from "../tuple.js";
import { checkContainerLength } from "../resource-limits.js";

type Bytes = Uint8Array;

function byteValue(v: PyValue): number {
  const i = asIndex(v);
  if (typeof i === "bigint" || i < 0 || i > 255) throw valueError("byte must be in range(0, 256)");
  return i;
}

/** The data `bytes(source, encoding, errors)` / `bytearray(...)` would hold. */
function sourceBytes(kind: string, source: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined): Bytes {
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) throw typeError("encoding or errors without sequence argument");
    return new Uint8Array(0);
  }
  const s = strValue(source);
  if (s !== undefined) {
    if (encoding === undefined) throw typeError("string argument without an encoding");
    const enc = strValue(encoding);
    if (enc === undefined) throw typeError(`${kind}() argument 'encoding' must be str, not ${typeName(encoding)}`);
    const err = errors === undefined ? "strict" : strValue(errors);
    if (err === undefined) throw typeError(`${kind}() argument 'errors' must be str, not ${typeName(errors as PyValue)}`);
    try {
      return encodeStr(s, enc, err);
    } catch (e) {
      return rethrowPy(e);
    }
  }
  if (encoding !== undefined) throw typeError("encoding without a string argument");
  if (errors !== undefined) throw typeError("errors without a string argument");
  const b = bytesLike(source);
  if (b !== undefined) return b.slice();
  if (kind === "bytes" && typeof source === "object") {
    const f = source.cls.lookup("__bytes__");
    if (f !== undefined) {
      const r = callMethod0(f, source);
      if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.value;
    }
  }
  if (hasIndex(source)) {
    const n = asSize(source);
    if (n < 0) throw valueError("negative count");
    checkContainerLength(n);
    return new Uint8Array(n);
  }
  if (typeof source === "string" || typeof source === "object") {
    let items: PyValue[];
    try {
      items = toArray(source);
    } catch {
      throw typeError(`cannot convert '${typeName(source)}' object to ${kind}`);
    }
    return Uint8Array.from(
      items.map((x) => {
        const i = asIndex(x);
        if (typeof i === "bigint" || i < 0 || i > 255) throw valueError("bytes must be in range(0, 256)");
        return i;
      }),
    );
  }
  throw typeError(`cannot convert '${typeName(source)}' object to ${kind}`);
}

function receiver(name: string, t: PyType, self: PyValue): Bytes {
  const b = bytesLike(self);
  if (b === undefined) throw typeError(`descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeName(self)}' object`);
  return b;
}

function concat(a: Bytes, b: Bytes): Bytes {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function compareBytes(a: Bytes, b: Bytes): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function repeat(b: Bytes, count: PyValue): Bytes {
  const n = asSize(count);
  if (n <= 0 || b.length === 0) return new Uint8Array(0);
  checkContainerLength(b.length * n);
  const out = new Uint8Array(b.length * n);
  for (let i = 0; i < n; i++) out.set(b, i * b.length);
  return out;
}

let installed = false;

/** Install constructors, protocols and bytearray mutators (idempotent). */
export function installBytesProtocols(): void {
  if (installed) return;
  installed = true;
  for (const t of [BytesType, ByteArrayType]) {
    const isArray = t === ByteArrayType;
    const kind = t.name;
    const wrap = (r: Bytes): PyValue => (isArray ? new PyByteArray(r) : newBytes(r));

    defineNew(t, (args, kw) => {
      const cls = args[0];
      if (!(cls instanceof PyType) || !cls.isSubtypeOf(t)) throw typeError(`${kind}.__new__(X): X is not a subtype of ${kind}`);
      const [source, encoding, errors] = parseArgs(kind, args.slice(1), kw, ["source", "encoding", "errors"], 0);
      const data = sourceBytes(kind, source, encoding, errors);
      if (isArray) return new PyByteArray(data, cls);
      return cls === BytesType ? newBytes(data) : new PyBytes(data, cls);
    });
    if (isArray) defineMethod(t, "__init__", () => None);

    defineMethod(t, "__getitem__", (self, args, kw) => {
      arity("__getitem__", args, kw, 1, 1);
      const b = receiver("__getitem__", t, self);
      const k = args[0] as PyValue;
      if (k instanceof PySlice) {
        const { start, step, length } = sliceBounds(k, b.length);
        if (step === 1) return wrap(b.slice(start, start + length));
        const out = new Uint8Array(length);
        for (let i = 0, j = start; i < length; i++, j += step) out[i] = b[j] as number;
        return wrap(out);
      }
      if (!hasIndex(k)) throw typeError(`${isArray ? "bytearray" : "byte"} indices must be integers or slices, not ${typeName(k)}`);
      const i = asIndex(k);
      if (!fitsSsize(i)) throw cannotFitIndex(k, false);
      const j = typeof i === "bigint" ? -1 : i < 0 ? i + b.length : i;
      if (j < 0 || j >= b.length) throw indexError(isArray ? "bytearray index out of range" : "index out of range");
      return b[j] as number;
    });
    defineMethod(t, "__contains__", (self, args, kw) => {
      arity("__contains__", args, kw, 1, 1);
      const b = receiver("__contains__", t, self);
      const x = args[0] as PyValue;
      const xb = bytesLike(x);
      if (xb !== undefined) return bytesContains(b, xb);
      if (!hasIndex(x)) throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
      return b.includes(byteValue(x));
    });
    defineMethod(t, "__add__", (self, args, kw) => {
      arity("__add__", args, kw, 1, 1);
      const other = args[0] as PyValue;
      const o = bytesLike(other);
      if (o === undefined) {
        throw typeError(`can't concat ${typeName(other)} to ${kind}`);
      }
      return wrap(concat(receiver("__add__", t, self), o));
    });
    for (const name of ["__mul__", "__rmul__"]) {
      defineMethod(t, name, (self, args, kw) => {
        arity(name, args, kw, 1, 1);
        const n = args[0] as PyValue;
        if (!hasIndex(n)) {
          throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
        }
        return wrap(repeat(receiver(name, t, self), n));
      });
    }
    defineMethod(t, "__iter__", (self, args, kw) => {
      arity("__iter__", args, kw, 0, 0);
      receiver("__iter__", t, self);
      return new PyBytesIterator(self as PyBytes | PyByteArray);
    });
    defineMethod(t, "__mod__", (self, args, kw) => {
      arity("__mod__", args, kw, 1, 1);
      return wrap(bytesMod(receiver("__mod__", t, self), args[0] as PyValue));
    });
    defineMethod(t, "__rmod__", (_self, args, kw) => {
      arity("__rmod__", args, kw, 1, 1);
      return NotImplemented;
    });
    const cmps: Array<[string, (c: number) => boolean]> = [
      ["__eq__", (c) => c === 0],
      ["__ne__", (c) => c !== 0],
      ["__lt__", (c) => c < 0],
      ["__le__", (c) => c <= 0],
      ["__gt__", (c) => c > 0],
      ["__ge__", (c) => c >= 0],
    ];
    for (const [name, test] of cmps) {
      defineMethod(t, name, (self, args, kw) => {
        arity(name, args, kw, 1, 1);
        const o = bytesLike(args[0] as PyValue);
        if (o === undefined) return NotImplemented;
        return test(compareBytes(receiver(name, t, self), o));
      });
    }
    if (!isArray) {
      defineMethod(t, "__hash__", (self) => {
        const b = receiver("__hash__", t, self);
        let h = 0x811c9dc5;
        for (let i = 0; i < b.length; i++) h = Math.imul(h ^ (b[i] as number), 0x01000193);
        return h === -1 ? -2 : h;
      });
      defineMethod(t, "__getnewargs__", (self) => newTuple([newBytes(receiver("__getnewargs__", t, self).slice())]));
      defineMethod(t, "__bytes__", (self) => (self instanceof PyBytes && self.cls === BytesType ? self : newBytes(receiver("__bytes__", t, self).slice())));
    } else {
      t.attrs.set("__hash__", None);
    }
  }

  installByteArrayAssign();
  // int.from_bytes accepts what bytes() accepts, except a bare int or str.
  registerBytesHooks(newBytes, (v) => {
    const b = bytesLike(v);
    if (b !== undefined) return b;
    if (typeof v === "object" && !(v instanceof PyStrObject) && isIterable(v)) return sourceBytes("bytes", v, undefined, undefined);
    return undefined;
  });

  // bytearray mutators.
  const BA = ByteArrayType;
  const ba = (name: string, self: PyValue): PyByteArray => {
    if (!(self instanceof PyByteArray)) throw typeError(`descriptor '${name}' for 'bytearray' objects doesn't apply to a '${typeName(self)}' object`);
    return self;
  };
  defineMethod(BA, "append", (self, args, kw) => {
    arity("append", args, kw, 1, 1);
    ba("append", self).append(Uint8Array.of(byteValue(args[0] as PyValue)));
    return None;
  });
  defineMethod(BA, "extend", (self, args, kw) => {
    arity("extend", args, kw, 1, 1);
    const a = ba("extend", self);
    const src = args[0] as PyValue;
    const b = bytesLike(src);
    if (b !== undefined) a.append(b.slice());
    else if (strValue(src) !== undefined) throw typeError("expected iterable of integers; got: 'str'");
    else a.append(Uint8Array.from(toArray(src, `can't extend bytearray with ${typeName(src)}`).map(byteValue)));
    return None;
  });
  defineMethod(BA, "pop", (self, args, kw) => {
    arity("pop", args, kw, 0, 1);
    const a = ba("pop", self);
    const v = a.view();
    if (v.length === 0) throw indexError("pop from empty bytearray");
    const i0 = args[0] === undefined ? -1 : asIndex(args[0]);
    const i = typeof i0 === "bigint" ? -1 - v.length : i0 < 0 ? i0 + v.length : i0;
    if (i < 0 || i >= v.length) throw indexError("pop index out of range");
    const x = v[i] as number;
    a.set(concat(v.subarray(0, i), v.subarray(i + 1)));
    return x;
  });
  defineMethod(BA, "insert", (self, args, kw) => {
    arity("insert", args, kw, 2, 2);
    const a = ba("insert", self);
    const v = a.view();
    const i0 = asIndex(args[0] as PyValue);
    let i = typeof i0 === "bigint" ? (i0 < 0n ? 0 : v.length) : i0 < 0 ? Math.max(0, i0 + v.length) : Math.min(i0, v.length);
    if (i > v.length) i = v.length;
    a.set(concat(concat(v.subarray(0, i), Uint8Array.of(byteValue(args[1] as PyValue))), v.subarray(i)));
    return None;
  });
  defineMethod(BA, "remove", (self, args, kw) => {
    arity("remove", args, kw, 1, 1);
    const a = ba("remove", self);
    const v = a.view();
    const i = v.indexOf(byteValue(args[0] as PyValue));
    if (i < 0) throw valueError("value not found in bytearray");
    a.set(concat(v.subarray(0, i), v.subarray(i + 1)));
    return None;
  });
  defineMethod(BA, "clear", (self, args, kw) => {
    arity("clear", args, kw, 0, 0);
    ba("clear", self).set(new Uint8Array(0));
    return None;
  });
  defineMethod(BA, "copy", (self, args, kw) => {
    arity("copy", args, kw, 0, 0);
    return new PyByteArray(ba("copy", self).view());
  });
  defineMethod(BA, "reverse", (self, args, kw) => {
    arity("reverse", args, kw, 0, 0);
    const a = ba("reverse", self);
    a.set(a.view().slice().reverse());
    return None;
  });
}

installBytesProtocols();
