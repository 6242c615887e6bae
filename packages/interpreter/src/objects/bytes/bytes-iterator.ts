/**
 * `iter(bytes)` / `iter(bytearray)`: `bytes_iterator` and
 * `bytearray_iterator`, yielding ints. A bytearray iterator reads the live
 * buffer on every step, so it sees appends and stops early after shrinking,
 * as in CPython.
 */

import type { PyValue } from "../object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "../type.js";
import { PyNativeIterator } from "../iterators.js";
import { installIteratorMethods } from "../iterator-methods.js";
import { PyByteArray, PyBytes } from "./bytes.js";

const F = TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT;
export const BytesIteratorType: PyType = makeBuiltinType("bytes_iterator", ObjectType, F);
export const ByteArrayIteratorType: PyType = makeBuiltinType("bytearray_iterator", ObjectType, F);

export class PyBytesIterator extends PyNativeIterator {
  private source: PyBytes | PyByteArray | null;
  index = 0;
  constructor(source: PyBytes | PyByteArray) {
    super(source instanceof PyByteArray ? ByteArrayIteratorType : BytesIteratorType);
    this.source = source;
  }
  next(): PyValue | undefined {
    const src = this.source;
    if (src === null) return undefined;
    const data = src instanceof PyByteArray ? src.view() : src.value;
    const i = this.index;
    if (i < data.length) {
      this.index = i + 1;
      return data[i] as number;
    }
    this.source = null;
    return undefined;
  }
  override lengthHint(): number {
    const src = this.source;
    if (src === null) return 0;
    const n = src instanceof PyByteArray ? src.length : src.value.length;
    return Math.max(0, n - this.index);
  }
}

installIteratorMethods(BytesIteratorType);
installIteratorMethods(ByteArrayIteratorType);
