/**
 * `format(v, spec)`: builtin values go straight to the formatting engine in
 * objects/format/ (owned by the str/format area); everything else calls
 * `__format__` (object's default accepts only an empty spec).
 */

import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { PyFloat, FloatType } from "../objects/float.js";
import { typeError, typeName } from "../objects/errors.js";
import { formatInt, formatBool, formatFloat, formatStr } from "../objects/format/index.js";
import { callMethod1 } from "./call.js";
import { strValue } from "../objects/str-support.js";

/** `format(v, spec)` as the builtin returns it (PyObject_Format): a str subclass instance from `__format__` is returned as is. */
export function formatObject(v: PyValue, spec: string): PyValue {
  if (typeof v !== "object" || (v instanceof PyFloat && v.cls === FloatType)) return format(v, spec);
  const f = typeOf(v).lookup("__format__");
  if (f === undefined) throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  const r = callMethod1(f, v, spec);
  if (strValue(r) === undefined) throw typeError(`__format__ must return a str, not ${typeName(r)}`);
  return r;
}

export function format(v: PyValue, spec: string): string {
  switch (typeof v) {
    case "string":
      return spec === "" ? v : formatStr(v, spec);
    case "number":
    case "bigint":
      return formatInt(v, spec);
    case "boolean":
      return formatBool(v, spec);
  }
  if (v instanceof PyFloat && v.cls === FloatType) return formatFloat(v.value, spec);
  const f = typeOf(v).lookup("__format__");
  if (f === undefined) throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  const r = callMethod1(f, v, spec);
  const s = strValue(r);
  if (s === undefined) throw typeError(`__format__ must return a str, not ${typeName(r)}`);
  return s;
}
