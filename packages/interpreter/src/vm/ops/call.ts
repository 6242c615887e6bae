/**
 * Frames for calls of Python functions that do not take the eval loop's
 * exact-arity fast path, and the creation of generator objects.
 */
import type { PyFunction } from "../../objects/function.js";
import type { PyValue } from "../../objects/object.js";
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
