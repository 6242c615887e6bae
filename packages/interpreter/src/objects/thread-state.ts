/**
 * The interface between the object model and the running VM.
 *
 * The object model never imports the VM. Whatever it needs from the VM —
 * calling a Python function (re-entering the eval loop), the current frame's
 * globals/locals, the exception being handled, `sys` streams, imports,
 * `exec`/`eval`/`compile` — goes through the `ThreadState` the VM installs
 * with `setThreadState` on entry (restoring the previous one on exit, so
 * VMs can nest and several can live in one process). JS is single-threaded,
 * so "current" is a module-level variable.
 */

import type { CodeObject } from "@pyvm/bytecode";
import type { PyValue } from "./object.js";
import type { PyDict } from "./dict.js";
import type { PyFunction } from "./function.js";
import type { PyBaseException } from "./exceptions.js";
import { VMInternalError } from "./errors.js";
import type { ResourceLimits } from "./resource-limits.js";

export interface TextSink {
  write(s: string): void;
  flush?(): void;
}

export interface ThreadState {
  /** Call a Python function (re-enters the eval loop). Exceptions propagate as thrown PyBaseExceptions. */
  callFunction(f: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue;
  /**
   * Run a function whose code is a class body (no arguments) with `locals`
   * as its locals mapping (used by `__build_class__`). Returns the body's
   * return value (the `__class__` cell when the body created one, else None).
   */
  callWithLocals(f: PyFunction, locals: PyValue): PyValue;
  /** The builtins dict of the current VM (as created by `createBuiltinsModule`). */
  readonly builtins: PyDict;
  /** The current frame's globals (the `__main__` dict at top level). */
  globals(): PyDict;
  /** `locals()` of the current frame (a dict snapshot for function frames, the mapping for class/module frames). */
  locals(): PyValue;
  /** The exception currently being handled (`sys.exc_info()[1]`), or null. */
  handledException(): PyBaseException | null;
  /** `sys.getrecursionlimit()`. */
  recursionLimit: number;
  /** Current recursion depth: Python frames plus protocol re-entries (`protocols/recursion.ts`). */
  depth: number;
  /** `sys.stdout` / `sys.stderr` when they are the VM's own streams. */
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /**
   * The current `sys.stdout` / `sys.stderr` objects, for `print()` when a
   * program replaced them; return null to use `stdout`/`stderr` above.
   */
  sysStdout?(): PyValue | null;
  sysStderr?(): PyValue | null;
  /** `__import__(name, globals, locals, fromlist, level)`. */
  importModule(name: string, globals: PyDict | null, fromlist: PyValue, level: number): PyValue;
  /** Run a code object (module-mode) with the given namespaces; returns its result (for `eval`). */
  execCode(code: CodeObject, globals: PyDict, locals: PyValue): PyValue;
  /** `compile(source, filename, mode, flags, dont_inherit, optimize)` → a code object (`PyCode`). */
  compile(source: string, filename: string, mode: "exec" | "eval" | "single", flags: number, dontInherit: boolean): PyValue;
  /** `input(prompt)`: write the prompt, read a line (without its newline); throw EOFError at end of input. */
  input(prompt: string): string;
  /**
   * For zero-argument `super()`: the current frame's `__class__` cell content
   * and its first argument. Throws RuntimeError("super(): no arguments" /
   * "super(): __class__ cell not found" / …) when unavailable.
   */
  superArgs(): { cls: PyValue; self: PyValue };
  /**
   * Execution budget (see vm/thread.ts `VMThread.ticks`): decremented at
   * back-edges, calls and by builtins that loop (`chargeSteps`); below zero
   * call `onTicksExhausted(safePoint)`, which refills or raises.
   */
  ticks: number;
  onTicksExhausted(safePoint?: boolean): void;
  /** Allocation caps (objects/resource-limits.ts). */
  readonly control: ResourceLimits;
}

let current: ThreadState | null = null;

/** The running VM's thread state. */
export function getThreadState(): ThreadState {
  const ts = current;
  if (ts === null) throw new VMInternalError("no VM is running (thread state not installed)");
  return ts;
}

/** The running VM's thread state, or null when none is installed. */
export function peekThreadState(): ThreadState | null {
  return current;
}

/** Install `ts` as current; returns the previous one (restore it on exit). */
export function setThreadState(ts: ThreadState | null): ThreadState | null {
  const prev = current;
  current = ts;
  return prev;
}
