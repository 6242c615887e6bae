/**
 * Generators, coroutines and async generators: objects around a suspended
 * `Frame`.
 *
 * Calling a function whose code is flagged CO_GENERATOR / CO_COROUTINE /
 * CO_ASYNC_GENERATOR binds the arguments into a fresh frame and wraps it
 * here instead of running it. Each resume runs the frame with a nested
 * `evalFrame` until YIELD_VALUE suspends it (`frame.suspended`) or it
 * returns/raises (the generator is then finished). Each generator has its
 * own handled-exception stack entry, pushed while it runs (CPython's
 * `gi_exc_state`).
 *
 * `genResume` is the one primitive: it returns the yielded value, or
 * `undefined` when the generator finished (its return value is then in
 * `returnValue`); FOR_ITER and `iterNext` use it directly so no
 * StopIteration is created when a `for` loop exhausts a generator.
 * See https://docs.python.org/3.11/reference/expressions.html#generator-iterator-methods
 */
import { Op, type CodeObject } from "@pyvm/bytecode";
import { PyNativeIterator } from "../objects/iterators.js";
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType, ObjectType, TypeFlags, typeOf, type PyType } from "../objects/type.js";
import { defineGetSet, defineMethod } from "../objects/builtin-function.js";
import { None } from "../objects/singletons.js";
import * as E from "../objects/exceptions.js";
import { PyBaseException } from "../objects/exceptions.js";
import { runtimeError, stopIteration, typeError, typeName, valueError, newException, recursionError } from "../objects/errors.js";
import { getThreadState } from "../objects/thread-state.js";
import { callObject, callMethod, lookupSpecial } from "../protocols/call.js";
import { getAttr, getAttrOrUndefined } from "../protocols/attribute.js";
import type { Frame } from "./frame.js";
import { ExcItem, type VMThread } from "./thread.js";
import { evalFrame } from "./eval-loop.js";
import type { CompiledEntry, OsrEntry } from "../jit-interface.js";
import { makeException } from "./ops/exceptions.js";
import { EXC_RETURN, returnExc, takeExc } from "../jit-runtime/call.js";

const F = TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT;
export const GeneratorType: PyType = makeBuiltinType("generator", ObjectType, F);
export const CoroutineType: PyType = makeBuiltinType("coroutine", ObjectType, F);
export const AsyncGeneratorType: PyType = makeBuiltinType("async_generator", ObjectType, F);
export const CoroutineWrapperType: PyType = makeBuiltinType("coroutine_wrapper", ObjectType, F);
export const AsyncGenASendType: PyType = makeBuiltinType("async_generator_asend", ObjectType, F);
export const AsyncGenWrappedType: PyType = makeBuiltinType("async_generator_wrapped_value", ObjectType, F);

const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;

export class PyGenerator extends PyNativeIterator {
  /** The suspended frame; null once finished. */
  frame: Frame | null;
  running = false;
  started = false;
  returnValue: PyValue = None;
  readonly excItem = new ExcItem();
  readonly kindName: "generator" | "coroutine" | "async generator";
  name: string;
  qualname: string;
  /** The generator's code (kept after the frame is dropped, for `gi_code`). */
  readonly code: CodeObject;

  constructor(frame: Frame, cls: PyType) {
    super(cls);
    this.frame = frame;
    this.code = frame.code;
    frame.generator = this;
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
    this.kindName = cls === CoroutineType ? "coroutine" : cls === AsyncGeneratorType ? "async generator" : "generator";
  }

  override stopValue(): PyValue | undefined {
    return this.returnValue === None ? undefined : this.returnValue;
  }

  /** Iteration protocol (FOR_ITER, `iterNext`): the next value, undefined when exhausted. */
  next(): PyValue | undefined {
    if (this.kindName !== "generator") throw typeError(`'${this.cls.name}' object is not an iterator`);
    return genResume(this, None, null);
  }
}

/** `yield x` inside an async generator: marks values meant for the async iterator's consumer. */
export class PyAsyncGenWrapped extends PyObject {
  readonly value: PyValue;
  constructor(value: PyValue) {
    super(AsyncGenWrappedType);
    this.value = value;
  }
}

export function newGenerator(frame: Frame): PyGenerator {
  const flags = frame.code.flags;
  const cls = flags & CO_COROUTINE ? CoroutineType : flags & CO_ASYNC_GENERATOR ? AsyncGeneratorType : GeneratorType;
  return new PyGenerator(frame, cls);
}

/**
 * Resume `gen`, sending `sent` (or throwing `exc` into it). Returns the
 * yielded value, or undefined when it finished (see `returnValue`).
 */
export function genResume(gen: PyGenerator, sent: PyValue, exc: PyBaseException | null): PyValue | undefined {
  const ts = getThreadState() as VMThread;
  const frame = gen.frame;
  if (gen.running) throw valueError(`${gen.kindName} already executing`);
  if (frame === null) {
    if (exc !== null) throw exc;
    if (gen.kindName === "coroutine") throw runtimeError("cannot reuse already awaited coroutine");
    gen.returnValue = None;
    return undefined;
  }
  if (!gen.started) {
    if (exc === null && sent !== None) {
      throw typeError(`can't send non-None value to a just-started ${gen.kindName}`);
    }
    gen.started = true;
  } else if (exc === null) {
    frame.localsplus[frame.sp++] = sent;
  }
  const entry = frame.rt.compiled;
  if (entry !== null && ts.depth < ts.maxCompiledDepth) return genResumeCompiled(ts, gen, frame, entry, exc, false);
  gen.running = true;
  gen.excItem.previous = ts.excItem;
  ts.excItem = gen.excItem;
  let v: PyValue;
  try {
    v = evalFrame(ts, frame, exc);
  } catch (e) {
    gen.frame = null;
    if (e instanceof PyBaseException) throw convertStopIteration(gen, e);
    throw e;
  } finally {
    gen.running = false;
    ts.excItem = gen.excItem.previous ?? ts.excItem;
    gen.excItem.previous = null;
  }
  if (frame.suspended) return v;
  gen.frame = null;
  gen.returnValue = v;
  return undefined;
}

/**
 * `genResume` of a frame with compiled code: `resumeCompiled`'s frame
 * bookkeeping and the generator's merged into one activation with a catch
 * and no `finally` (every `next()` of a generator in compiled code comes
 * here, so the layers showed in profiles). Same semantics: the frame
 * continues at `f.pc` (raising `exc` there first), a RecursionError at the
 * resume finishes the generator, an escaping StopIteration becomes
 * RuntimeError (PEP 479).
 */
function genResumeCompiled(ts: VMThread, gen: PyGenerator, frame: Frame, entry: CompiledEntry, exc: PyBaseException | null, byReturn: boolean): PyValue | undefined {
  // A resume point with a higher-tier entry (tier 2) continues there; throw() always takes the baseline's `case -1`.
  const higher = exc === null ? resumeEntry(ts, frame) : undefined;
  const item = gen.excItem;
  gen.running = true;
  item.previous = ts.excItem;
  ts.excItem = item;
  const back = ts.frame;
  let v: PyValue;
  let pushed = false;
  try {
    if (++ts.depth > ts.recursionLimit) {
      ts.depth--;
      throw recursionError();
    }
    frame.suspended = false;
    frame.back = back;
    ts.frame = frame;
    pushed = true;
    v = higher !== undefined ? higher(frame) : (entry as ByReturnGenEntry)(frame, exc, byReturn);
  } catch (e) {
    if (pushed) {
      ts.frame = back;
      ts.depth--;
    }
    gen.running = false;
    ts.excItem = item.previous ?? ts.excItem;
    item.previous = null;
    gen.frame = null;
    if (e instanceof PyBaseException) throw convertStopIteration(gen, e);
    throw e;
  }
  ts.frame = back;
  ts.depth--;
  gen.running = false;
  ts.excItem = item.previous ?? ts.excItem;
  item.previous = null;
  if (frame.suspended) return v;
  gen.frame = null;
  if (v === EXC_RETURN) return returnExc(convertStopIteration(gen, takeExc()));
  gen.returnValue = v;
  return undefined;
}

/**
 * The entry a higher tier installed for the resume point `frame.pc`
 * (`rt.resumeAt`), if any. Every 10 × `loopThreshold` compiled resumes of
 * the code the backend is asked again (`JitBackend.onResumeHot`): it
 * compiles a hot resume point, or answers with the entry in use, or drops an
 * invalidated one.
 */
function resumeEntry(ts: VMThread, frame: Frame): OsrEntry | undefined {
  const rt = frame.rt;
  if (++rt.resumeCount >= ts.loopThreshold * 10) askResume(ts, frame);
  const ra = rt.resumeAt;
  return ra === null ? undefined : ra[frame.pc];
}

function askResume(ts: VMThread, frame: Frame): void {
  const rt = frame.rt;
  rt.resumeCount = 0;
  const jit = ts.jit;
  if (jit === null || jit.onResumeHot === undefined || rt.jitRefused) return;
  const e = jit.onResumeHot(frame, frame.pc, rt);
  if (e !== null) (rt.resumeAt ??= [])[frame.pc] = e;
  else if (rt.resumeAt !== null) rt.resumeAt[frame.pc] = undefined;
}

/** A tier-1 generator entry asked (third argument) to return an exception leaving it as EXC_RETURN. */
type ByReturnGenEntry = (frame: Frame, throwIn: PyBaseException | null, byReturn: boolean) => PyValue;

/**
 * FOR_ITER of compiled (tier-1) code over an exact generator: the next
 * value, undefined when it finished, or EXC_RETURN (the exception waiting in
 * `takeExc`, PEP 479 applied) when an exception left its compiled body — so
 * neither exhaustion nor an exception costs a StopIteration object or a JS
 * throw between the two compiled frames. Anything unusual (not started with
 * a compiled body, running, finished) takes `genResume`.
 */
export function genForIter(ts: VMThread, gen: PyGenerator): PyValue | undefined {
  const frame = gen.frame;
  if (frame !== null && !gen.running && gen.started) {
    const entry = frame.rt.compiled;
    if (entry !== null && ts.depth < ts.maxCompiledDepth) {
      frame.localsplus[frame.sp++] = None;
      return genResumeCompiled(ts, gen, frame, entry, null, true);
    }
  }
  return genResume(gen, None, null);
}

// ---- generators resumed inside the caller's eval loop ----------------------------
//
// Without a JIT, FOR_ITER_GEN (eval-loop.ts) resumes a plain generator by
// pushing its frame on the caller's frame chain (`isEntry` false, `back` the
// caller) and continuing in the same dispatch loop, instead of a nested
// `evalFrame` per item. It does what `genResume` does before running the
// frame (started / sent None / running / exception state); these helpers
// do what `genResume` does after it, for the three ways such a frame leaves.

/** `gen` resumed in the caller's loop: the bookkeeping `genResume` does before running its frame. */
export function genEnterInline(ts: VMThread, gen: PyGenerator, frame: Frame): void {
  if (gen.started) frame.localsplus[frame.sp++] = None;
  else gen.started = true;
  gen.running = true;
  gen.excItem.previous = ts.excItem;
  ts.excItem = gen.excItem;
}

/** The inline-resumed generator `gen` yielded (its frame is suspended). */
export function genYieldInline(ts: VMThread, gen: PyGenerator): void {
  gen.running = false;
  ts.excItem = gen.excItem.previous ?? ts.excItem;
  gen.excItem.previous = null;
}

/**
 * The inline-resumed generator of frame `f` returned `v`: it is finished, and
 * the caller's FOR_ITER_GEN (the instruction before `f.back.pc`) ends its loop.
 */
export function genReturnInline(ts: VMThread, f: Frame, v: PyValue): void {
  const gen = f.generator as PyGenerator;
  genYieldInline(ts, gen);
  gen.frame = null;
  gen.returnValue = v;
  const back = f.back as Frame;
  back.localsplus[--back.sp] = undefined;
  back.pc = ((back.rt.quick[back.pc - 1] as number) >>> 8);
}

/**
 * An exception leaves the inline-resumed generator of frame `f`: it is
 * finished; returns the exception to raise in the caller (PEP 479 turns a
 * StopIteration into RuntimeError, as `genResume` does).
 */
export function genRaiseInline(ts: VMThread, f: Frame, exc: PyBaseException): PyBaseException {
  const gen = f.generator as PyGenerator;
  genYieldInline(ts, gen);
  gen.frame = null;
  return convertStopIteration(gen, exc);
}

/** PEP 479: StopIteration escaping a generator becomes RuntimeError. */
function convertStopIteration(gen: PyGenerator, e: PyBaseException): PyBaseException {
  const isStop = e.cls.isSubtypeOf(E.StopIteration);
  const isAsyncStop = gen.kindName === "async generator" && e.cls.isSubtypeOf(E.StopAsyncIteration);
  if (!isStop && !isAsyncStop) return e;
  const what = isStop ? "StopIteration" : "StopAsyncIteration";
  const r = runtimeError(`${gen.kindName} raised ${what}`);
  r.cause = e;
  r.context = e;
  r.suppressContext = true;
  return r;
}

let sendReturnValue: PyValue = None;

/**
 * One step of SEND (`yield from`, `await`): drive `receiver` with `v` — a
 * generator is resumed directly, a native iterator gets `next()` when `v` is
 * None, anything else its `__next__` / `send(v)`. Returns what the receiver
 * yielded, or undefined when it finished; its return value (StopIteration's
 * value) is then `takeSendReturn()`'s. The interpreter's SEND and tier 2's
 * `Send` both use it.
 */
export function sendStep(receiver: PyValue, v: PyValue): PyValue | undefined {
  if (receiver instanceof PyGenerator) {
    const r = genResume(receiver, v, null);
    if (r === undefined) sendReturnValue = receiver.returnValue;
    return r;
  }
  try {
    if (v === None && receiver instanceof PyNativeIterator) {
      const r = receiver.next();
      if (r === undefined) sendReturnValue = receiver.stopValue() ?? None;
      return r;
    }
    if (v === None) {
      // Not iterNext: that swallows StopIteration, and its value is the result here.
      const next = lookupSpecial(typeOf(receiver), "__next__");
      if (next === undefined) throw typeError(`'${typeName(receiver)}' object is not an iterator`);
      return callMethod(next, receiver, []);
    }
    return callMethod(getAttr(receiver, "send") as PyValue, receiver, [v]);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(E.StopIteration)) {
      sendReturnValue = e.args.items.length > 0 ? (e.args.items[0] as PyValue) : None;
      return undefined;
    }
    throw e;
  }
}

/** The return value of the receiver `sendStep` last saw finish (reset to None). */
export function takeSendReturn(): PyValue {
  const v = sendReturnValue;
  sendReturnValue = None;
  return v;
}

/** `next(gen)` without creating StopIteration: undefined at exhaustion. */
export function genNext(gen: PyGenerator): PyValue | undefined {
  return genResume(gen, None, null);
}

/** `gen.send(v)` with Python semantics (StopIteration(value) at the end). */
export function genSend(gen: PyGenerator, v: PyValue): PyValue {
  const r = genResume(gen, v, null);
  if (r === undefined) throw stopWith(gen.returnValue);
  return r;
}

function stopWith(v: PyValue): PyBaseException {
  return v === None ? stopIteration() : stopIteration(v);
}

/** The sub-iterator a suspended generator is delegating to (`yield from` / `await`), if any. */
function yieldFromTarget(gen: PyGenerator): PyValue | undefined {
  const f = gen.frame;
  if (f === null || !gen.started || f.pc < 2) return undefined;
  const code = f.code.code;
  if (((code[f.pc - 1] ?? 0) & 0xff) !== Op.YIELD_VALUE || ((code[f.pc - 2] ?? 0) & 0xff) !== Op.SEND) return undefined;
  return f.localsplus[f.sp - 1] as PyValue;
}

/** `gen.throw(exc)`. */
export function genThrow(gen: PyGenerator, exc: PyBaseException): PyValue {
  const yf = yieldFromTarget(gen);
  if (yf !== undefined && !exc.cls.isSubtypeOf(E.GeneratorExit)) {
    let r: PyValue | undefined;
    gen.running = true;
    try {
      if (yf instanceof PyGenerator) {
        r = genThrowRaw(yf, exc);
      } else {
        const t = getAttrOrUndefined(yf, "throw");
        if (t === undefined) {
          gen.running = false;
          return genThrowInto(gen, exc);
        }
        r = callObject(t, [exc], null);
      }
    } catch (e) {
      gen.running = false;
      if (!(e instanceof PyBaseException)) throw e;
      // The delegate finished (StopIteration) or failed: resume/raise in gen.
      const f = gen.frame as Frame;
      if (e.cls.isSubtypeOf(E.StopIteration)) {
        f.sp--;
        const send = f.code.code[f.pc - 2] ?? 0;
        f.pc = send >>> 8;
        const val = e.args.items.length > 0 ? (e.args.items[0] as PyValue) : None;
        return genSendRaw(gen, val);
      }
      return genThrowInto(gen, e);
    }
    gen.running = false;
    if (r === undefined) {
      // A delegate generator finished without yielding: continue after the yield from.
      const f = gen.frame as Frame;
      const sub = yf as PyGenerator;
      f.sp--;
      const send = f.code.code[f.pc - 2] ?? 0;
      f.pc = send >>> 8;
      return genSendRaw(gen, sub.returnValue);
    }
    return r;
  }
  if (yf !== undefined && exc.cls.isSubtypeOf(E.GeneratorExit)) closeDelegate(yf);
  return genThrowInto(gen, exc);
}

function genSendRaw(gen: PyGenerator, v: PyValue): PyValue {
  const r = genResume(gen, v, null);
  if (r === undefined) throw stopWith(gen.returnValue);
  return r;
}

/** Throw into a generator; undefined when it finished by returning. */
function genThrowRaw(gen: PyGenerator, exc: PyBaseException): PyValue | undefined {
  const yf = yieldFromTarget(gen);
  if (yf !== undefined) {
    try {
      return genThrow(gen, exc);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(E.StopIteration) && gen.frame === null) return undefined;
      throw e;
    }
  }
  return genResume(gen, None, exc);
}

function genThrowInto(gen: PyGenerator, exc: PyBaseException): PyValue {
  const r = genResume(gen, None, exc);
  if (r === undefined) throw stopWith(gen.returnValue);
  return r;
}

function closeDelegate(yf: PyValue): void {
  if (yf instanceof PyGenerator) {
    genClose(yf);
    return;
  }
  const c = getAttrOrUndefined(yf, "close");
  if (c !== undefined) callObject(c, [], null);
}

/** `gen.close()`. */
export function genClose(gen: PyGenerator): PyValue {
  if (gen.frame === null) return None;
  if (!gen.started) {
    gen.frame = null;
    return None;
  }
  const yf = yieldFromTarget(gen);
  if (yf !== undefined) closeDelegate(yf);
  let r: PyValue | undefined;
  try {
    r = genResume(gen, None, newException(E.GeneratorExit));
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubtypeOf(E.GeneratorExit) || e.cls.isSubtypeOf(E.StopIteration))) {
      return None;
    }
    throw e;
  }
  if (r !== undefined) throw runtimeError(`${gen.kindName} ignored GeneratorExit`);
  return None;
}

/** Normalize `throw(type[, value[, tb]])` arguments. */
function throwArgs(args: PyValue[]): PyBaseException {
  const typ = args[0];
  if (typ === undefined) throw typeError("throw expected at least 1 argument, got 0");
  const val = args[1];
  if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw typeError("instance exception may not have a separate value");
    return typ;
  }
  if (val === undefined || val === None) return makeException(typ);
  if (val instanceof PyBaseException) return val;
  const inst = callObject(typ, [val], null);
  return makeException(inst);
}

function asGen(self: PyValue): PyGenerator {
  return self as PyGenerator;
}

for (const t of [GeneratorType, CoroutineType]) {
  defineMethod(t, "send", (self, args) => genSend(asGen(self), args[0] ?? None));
  defineMethod(t, "throw", (self, args) => genThrow(asGen(self), throwArgs(args)));
  defineMethod(t, "close", (self) => genClose(asGen(self)));
  defineGetSet(t, "__name__", (self) => asGen(self).name);
  defineGetSet(t, "__qualname__", (self) => asGen(self).qualname);
}
defineGetSet(GeneratorType, "gi_running", (self) => asGen(self).running);
defineGetSet(GeneratorType, "gi_suspended", (self) => asGen(self).frame?.suspended === true && !asGen(self).running);
defineGetSet(CoroutineType, "cr_running", (self) => asGen(self).running);
defineMethod(GeneratorType, "__iter__", (self) => self);
defineMethod(GeneratorType, "__next__", (self) => genSend(asGen(self), None));
defineMethod(GeneratorType, "__repr__", (self) => `<generator object ${asGen(self).qualname} at 0x${addressOf(self)}>`);
defineMethod(CoroutineType, "__repr__", (self) => `<coroutine object ${asGen(self).qualname} at 0x${addressOf(self)}>`);
defineMethod(AsyncGeneratorType, "__repr__", (self) => `<async_generator object ${asGen(self).qualname} at 0x${addressOf(self)}>`);

/** `coro.__await__()`: an iterator driving the coroutine. */
export class PyCoroutineWrapper extends PyObject {
  readonly coro: PyGenerator;
  constructor(coro: PyGenerator) {
    super(CoroutineWrapperType);
    this.coro = coro;
  }
}
defineMethod(CoroutineType, "__await__", (self) => new PyCoroutineWrapper(asGen(self)));
defineMethod(CoroutineWrapperType, "__iter__", (self) => self);
defineMethod(CoroutineWrapperType, "__next__", (self) => genSend((self as PyCoroutineWrapper).coro, None));
defineMethod(CoroutineWrapperType, "send", (self, args) => genSend((self as PyCoroutineWrapper).coro, args[0] ?? None));
defineMethod(CoroutineWrapperType, "throw", (self, args) => genThrow((self as PyCoroutineWrapper).coro, throwArgs(args)));
defineMethod(CoroutineWrapperType, "close", (self) => genClose((self as PyCoroutineWrapper).coro));

// ---- async generators ------------------------------------------------------

/**
 * The awaitable returned by `agen.__anext__()` / `asend(v)` / `athrow(…)`:
 * each step resumes the async generator; a wrapped value (its `yield`) ends
 * the await with StopIteration(value); an unwrapped one (an inner `await`
 * suspending) is passed out to the event loop; finishing raises
 * StopAsyncIteration.
 */
export class PyAsyncGenASend extends PyObject {
  readonly agen: PyGenerator;
  private first: PyValue;
  private throwIn: PyBaseException | null;
  private done = false;
  constructor(agen: PyGenerator, value: PyValue, throwIn: PyBaseException | null) {
    super(AsyncGenASendType);
    this.agen = agen;
    this.first = value;
    this.throwIn = throwIn;
  }

  step(sent: PyValue, exc: PyBaseException | null): PyValue {
    if (this.done) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
    let v = sent;
    if (this.first !== undefined && this.first !== null) {
      v = sent === None ? this.first : sent;
      this.first = None;
    }
    let e = exc;
    if (this.throwIn !== null) {
      e = this.throwIn;
      this.throwIn = null;
    }
    let r: PyValue | undefined;
    try {
      r = e !== null ? genThrowRawAsync(this.agen, e) : genResume(this.agen, v, null);
    } catch (err) {
      this.done = true;
      throw err;
    }
    if (r === undefined) {
      this.done = true;
      throw newException(E.StopAsyncIteration);
    }
    if (r instanceof PyAsyncGenWrapped) {
      this.done = true;
      throw stopIteration(r.value);
    }
    return r;
  }
}

function genThrowRawAsync(agen: PyGenerator, e: PyBaseException): PyValue | undefined {
  return genResume(agen, None, e);
}

defineMethod(AsyncGeneratorType, "__aiter__", (self) => self);
defineMethod(AsyncGeneratorType, "__anext__", (self) => new PyAsyncGenASend(asGen(self), None, null));
defineMethod(AsyncGeneratorType, "asend", (self, args) => new PyAsyncGenASend(asGen(self), args[0] ?? None, null));
defineMethod(AsyncGeneratorType, "athrow", (self, args) => new PyAsyncGenASend(asGen(self), None, throwArgs(args)));
defineMethod(AsyncGeneratorType, "aclose", (self) => new PyAsyncGenASend(asGen(self), None, newException(E.GeneratorExit)));
defineMethod(AsyncGenASendType, "__await__", (self) => self);
defineMethod(AsyncGenASendType, "__iter__", (self) => self);
defineMethod(AsyncGenASendType, "__next__", (self) => (self as PyAsyncGenASend).step(None, null));
defineMethod(AsyncGenASendType, "send", (self, args) => (self as PyAsyncGenASend).step(args[0] ?? None, null));
defineMethod(AsyncGenASendType, "throw", (self, args) => (self as PyAsyncGenASend).step(None, throwArgs(args)));
defineMethod(AsyncGenASendType, "close", () => None);

let addrCounter = 0x7f0000001000;
const addresses = new WeakMap<object, number>();
function addressOf(o: PyValue): string {
  let a = addresses.get(o as object);
  if (a === undefined) {
    a = addrCounter;
    addrCounter += 0x70;
    addresses.set(o as object, a);
  }
  return a.toString(16);
}
