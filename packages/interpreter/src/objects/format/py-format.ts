/**
 * `format()` entry points for the object model: the pure formatters of
 * `format-number.ts` with `StrLibError` converted to Python exceptions.
 * These are what `objects/format/index.ts` exports under the plain names.
 */

import { rethrowPy } from "../str/py-errors.js";
import * as F from "./format-number.js";
import { formatComplexText } from "./format-complex.js";

/** `int.__format__` raising Python exceptions. */
export function formatInt(v: number | bigint, spec: string, typeName = "int"): string {
  try {
    return F.formatInt(v, spec, typeName);
  } catch (e) {
    return rethrowPy(e);
  }
}

/** `bool.__format__` raising Python exceptions. */
export function formatBool(b: boolean, spec: string): string {
  try {
    return F.formatBool(b, spec);
  } catch (e) {
    return rethrowPy(e);
  }
}

/** `float.__format__` raising Python exceptions. */
export function formatFloat(x: number, spec: string, typeName = "float"): string {
  try {
    return F.formatFloat(x, spec, typeName);
  } catch (e) {
    return rethrowPy(e);
  }
}

/** `str.__format__` raising Python exceptions. */
export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec.length === 0) return s;
  try {
    return F.formatStr(s, spec, typeName);
  } catch (e) {
    return rethrowPy(e);
  }
}

/** `complex.__format__` raising Python exceptions. */
export function formatComplex(re: number, im: number, spec: string, typeName = "complex"): string {
  try {
    return formatComplexText(re, im, spec, typeName);
  } catch (e) {
    return rethrowPy(e);
  }
}
