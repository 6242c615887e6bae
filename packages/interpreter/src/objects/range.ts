/**
 * `range`: `PyRange { start, stop, step, length }`, all Python ints
 * (numbers in the common case, bigints for huge ranges).
 */

import { Shape } from "./shape.js";
import { PyObject } from "./object.js";
import { makeBuiltinType, ObjectType, TypeFlags } from "./type.js";

export const RangeType = makeBuiltinType("range", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);

export class PyRange extends PyObject {
  readonly start: number | bigint;
  readonly stop: number | bigint;
  readonly step: number | bigint;
  /** Number of elements (bigint only for astronomically long ranges). */
  readonly length: number | bigint;
  constructor(start: number | bigint, stop: number | bigint, step: number | bigint) {
    super(null); // header written here: monomorphic stores per class (object.ts)
    this.cls = RangeType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
  }
}

/**
 * `range(stop)`, `range(start, stop)` or `range(start, stop, step)` for
 * `n` arguments at `src[from…]` when all are plain (non-bool, safe) ints and
 * the step is not zero: CALL's shortcut past `type.__call__`. Null for
 * anything else (the generic path validates and raises).
 */
export function newRangeFast(src: readonly unknown[], from: number, n: number): PyRange | null {
  const a = src[from];
  if (typeof a !== "number") return null;
  if (n === 1) return new PyRange(0, a, 1);
  const b = src[from + 1];
  if (typeof b !== "number") return null;
  if (n === 2) return new PyRange(a, b, 1);
  const c = src[from + 2];
  if (n === 3 && typeof c === "number" && c !== 0) return new PyRange(a, b, c);
  return null;
}

function rangeLength(start: number | bigint, stop: number | bigint, step: number | bigint): number | bigint {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = BigInt(start), b = BigInt(stop), s = BigInt(step);
  let n: bigint;
  if (s > 0n) n = a < b ? (b - a - 1n) / s + 1n : 0n;
  else n = a > b ? (a - b - 1n) / -s + 1n : 0n;
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}
