/**
 * `bytes` and `bytearray`: `PyBytes { value }` (never mutated after creation)
 * and `PyByteArray { value, length }` (a growable buffer: `value` may be longer
 * than the logical `length`; use `view()` for the live bytes).
 *
 * The algorithms (repr, hex, find, split, …) are pure functions over
 * `Uint8Array` in this folder; the method tables are installed by
 * `bytes-type.ts`. Like the other type modules, this one imports only the
 * kernel (object.ts, type.ts) at its top level.
 */

import { PyObject } from "../object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "../type.js";

const FLAGS = TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.NO_INSTANCE_DICT;

export const BytesType: PyType = makeBuiltinType("bytes", ObjectType, FLAGS);
export const ByteArrayType: PyType = makeBuiltinType("bytearray", ObjectType, FLAGS);

export class PyBytes extends PyObject {
  readonly value: Uint8Array;
  constructor(value: Uint8Array, cls: PyType = BytesType) {
    super(cls);
    this.value = value;
  }

  /** Alias of `value` (read by the UnicodeDecodeError `__str__`). */
  get data(): Uint8Array {
    return this.value;
  }
}

const EMPTY = new Uint8Array(0);
export const EMPTY_BYTES: PyBytes = new PyBytes(EMPTY);

export function newBytes(value: Uint8Array): PyBytes {
  return value.length === 0 ? EMPTY_BYTES : new PyBytes(value);
}

export class PyByteArray extends PyObject {
  /** Backing store; only the first `length` bytes are live. */
  private buf: Uint8Array;
  length: number;

  constructor(value: Uint8Array = EMPTY, cls: PyType = ByteArrayType) {
    super(cls);
    this.buf = value.slice();
    this.length = value.length;
  }

  /** The live bytes (a view: invalidated by the next size change). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** Replace the whole contents. */
  set(value: Uint8Array): void {
    this.buf = value.slice();
    this.length = value.length;
  }

  /** Append bytes, growing the buffer geometrically. */
  append(more: Uint8Array): void {
    const need = this.length + more.length;
    if (need > this.buf.length) {
      const next = new Uint8Array(Math.max(need, this.buf.length * 2, 16));
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
    this.buf.set(more, this.length);
    this.length = need;
  }
}
