/**
 * `vm.runAsync(source)`: run a program that may wait for JS promises —
 * `input()` with an async provider, registered JS functions returning a
 * Promise — without SharedArrayBuffer or a worker, yielding to the event
 * loop every few milliseconds so timers fire and a stop button can call
 * `vm.interrupt()`.
 *
 * How: the interpreter keeps Python→Python calls on its own heap frames, so
 * when a builtin must wait (or a time slice is over) it throws a
 * `Suspension` that unwinds the eval loop's JS frame while the Python frames
 * stay intact (vm/suspend.ts). This driver awaits the promise (or a macrotask
 * for a time-slice yield), stores the outcome for the suspended call's replay
 * and re-enters the eval loop at the innermost frame.
 *
 * Restrictions (documented in docs/embedding.md): while `runAsync` runs, the
 * VM runs everything in the interpreter (compiled code nests JS frames that
 * cannot be unwound and resumed); a wait is possible only where the Python
 * stack is made of interpreter frames of the main activation — not inside a
 * callback called by a builtin (`sorted(key=...)`, `map`, `__eq__`, …), not
 * inside a generator body, a class body or an imported module's top level.
 * There `input()` / an async JS function raise RuntimeError (with the reason)
 * instead, and time slicing simply waits for the next suspendable point.
 */
import { Frame } from "../vm/frame.js";
import { runtimeOf } from "../vm/code-runtime.js";
import { evalFrame } from "../vm/eval-loop.js";
import { Suspension, type AsyncRunState } from "../vm/limits.js";
import type { VMThread } from "../vm/thread.js";
import type { PyDict } from "../objects/dict.js";
import type { CodeObject } from "@pyvm/bytecode";

export interface RunAsyncOptions {
  /** Filename for tracebacks (default "<string>"). */
  filename?: string;
  /**
   * `input()` provider for this run: receives the prompt (already written to
   * stdout) and returns the line without its newline, or null at end of
   * input (EOFError). May return a Promise: the program waits for it.
   * Without it, `input()` uses the VM's `input` provider, which may then
   * return a Promise as well.
   */
  input?: (prompt: string) => Promise<string | null> | string | null;
  /** Longest time (ms) the program runs before yielding to the event loop (default 10). */
  sliceMs?: number;
}

/** What `runAsync` needs from the VM (api/vm.ts). */
export interface AsyncHost {
  readonly thread: VMThread;
  /** Compile and prepare `__main__` (throws the host error for a SyntaxError). */
  prepare(source: string, filename: string): { code: CodeObject; globals: PyDict };
  /** Run `f` as a host entry (thread installed, Python exceptions → host errors, output flushed). */
  enter<T>(f: () => T): T;
}

const now: () => number =
  typeof performance !== "undefined" && typeof performance.now === "function" ? () => performance.now() : () => Date.now();

/** A macrotask turn of the event loop (timers and I/O run before it resolves). */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === "function") setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}

export async function runAsync(host: AsyncHost, source: string, options: RunAsyncOptions = {}): Promise<void> {
  const ts = host.thread;
  const control = ts.control;
  if (control.async !== null) throw new Error("runAsync: this VM is already running a program asynchronously");
  if (ts.frame !== null) throw new Error("runAsync: cannot start while the VM is running Python code");
  const { code, globals } = host.prepare(source, options.filename ?? "<string>");
  const root = new Frame(code, runtimeOf(code, ts), globals, ts.builtins, null, globals);
  const sliceMs = Math.max(0, options.sliceMs ?? 10);
  // input(): the run's provider, else the VM's own (which may return a Promise too).
  const vmInput = ts.stdin;
  const input = options.input ?? (vmInput === null ? null : () => vmInput() as Promise<string | null> | string | null);
  const state: AsyncRunState = { root, sliceEnd: 0, sliceMs, resume: null, input };
  // Everything runs interpreted while async (see the file comment).
  const saved = { call: ts.callThreshold, loop: ts.loopThreshold, depth: ts.maxCompiledDepth };
  ts.callThreshold = Infinity;
  ts.loopThreshold = Infinity;
  ts.maxCompiledDepth = -1;
  control.async = state;
  control.beginRun();
  try {
    let resumeAt: Frame | null = null;
    for (;;) {
      state.sliceEnd = now() + sliceMs;
      let suspension: Suspension;
      try {
        const at = resumeAt;
        host.enter(() => evalFrame(ts, root, null, at));
        return;
      } catch (e) {
        if (!(e instanceof Suspension)) throw e;
        suspension = e;
      }
      if (suspension.frame === null) throw new Error("pyvm: suspension outside the eval loop");
      resumeAt = suspension.frame;
      const waitStart = now();
      if (suspension.promise === null) {
        await yieldToEventLoop();
      } else {
        try {
          state.resume = { ok: true, value: await suspension.promise };
        } catch (err) {
          state.resume = { ok: false, error: err };
        }
      }
      // timeoutMs measures the program's own running time, not waiting for input or the host.
      control.extendDeadline(now() - waitStart);
    }
  } finally {
    control.async = null;
    ts.callThreshold = saved.call;
    ts.loopThreshold = saved.loop;
    ts.maxCompiledDepth = saved.depth;
  }
}
