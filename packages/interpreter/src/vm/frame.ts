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
  readonly globals: PyDict;
  readonly builtins: PyDict;
  /** The locals mapping of module and class bodies (and `exec`); null for function frames. */
  locals: PyValue | null;
  /** The calling frame (null for the bottom frame of a run). */
  back: Frame | null;
  /** The function being run (null for module/class/exec code). */
  readonly func: PyFunction | null;
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
  }

  /** Source line of the instruction being executed (for tracebacks and `f_lineno`). */
  get lineno(): number {
    return this.code.lineOf(Math.max(0, this.pc - 1));
  }
}
