/**
 * `operator.index(v)` (`__index__`) and sequence index normalisation.
 */

import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { PyIntObject, type PyInt } from "../objects/int.js";
import { notAnIndex, typeError, typeName, overflowError } from "../objects/errors.js";
import { callMethod0 } from "./call.js";

/** `operator.index(v)`: an int, or TypeError "'str' object cannot be interpreted as an integer". */
export function asIndex(v: PyValue): PyInt {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyIntObject) return v.value;
  const f = typeOf(v).lookup("__index__");
  if (f === undefined) throw notAnIndex(v);
  const r = callMethod0(f, v);
  if (typeof r === "number" || typeof r === "bigint") return r;
  if (typeof r === "boolean") return r ? 1 : 0;
  if (r instanceof PyIntObject) return r.value;
  throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
}

/** `asIndex` that must fit a JS number ("cannot fit 'int' into an index-sized integer"). */
export function asSize(v: PyValue): number {
  const i = asIndex(v);
  if (typeof i === "bigint") throw overflowError(`cannot fit '${typeName(v)}' into an index-sized integer`);
  return i;
}

/** Does `v` have `__index__` (is it usable as a sequence index)? */
export function hasIndex(v: PyValue): boolean {
  const t = typeof v;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  return typeOf(v).lookup("__index__") !== undefined;
}

/** Clamp-free normalisation: negative → +len; returns -1 when out of range. */
export function normalizeIndex(i: PyInt, len: number): number {
  if (typeof i === "bigint") return -1;
  const j = i < 0 ? i + len : i;
  return j >= 0 && j < len ? j : -1;
}
