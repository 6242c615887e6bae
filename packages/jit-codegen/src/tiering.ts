/**
 * The tiering manager: the `JitBackend` the interpreter talks to. The
 * interpreter counts calls and loop back-edges per code object and asks this
 * backend once a counter reaches its threshold; the manager tries the
 * compilers in tier order and records why code could not be compiled, so
 * `--stats` can report it. A code object that failed is retried only after
 * another threshold's worth of work (the interpreter resets its counter), and
 * given up on after a few failures.
 */
import type { CodeObject } from "@pyvm/bytecode";
import type { CodeFeedback, CompiledEntry, JitBackend, OsrEntry } from "@pyvm/interpreter";
import { compileBaseline } from "./emit/baseline.js";

export interface JitOptions {
  /** Calls + back-edges before the baseline tier compiles a function (0 = first call). */
  readonly threshold: number;
  /** Receives each generated function's JS (`pyvm --dump-js`). */
  readonly dumpJs?: (qualname: string, source: string) => void;
}

export interface JitStats {
  compiled: number;
  notCompiled: Map<string, string>;
  compileTimeMs: number;
}

const MAX_ATTEMPTS = 3;

export interface TieringBackend extends JitBackend {
  readonly stats: JitStats;
}

export function createJitBackend(options: JitOptions): TieringBackend {
  const attempts = new WeakMap<CodeObject, number>();
  const stats: JitStats = { compiled: 0, notCompiled: new Map(), compileTimeMs: 0 };
  let serial = 0;

  const compiledEntries = new WeakMap<CodeObject, CompiledEntry>();

  function tryCompile(code: CodeObject, feedback: CodeFeedback): CompiledEntry | null {
    const done = compiledEntries.get(code);
    if (done !== undefined) return done;
    const n = attempts.get(code) ?? 0;
    if (n >= MAX_ATTEMPTS) return null;
    attempts.set(code, n + 1);
    const start = performance.now();
    const result = compileBaseline(code, { consts: feedback.consts, serial: ++serial });
    stats.compileTimeMs += performance.now() - start;
    if (result.ok) {
      stats.compiled++;
      options.dumpJs?.(code.qualname, result.source);
      compiledEntries.set(code, result.entry);
      return result.entry;
    }
    stats.notCompiled.set(`${code.filename}:${code.firstlineno} ${code.qualname}`, result.reason);
    return null;
  }

  return {
    name: "pyvm-jit",
    callThreshold: options.threshold,
    loopThreshold: Math.max(options.threshold, 1),
    stats,
    onHot(code: CodeObject, feedback: CodeFeedback): CompiledEntry | null {
      return tryCompile(code, feedback);
    },
    onLoopHot(frame, _pc, feedback): OsrEntry | null {
      // The baseline entry doubles as the OSR entry (it starts at frame.pc with the
      // frame's stack); later calls of the code run it too.
      const entry = tryCompile(frame.code, feedback);
      if (entry !== null && frame.rt.compiled === null) frame.rt.compiled = entry;
      return entry;
    },
    invalidate(code: CodeObject): void {
      attempts.delete(code);
      compiledEntries.delete(code);
    },
  };
}
