/**
 * Argument checking for builtin functions and methods, with CPython's
 * messages. Builtins receive the vectorcall convention (positional values,
 * then one value per name in `kwnames`).
 */

import type { PyValue } from "./object.js";
import { typeError } from "./errors.js";

/** Throw "f() takes no keyword arguments" when keywords were passed. */
export function noKwargs(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/**
 * Positional-only arity check with argument-clinic wording; `qualname`
 * ("dict.get") names the method in "takes no keyword arguments".
 */
export function arity(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
  qualname: string = fname,
): void {
  noKwargs(qualname, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${fname}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${fname}() takes exactly one argument (${n} given)`);
    throw typeError(`${fname} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  throw typeError(`${fname} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** Arity check worded like CPython's PyArg_ParseTuple (str/bytes search methods): "find() takes at least 1 argument (0 given)". */
export function tupleArity(fname: string, args: readonly PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  noKwargs(fname, kwnames);
  const n = args.length;
  if (n < min) throw typeError(`${fname}() takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
  if (n > max) throw typeError(`${fname}() takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
}

/**
 * Bind arguments to `names` (positional then keyword). Entries of the result
 * are undefined for omitted optional parameters. `posOnly` parameters cannot
 * be passed by keyword; `required` is how many leading parameters are required.
 * Read-only result: with positional arguments only it is `args` itself (no copy).
 */
export function parseArgs(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  names: readonly string[],
  required: number,
  posOnly = 0,
): readonly (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  // The common call: positional arguments only, arity fine. Missing optionals read as undefined.
  if (nkw === 0 && npos >= required && npos <= names.length) return args;
  const out: (PyValue | undefined)[] = new Array<PyValue | undefined>(names.length).fill(undefined);
  if (npos > names.length) {
    throw typeError(`${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  if (kwnames !== null) {
    for (let j = 0; j < nkw; j++) {
      const k = kwnames[j] as string;
      const idx = names.indexOf(k);
      if (idx < 0 || idx < posOnly) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      if (out[idx] !== undefined) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${idx + 1})`);
      out[idx] = args[npos + j];
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** Split vectorcall args into positional values and a keyword record. */
export function splitKwargs(args: readonly PyValue[], kwnames: readonly string[] | null): { pos: PyValue[]; kw: Map<string, PyValue> } {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  const kw = new Map<string, PyValue>();
  for (let j = 0; j < nkw; j++) kw.set((kwnames as readonly string[])[j] as string, args[pos.length + j] as PyValue);
  return { pos, kw };
}
