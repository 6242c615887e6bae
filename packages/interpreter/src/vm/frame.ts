/**
 * Interpreter frames.
 *
 * A `Frame` is one activation of a code object. As in CPython 3.11's
 * `_PyInterpreterFrame`, `localsplus` holds the fast locals, then the cell
 * and free variables, and then the value stack: the stack starts at index
 * `code.nlocalsplus` and `sp` is the index of the first free stack slot.
 * One array per frame keeps a Python call down to two allocations (the frame
 * and its array).
 *
 * While the eval loop runs a frame it keeps `pc`/`sp` in JS locals; they are
 * written back to the frame only when the loop leaves it (a call, a yield, an
 * exception), so `pc` is exact only for frames that are not on top.
 * `pc` always points at the *next* instruction; the instruction being executed
 * (or the call in progress, for a caller frame) is `pc - 1`.
 *
 * Frame reuse (interpreter-only runs): a frame that returns normally and
 * that nothing can still reach is put on its code runtime's free list
 * (`recycleFrame`) and handed out again by the eval loop's calls
 * (`newCallFrame`), saving the frame and localsplus allocations (a third of
 * a small call). "Nothing can reach it" is the `escaped` flag: a frame
 * escapes when a traceback entry or a frame object (`tb_frame`, `gi_frame`,
 * `sys._getframe`, `f_back`) is made for it, and then so does every frame
 * on its `back` chain (a frame object's `f_back` reads that chain). Entry
 * frames, generator frames and `__init__` frames are never recycled, and
 * neither is anything while a JIT is installed (compiled code and deopt
 * hold frames in ways the interpreter does not track). A free list is
 * dropped every `POOL_RENEW` reuses so that recycled frames stay in V8's
 * young generation (stores of fresh objects into old arrays take the write
 * barrier's slow path).
 */
import type { CodeObject } from "@pyvm/bytecode";
import type { PyValue } from "../objects/object.js";
import type { PyDict } from "../objects/dict.js";
import type { PyFunction } from "../objects/function.js";
import type { CodeRuntime } from "./code-runtime.js";

/** A stack slot: a value, `null` (the call protocol's NULL), or `undefined` (unbound local / empty slot). */
export type Slot = PyValue | null | undefined;

export class Frame {
  readonly code: CodeObject;
  readonly rt: CodeRuntime;
  /**
   * Locals, cells, frees, then the value stack. Not readonly: the eval loop
   * swaps in a fresh copy every 1024 back-edges of a looping frame so the
   * array stays in V8's young generation (see JUMP_BACKWARD); read it from
   * the frame, never keep it across a back-edge of the same frame.
   */
  localsplus: Slot[];
  /** Next free stack slot (absolute index into `localsplus`). */
  sp: number;
  /** Next instruction to execute. */
  pc: number;
  /** (Rewritten when a recycled frame is reused for another function of the same code.) */
  globals: PyDict;
  builtins: PyDict;
  /** The locals mapping of module and class bodies (and `exec`); null for function frames. */
  locals: PyValue | null;
  /** The calling frame (null for the bottom frame of a run). */
  back: Frame | null;
  /** The function being run (null for module/class/exec code). */
  func: PyFunction | null;
  /** The generator/coroutine owning this frame, if any (opaque here; see generator.ts). */
  generator: object | null;
  /**
   * True when the eval loop was entered for this frame: returning (or
   * yielding) from it leaves `evalFrame` instead of resuming `back`.
   */
  isEntry: boolean;
  /** Set by YIELD_VALUE when the frame is suspended (not finished). */
  suspended: boolean;
  /**
   * For an `__init__` frame pushed by CALL on a plain class (see
   * `plainInitOf`): the new instance. Returning from the frame checks that
   * `__init__` returned None and gives the caller this instead.
   */
  initSelf: PyValue | null;
  /** Something outside the frame chain may still reference this frame: never recycle it (see the file comment). */
  escaped: boolean;

  constructor(code: CodeObject, rt: CodeRuntime, globals: PyDict, builtins: PyDict, func: PyFunction | null, locals: PyValue | null) {
    this.code = code;
    this.rt = rt;
    // Holes read as undefined (an unbound local / empty slot); no fill loop needed.
    this.localsplus = new Array<Slot>(rt.frameSize);
    this.sp = rt.stackBase;
    this.pc = 0;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.back = null;
    this.func = func;
    this.generator = null;
    this.isEntry = false;
    this.suspended = false;
    this.initSelf = null;
    this.escaped = false;
  }

  /** Source line of the instruction being executed (for tracebacks and `f_lineno`). */
  get lineno(): number {
    return this.code.lineOf(Math.max(0, this.pc - 1));
  }
}

/** Reuses of one code runtime's free list before it is dropped (see the file comment). */
const POOL_RENEW = 1023;

/**
 * A frame for a call of `func` (whose code's runtime is `rt`), arguments not
 * yet bound: a recycled one when `rt` has one (only interpreter-only runs
 * recycle frames), else a new one. Its locals and stack are unbound, `pc`
 * 0 and `sp` the stack base; the caller links `back`.
 */
export function newCallFrame(rt: CodeRuntime, func: PyFunction): Frame {
  const f = rt.framePool;
  if (f !== null && (++rt.framePoolUses & POOL_RENEW) !== 0) {
    rt.framePool = f.back;
    f.globals = func.globals;
    f.builtins = func.builtins;
    f.func = func;
    return f;
  }
  rt.framePool = null;
  return new Frame(rt.code, rt, func.globals, func.builtins, func, null);
}

/**
 * `f` (a non-entry, non-generator, non-`__init__` frame that has returned
 * normally and has not escaped) goes on its runtime's free list: slots
 * cleared (unbound locals; nothing kept alive), `pc`/`sp` reset.
 */
export function recycleFrame(f: Frame): void {
  const lp = f.localsplus;
  for (let i = lp.length - 1; i >= 0; i--) lp[i] = undefined;
  const rt = f.rt;
  f.pc = 0;
  f.sp = rt.stackBase;
  f.func = null;
  f.back = rt.framePool;
  rt.framePool = f;
}

/** `f` and the frames on its `back` chain may be referenced from now on (a traceback, a frame object): never recycle them. */
export function markEscaped(f: Frame | null): void {
  while (f !== null && !f.escaped) {
    f.escaped = true;
    f = f.back;
  }
}
