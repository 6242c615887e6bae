/**
 * The bridge from the pure layers' `StrLibError` to real Python exceptions,
 * for the method tables (`str-type.ts`, `bytes-type.ts`) and the `format()`
 * entry points re-exported by `objects/format/index.ts`.
 *
 * Uses the core's error factories (objects/errors.ts) inside function bodies
 * only, per the module-layering rule in objects/object.ts.
 */

import type { PyValue } from "../object.js";
import type { PyBaseException } from "../exceptions.js";
import * as E from "../exceptions.js";
import { indexError, keyError, lookupError, newException, overflowError, typeError, valueError } from "../errors.js";
import { instanceSet } from "../../protocols/attribute.js";
import { PyBytes } from "../bytes/bytes.js";
import { StrLibError } from "./str-error.js";

/** The Python exception a `StrLibError` stands for. */
export function toPyException(e: StrLibError): PyBaseException {
  switch (e.kind) {
    case "ValueError":
      return valueError(e.message);
    case "TypeError":
      return typeError(e.message);
    case "IndexError":
      return indexError(e.message);
    case "OverflowError":
      return overflowError(e.message);
    case "LookupError":
      return lookupError(e.message);
    case "KeyError":
      return keyError(e.key as PyValue);
    case "UnicodeEncodeError":
    case "UnicodeDecodeError": {
      const u = e.unicode;
      const t = e.kind === "UnicodeEncodeError" ? E.UnicodeEncodeError : E.UnicodeDecodeError;
      if (u === undefined) return newException(t, e.message);
      const obj: PyValue = typeof u.object === "string" ? u.object : new PyBytes(u.object);
      const exc = newException(t, u.encoding, obj, u.start, u.end, u.reason);
      instanceSet(exc, "encoding", u.encoding);
      instanceSet(exc, "object", obj);
      instanceSet(exc, "start", u.start);
      instanceSet(exc, "end", u.end);
      instanceSet(exc, "reason", u.reason);
      return exc;
    }
  }
}

/** Re-throw `e` as a Python exception when it is a `StrLibError`; anything else passes through. */
export function rethrowPy(e: unknown): never {
  if (e instanceof StrLibError) throw toPyException(e);
  throw e;
}

/** Run `f`, converting `StrLibError`s to Python exceptions. */
export function withPyErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    return rethrowPy(e);
  }
}
