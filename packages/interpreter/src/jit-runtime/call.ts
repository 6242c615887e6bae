/**
 * The CALL protocol for compiled (tier-1) code.
 *
 * The eval loop keeps its own inline CALL (it pushes a frame instead of
 * recursing); compiled code has no value stack in a `Frame`, so it hands the
 * call's operands over as `[NULL | method, callable | self]` plus an argument
 * array, exactly CALL's stack layout. Everything past the operand shuffle is
 * the interpreter's own machinery: `newFrameForCall` binds the arguments,
 * `tierUpCall` counts hotness, a compiled callee runs through `runCompiled`
 * (recursion limit, `ts.frame`) and an interpreted one through `evalFrame`.
 */
import type { PyValue } from "../objects/object.js";
import { PyFunction, PyBoundMethod } from "../objects/function.js";
import { PyBuiltinFunction, PyMethodDescriptor } from "../objects/builtin-function.js";
import { callObject } from "../protocols/call.js";
import type { Slot } from "../vm/frame.js";
import { runtimeOf } from "../vm/code-runtime.js";
import type { VMThread } from "../vm/thread.js";
import { evalFrame, runCompiled } from "../vm/eval-loop.js";
import { newFrameForCall, startGenerator } from "../vm/ops/call.js";
import { tierUpCall } from "../vm/ops/tiering.js";
import { MAX_COMPILED_DEPTH } from "../jit-interface.js";

/** CALL with stack operands `first` (NULL or the method) and `second` (the callable or self), then `args`. */
export function jitCall(ts: VMThread, first: Slot, second: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  let callable: PyValue;
  let self: PyValue | undefined;
  if (first === null || first === undefined) {
    callable = second;
    if (callable instanceof PyBoundMethod) {
      self = callable.self;
      callable = callable.func;
    }
  } else {
    callable = first;
    self = second;
  }
  if (callable instanceof PyFunction) {
    const full = self === undefined ? args : prepend(self, args);
    return callPyFunction(ts, callable, full, kw);
  }
  if (self !== undefined) {
    if (callable instanceof PyMethodDescriptor) return callable.fn(self, args, kw);
    args = prepend(self, args);
  }
  if (callable instanceof PyBuiltinFunction) return callable.fn(args, kw);
  return callObject(callable, args, kw);
}

/** Call a Python function with vectorcall-style `args` (positional, then one value per keyword name). */
export function callPyFunction(ts: VMThread, fn: PyFunction, args: PyValue[], kw: readonly string[] | null): PyValue {
  const rt = runtimeOf(fn.code, ts);
  if (++rt.calls >= ts.callThreshold && ts.jit !== null) tierUpCall(ts, rt);
  const nf = newFrameForCall(fn, rt, args, 0, args.length, kw);
  if (rt.isGenerator) return startGenerator(ts, nf);
  if (rt.compiled !== null && ts.depth < MAX_COMPILED_DEPTH) return runCompiled(ts, nf);
  return evalFrame(ts, nf);
}

function prepend(v: PyValue, args: PyValue[]): PyValue[] {
  const n = args.length;
  const out = new Array<PyValue>(n + 1);
  out[0] = v;
  for (let i = 0; i < n; i++) out[i + 1] = args[i] as PyValue;
  return out;
}
