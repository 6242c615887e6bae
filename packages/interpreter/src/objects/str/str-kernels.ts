/**
 * Typed entry points of `str` operations for the optimizing JIT.
 *
 * The tier-2 builder (jit-ir, build/strings.ts) lowers a method call on an
 * exact str (`s.find(sub, i)`, `ch.isalpha()`, `line.split()`) to a direct
 * call of a *kernel* when it can prove the argument types a kernel takes
 * (`str`, a small `int`, an exact `list`): the kernel is the method without
 * its argument parsing, calling the same algorithms of this folder as the
 * method table in str-type.ts (one definition: a kernel must return what the
 * method returns, and raise what it raises, for arguments of those types).
 * The result kind tells the IR the result's representation (a JS string,
 * number or boolean needs no check downstream).
 *
 * Also here: the raw helpers tier 2 calls for str indexing, slicing, `len`,
 * `ord` and membership. Helpers that return `undefined` / -1 leave the
 * error to the interpreter (the compiled code deoptimizes and the bytecode
 * instruction runs again generically, raising the exact exception).
 */

import type { PyValue } from "../object.js";
import { StrType } from "../type.js";
import { PyList, ListType } from "../list.js";
import { PyTuple, TupleType } from "../tuple.js";
import { PyDict, DictType } from "../dict.js";
import { FrozenSetType, SetType, type PySetBase } from "../set.js";
import { PyMethodDescriptor } from "../builtin-function.js";
import { newTuple } from "../tuple.js";
import { isBmp, codePointArray, PyStrObject } from "../str-support.js";
import { strMod } from "./str-type.js";
import { binaryOp } from "../../protocols/number.js";
import { rethrowPy } from "./py-errors.js";
import { cpLength, cpSlice } from "./code-points.js";
import { joinItems } from "./str-join.js";
import { smallDecimal } from "../int-parse.js";
import * as S from "./index.js";

/** What a kernel argument must be: a JS string (exact str), a safe-integer number (small int), an exact list. */
export type StrKernelParam = "str" | "int" | "list";
/** The kernel's result: a str / int (safe integer) / bool, or any Python object. */
export type StrKernelResult = "str" | "int" | "bool" | "object";

export interface StrKernel {
  readonly params: readonly StrKernelParam[];
  readonly result: StrKernelResult;
  /** The receiver string, then the arguments. */
  readonly fn: (s: string, a?: never, b?: never, c?: never) => PyValue;
}

type Fn0 = (s: string) => PyValue;
type Fn1<A> = (s: string, a: A) => PyValue;
type Fn2<A, B> = (s: string, a: A, b: B) => PyValue;
type Fn3<A, B, C> = (s: string, a: A, b: B, c: C) => PyValue;

const KERNELS = new Map<string, (StrKernel | undefined)[]>();

function add(name: string, params: readonly StrKernelParam[], result: StrKernelResult, fn: Fn0 | Fn1<never> | Fn2<never, never> | Fn3<never, never, never>): void {
  let byArgc = KERNELS.get(name);
  if (byArgc === undefined) KERNELS.set(name, (byArgc = []));
  byArgc[params.length] = { params, result, fn: fn as StrKernel["fn"] };
}

/** Kernels that may raise a StrLibError convert it as the method table does. */
function py<F extends (...args: never[]) => PyValue>(f: F): F {
  return ((...args: never[]) => {
    try {
      return f(...args);
    } catch (e) {
      return rethrowPy(e);
    }
  }) as F;
}

// No-argument methods.
for (const [name, fn] of [
  ["lower", S.strLower], ["upper", S.strUpper], ["casefold", S.strCasefold], ["swapcase", S.strSwapcase],
  ["title", S.strTitle], ["capitalize", S.strCapitalize],
] as const) add(name, [], "str", fn);
for (const [name, fn] of [
  ["islower", S.strIslower], ["isupper", S.strIsupper], ["istitle", S.strIstitle], ["isalnum", S.strIsalnum],
  ["isalpha", S.strIsalpha], ["isascii", S.strIsascii], ["isdecimal", S.strIsdecimal], ["isdigit", S.strIsdigit],
  ["isidentifier", S.strIsidentifier], ["isnumeric", S.strIsnumeric], ["isprintable", S.strIsprintable], ["isspace", S.strIsspace],
] as const) add(name, [], "bool", fn);
for (const [name, fn] of [["strip", S.strStrip], ["lstrip", S.strLstrip], ["rstrip", S.strRstrip]] as const) {
  add(name, [], "str", (s: string) => fn(s));
  add(name, ["str"], "str", (s: string, chars: string) => fn(s, chars));
}

// Search: (sub[, start[, end]]) with small-int bounds.
for (const [name, fn, result] of [
  ["find", S.strFind, "int"], ["rfind", S.strRfind, "int"], ["count", S.strCount, "int"],
  ["index", py(S.strIndex), "int"], ["rindex", py(S.strRindex), "int"],
  ["startswith", S.strStartswith, "bool"], ["endswith", S.strEndswith, "bool"],
] as const) {
  add(name, ["str"], result, (s: string, sub: string) => fn(s, sub));
  add(name, ["str", "int"], result, (s: string, sub: string, start: number) => fn(s, sub, start));
  add(name, ["str", "int", "int"], result, (s: string, sub: string, start: number, end: number) => fn(s, sub, start, end));
}
add("replace", ["str", "str"], "str", (s: string, old: string, repl: string) => S.strReplace(s, old, repl, -1));
add("replace", ["str", "str", "int"], "str", (s: string, old: string, repl: string, count: number) => S.strReplace(s, old, repl, count));
for (const [name, fn] of [["removeprefix", S.strRemoveprefix], ["removesuffix", S.strRemovesuffix]] as const) add(name, ["str"], "str", fn);

// Split and join.
for (const [name, fn] of [["split", S.strSplit], ["rsplit", S.strRsplit]] as const) {
  add(name, [], "object", (s: string) => new PyList(fn(s)));
  add(name, ["str"], "object", py((s: string, sep: string) => new PyList(fn(s, sep))));
  add(name, ["str", "int"], "object", py((s: string, sep: string, max: number) => new PyList(fn(s, sep, max))));
}
for (const [name, fn] of [["partition", S.strPartition], ["rpartition", S.strRpartition]] as const) {
  add(name, ["str"], "object", py((s: string, sep: string) => newTuple(fn(s, sep))));
}
add("join", ["list"], "str", (s: string, list: PyList) => joinItems(s, list.items));

// Padding.
for (const [name, fn] of [["center", S.strCenter], ["ljust", S.strLjust], ["rjust", S.strRjust]] as const) {
  add(name, ["int"], "str", py((s: string, width: number) => fn(s, width)));
  add(name, ["int", "str"], "str", py((s: string, width: number, fill: string) => fn(s, width, fill)));
}
add("zfill", ["int"], "str", (s: string, width: number) => S.strZfill(s, width));

/**
 * The kernel of `m` (a method descriptor of `str` itself) for `argc`
 * positional arguments, if there is one.
 */
export function strMethodKernel(m: unknown, argc: number): StrKernel | undefined {
  if (!(m instanceof PyMethodDescriptor) || m.objclass !== StrType) return undefined;
  return KERNELS.get(m.name)?.[argc];
}

// ---- raw helpers ------------------------------------------------------------------

/** `s[i]` for a small int `i`; undefined when out of range (the interpreter raises IndexError). */
export function strAt(s: string, i: number): string | undefined {
  if (isBmp(s)) {
    const j = i < 0 ? i + s.length : i;
    return j >= 0 && j < s.length ? s.charAt(j) : undefined;
  }
  const cps = codePointArray(s);
  return cps[i < 0 ? i + cps.length : i];
}

/** `s[start:stop:step]` for small-int bounds (undefined = None) and a non-zero step. */
export function strSlice(s: string, start: number | undefined, stop: number | undefined, step: number): string {
  return cpSlice(s, start, stop, step);
}

/** `len(s)`. */
export const strLen = cpLength;

/** `ord(s)`, or -1 when `s` is not exactly one code point (the interpreter raises TypeError). */
export function strOrd(s: string): number {
  const n = s.length;
  if (n === 1) return s.charCodeAt(0);
  if (n === 2) {
    const c = s.codePointAt(0) as number;
    if (c > 0xffff) return c;
  }
  return -1;
}

/**
 * `int(s)` of a plain ASCII decimal of at most 15 characters with an optional
 * sign (int() itself tries this first: int-parse.ts smallDecimal); undefined
 * for anything else (spaces, underscores, other digits, long or invalid text:
 * the interpreter's int() parses or rejects those).
 */
export function strToSmallInt(s: string): number | undefined {
  return s.length <= 15 ? smallDecimal(s) : undefined;
}

/**
 * `s % x` for an exact str `s` (nb: BINARY_OP's oparg): PyUnicode_Format, as
 * str.__mod__; a str subclass instance `x` takes the generic binaryOp (its
 * __rmod__ may come first).
 */
export function strModOp(s: string, x: PyValue, nb: number): PyValue {
  return x instanceof PyStrObject ? binaryOp(nb, s, x) : strMod(s, x);
}

/** `item in container` for two exact str (the contains protocol's str case). */
export function strContains(container: string, item: string): boolean {
  if (item.length === 1 && (item.charCodeAt(0) & 0xf800) !== 0xd800) return container.indexOf(item) >= 0;
  return isBmp(item) ? container.includes(item) : S.strFind(container, item) >= 0;
}

/**
 * `len(v)` of an exact str, list, tuple, dict, set or frozenset without running Python
 * code; -1 for anything else (the interpreter then calls len()).
 */
export function lenFast(v: PyValue): number {
  if (typeof v === "string") return cpLength(v);
  if (typeof v === "object" && v !== null) {
    const c = v.cls;
    if (c === ListType) return (v as PyList).items.length;
    if (c === TupleType) return (v as PyTuple).items.length;
    if (c === DictType) return (v as PyDict).size;
    if (c === SetType || c === FrozenSetType) return (v as PySetBase).size;
  }
  return -1;
}
