/**
 * A minimal `memoryview` over bytes and bytearray: one-dimensional, format
 * 'B', itemsize 1. A view keeps (source, start, step, length) so slices are
 * views too and writes through a bytearray's view reach the bytearray.
 * Supported: `len`, indexing (int → int), slicing, item assignment (writable
 * sources), iteration, `==`, `hash` (read-only views), `tobytes`, `tolist`,
 * `hex`, `release`, the context-manager protocol and the attributes `obj`,
 * `nbytes`, `readonly`, `format`, `itemsize`, `ndim`, `shape`, `strides`.
 * Not supported: other formats, `cast`, multi-dimensional views.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#memoryview
 */

import { PyObject, type PyValue } from "../object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "../type.js";
import { defineGetSet, defineMethod, defineNew } from "../builtin-function.js";
import { None, NotImplemented } from "../singletons.js";
import { PySlice } from "../slice.js";
import { sliceBounds } from "../slice-ops.js";
import { newTuple } from "../tuple.js";
import { PyList } from "../list.js";
import { indexError, typeError, typeName, valueError } from "../errors.js";
import { arity, parseArgs } from "../args.js";
import { objectId } from "../identity.js";
import { asIndex, hasIndex } from "../../protocols/index-value.js";
import { hashStr } from "../../protocols/hash.js";
import { PyByteArray, PyBytes, newBytes } from "./bytes.js";
import { bytesHex } from "./bytes-hex.js";
import { latin1 } from "./latin1.js";

export const MemoryViewType: PyType = makeBuiltinType("memoryview", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);

export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    readonly source: PyBytes | PyByteArray,
    readonly start: number,
    readonly step: number,
    readonly length: number,
  ) {
    super(MemoryViewType);
  }
  get readonly(): boolean {
    return this.source instanceof PyBytes;
  }
  private buffer(): Uint8Array {
    if (this.released) throw valueError("operation forbidden on released memoryview object");
    return this.source instanceof PyBytes ? this.source.value : this.source.view();
  }
  /** The viewed bytes (a copy when the view is strided). */
  data(): Uint8Array {
    const b = this.buffer();
    if (this.step === 1) return b.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0, j = this.start; i < this.length; i++, j += this.step) out[i] = b[j] as number;
    return out;
  }
  offset(i: number): number {
    return this.start + i * this.step;
  }
  get(i: number): number {
    return this.buffer()[this.offset(i)] as number;
  }
  set(i: number, v: number): void {
    this.buffer()[this.offset(i)] = v;
  }
}

function mv(name: string, v: PyValue): PyMemoryView {
  if (!(v instanceof PyMemoryView)) {
    throw typeError(`descriptor '${name}' for 'memoryview' objects doesn't apply to a '${typeName(v)}' object`);
  }
  if (v.released) throw valueError("operation forbidden on released memoryview object");
  return v;
}

function itemIndex(m: PyMemoryView, k: PyValue): number {
  if (!hasIndex(k)) throw typeError("memoryview: invalid slice key");
  const i = asIndex(k);
  const j = typeof i === "bigint" ? -1 : i < 0 ? i + m.length : i;
  if (j < 0 || j >= m.length) throw indexError("index out of bounds on dimension 1");
  return j;
}

defineNew(MemoryViewType, (args, kw) => {
  const [obj] = parseArgs("memoryview", args.slice(1), kw, ["object"], 1);
  const o = obj as PyValue;
  if (o instanceof PyMemoryView) return new PyMemoryView(o.source, o.start, o.step, o.length);
  if (o instanceof PyBytes) return new PyMemoryView(o, 0, 1, o.value.length);
  if (o instanceof PyByteArray) return new PyMemoryView(o, 0, 1, o.length);
  throw typeError(`memoryview: a bytes-like object is required, not '${typeName(o)}'`);
});
defineMethod(MemoryViewType, "__len__", (self) => mv("__len__", self).length);
defineMethod(MemoryViewType, "__getitem__", (self, args, kw) => {
  arity("__getitem__", args, kw, 1, 1);
  const m = mv("__getitem__", self);
  const k = args[0] as PyValue;
  if (k instanceof PySlice) {
    const b = sliceBounds(k, m.length);
    return new PyMemoryView(m.source, m.offset(b.start), m.step * b.step, b.length);
  }
  return m.get(itemIndex(m, k));
});
defineMethod(MemoryViewType, "__setitem__", (self, args, kw) => {
  arity("__setitem__", args, kw, 2, 2);
  const m = mv("__setitem__", self);
  if (m.readonly) throw typeError("cannot modify read-only memory");
  const k = args[0] as PyValue;
  const v = args[1] as PyValue;
  if (k instanceof PySlice) {
    const b = sliceBounds(k, m.length);
    const src = v instanceof PyBytes ? v.value : v instanceof PyByteArray ? v.view().slice() : v instanceof PyMemoryView ? v.data().slice() : undefined;
    if (src === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
    if (src.length !== b.length) throw valueError("memoryview assignment: lvalue and rvalue have different structures");
    for (let i = 0; i < b.length; i++) m.set(b.start + i * b.step, src[i] as number);
    return None;
  }
  const i = itemIndex(m, k);
  const x = hasIndex(v) ? asIndex(v) : undefined;
  if (x === undefined) throw typeError(`memoryview: invalid type for format 'B'`);
  if (typeof x === "bigint" || x < 0 || x > 255) throw valueError("memoryview: invalid value for format 'B'");
  m.set(i, x);
  return None;
});
defineMethod(MemoryViewType, "tobytes", (self) => newBytes(mv("tobytes", self).data().slice()));
defineMethod(MemoryViewType, "tolist", (self) => new PyList(Array.from(mv("tolist", self).data())));
defineMethod(MemoryViewType, "hex", (self) => bytesHex(mv("hex", self).data(), undefined, 1));
defineMethod(MemoryViewType, "release", (self) => {
  if (self instanceof PyMemoryView) self.released = true;
  return None;
});
defineMethod(MemoryViewType, "__enter__", (self) => mv("__enter__", self));
defineMethod(MemoryViewType, "__exit__", (self) => {
  if (self instanceof PyMemoryView) self.released = true;
  return None;
});
defineMethod(MemoryViewType, "__eq__", (self, args) => {
  if (!(self instanceof PyMemoryView)) return NotImplemented;
  const o = args[0] as PyValue;
  const b = o instanceof PyBytes ? o.value : o instanceof PyByteArray ? o.view() : o instanceof PyMemoryView ? o.data() : undefined;
  if (b === undefined) return NotImplemented;
  if (self === o) return true;
  const a = self.data();
  return a.length === b.length && a.every((x, i) => x === b[i]);
});
defineMethod(MemoryViewType, "__hash__", (self) => {
  const m = mv("__hash__", self);
  if (!m.readonly) throw valueError("cannot hash writable memoryview object");
  return hashStr(latin1(m.data()));
});
defineMethod(MemoryViewType, "__repr__", (self) =>
  self instanceof PyMemoryView && self.released
    ? `<released memory at 0x${objectId(self).toString(16).padStart(12, "0")}>`
    : `<memory at 0x${objectId(self).toString(16).padStart(12, "0")}>`,
);
defineGetSet(MemoryViewType, "obj", (self) => mv("obj", self).source);
defineGetSet(MemoryViewType, "nbytes", (self) => mv("nbytes", self).length);
defineGetSet(MemoryViewType, "readonly", (self) => mv("readonly", self).readonly);
defineGetSet(MemoryViewType, "format", () => "B");
defineGetSet(MemoryViewType, "itemsize", () => 1);
defineGetSet(MemoryViewType, "ndim", () => 1);
defineGetSet(MemoryViewType, "shape", (self) => newTuple([mv("shape", self).length]));
defineGetSet(MemoryViewType, "strides", (self) => newTuple([mv("strides", self).step]));
