/**
 * `repr(v)` and `str(v)` as JS strings. Exact builtin types are formatted
 * natively; everything else calls `__repr__`/`__str__` (which must return a
 * str). Containers guard against recursion (`[...]`, `{...}`) with a set of
 * objects currently being printed.
 */

import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { PyFloat } from "../objects/float.js";
import { None } from "../objects/singletons.js";
import { typeError, typeName } from "../objects/errors.js";
import { floatRepr } from "../objects/float-repr.js";
import { bigToDecimal } from "../objects/int.js";
import { callMethod0 } from "./call.js";
import { strValue } from "../objects/str-support.js";
import { enterRecursiveCall } from "./recursion.js";

/** Objects whose repr is in progress (recursion guard for containers). */
const inProgress = new Set<PyObject>();

/**
 * CPython's Py_ReprEnter: mark `o` in progress; false when it already is
 * (print the placeholder). Pair with `reprLeave` in a `finally`. Used by the
 * container reprs directly (fewer JS frames per nesting level than
 * `withReprGuard`, so deep structures reach the recursion limit first).
 */
export function reprEnter(o: PyObject): boolean {
  if (inProgress.has(o)) return false;
  inProgress.add(o);
  return true;
}

export function reprLeave(o: PyObject): void {
  inProgress.delete(o);
}

/** Run `f` with `o` marked in progress; returns `placeholder` if already being printed. */
export function withReprGuard(o: PyObject, placeholder: string, f: () => string): string {
  if (inProgress.has(o)) return placeholder;
  inProgress.add(o);
  try {
    return f();
  } finally {
    inProgress.delete(o);
  }
}

/** Python's str repr: single quotes unless the text contains ' and no ". */
export function strRepr(s: string): string {
  let quote = "'";
  if (s.includes("'") && !s.includes('"')) quote = '"';
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x7f) out += ch;
    else if (isPrintable(c)) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + quote;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function isPrintable(c: number): boolean {
  if (c === 0x20) return true;
  return !NON_PRINTABLE.test(String.fromCodePoint(c));
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return bigToDecimal(v);
    case "boolean":
      return v ? "True" : "False";
    case "string":
      return strRepr(v);
  }
  if (v === None) return "None";
  if (v instanceof PyFloat && v.cls.isImmutable) return floatRepr(v.value);
  return reprSlow(v);
}

function reprSlow(v: PyObject): string {
  // reprSlowObject's body again: one JS frame less per level of a deep repr.
  const f = typeOf(v).lookup("__repr__");
  if (f === undefined) return `<${typeName(v)} object>`;
  const ts = enterRecursiveCall(" while getting the repr of an object");
  let r: PyValue;
  try {
    r = callMethod0(f, v);
  } finally {
    if (ts !== null) ts.depth--; // inline (not leaveRecursiveCall): a call here can overflow the JS stack again
  }
  const s = strValue(r);
  if (s === undefined) throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return s;
}

/** `type(v).__repr__(v)`, checked to be a str (a str subclass instance is returned as is). */
function reprSlowObject(v: PyObject): PyValue {
  const f = typeOf(v).lookup("__repr__");
  if (f === undefined) return `<${typeName(v)} object>`;
  const ts = enterRecursiveCall(" while getting the repr of an object");
  let r: PyValue;
  try {
    r = callMethod0(f, v);
  } finally {
    if (ts !== null) ts.depth--; // inline (not leaveRecursiveCall): a call here can overflow the JS stack again
  }
  if (strValue(r) === undefined) throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return r;
}

/**
 * `repr(v)` as the builtin returns it (CPython's PyObject_Repr): a str
 * subclass instance returned by `__repr__` is the result itself.
 */
export function reprObject(v: PyValue): PyValue {
  if (typeof v !== "object" || v === None || (v instanceof PyFloat && v.cls.isImmutable)) return repr(v);
  return reprSlowObject(v);
}

/** `str(v)` as the `str` type returns it (PyObject_Str): a str subclass instance from `__str__` is returned as is. */
export function strObject(v: PyValue): PyValue {
  if (typeof v !== "object" || v === None || (v instanceof PyFloat && v.cls.isImmutable)) return str(v);
  const f = typeOf(v).lookup("__str__");
  if (f === undefined) return reprObject(v);
  const ts = enterRecursiveCall(" while getting the str of an object");
  let r: PyValue;
  try {
    r = callMethod0(f, v);
  } finally {
    if (ts !== null) ts.depth--;
  }
  if (strValue(r) === undefined) throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
  return r;
}

/** `ascii(v)` as the builtin returns it: an all-ASCII repr result is returned as is (even a str subclass instance). */
export function asciiObject(v: PyValue): PyValue {
  const r = reprObject(v);
  const s = typeof r === "string" ? r : (strValue(r) as string);
  return /^[\x00-\x7f]*$/.test(s) ? r : ascii(v, s);
}

/** `str(v)`. */
export function str(v: PyValue): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return String(v);
    case "bigint":
      return bigToDecimal(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === None) return "None";
  if (v instanceof PyFloat && v.cls.isImmutable) return floatRepr(v.value);
  const f = typeOf(v).lookup("__str__");
  if (f === undefined) return repr(v);
  const ts = enterRecursiveCall(" while getting the str of an object");
  let r: PyValue;
  try {
    r = callMethod0(f, v);
  } finally {
    if (ts !== null) ts.depth--; // inline (not leaveRecursiveCall): a call here can overflow the JS stack again
  }
  const s = strValue(r);
  if (s === undefined) throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
  return s;
}

/** `ascii(v)`: repr with non-ASCII escaped (`r`: that repr when already computed). */
export function ascii(v: PyValue, r: string = repr(v)): string {
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}
