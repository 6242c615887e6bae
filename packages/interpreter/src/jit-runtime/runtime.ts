/**
 * Everything compiled (tier-1) code calls, gathered in one object that the
 * baseline compiler passes to each generated function. These are the
 * interpreter's own helpers — the protocols, the inline-cache accessors of
 * vm/ops/access.ts, `execRare` for the opcodes the compiler does not inline —
 * so compiled code and the eval loop share one implementation of every
 * opcode's semantics. The few functions defined here only adapt calling
 * conventions (exception bookkeeping of a compiled frame, error factories
 * that need the frame's names).
 */
import type { PyValue } from "../objects/object.js";
import { PyBaseException, StopIteration } from "../objects/exceptions.js";
import { PyFloat, FloatType, newFloat } from "../objects/float.js";
import { PyList, ListType } from "../objects/list.js";
import { PyTuple, TupleType, newTuple } from "../objects/tuple.js";
import { PyCell } from "../objects/cell.js";
import { None } from "../objects/singletons.js";
import { intAdd, intSub, intMul, intAnd, intOr, intXor, intRshift, intFloorDiv, intMod } from "../objects/int.js";
import { floatFloorDiv, floatMod, floatPowRaw } from "../objects/numeric.js";
import { unboundLocal, zeroDivision, keyError, indexOutOfRange } from "../objects/errors.js";
import { PyNativeIterator } from "../objects/iterators.js";
import { getThreadState } from "../objects/thread-state.js";
import { binaryOp } from "../protocols/number.js";
import { isTrue } from "../protocols/truth.js";
import { getItem, setItem, delItem, dictGetItem, seqSlice, listSetSlice } from "../protocols/subscript.js";
import { PyDict, DictType } from "../objects/dict.js";
import { getIter, iterNext } from "../protocols/iter.js";
import { contains } from "../protocols/contains.js";
import { addTraceback } from "../traceback/traceback.js";
import type { Frame } from "../vm/frame.js";
import type { VMThread } from "../vm/thread.js";
import { asPythonException, evalFrame, kwNamesOf } from "../vm/eval-loop.js";
import { execRare, formatValue, loadName, storeName, deleteName } from "../vm/ops/rare.js";
import { PySlice } from "../objects/slice.js";
import { loadNameCached, storeNameCached } from "../vm/ops/names.js";
import { loadGlobal, loadAttrCached, storeAttrCached, loadMethodCached, loadDerefSlow, compareSlow } from "../vm/ops/access.js";
import { chainContext, raiseVarargs, exceptionMatchesSpec } from "../vm/ops/exceptions.js";
import { jitCall, jitCall0, jitCall1, jitCall2, jitCall3, callPyFunction, callPyFunctionBound, callFunctionEx, callFunctionExMerge, kwargsDict, buildMap, listExtend, dictUpdate, EXC_RETURN, returnExc, takeExc } from "./call.js";
import { PyGenerator, GeneratorType, genResume, genForIter, sendStep, takeSendReturn } from "../vm/generator.js";
import { PyModule, ModuleType } from "../objects/module.js";
import { PyBuiltinFunction, PyMethodDescriptor } from "../objects/builtin-function.js";
import { StrType } from "../objects/type.js";
import { cmpStrings } from "../protocols/compare.js";
import { strGetItem } from "../protocols/subscript.js";
import { strMethodKernel, strAt, strSlice, strLen, strOrd, strContains, lenFast, strToSmallInt, strModOp } from "../objects/str/str-kernels.js";
import { IntType } from "../objects/type.js";
import { PyObject } from "../objects/object.js";
import { noteTier1Site } from "../vm/ops/specialize.js";

/** The running VM's thread (compiled code is shared by nothing but looks it up per call, like the protocols do). */
function currentThread(): VMThread {
  return getThreadState() as VMThread;
}

/** UnboundLocalError for fast local `i` of the frame's code. */
function unboundLocalAt(f: Frame, i: number): PyBaseException {
  return unboundLocal(f.code.localsplusNames[i] as string);
}

/**
 * Exceptions thrown (as JS throws) out of compiled activations of one code
 * object before it is left to the interpreter. Exceptions caught in the same
 * compiled function, and those a tier-1 CALL receives as EXC_RETURN, cost no
 * throw and do not count.
 */
const JIT_THROW_LIMIT = 100;

/**
 * The eval loop's exception bookkeeping for a compiled frame: convert the
 * caught JS value (a VM bug is rethrown as is), and unless it is a re-raise
 * chain it onto the handled exception and add this frame's traceback entry
 * at the faulting instruction (`f.pc - 1`).
 */
function catchException(ts: VMThread, f: Frame, e: unknown, reraising: boolean): PyBaseException {
  let exc: PyBaseException | null;
  try {
    exc = asPythonException(e);
  } catch {
    // Converting a JS stack overflow can itself overflow: let a shallower frame convert it.
    throw e;
  }
  if (exc === null) throw e;
  if (!reraising) {
    chainContext(ts, exc);
    addTraceback(exc, f, f.pc - 1);
  }
  return exc;
}

/** RAISE_VARARGS with its operands already in `f.localsplus` below `f.sp`; returns what to throw and whether it is a re-raise (tier 2). */
function raise(ts: VMThread, f: Frame, argc: number): { exc: PyBaseException; reraise: boolean } {
  const exc = raiseVarargs(ts, f, argc);
  return { exc, reraise: argc === 0 && exc === ts.handledException() };
}

/**
 * RAISE_VARARGS (tier 1) with its operands already in `f.localsplus` below `f.sp`:
 * the exception with the bookkeeping `catchException` would do for it
 * (context chaining and this frame's traceback entry, none for a bare
 * re-raise), so compiled code hands it to its handler search without a JS
 * throw, as the eval loop does.
 */
function raiseHere(ts: VMThread, f: Frame, argc: number): PyBaseException {
  const exc = raiseVarargs(ts, f, argc);
  if (argc !== 0 || exc !== ts.handledException()) {
    chainContext(ts, exc);
    addTraceback(exc, f, f.pc - 1);
  }
  return exc;
}

/**
 * An exception compiled code creates itself (IndexError of an exact list,
 * KeyError of an exact dict, int division by zero: the cases the eval loop
 * raises without a JS throw), with `catchException`'s bookkeeping, for its
 * handler search.
 */
function raiseNew(ts: VMThread, f: Frame, exc: PyBaseException): PyBaseException {
  chainContext(ts, exc);
  addTraceback(exc, f, f.pc - 1);
  return exc;
}

/** ZeroDivisionError of int `//` (BINARY_OP 2) or `%` (6) with CPython's message. */
function intZeroDivision(op: number): PyBaseException {
  return zeroDivision(op === 2 ? "integer division or modulo by zero" : "integer modulo by zero");
}

/**
 * An exception leaves compiled code of `f` (no handler there): returns it
 * for the JS throw. Code that exceptions keep leaving (`JIT_THROW_LIMIT`) is
 * handed to the interpreter, which unwinds into interpreted callers without
 * a JS throw; running activations finish compiled.
 */
function leaving(f: Frame, exc: PyBaseException): PyBaseException {
  const rt = f.rt;
  if (++rt.jitThrows >= JIT_THROW_LIMIT && !rt.jitRefused) {
    rt.jitRefused = true;
    rt.compiled = null;
  }
  return exc;
}

/** The return value of the sub-iterator `sendNative` saw finish (read once by `sendReturned`). */
let sendReturnedValue: PyValue = None;

/**
 * SEND of None to a native iterator (`yield from` a list, range, …), as the
 * interpreter's SEND does it: the next value, or undefined when the iterator
 * finished (a StopIteration it raises included), its return value then
 * waiting in `sendReturned()`.
 */
function sendNative(recv: PyNativeIterator): PyValue | undefined {
  try {
    const r = recv.next();
    if (r === undefined) sendReturnedValue = recv.stopValue() ?? None;
    return r;
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(StopIteration)) {
      const items = e.args.items;
      sendReturnedValue = items.length > 0 ? (items[0] as PyValue) : None;
      return undefined;
    }
    throw e;
  }
}

function sendReturned(): PyValue {
  const v = sendReturnedValue;
  sendReturnedValue = None;
  return v;
}

/**
 * A loop of compiled (tier-1) code got hot (10 × `ts.loopThreshold`
 * back-edges in one activation): the caller has written its locals and value stack to the
 * frame, with `f.pc` at the loop header. Returns the frame's return value
 * when a higher tier took the frame over and ran it to completion (an
 * exception from there has already unwound the frame), else undefined.
 */
function loopHotCompiled(ts: VMThread, f: Frame): PyValue | undefined {
  const jit = ts.jit;
  if (f.rt.jitRefused) {
    // Exceptions keep passing through this code (JIT_THROW_LIMIT): the interpreter, which
    // raises without a JS throw, takes the running activation over (a module-level loop
    // would otherwise stay compiled to its end).
    const wasEntry = f.isEntry;
    ts.frame = f.back;
    ts.depth--;
    try {
      return evalFrame(ts, f);
    } finally {
      ts.depth++;
      ts.frame = f;
      f.isEntry = wasEntry;
    }
  }
  if (jit === null || jit.onLoopHotCompiled === undefined) return undefined;
  const osr = jit.onLoopHotCompiled(f, f.pc, f.rt);
  return osr === null ? undefined : osr(f);
}

export const JIT_RUNTIME = {
  currentThread,
  loopHotCompiled,
  unboundLocalAt,
  catchException,
  asPythonException,
  raise,
  raiseHere,
  raiseNew,
  intZeroDivision,
  keyError,
  indexOutOfRange,
  leaving,
  call: jitCall,
  call0: jitCall0,
  call1: jitCall1,
  call2: jitCall2,
  call3: jitCall3,
  callPyFunction,
  callPyFunctionBound,
  callFunctionEx,
  callFunctionExMerge,
  kwargsDict,
  buildMap,
  listExtend,
  dictUpdate,
  EXC_RETURN,
  returnExc,
  takeExc,
  kwNamesOf,
  execRare,
  loadName,
  storeName,
  deleteName,
  loadNameCached,
  storeNameCached,
  loadGlobal,
  loadAttrCached,
  storeAttrCached,
  loadMethodCached,
  loadDerefSlow,
  compareSlow,
  exceptionMatchesSpec,
  binaryOp,
  isTrue,
  getItem,
  setItem,
  delItem,
  getIter,
  iterNext,
  contains,
  intFloorDiv,
  intAdd,
  intSub,
  intMul,
  intAnd,
  intOr,
  intXor,
  intRshift,
  intMod,
  floatPowRaw,
  floatMod,
  floatFloorDiv,
  newFloat,
  newTuple,
  PyFloat,
  FloatType,
  PyList,
  ListType,
  PyTuple,
  TupleType,
  PyCell,
  PyNativeIterator,
  None,
  PyGenerator,
  GeneratorType,
  genResume,
  genForIter,
  sendNative,
  sendReturned,
  sendStep,
  takeSendReturn,
  PyDict,
  DictType,
  dictGetItem,
  PyModule,
  ModuleType,
  PyBuiltinFunction,
  PyObject,
  formatValue,
  PySlice,
  PyMethodDescriptor,
  StrType,
  cmpStrings,
  strGetItem,
  strMethodKernel,
  strAt,
  strSlice,
  seqSlice,
  listSetSlice,
  strLen,
  strOrd,
  strContains,
  lenFast,
  strToSmallInt,
  strModOp,
  IntType,
  noteTier1Site,
} as const;

export type JitRuntime = typeof JIT_RUNTIME;
