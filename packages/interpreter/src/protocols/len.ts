/**
 * `len(v)`: exact builtin containers first, then `__len__` (which must
 * return a non-negative int, or an object with `__index__`, that fits an index).
 */

import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import { PySetBase } from "../objects/set.js";
import { noLen, valueError, overflowError } from "../objects/errors.js";
import { callMethod0 } from "./call.js";
import { strLength } from "../objects/str-support.js";
import { asIndex } from "./index-value.js";
import type { PyInt } from "../objects/int.js";

export function lenOf(v: PyValue): number {
  if (typeof v === "string") return strLength(v);
  // Builtin types only: a subclass may override __len__.
  if (typeof v === "object" && v.cls.isImmutable) {
    if (v instanceof PyList) return v.items.length;
    if (v instanceof PyTuple) return v.items.length;
    if (v instanceof PyDict) return v.size;
    if (v instanceof PySetBase) return v.table.size;
  }
  return lenSlow(v);
}

function lenSlow(v: PyValue): number {
  const n = lenObjectSlow(v);
  // Lengths past 2^53 are valid Py_ssize_t values but cannot be used as JS indices.
  if (typeof n === "bigint") throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}

/** `len(v)` as a Python int: like `lenOf`, but lengths up to sys.maxsize (2^63 - 1) are allowed, as CPython. */
export function lenObject(v: PyValue): PyInt {
  if (typeof v === "string") return strLength(v);
  // Builtin types only: a subclass may override __len__.
  if (typeof v === "object" && v.cls.isImmutable) {
    if (v instanceof PyList) return v.items.length;
    if (v instanceof PyTuple) return v.items.length;
    if (v instanceof PyDict) return v.size;
    if (v instanceof PySetBase) return v.table.size;
  }
  return lenObjectSlow(v);
}

const MAX_SSIZE = (1n << 63n) - 1n;

function lenObjectSlow(v: PyValue): PyInt {
  const f = typeOf(v).lookup("__len__");
  if (f === undefined) throw noLen(v);
  // CPython's slot_sq_length: the result goes through __index__ (PyNumber_Index).
  const n = asIndex(callMethod0(f, v));
  if (n < 0) throw valueError("__len__() should return >= 0");
  if (typeof n === "bigint" && n > MAX_SSIZE) throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}
