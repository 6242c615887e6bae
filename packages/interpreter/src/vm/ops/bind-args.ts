/**
 * Argument binding for calls of Python functions: CPython's
 * `initialize_locals` (Python/ceval.c), with its exact TypeError messages.
 *
 * Arguments arrive in the vectorcall layout: `n` positional values starting
 * at `src[start]`, followed by one value per name in `kwnames`. They are
 * written into the new frame's `localsplus`: positional parameters first,
 * then keyword-only parameters, then the `*args` tuple and `**kwargs` dict
 * slots (CPython's co_varnames order). Missing parameters take their
 * defaults; what remains unbound is reported, as CPython does, all at once.
 */
import { CO, type CodeObject } from "@pyvm/bytecode";
import type { PyValue } from "../../objects/object.js";
import type { PyFunction } from "../../objects/function.js";
import { PyDict } from "../../objects/dict.js";
import { newTuple } from "../../objects/tuple.js";
import { typeError } from "../../objects/errors.js";
import type { Slot } from "../frame.js";
import type { CodeRuntime } from "../code-runtime.js";

/**
 * Bind `n` positional args at `src[start…]` plus keyword values (after them) into `dst`.
 * `rt` (the runtime of `func.code`) caches the parameter index of each keyword for
 * the keyword layouts it sees (see `keywordIndexes`).
 */
export function bindArguments(
  func: PyFunction,
  dst: Slot[],
  src: readonly Slot[],
  start: number,
  n: number,
  kwnames: readonly string[] | null,
  rt: CodeRuntime | null = null,
): void {
  const code = func.code;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const total = argcount + kwonly;
  const flags = code.flags;
  const names = code.localsplusNames;
  const npos = kwnames === null ? n - 0 : n - kwnames.length;

  let kwdict: PyDict | null = null;
  let slot = total;
  if (flags & CO.VARARGS) slot++;
  if (flags & CO.VARKEYWORDS) {
    kwdict = new PyDict();
    dst[slot] = kwdict;
  }

  // Positional parameters.
  const m = npos < argcount ? npos : argcount;
  for (let i = 0; i < m; i++) dst[i] = src[start + i];
  if (flags & CO.VARARGS) {
    const extra = new Array<PyValue>(npos > m ? npos - m : 0);
    for (let i = m; i < npos; i++) extra[i - m] = src[start + i] as PyValue;
    dst[total] = newTuple(extra);
  } else if (npos > argcount) {
    throw tooManyPositional(func, npos, kwnames, src, start);
  }

  // Keyword arguments.
  if (kwnames !== null) {
    const index = rt !== null && rt.code === code ? cachedKeywordIndexes(rt, kwnames) : keywordIndexes(code, kwnames);
    let posonlyAsKw: string[] | null = null;
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k] as string;
      const value = src[start + npos + k] as PyValue;
      const j = index[k] as number;
      if (j < 0) {
        if (kwdict !== null) {
          // A positional-only name goes to **kwargs; anything else is new there.
          if (kwdict.getStr(name) !== undefined) throw typeError(`${func.qualname}() got multiple values for argument '${name}'`);
          kwdict.setStr(name, value);
          continue;
        }
        let isPosonly = false;
        for (let p = 0; p < code.posonlyargcount; p++) if (names[p] === name) isPosonly = true;
        if (isPosonly) {
          (posonlyAsKw ??= []).push(name);
          continue;
        }
        throw typeError(`${func.qualname}() got an unexpected keyword argument '${name}'`);
      }
      if (dst[j] !== undefined) throw typeError(`${func.qualname}() got multiple values for argument '${name}'`);
      dst[j] = value;
    }
    if (posonlyAsKw !== null) {
      throw typeError(
        `${func.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(", ")}'`,
      );
    }
  }

  // Defaults for missing positional parameters.
  if (npos < argcount) {
    const defaults = func.defaults;
    const ndef = defaults === null ? 0 : defaults.length;
    const firstDefault = argcount - ndef;
    let missing: string[] | null = null;
    for (let i = npos; i < argcount; i++) {
      if (dst[i] !== undefined) continue;
      if (i >= firstDefault && defaults !== null) dst[i] = defaults[i - firstDefault];
      else (missing ??= []).push(names[i] as string);
    }
    if (missing !== null) throw missingArguments(func, missing, "positional");
  }

  // Keyword-only parameters.
  if (kwonly > 0) {
    let missing: string[] | null = null;
    const kwdefaults = func.kwdefaults;
    for (let i = argcount; i < total; i++) {
      if (dst[i] !== undefined) continue;
      const name = names[i] as string;
      const d = kwdefaults === null ? undefined : kwdefaults.getStr(name);
      if (d !== undefined) dst[i] = d;
      else (missing ??= []).push(name);
    }
    if (missing !== null) throw missingArguments(func, missing, "keyword-only");
  }
}

/** Layouts cached per code runtime (a function called with a few keyword patterns). */
const MAX_KW_LAYOUTS = 4;

/**
 * `keywordIndexes(rt.code, kwnames)`, from `rt.kwLayouts` (pairs of names array, indexes) when
 * seen before: the same array (a KW_NAMES constant), else the same names (`f(*a, **kw)` builds
 * a fresh array per call).
 */
function cachedKeywordIndexes(rt: CodeRuntime, kwnames: readonly string[]): Int32Array {
  let layouts = rt.kwLayouts;
  if (layouts === null) rt.kwLayouts = layouts = [];
  for (let i = 0; i < layouts.length; i += 2) if (layouts[i] === kwnames) return layouts[i + 1] as Int32Array;
  for (let i = 0; i < layouts.length; i += 2) if (sameNames(layouts[i] as readonly string[], kwnames)) return layouts[i + 1] as Int32Array;
  const index = keywordIndexes(rt.code, kwnames);
  if (layouts.length >= 2 * MAX_KW_LAYOUTS) layouts.splice(0, 2);
  layouts.push(kwnames, index);
  return index;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * For each keyword name, the index of the parameter it names (positional-or-
 * keyword or keyword-only), or -1 (a `**kwargs` entry, a positional-only
 * name, or an error). A pure function of the code and the names, cached per
 * code runtime by the identity of the names array (a call site passes the
 * same KW_NAMES array every time), so the string comparisons run once.
 */
function keywordIndexes(code: CodeObject, kwnames: readonly string[]): Int32Array {
  const names = code.localsplusNames;
  const total = code.argcount + code.kwonlyargcount;
  const index = new Int32Array(kwnames.length).fill(-1);
  for (let k = 0; k < kwnames.length; k++) {
    const name = kwnames[k] as string;
    for (let p = code.posonlyargcount; p < total; p++) {
      if (names[p] === name) {
        index[k] = p;
        break;
      }
    }
  }
  return index;
}

/** "'x'", "'x' and 'y'", "'x', 'y', and 'z'" (CPython's format_missing). */
function formatNames(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0] as string;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

function missingArguments(func: PyFunction, missing: readonly string[], kind: "positional" | "keyword-only") {
  const n = missing.length;
  return typeError(
    `${func.qualname}() missing ${n} required ${kind} argument${n === 1 ? "" : "s"}: ${formatNames(missing)}`,
  );
}

/** CPython's too_many_positional. */
function tooManyPositional(func: PyFunction, given: number, kwnames: readonly string[] | null, src: readonly Slot[], start: number) {
  const code: CodeObject = func.code;
  const argcount = code.argcount;
  const ndef = func.defaults === null ? 0 : func.defaults.length;
  // Keyword-only arguments that were passed by keyword.
  let kwonlyGiven = 0;
  if (kwnames !== null) {
    const names = code.localsplusNames;
    for (let i = argcount; i < argcount + code.kwonlyargcount; i++) if (kwnames.includes(names[i] as string)) kwonlyGiven++;
  }
  void src;
  void start;
  let sig: string;
  let plural: boolean;
  if (ndef > 0) {
    plural = true;
    sig = `from ${argcount - ndef} to ${argcount}`;
  } else {
    plural = argcount !== 1;
    sig = `${argcount}`;
  }
  let kwonlyMsg = "";
  if (kwonlyGiven > 0) {
    kwonlyMsg = ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""})`;
  }
  return typeError(
    `${func.qualname}() takes ${sig} positional argument${plural ? "s" : ""} but ${given}${kwonlyMsg} ${given === 1 && kwonlyGiven === 0 ? "was" : "were"} given`,
  );
}
