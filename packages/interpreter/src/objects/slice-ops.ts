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
  resolveSlice(s, len);
  return { start: rStart, stop: rStop, step: rStep, length: rLength };
}

/*
 * `resolveSlice` leaves its result in these (no record allocated on the hot
 * slicing paths). They are written last, after any `__index__` call, and
 * read by the caller right away, so nested slicing cannot interfere.
 */
let rStart = 0, rStop = 0, rStep = 1, rLength = 0;

function resolveSlice(s: PySlice, len: number): void {
  // CPython's order: step, then start, then stop (each may call __index__).
  let step = 1;
  const sst = s.step, sa = s.start, sb = s.stop;
  if (sst !== None) {
    step = typeof sst === "number" ? sst : sliceInt(sst);
    if (step === 0) throw valueError("slice step cannot be zero");
  }
  const start = sa === None ? undefined : typeof sa === "number" ? sa : sliceInt(sa);
  const stop = sb === None ? undefined : typeof sb === "number" ? sb : sliceInt(sb);
  resolveBounds(start, stop, step, len);
}

/** `resolveSlice` for bounds already taken apart: undefined = None, `step` non-zero. */
function resolveBounds(sa: number | undefined, sb: number | undefined, step: number, len: number): void {
  let start: number, stop: number;
  if (sa === undefined) start = step < 0 ? len - 1 : 0;
  else {
    start = sa;
    if (start < 0) {
      start += len;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (sb === undefined) stop = step < 0 ? -1 : len;
  else {
    stop = sb;
    if (stop < 0) {
      stop += len;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let length = 0;
  if (step === 1) {
    if (start < stop) length = stop - start;
  } else if (step < 0) {
    if (stop < start) length = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) length = Math.floor((stop - start - 1) / step) + 1;
  rStart = start;
  rStop = stop;
  rStep = step;
  rLength = length;
}

/** The selected items of `items`. */
export function sliceArray<T>(items: readonly T[], s: PySlice): T[] {
  resolveSlice(s, items.length);
  return takeResolved(items);
}

/** `items[start:stop:step]` for small-int bounds (undefined = None) and a non-zero step (tier 2's slices). */
export function sliceItems<T>(items: readonly T[], start: number | undefined, stop: number | undefined, step: number): T[] {
  resolveBounds(start, stop, step, items.length);
  return takeResolved(items);
}

/** The items the last resolved slice selects. */
function takeResolved<T>(items: readonly T[]): T[] {
  const start = rStart, step = rStep, length = rLength;
  if (step === 1) return items.slice(start, start + length);
  const out: T[] = [];
  for (let i = 0, j = start; i < length; i++, j += step) out.push(items[j] as T);
  return out;
}

/** `s[k]` for a slice `k` of an all-BMP string (UTF-16 index = code point index). */
export function sliceBmpString(str: string, k: PySlice): string {
  resolveSlice(k, str.length);
  const start = rStart, step = rStep, length = rLength;
  if (step === 1) return str.slice(start, start + length);
  let out = "";
  for (let i = 0, j = start; i < length; i++, j += step) out += str[j] as string;
  return out;
}

/** `items[s] = values` (list slice assignment; `values` must not alias `items`). */
export function assignSlice(items: PyValue[], s: PySlice, values: readonly PyValue[]): void {
  resolveSlice(s, items.length);
  const start = rStart, step = rStep;
  if (step !== 1) {
    const length = rLength;
    if (values.length !== length) {
      throw valueError(`attempt to assign sequence of size ${values.length} to extended slice of size ${length}`);
    }
    for (let i = 0, j = start; i < length; i++, j += step) items[j] = values[i] as PyValue;
    return;
  }
  const count = Math.max(start, rStop) - start;
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
