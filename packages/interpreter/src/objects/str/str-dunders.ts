/**
 * The operator and sequence dunders of `str` (`__add__`, `__mul__`,
 * `__rmul__`, `__getitem__`, `__iter__`, `__hash__`, the rich comparisons,
 * `__getnewargs__`), installed on `StrType` by `installStrDunders()`.
 *
 * The protocols (protocols/number.ts, iter.ts, subscript.ts, compare.ts,
 * hash.ts) have exact-`str` fast paths; these descriptors are what the
 * generic paths find for str subclasses, for `str.__add__` looked up as an
 * attribute, and for the places that only ask the type (`reversed()`,
 * `f(*s)`, unpacking).
 *
 * CPython's str has no `nb_add`/`nb_multiply`: `"a" + 1` fails in
 * `sq_concat`, after the right operand's `__radd__` had its chance. Here
 * `__add__` returns NotImplemented only when the right operand is an instance
 * of a user class that defines the reflected method, and otherwise raises
 * CPython's message itself, which gives the same observable order.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#common-sequence-operations
 */

import type { PyValue } from "../object.js";
import { StrType, typeOf } from "../type.js";
import { defineMethod } from "../builtin-function.js";
import { NotImplemented } from "../singletons.js";
import { newTuple } from "../tuple.js";
import { overflowError, typeError, typeName } from "../errors.js";
import { arity } from "../args.js";
import { strValue } from "../str-support.js";
import { PyStrIterator, StrAsciiIteratorType, StrIteratorType } from "../iterators.js";
import { compareStr } from "../native-compare.js";
import { checkStringLength } from "../resource-limits.js";
import { asIndex, hasIndex, fitsSsize, cannotFitIndex } from "../../protocols/index-value.js";
import { str, strObject } from "../../protocols/repr.js";
import { strGetItem } from "../../protocols/subscript.js";
import { hashStr } from "../../protocols/hash.js";
import { CMP_METHOD_NAMES } from "../../protocols/compare.js";

/** `s * n` (CPython's `unicode_repeat`). */
export function strRepeat(s: string, count: PyValue): string {
  const n = asIndex(count);
  if (typeof n === "bigint") {
    if (!fitsSsize(n)) throw cannotFitIndex(count, true);
    if (n <= 0n || s.length === 0) return "";
    if (BigInt(s.length) * n > 2n ** 63n - 1n) throw overflowError("repeated string is too long");
    checkStringLength(Number(n)); // beyond 2**53 characters: always MemoryError
    return "";
  }
  if (n <= 0 || s.length === 0) return "";
  checkStringLength(s.length * n);
  return s.repeat(n);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** `iter(s)`: a `str_ascii_iterator` or `str_iterator`, as in CPython 3.11. */
export function strIter(s: string): PyValue {
  return new PyStrIterator(s, isAscii(s) ? StrAsciiIteratorType : StrIteratorType);
}

function self(name: string, v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`descriptor '${name}' for 'str' objects doesn't apply to a '${typeName(v)}' object`);
  return s;
}

function order(op: number, c: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

let installed = false;

/** Install the str operator/sequence dunders (idempotent). */
export function installStrDunders(): void {
  if (installed) return;
  installed = true;
  const T = StrType;
  // `str(x)`: what str.__new__ does for one argument (object.__init__ then accepts it).
  T.call1 = strObject; // a str subclass instance returned by __str__ is the result (PyObject_Str)

  defineMethod(T, "__add__", (v, args, kw) => {
    arity("__add__", args, kw, 1, 1);
    const s = self("__add__", v);
    const o = args[0] as PyValue;
    const t = strValue(o);
    if (t !== undefined) return s + t;
    throw typeError(`can only concatenate str (not "${typeName(o)}") to str`);
  });
  for (const name of ["__mul__", "__rmul__"]) {
    defineMethod(T, name, (v, args, kw) => {
      arity(name, args, kw, 1, 1);
      const s = self(name, v);
      const n = args[0] as PyValue;
      if (hasIndex(n)) return strRepeat(s, n);
      throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
    });
  }
  defineMethod(T, "__getitem__", (v, args, kw) => {
    arity("__getitem__", args, kw, 1, 1);
    return strGetItem(self("__getitem__", v), args[0] as PyValue);
  });
  defineMethod(T, "__iter__", (v, args, kw) => {
    arity("__iter__", args, kw, 0, 0);
    return strIter(self("__iter__", v));
  });
  defineMethod(T, "__hash__", (v, args, kw) => {
    arity("__hash__", args, kw, 0, 0);
    return hashStr(self("__hash__", v));
  });
  defineMethod(T, "__getnewargs__", (v, args, kw) => {
    arity("__getnewargs__", args, kw, 0, 0);
    return newTuple([self("__getnewargs__", v)]);
  });
  CMP_METHOD_NAMES.forEach((name, op) => {
    defineMethod(T, name, (v, args, kw) => {
      arity(name, args, kw, 1, 1);
      const a = self(name, v);
      const b = strValue(args[0] as PyValue);
      if (b === undefined) return NotImplemented;
      return order(op, compareStr(a, b));
    });
  });
}

installStrDunders();
