/**
 * Truth testing (`bool(v)`, `if v:`): `__bool__`, then `__len__`, else true.
 */

import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { None } from "../objects/singletons.js";
import { PyFloat } from "../objects/float.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import { typeError, typeName } from "../objects/errors.js";
import { callMethod0 } from "./call.js";
import { lenOf } from "./len.js";

export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return true;
  }
  if (v === None) return false;
  const cls = v.cls;
  if (cls.isImmutable) {
    if (v instanceof PyList) return v.items.length !== 0;
    if (v instanceof PyTuple) return v.items.length !== 0;
    if (v instanceof PyDict) return v.size !== 0;
    if (v instanceof PyFloat) return v.value !== 0;
  }
  return isTrueSlow(v);
}

function isTrueSlow(v: PyValue): boolean {
  const t = typeOf(v);
  const b = t.lookup("__bool__");
  if (b !== undefined) {
    const r = callMethod0(b, v);
    if (typeof r !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  if (t.lookup("__len__") !== undefined) {
    return lenOf(v) !== 0;
  }
  return true;
}
