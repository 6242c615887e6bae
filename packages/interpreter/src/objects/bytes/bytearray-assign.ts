/**
 * bytearray's in-place operations: item and slice assignment
 * (`__setitem__`), deletion (`__delitem__`), `+=` (`__iadd__`) and `*=`
 * (`__imul__`), with CPython 3.11's messages. Slice assignment accepts any
 * bytes-like object or iterable of ints in range(256) (not str, not int);
 * assigning a bytearray to a slice of itself copies it first.
 */

import type { PyValue } from "../object.js";
import { ByteArrayType } from "./bytes.js";
import { defineMethod } from "../builtin-function.js";
import { None } from "../singletons.js";
import { PySlice } from "../slice.js";
import { sliceBounds } from "../slice-ops.js";
import { indexError, overflowError, typeError, typeName, valueError } from "../errors.js";
import { arity } from "../args.js";
import { strValue } from "../str-support.js";
import { asIndex, hasIndex } from "../../protocols/index-value.js";
import { isIterable, toArray } from "../../protocols/iter.js";
import { PyByteArray, PyBytes } from "./bytes.js";

type Bytes = Uint8Array;

function receiver(name: string, v: PyValue): PyByteArray {
  if (!(v instanceof PyByteArray)) {
    throw typeError(`descriptor '${name}' for 'bytearray' objects doesn't apply to a '${typeName(v)}' object`);
  }
  return v;
}

function byteValue(v: PyValue): number {
  const i = asIndex(v);
  if (typeof i === "bigint" || i < 0 || i > 255) throw valueError("byte must be in range(0, 256)");
  return i;
}

const ASSIGN_MSG = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";

/** The bytes a slice assignment stores. */
function assignedBytes(v: PyValue): Bytes {
  if (v instanceof PyBytes) return v.value;
  if (v instanceof PyByteArray) return v.view().slice();
  if (strValue(v) !== undefined || hasIndex(v) || !isIterable(v)) throw typeError(ASSIGN_MSG);
  return Uint8Array.from(
    toArray(v).map((x) => {
      if (!hasIndex(x)) throw typeError(ASSIGN_MSG);
      const i = asIndex(x);
      if (typeof i === "bigint" || i < 0 || i > 255) throw valueError("byte must be in range(0, 256)");
      return i;
    }),
  );
}

function itemIndex(k: PyValue, len: number): number {
  if (!hasIndex(k)) throw typeError(`bytearray indices must be integers or slices, not ${typeName(k)}`);
  const i = asIndex(k);
  const j = typeof i === "bigint" ? -1 : i < 0 ? i + len : i;
  if (j < 0 || j >= len) throw indexError("bytearray index out of range");
  return j;
}

function splice(a: PyByteArray, start: number, deleteCount: number, insert: Bytes): void {
  const v = a.view();
  const out = new Uint8Array(v.length - deleteCount + insert.length);
  out.set(v.subarray(0, start));
  out.set(insert, start);
  out.set(v.subarray(start + deleteCount), start + insert.length);
  a.set(out);
}

/** `a[k] = v`. */
export function bytearraySetItem(a: PyByteArray, k: PyValue, v: PyValue): void {
  if (k instanceof PySlice) {
    const data = assignedBytes(v);
    const b = sliceBounds(k, a.length);
    if (b.step === 1) {
      splice(a, b.start, b.length, data);
      return;
    }
    if (data.length !== b.length) {
      throw valueError(`attempt to assign bytes of size ${data.length} to extended slice of size ${b.length}`);
    }
    const view = a.view();
    for (let i = 0, j = b.start; i < b.length; i++, j += b.step) view[j] = data[i] as number;
    return;
  }
  const i = itemIndex(k, a.length);
  a.view()[i] = byteValue(v);
}

/** `del a[k]`. */
export function bytearrayDelItem(a: PyByteArray, k: PyValue): void {
  if (k instanceof PySlice) {
    const b = sliceBounds(k, a.length);
    if (b.length === 0) return;
    if (b.step === 1) {
      splice(a, b.start, b.length, new Uint8Array(0));
      return;
    }
    const view = a.view();
    const drop = new Set<number>();
    for (let i = 0, j = b.start; i < b.length; i++, j += b.step) drop.add(j);
    a.set(view.filter((_, i) => !drop.has(i)));
    return;
  }
  splice(a, itemIndex(k, a.length), 1, new Uint8Array(0));
}

let installed = false;

/** Install bytearray's `__setitem__`, `__delitem__`, `__iadd__`, `__imul__` (idempotent). */
export function installByteArrayAssign(): void {
  if (installed) return;
  installed = true;
  defineMethod(ByteArrayType, "__setitem__", (self, args, kw) => {
    arity("__setitem__", args, kw, 2, 2);
    bytearraySetItem(receiver("__setitem__", self), args[0] as PyValue, args[1] as PyValue);
    return None;
  });
  defineMethod(ByteArrayType, "__delitem__", (self, args, kw) => {
    arity("__delitem__", args, kw, 1, 1);
    bytearrayDelItem(receiver("__delitem__", self), args[0] as PyValue);
    return None;
  });
  defineMethod(ByteArrayType, "__iadd__", (self, args, kw) => {
    arity("__iadd__", args, kw, 1, 1);
    const a = receiver("__iadd__", self);
    const o = args[0] as PyValue;
    if (o instanceof PyBytes) a.append(o.value);
    else if (o instanceof PyByteArray) a.append(o.view().slice());
    else throw typeError(`can't concat ${typeName(o)} to bytearray`);
    return a;
  });
  defineMethod(ByteArrayType, "__imul__", (self, args, kw) => {
    arity("__imul__", args, kw, 1, 1);
    const a = receiver("__imul__", self);
    const o = args[0] as PyValue;
    if (!hasIndex(o)) throw typeError(`can't multiply sequence by non-int of type '${typeName(o)}'`);
    const n = asIndex(o);
    if (typeof n === "bigint" && n > 0n) throw overflowError("cannot fit 'int' into an index-sized integer");
    const v = a.view().slice();
    a.set(new Uint8Array(0));
    for (let i = 0; i < Number(n); i++) a.append(v);
    return a;
  });
  defineMethod(ByteArrayType, "__alloc__", (self, args, kw) => {
    arity("__alloc__", args, kw, 0, 0);
    return receiver("__alloc__", self).length + 1;
  });
}
