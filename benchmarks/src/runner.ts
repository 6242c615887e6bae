/**
 * The pyvm side of the harness: the runner API exported by `@pyvm/cli`, the
 * two benchmark tasks, and a loader that imports the real functions
 * dynamically.
 *
 * The interfaces below restate the contract `@pyvm/cli` promises
 * (`compileProgram` parses and compiles only; `runProgram` runs a compiled
 * module in a fresh VM and captures its output). Restating them here keeps
 * this package building, and its tests running with a fake runner, while the
 * interpreter is still being written; the import is dynamic for the same
 * reason. When the real module is present its functions are used as is.
 */

import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export interface CompiledProgram {
  readonly filename: string;
}

export interface RunOptions {
  /** false = interpreter only (no JIT backend installed); otherwise JIT with the given baseline threshold. */
  jit: false | { threshold: number };
  argv?: string[];
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface PyvmRunner {
  compileProgram(source: string, filename: string): CompiledProgram;
  runProgram(program: CompiledProgram, options: RunOptions): RunResult;
}

/**
 * Tier-up threshold used by the `jit` task when the runner module does not
 * export its own `DEFAULT_JIT_THRESHOLD`: the number of calls / loop
 * back-edges after which a function is compiled. A realistic tiering
 * setting, not "compile everything at once" (threshold 0 is what the
 * correctness tests force).
 */
export const JIT_THRESHOLD = 1000;

export const TASK_NAMES = ["interp", "jit"] as const;
export type TaskName = (typeof TASK_NAMES)[number];

/** `interp`: no JIT backend installed; `jit`: JIT with the given tier-up threshold. */
export function taskOptions(task: TaskName, jitThreshold: number): RunOptions {
  return task === "interp" ? { jit: false } : { jit: { threshold: jitThreshold } };
}

export type RunnerLoad =
  | { ok: true; runner: PyvmRunner; jitThreshold: number }
  | { ok: false; reason: string };

function isRunner(mod: unknown): mod is PyvmRunner {
  if (typeof mod !== "object" || mod === null) return false;
  const m = mod as Record<string, unknown>;
  return typeof m["compileProgram"] === "function" && typeof m["runProgram"] === "function";
}

/**
 * Where the runner comes from: `@pyvm/cli`, or the module named by
 * `$PYVM_BENCH_RUNNER` (a path; used to smoke-test the harness end to end,
 * e.g. with scripts/cpython-as-runner.mjs, before the interpreter exists).
 */
export function runnerSpecifier(env: NodeJS.ProcessEnv = process.env): string {
  const override = env["PYVM_BENCH_RUNNER"];
  if (override === undefined || override === "") return "@pyvm/cli";
  return override.startsWith(".") || isAbsolute(override) ? pathToFileURL(resolve(override)).href : override;
}

/** Imports the runner module and returns its runner, or why it is unavailable. */
export async function loadPyvmRunner(specifier = runnerSpecifier()): Promise<RunnerLoad> {
  let mod: unknown;
  try {
    mod = await import(specifier);
  } catch (err) {
    return { ok: false, reason: `cannot import ${specifier}: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!isRunner(mod)) {
    return { ok: false, reason: `${specifier} does not export compileProgram/runProgram yet` };
  }
  const exported = (mod as unknown as Record<string, unknown>)["DEFAULT_JIT_THRESHOLD"];
  return { ok: true, runner: mod, jitThreshold: typeof exported === "number" ? exported : JIT_THRESHOLD };
}
