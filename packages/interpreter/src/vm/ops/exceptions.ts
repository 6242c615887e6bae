/**
 * Raising: RAISE_VARARGS (`raise`, `raise X`, `raise X from Y`), implicit
 * exception chaining (`__context__`), and exception matching for `except`.
 */
import type { PyValue } from "../../objects/object.js";
import { PyType, TypeFlags, typeOf } from "../../objects/type.js";
import { PyBaseException, BaseException, isPlainExceptionType } from "../../objects/exceptions.js";
import { PyTuple } from "../../objects/tuple.js";
import { None } from "../../objects/singletons.js";
import { runtimeError, typeError } from "../../objects/errors.js";
import { callObject } from "../../protocols/call.js";
import { repr } from "../../protocols/repr.js";
import { addTraceback } from "../../traceback/traceback.js";
import { markEscaped, type Frame } from "../frame.js";
import type { VMThread } from "../thread.js";
import { genRaiseInline } from "../generator.js";

/**
 * Unwind `exc`, raised at instruction `f.pc - 1` of `f` (`f.sp` saved): find
 * a handler in `f`'s exception table or pop frames (adding traceback entries)
 * until one has one, and return the frame to continue in, with the handler's
 * stack set up. Without a handler up to the activation's entry frame, `exc`
 * is thrown out of it. `reraising` (RERAISE, bare `raise`) keeps the
 * exception's context and traceback as they are.
 *
 * The eval loop calls this directly for `raise` and RERAISE, so a Python
 * exception raised and caught in interpreted code costs no JS throw (V8
 * records a message and a stack trace for every throw).
 */
export function unwindException(ts: VMThread, f: Frame, exc: PyBaseException, reraising: boolean): Frame {
  if (!reraising) {
    chainContext(ts, exc);
    markEscaped(f); // (the traceback references the frames: never recycle them)
    addTraceback(exc, f, f.pc - 1);
  }
  for (;;) {
    const h = f.code.handlerFor(f.pc - 1);
    if (h !== undefined) {
      f.rt.excCaught++;
      const lp = f.localsplus;
      let s = f.rt.stackBase + h.depth;
      for (let i = s; i < f.sp; i++) lp[i] = undefined;
      if (h.lasti) lp[s++] = f.pc - 1;
      lp[s++] = exc;
      f.sp = s;
      f.pc = h.target;
      return f;
    }
    ts.depth--;
    if (f.isEntry) {
      ts.frame = f.back;
      throw exc;
    }
    // A generator resumed by FOR_ITER_GEN in the caller's loop finishes with the exception.
    if (f.generator !== null) exc = genRaiseInline(ts, f, exc);
    f = f.back as Frame;
    ts.frame = f;
    markEscaped(f);
    addTraceback(exc, f, f.pc - 1);
  }
}

/**
 * Set `exc.__context__` to the exception being handled (CPython's
 * `_PyErr_SetObject`), breaking any cycle that would create.
 */
export function chainContext(ts: VMThread, exc: PyBaseException): void {
  const handled = ts.handledException();
  if (handled === null || handled === exc) return;
  if (exc.context !== None) return;
  // Avoid cycles: if exc is already in handled's context chain, cut it there.
  let o: PyBaseException = handled;
  for (;;) {
    const ctx = o.context;
    if (!(ctx instanceof PyBaseException)) break;
    if (ctx === exc) {
      o.context = None;
      break;
    }
    o = ctx;
  }
  exc.context = handled;
}

/** Turn `raise` operands into an exception instance ("exceptions must derive from BaseException"). */
export function makeException(v: PyValue): PyBaseException {
  if (v instanceof PyType) {
    if ((v.flags & TypeFlags.BASE_EXC_SUBCLASS) === 0) throw typeError("exceptions must derive from BaseException");
    // `raise Cls` with BaseException's own __new__ and __init__ (StopIteration, ValueError,
    // a class body without them): the instance type.__call__ would build, without the calls.
    if (isPlainExceptionType(v)) {
      return new PyBaseException(v);
    }
    const inst = callObject(v, [], null);
    if (!(inst instanceof PyBaseException)) {
      throw typeError(`calling ${repr(v)} should have returned an instance of BaseException, not ${repr(typeOf(inst))}`);
    }
    return inst;
  }
  if (v instanceof PyBaseException) return v;
  throw typeError("exceptions must derive from BaseException");
}

/** RAISE_VARARGS: returns the exception to throw (the loop throws it). */
export function raiseVarargs(ts: VMThread, f: Frame, argc: number): PyBaseException {
  const lp = f.localsplus;
  if (argc === 0) {
    const cur = ts.handledException();
    if (cur === null) {
      const e = runtimeError("No active exception to reraise");
      return e;
    }
    return cur;
  }
  let causeArg: PyValue | undefined;
  if (argc === 2) causeArg = lp[--f.sp] as PyValue;
  const excArg = lp[--f.sp] as PyValue;
  const exc = makeException(excArg);
  if (causeArg !== undefined) {
    let cause: PyValue;
    if (causeArg === None) cause = None;
    else if (causeArg instanceof PyType || causeArg instanceof PyBaseException) {
      if (causeArg instanceof PyType && !causeArg.isSubtypeOf(BaseException)) {
        throw typeError("exception causes must derive from BaseException");
      }
      cause = makeException(causeArg);
    } else {
      throw typeError("exception causes must derive from BaseException");
    }
    exc.cause = cause;
    exc.suppressContext = true;
  }
  // A fresh raise re-chains onto the exception being handled.
  const handled = ts.handledException();
  if (handled !== null && handled !== exc) {
    exc.context = None;
    chainContext(ts, exc);
  }
  return exc;
}

/** CHECK_EXC_MATCH's type check: a class or tuple of classes deriving from BaseException. */
export function exceptionMatchesSpec(exc: PyValue, spec: PyValue): boolean {
  if (spec instanceof PyType) {
    checkCatchable(spec);
    return typeOf(exc).isSubtypeOf(spec);
  }
  if (spec instanceof PyTuple) {
    for (const t of spec.items) checkCatchable(t);
    for (const t of spec.items) if (typeOf(exc).isSubtypeOf(t as PyType)) return true;
    return false;
  }
  checkCatchable(spec);
  return false;
}

function checkCatchable(t: PyValue): void {
  // BASE_EXC_SUBCLASS is inherited by every subclass of BaseException (an O(1) isSubtypeOf(BaseException)).
  if (!(t instanceof PyType) || (t.flags & TypeFlags.BASE_EXC_SUBCLASS) === 0) {
    throw typeError("catching classes that do not inherit from BaseException is not allowed");
  }
}
