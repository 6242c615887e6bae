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
 * Calling a type takes the eval loop's fast paths too: `range()` with int
 * arguments, and a plain class (`plainInitOf`) whose instance is created here
 * and whose `__init__` runs as a frame like any call.
 */
import type { PyValue } from "../objects/object.js";
import { PyFunction, PyBoundMethod } from "../objects/function.js";
import { PyBuiltinFunction, PyMethodDescriptor } from "../objects/builtin-function.js";
import { callObject } from "../protocols/call.js";
import { Frame, type Slot } from "../vm/frame.js";
import { runtimeOf } from "../vm/code-runtime.js";
import type { VMThread } from "../vm/thread.js";
import { evalFrame, runCompiled } from "../vm/eval-loop.js";
import { appendKwargs, newFrameForCall, newInitFrame, startGenerator } from "../vm/ops/call.js";
import { tierUpCall } from "../vm/ops/tiering.js";
import { MAX_COMPILED_DEPTH } from "../jit-interface.js";
import { PyType } from "../objects/type.js";
import { None } from "../objects/singletons.js";
import { RangeType, newRangeFast } from "../objects/range.js";
import { plainInitOf, initReturnedNonNone, newPlainInstance } from "../objects/type-call.js";
import { PyBaseException } from "../objects/exceptions.js";
import { recursionError } from "../objects/errors.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict, DictType } from "../objects/dict.js";
import { starArgs, listExtend, dictUpdate } from "../vm/ops/rare.js";

/** CALL with stack operands `first` (NULL or the method) and `second` (the callable or self), then `args`. */
export function jitCall(ts: VMThread, first: Slot, second: PyValue, args: PyValue[], kw: readonly string[] | null, byReturn = false): PyValue {
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
    return callPyFunction(ts, callable, full, kw, byReturn);
  }
  if (self !== undefined) {
    if (callable instanceof PyMethodDescriptor) return callable.fn(self, args, kw);
    args = prepend(self, args);
  }
  if (callable instanceof PyBuiltinFunction) return callable.fn(args, kw);
  if (callable instanceof PyType) {
    // The eval loop's CALL fast paths for types (callOther): range() and plain classes.
    if (callable === RangeType && kw === null && args.length >= 1) {
      const r = newRangeFast(args, 0, args.length);
      if (r !== null) return r;
    }
    const init = plainInitOf(callable);
    if (init !== null) {
      const inst = newPlainInstance(callable, args, 0, args.length - (kw === null ? 0 : kw.length));
      const src = prepend(inst, args);
      const nf = newInitFrame(ts, init, src, 0, src.length, kw);
      if (nf !== null) {
        const r = byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
        if (r === EXC_RETURN) return r;
        if (r !== None) throw initReturnedNonNone(r);
        return inst;
      }
    }
  }
  return callObject(callable, args, kw);
}

/**
 * Call a Python function with vectorcall-style `args` (positional, then one
 * value per keyword name). `byReturn`: the caller (a tier-1 CALL) accepts an
 * exception leaving a compiled callee as `EXC_RETURN`.
 */
export function callPyFunction(ts: VMThread, fn: PyFunction, args: PyValue[], kw: readonly string[] | null, byReturn = false): PyValue {
  const rt = runtimeOf(fn.code, ts);
  if (++rt.calls >= ts.callThreshold && ts.jit !== null) tierUpCall(ts, rt);
  const nf = newFrameForCall(fn, rt, args, 0, args.length, kw);
  if (rt.isGenerator) return startGenerator(ts, nf);
  if (rt.compiled !== null && ts.depth < MAX_COMPILED_DEPTH) return byReturn ? runFrameByReturn(ts, nf) : runCompiled(ts, nf);
  return evalFrame(ts, nf);
}

/**
 * Call `fn` with its argument slots already bound (`slots` = the first
 * `argcount + kwonlyargcount (+1 for *args) (+1 for **kwargs)` entries of its
 * `localsplus`, in co_varnames order): what a tier-2 call site that bound the
 * arguments at compile time falls back to when its callee has no tier-2
 * `fast` entry (or at the recursion limit). The frame runs like any call
 * (tiering count, `runCompiled` / `evalFrame`). Never for generator code.
 */
export function callPyFunctionBound(ts: VMThread, fn: PyFunction, slots: readonly PyValue[]): PyValue {
  const rt = runtimeOf(fn.code, ts);
  if (++rt.calls >= ts.callThreshold && ts.jit !== null) tierUpCall(ts, rt);
  const nf = new Frame(fn.code, rt, fn.globals, fn.builtins, fn, null);
  const lp = nf.localsplus;
  for (let i = 0; i < slots.length; i++) lp[i] = slots[i];
  if (rt.compiled !== null && ts.depth < MAX_COMPILED_DEPTH) return runCompiled(ts, nf);
  return evalFrame(ts, nf);
}

/** The `**kwargs` dict of a call bound at compile time: `names` (distinct str keys) with `values`. */
export { listExtend, dictUpdate };

export function kwargsDict(names: readonly string[], values: readonly PyValue[]): PyDict {
  return PyDict.ofDistinctStrs(names, values);
}

/** BUILD_MAP for compiled code: a new dict of the key/value pairs in `items` (later keys win, as `{k: v, …}`). */
export function buildMap(items: readonly PyValue[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < items.length; i += 2) d.set(items[i] as PyValue, items[i + 1] as PyValue);
  return d;
}

/**
 * CALL_FUNCTION_EX (`f(*args, **kwargs)`) for compiled code: `args` is what
 * the star-argument evaluated to (a tuple after LIST_TO_TUPLE, else any
 * iterable: the interpreter's `starArgs` message for a non-iterable),
 * `kwargs` the dict the call site built (null without `**`). A Python
 * function (also behind a bound method) is called through
 * `callPyFunction`, so its arguments are bound by `bindArguments` straight
 * from the tuple's items and the dict's entries; anything else through
 * `callObject`, as the interpreter's CALL_FUNCTION_EX does.
 */
export function callFunctionEx(ts: VMThread, callable: PyValue, args: PyValue, kwargs: PyValue | null, byReturn = false): PyValue {
  let vals: PyValue[];
  let self: PyValue | undefined;
  let fn: PyValue = callable;
  if (fn instanceof PyBoundMethod && fn.func instanceof PyFunction) {
    self = fn.self;
    fn = fn.func;
  }
  if (args instanceof PyTuple) {
    const items = args.items;
    const n = items.length;
    const off = self === undefined ? 0 : 1;
    vals = new Array<PyValue>(n + off);
    if (self !== undefined) vals[0] = self;
    for (let i = 0; i < n; i++) vals[i + off] = items[i] as PyValue;
  } else {
    vals = starArgs(callable, args);
    if (self !== undefined) vals.unshift(self);
  }
  const kwnames = kwargs === null ? null : appendKwargs(kwargs as PyDict, vals);
  if (fn instanceof PyFunction) return callPyFunction(ts, fn, vals, kwnames, byReturn);
  return callObject(callable, vals, kwnames);
}

/**
 * `callFunctionEx` whose `mapping` is the `**` operand itself (tier 2 folds
 * the DICT_MERGE into the call's fresh empty dict): an exact dict is only
 * read by the binding, so it is passed on as is; any other mapping is
 * copied first, with DICT_MERGE's errors.
 */
export function callFunctionExMerge(ts: VMThread, callable: PyValue, args: PyValue, mapping: PyValue): PyValue {
  if (mapping instanceof PyDict && mapping.cls === DictType) return callFunctionEx(ts, callable, args, mapping);
  const d = new PyDict();
  dictUpdate(d, mapping, callable);
  return callFunctionEx(ts, callable, args, d);
}

/**
 * Fixed-arity CALL without keywords (`jitCall0` … `jitCall3`): compiled code
 * passes the arguments as JS parameters. When the callee is a Python function
 * with simple positional parameters and exactly that many of them (counting
 * `self` for a method), the arguments go straight into the new frame's
 * locals — no argument array — and the frame runs like any other call
 * (`runCompiled` keeps the depth counter and `MAX_COMPILED_DEPTH`). Builtins
 * get the one array their calling convention needs; everything else takes
 * the generic `jitCall`.
 */
export function jitCall0(ts: VMThread, first: Slot, second: PyValue, byReturn = false): PyValue {
  if (first === null || first === undefined) {
    if (second instanceof PyFunction) {
      const nf = simpleFrame(ts, second, 0);
      if (nf !== null) return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
    } else if (second instanceof PyBoundMethod) {
      const fn = second.func;
      if (fn instanceof PyFunction) {
        const nf = simpleFrame(ts, fn, 1);
        if (nf !== null) {
          nf.localsplus[0] = second.self;
          return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
        }
      }
    } else if (second instanceof PyBuiltinFunction) {
      return second.fn([], null);
    }
  } else if (first instanceof PyFunction) {
    const nf = simpleFrame(ts, first, 1);
    if (nf !== null) {
      nf.localsplus[0] = second;
      return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
    }
  } else if (first instanceof PyMethodDescriptor) {
    return first.entryFor(0)(second, [], null);
  }
  return jitCall(ts, first, second, [], null);
}

export function jitCall1(ts: VMThread, first: Slot, second: PyValue, a0: PyValue, byReturn = false): PyValue {
  if (first === null || first === undefined) {
    if (second instanceof PyFunction) {
      const nf = simpleFrame(ts, second, 1);
      if (nf !== null) {
        nf.localsplus[0] = a0;
        return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
      }
    } else if (second instanceof PyBoundMethod) {
      const fn = second.func;
      if (fn instanceof PyFunction) {
        const nf = simpleFrame(ts, fn, 2);
        if (nf !== null) {
          const lp = nf.localsplus;
          lp[0] = second.self;
          lp[1] = a0;
          return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
        }
      }
    } else if (second instanceof PyBuiltinFunction) {
      return second.fn1 !== null ? second.fn1(a0) : second.fn([a0], null);
    }
  } else if (first instanceof PyFunction) {
    const nf = simpleFrame(ts, first, 2);
    if (nf !== null) {
      const lp = nf.localsplus;
      lp[0] = second;
      lp[1] = a0;
      return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
    }
  } else if (first instanceof PyMethodDescriptor) {
    return first.entryFor(1)(second, [a0], null);
  }
  return jitCall(ts, first, second, [a0], null);
}

export function jitCall2(ts: VMThread, first: Slot, second: PyValue, a0: PyValue, a1: PyValue, byReturn = false): PyValue {
  if (first === null || first === undefined) {
    if (second instanceof PyFunction) {
      const nf = simpleFrame(ts, second, 2);
      if (nf !== null) {
        const lp = nf.localsplus;
        lp[0] = a0;
        lp[1] = a1;
        return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
      }
    } else if (second instanceof PyBoundMethod) {
      const fn = second.func;
      if (fn instanceof PyFunction) {
        const nf = simpleFrame(ts, fn, 3);
        if (nf !== null) {
          const lp = nf.localsplus;
          lp[0] = second.self;
          lp[1] = a0;
          lp[2] = a1;
          return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
        }
      }
    } else if (second instanceof PyBuiltinFunction) {
      return second.fn2 !== null ? second.fn2(a0, a1) : second.fn([a0, a1], null);
    }
  } else if (first instanceof PyFunction) {
    const nf = simpleFrame(ts, first, 3);
    if (nf !== null) {
      const lp = nf.localsplus;
      lp[0] = second;
      lp[1] = a0;
      lp[2] = a1;
      return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
    }
  } else if (first instanceof PyMethodDescriptor) {
    return first.entryFor(2)(second, [a0, a1], null);
  }
  return jitCall(ts, first, second, [a0, a1], null);
}

export function jitCall3(ts: VMThread, first: Slot, second: PyValue, a0: PyValue, a1: PyValue, a2: PyValue, byReturn = false): PyValue {
  if (first === null || first === undefined) {
    if (second instanceof PyFunction) {
      const nf = simpleFrame(ts, second, 3);
      if (nf !== null) {
        const lp = nf.localsplus;
        lp[0] = a0;
        lp[1] = a1;
        lp[2] = a2;
        return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
      }
    } else if (second instanceof PyBoundMethod) {
      const fn = second.func;
      if (fn instanceof PyFunction) {
        const nf = simpleFrame(ts, fn, 4);
        if (nf !== null) {
          const lp = nf.localsplus;
          lp[0] = second.self;
          lp[1] = a0;
          lp[2] = a1;
          lp[3] = a2;
          return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
        }
      }
    } else if (second instanceof PyBuiltinFunction) {
      return second.fn([a0, a1, a2], null);
    }
  } else if (first instanceof PyFunction) {
    const nf = simpleFrame(ts, first, 4);
    if (nf !== null) {
      const lp = nf.localsplus;
      lp[0] = second;
      lp[1] = a0;
      lp[2] = a1;
      lp[3] = a2;
      return byReturn ? runFrameByReturn(ts, nf) : runFrame(ts, nf);
    }
  } else if (first instanceof PyMethodDescriptor) {
    return first.entryFor(3)(second, [a0, a1, a2], null);
  }
  return jitCall(ts, first, second, [a0, a1, a2], null);
}

/**
 * A fresh frame for `fn` when it has simple positional parameters and `n`
 * positional arguments bind them (the trailing ones from `__defaults__`, which
 * are written here; the caller then writes the arguments into
 * `localsplus[0…n)`), with the call counted for tiering as `callPyFunction`
 * does; null otherwise (nothing counted: the generic path will).
 */
function simpleFrame(ts: VMThread, fn: PyFunction, n: number): Frame | null {
  const code = fn.code;
  const rt = runtimeOf(code, ts);
  const argc = code.argcount;
  if (!rt.simpleArgs) return null;
  if (argc !== n) {
    const defaults = fn.defaults;
    if (n > argc || defaults === null || argc - n > defaults.length) return null;
  }
  if (++rt.calls >= ts.callThreshold && ts.jit !== null) tierUpCall(ts, rt);
  const nf = new Frame(code, rt, fn.globals, fn.builtins, fn, null);
  if (argc !== n) {
    const defaults = fn.defaults as PyValue[];
    const lp = nf.localsplus;
    const first = argc - defaults.length;
    for (let i = n; i < argc; i++) lp[i] = defaults[i - first];
  }
  return nf;
}

/**
 * Exceptions leaving tier-1 code called by tier-1 code, without a JS throw:
 * a caller that passes `byReturn` to `jitCall0`…`jitCall3` lets a compiled
 * callee *return* `EXC_RETURN` (the exception, its traceback entry added,
 * waits in `pendingExc`) instead of throwing it; the caller takes it with
 * `takeExc` at once and unwinds it like a caught one. A JS throw costs more
 * than a small Python call (V8 builds a message object per throw, and each
 * `finally` on the way rethrows), and the interpreter unwinds between its
 * own frames without one. Everything else (the interpreter, tier 2,
 * builtins) keeps the throwing convention: only `runFrameByReturn` asks a
 * compiled entry for it, and the value never travels further than the
 * calling instruction.
 */
export const EXC_RETURN: PyValue = Object.freeze({ excReturn: true }) as unknown as PyValue;
let pendingExc: PyBaseException | null = null;

/** Called by compiled code instead of `throw exc` when its caller accepts `EXC_RETURN`. */
export function returnExc(exc: PyBaseException): PyValue {
  pendingExc = exc;
  return EXC_RETURN;
}

/** The exception behind an `EXC_RETURN` just received. */
export function takeExc(): PyBaseException {
  const e = pendingExc as PyBaseException;
  pendingExc = null;
  return e;
}

/** A compiled entry called as `entry(frame, null, true)` may return EXC_RETURN. */
type ByReturnEntry = (frame: Frame, throwIn: null, byReturn: true) => PyValue;

/**
 * `runFrame` for a tier-1 caller that accepts `EXC_RETURN`: the compiled
 * entry is asked for it (tier-1 entries honour the third argument, others
 * ignore it and throw), and the frame bookkeeping of `runCompiled` is done
 * here with a catch instead of a `finally`, so a returned exception passes
 * without any JS throw.
 */
function runFrameByReturn(ts: VMThread, nf: Frame): PyValue {
  const entry = nf.rt.compiled;
  if (entry === null || ts.depth >= MAX_COMPILED_DEPTH) return evalFrame(ts, nf);
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError();
  }
  const back = ts.frame;
  nf.back = back;
  ts.frame = nf;
  let r: PyValue;
  try {
    r = (entry as unknown as ByReturnEntry)(nf, null, true);
  } catch (e) {
    ts.frame = back;
    ts.depth--;
    throw e;
  }
  ts.frame = back;
  ts.depth--;
  return r;
}

/** Run a bound frame of a non-generator function: its compiled entry when there is one and the JS stack allows, else the interpreter. */
function runFrame(ts: VMThread, nf: Frame): PyValue {
  if (nf.rt.compiled !== null && ts.depth < MAX_COMPILED_DEPTH) return runCompiled(ts, nf);
  return evalFrame(ts, nf);
}

function prepend(v: PyValue, args: PyValue[]): PyValue[] {
  const n = args.length;
  const out = new Array<PyValue>(n + 1);
  out[0] = v;
  for (let i = 0; i < n; i++) out[i + 1] = args[i] as PyValue;
  return out;
}
