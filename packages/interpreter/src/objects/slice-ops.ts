/**
 * `slice.indices` arithmetic (CPython's PySlice_GetIndicesEx/AdjustIndices)
 * and slice-based get/set/delete for JS arrays.
 */

import type { PyValue } from "./object.js";
import { PySlice } from "./slice.js";
import { None } from "./singletons.js";
import { valueError, typeError } from "./errors.js";
import { asIndex } from "../protocols/index-value.js";
import { typeOf } from "./type.js";

/** Resolved slice: start, stop, step, and the number of selected items. */
export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
  length: number;
}

function sliceInt(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeOf(v).lookup("__index__") === undefined && typeof v !== "bigint" && typeof v !== "boolean") {
    throw typeError("slice indices must be integers or None or have an __index__ method");
  }
  const i = asIndex(v);
  if (typeof i === "bigint") return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return i;
}

export function sliceBounds(s: PySlice, len: number): SliceBounds {
  let step = 1;
  if (s.step !== None) {
    step = sliceInt(s.step);
    if (step === 0) throw valueError("slice step cannot be zero");
  }
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? len - 1 : 0;
  else {
    start = sliceInt(s.start);
    if (start < 0) {
      start += len;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === None) stop = step < 0 ? -1 : len;
  else {
    stop = sliceInt(s.stop);
    if (stop < 0) {
      stop += len;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let length = 0;
  if (step < 0) {
    if (stop < start) length = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) length = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, length };
}

/**
 * Common case of `sliceBounds` without allocating the bounds record: `s`
 * has plain int (or None) fields and step 1. Returns the start, and stores
 * the length in `unitLength`; -1 when the slice needs `sliceBounds`.
 */
let unitLength = 0;
function unitSliceStart(s: PySlice, len: number): number {
  const st = s.step;
  if (st !== None && st !== 1) return -1;
  const a = s.start, b = s.stop;
  let start: number, stop: number;
  if (a === None) start = 0;
  else if (typeof a === "number") start = a < 0 ? Math.max(0, a + len) : Math.min(a, len);
  else return -1;
  if (b === None) stop = len;
  else if (typeof b === "number") stop = b < 0 ? Math.max(0, b + len) : Math.min(b, len);
  else return -1;
  unitLength = stop > start ? stop - start : 0;
  return start;
}

/** The selected items of `items`. */
export function sliceArray<T>(items: readonly T[], s: PySlice): T[] {
  const start = unitSliceStart(s, items.length);
  if (start >= 0) return items.slice(start, start + unitLength);
  const b = sliceBounds(s, items.length);
  if (b.step === 1) return items.slice(b.start, b.start + b.length);
  const out: T[] = new Array<T>(b.length);
  for (let i = 0, j = b.start; i < b.length; i++, j += b.step) out[i] = items[j] as T;
  return out;
}

/** `s[k]` for a slice `k` of an all-BMP string (UTF-16 index = code point index). */
export function sliceBmpString(str: string, k: PySlice): string {
  const start = unitSliceStart(k, str.length);
  if (start >= 0) return str.slice(start, start + unitLength);
  const b = sliceBounds(k, str.length);
  if (b.step === 1) return str.slice(b.start, b.start + b.length);
  let out = "";
  for (let i = 0, j = b.start; i < b.length; i++, j += b.step) out += str[j] as string;
  return out;
}

/** `items[s] = values` (list slice assignment; `values` must not alias `items`). */
export function assignSlice(items: PyValue[], s: PySlice, values: readonly PyValue[]): void {
  let start = unitSliceStart(s, items.length);
  let count = unitLength;
  if (start < 0) {
    const b = sliceBounds(s, items.length);
    if (b.step !== 1) {
      if (values.length !== b.length) {
        throw valueError(`attempt to assign sequence of size ${values.length} to extended slice of size ${b.length}`);
      }
      for (let i = 0, j = b.start; i < b.length; i++, j += b.step) items[j] = values[i] as PyValue;
      return;
    }
    start = b.start;
    count = Math.max(b.start, b.stop) - b.start;
  }
  const n = values.length;
  if (n === count) {
    for (let i = 0; i < n; i++) items[start + i] = values[i] as PyValue;
    return;
  }
  if (n < 4096) {
    items.splice(start, count, ...values);
    return;
  }
  // Large replacements: rebuild the tail instead of spreading into arguments.
  const tail = items.slice(start + count);
  items.length = start;
  for (let i = 0; i < n; i++) items.push(values[i] as PyValue);
  for (let i = 0; i < tail.length; i++) items.push(tail[i] as PyValue);
}

/** `del items[s]`. */
export function deleteSlice(items: PyValue[], s: PySlice): void {
  const b = sliceBounds(s, items.length);
  if (b.length === 0) return;
  if (b.step === 1) {
    items.splice(b.start, b.length);
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = b.start; i < b.length; i++, j += b.step) drop.add(j);
  let w = 0;
  for (let r = 0; r < items.length; r++) if (!drop.has(r)) items[w++] = items[r] as PyValue;
  items.length = w;
}
