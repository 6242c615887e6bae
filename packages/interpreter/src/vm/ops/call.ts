/**
 * Frames for calls of Python functions that do not take the eval loop's
 * exact-arity fast path, and the creation of generator objects.
 */
import { PyFunction } from "../../objects/function.js";
import type { PyValue } from "../../objects/object.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyDict } from "../../objects/dict.js";
import { recursionError, typeError } from "../../objects/errors.js";
import { newCallFrame, type Frame, type Slot } from "../frame.js";
import { runtimeOf, type CodeRuntime } from "../code-runtime.js";
import { tierUpCall } from "./tiering.js";
import { bindArguments } from "./bind-args.js";
import type { VMThread } from "../thread.js";
import { newGenerator } from "../generator.js";

/** A frame for `func` with its arguments bound (vectorcall layout at `src[start…]`). */
export function newFrameForCall(
  func: PyFunction,
  rt: CodeRuntime,
  src: readonly Slot[],
  start: number,
  n: number,
  kwnames: readonly string[] | null,
): Frame {
  // (A recycled frame when there is one: every frame of this code the eval loop recycles
  // must be taken back by its calls, or the free list would only grow.)
  const nf = newCallFrame(rt, func);
  const code = func.code;
  if (kwnames === null && rt.simpleArgs && n === code.argcount) {
    const lp = nf.localsplus;
    for (let i = 0; i < n; i++) lp[i] = src[start + i];
  } else {
    bindArguments(func, nf.localsplus, src, start, n, kwnames, rt);
  }
  return nf;
}

/**
 * The frame of `init` (a plain class's `__init__`, see `plainInitOf`) for
 * `cls(*args)`: `src[start]` is the new instance, the arguments follow.
 * Counts the call for tiering. Null when `init` is a generator function
 * (the slow path then reports its non-None result).
 */
export function newInitFrame(
  ts: VMThread,
  init: PyFunction,
  src: readonly Slot[],
  start: number,
  n: number,
  kwnames: readonly string[] | null,
): Frame | null {
  const rt = runtimeOf(init.code, ts);
  if (rt.isGenerator) return null;
  if (++rt.calls >= ts.callThreshold && ts.jit !== null) tierUpCall(ts, rt);
  const nf = newFrameForCall(init, rt, src, start, n, kwnames);
  nf.initSelf = src[start] as PyValue;
  return nf;
}

/** Calling a generator / coroutine / async-generator function creates the object around its frame. */
export function startGenerator(ts: VMThread, frame: Frame): PyValue {
  void ts;
  return newGenerator(frame);
}

/**
 * CALL_FUNCTION_EX (`f(*args, **kwargs)`, operands `NULL, callable, args[,
 * kwargs]` on `f`'s stack, `f.pc`/`f.sp` saved) of a plain Python function
 * with a tuple of positional arguments, in an interpreter-only run: binds the
 * arguments into a frame and pushes it in the caller's loop (no nested
 * `evalFrame`), as CALL does. Returns false, with nothing done, for anything
 * else (the generic path in ops/rare.ts runs).
 */
/**
 * `f(*args, **kwargs)`'s keywords: appends the values of the exact dict
 * `kwargs` to `vals` and returns their names (null when it is empty).
 */
export function appendKwargs(kwargs: PyDict, vals: PyValue[]): string[] | null {
  if (kwargs.size === 0) return null;
  const kwnames: string[] = [];
  const ks = kwargs.keyList;
  const vs = kwargs.valueList;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === undefined) continue;
    if (typeof k !== "string") throw typeError("keywords must be strings");
    kwnames.push(k);
    vals.push(vs[i] as PyValue);
  }
  return kwnames;
}

export function pushCallExFrame(ts: VMThread, f: Frame, arg: number): boolean {
  const lp = f.localsplus;
  const sp = f.sp;
  const kwargs = arg & 1 ? lp[sp - 1] : null;
  const base = sp - (arg & 1) - 3;
  const callable = lp[base + 1];
  const args = lp[base + 2];
  if (!(callable instanceof PyFunction) || !(args instanceof PyTuple) || (kwargs !== null && !(kwargs instanceof PyDict))) return false;
  const rt = runtimeOf(callable.code, ts);
  if (rt.isGenerator) return false;
  const vals: PyValue[] = [...args.items];
  const kwnames = kwargs === null ? null : appendKwargs(kwargs, vals);
  // A fresh activation counts as a call (as evalFrame does for callFunction).
  if (--ts.ticks < 0) ts.onTicksExhausted(false);
  const nf = newFrameForCall(callable, rt, vals, 0, vals.length, kwnames);
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError();
  }
  for (let i = base; i < sp; i++) lp[i] = undefined;
  f.sp = base;
  nf.back = f;
  ts.frame = nf;
  return true;
}
