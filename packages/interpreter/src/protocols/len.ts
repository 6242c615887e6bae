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

export function lenOf(v: PyValue): number {
  if (typeof v === "string") return strLength(v);
  if (v instanceof PyList) return v.items.length;
  if (v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict) return v.size;
  if (v instanceof PySetBase) return v.table.size;
  return lenSlow(v);
}

function lenSlow(v: PyValue): number {
  const f = typeOf(v).lookup("__len__");
  if (f === undefined) throw noLen(v);
  // CPython's slot_sq_length: the result goes through __index__ (PyNumber_Index).
  const n = asIndex(callMethod0(f, v));
  if (n < 0) throw valueError("__len__() should return >= 0");
  if (typeof n === "bigint") throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}
