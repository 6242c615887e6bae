/**
 * The benchmark harness: for each program, one tinybench `Bench` with the
 * tasks `interp` (no JIT installed) and `jit` (JIT at the runner's default
 * tier-up threshold, see runner.ts).
 *
 * Each (program, task) pair runs in a fresh Node process by default
 * (isolated.ts, via `SuiteOptions.isolate`), so V8 state from one program or
 * tier cannot shape another's timing; `--in-process` keeps them in this one.
 *
 * Per program and size:
 *  1. Parse + compile once with `compileProgram` — outside any timed region.
 *  2. Check run: each task runs the program once, untimed by tinybench, and
 *     its stdout must equal CPython's recorded output byte for byte (exit
 *     code 0). A wrong answer marks the program failed and it is not timed;
 *     the CLI then fails the run. The check run's wall time also sizes the
 *     timed phase against the per-program budget.
 *  3. Timing: tinybench with an explicit warm-up (`warmup` iterations; the
 *     check run already executed the program once) and `iterations` timed
 *     runs, reduced so one task stays within `budgetMs`. If even the check
 *     run exceeded the budget, its wall time is the single sample (flagged
 *     in the result) — this keeps short mode bounded when the interpreter is
 *     slow. Every timed run's output is compared again (a cheap string
 *     equality).
 *  4. CPython (when python3 exists) and the JS equivalent (when there is
 *     one) are timed by their in-process drivers (see external.ts) with the
 *     same iteration settings plus one extra warm-up run, mirroring the
 *     check run, and their output is checked too (a CPython mismatch means
 *     the recorded expected output is stale).
 */

import { Bench } from "tinybench";
import type { ExternalRequest, ExternalTimers, ExternalTiming } from "./external.js";
import type { Program, Size } from "./program.js";
import { TASK_NAMES, taskOptions, type CompiledProgram, type PyvmRunner, type TaskName } from "./runner.js";
import { median } from "./stats.js";

export interface Measurement {
  readonly samplesMs: readonly number[];
  readonly medianMs: number;
  /** Set when the samples are not regular timed iterations. */
  readonly note?: string;
}

export type ColumnName = TaskName | "cpython" | "js";

export interface ProgramResult {
  readonly name: string;
  /** Set for a derived program (rename.ts): the original's name. */
  readonly variantOf?: string;
  /** Every problem found; empty means the program passed all output checks. */
  readonly failures: readonly string[];
  readonly timings: Partial<Record<ColumnName, Measurement>>;
}

export interface SuiteOptions {
  readonly size: Size;
  /** Timed iterations per task (upper bound; the budget may lower it). */
  readonly iterations: number;
  /** Untimed warm-up iterations per task, after the check run. */
  readonly warmup: number;
  /** Time budget per program per task, in milliseconds. */
  readonly budgetMs: number;
  readonly programs: readonly Program[];
  /** undefined when @pyvm/cli does not provide a runner yet. */
  readonly runner: PyvmRunner | undefined;
  /** Tier-up threshold of the `jit` task. */
  readonly jitThreshold: number;
  readonly timers: ExternalTimers;
  readonly log?: (line: string) => void;
  readonly now?: () => number;
  /** The pyvm tasks to time (default: all of TASK_NAMES). */
  readonly tasks?: readonly TaskName[];
  /**
   * Times one pyvm task of a program somewhere else (isolated.ts: a fresh
   * Node process per program and task, so V8's feedback from one program or
   * tier never leaks into another's timings). Absent: in this process.
   */
  readonly isolate?: (req: IsolatedRequest) => PyvmTimings;
}

/** What a child process needs to time one task of one program (isolated.ts). */
export interface IsolatedRequest {
  readonly name: string;
  readonly pyPath: string;
  readonly source: string;
  readonly expected: string;
  readonly task: TaskName;
  readonly size: Size;
  readonly iterations: number;
  readonly warmup: number;
  readonly budgetMs: number;
  readonly jitThreshold: number;
}

export interface PyvmTimings {
  failures: string[];
  timings: Partial<Record<ColumnName, Measurement>>;
}

export interface SuiteResult {
  readonly size: Size;
  readonly iterations: number;
  readonly warmup: number;
  readonly budgetMs: number;
  readonly programs: readonly ProgramResult[];
}

/** A human-readable description of where `actual` departs from `expected`. */
export function describeMismatch(expected: string, actual: string): string {
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (s: string | undefined): string => (s === undefined ? "<missing>" : JSON.stringify(s.slice(0, 120)));
      return `line ${i + 1}: expected ${show(e[i])}, got ${show(a[i])}`;
    }
  }
  return "outputs differ";
}

function errorText(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

function measurement(samplesMs: readonly number[], note?: string): Measurement {
  return note === undefined ? { samplesMs, medianMs: median(samplesMs) } : { samplesMs, medianMs: median(samplesMs), note };
}

interface CheckedTask {
  readonly task: TaskName;
  readonly checkMs: number;
}

/** Runs `task` once and checks its output; returns the failure text or the check run's time. */
function checkTask(
  runner: PyvmRunner,
  compiled: CompiledProgram,
  task: TaskName,
  jitThreshold: number,
  expected: string,
  now: () => number,
): { ok: true; checkMs: number } | { ok: false; failure: string } {
  const start = now();
  let result;
  try {
    result = runner.runProgram(compiled, taskOptions(task, jitThreshold));
  } catch (err) {
    return { ok: false, failure: `${task}: runProgram threw ${errorText(err)}` };
  }
  const checkMs = now() - start;
  if (result.exitCode !== 0) {
    const tail = result.stderr.trim().split("\n").slice(-3).join(" | ");
    return { ok: false, failure: `${task}: exit code ${result.exitCode}: ${tail}` };
  }
  if (result.stdout !== expected) {
    return { ok: false, failure: `${task}: wrong output, ${describeMismatch(expected, result.stdout)}` };
  }
  return { ok: true, checkMs };
}

export function timePyvm(
  program: Pick<Program, "name" | "pyPath">,
  options: SuiteOptions,
  source: string,
  expected: string,
  now: () => number,
): { failures: string[]; timings: Partial<Record<ColumnName, Measurement>> } {
  const failures: string[] = [];
  const timings: Partial<Record<ColumnName, Measurement>> = {};
  const runner = options.runner;
  if (runner === undefined) return { failures, timings };

  let compiled: CompiledProgram;
  try {
    compiled = runner.compileProgram(source, program.pyPath);
  } catch (err) {
    failures.push(`compile: ${errorText(err)}`);
    return { failures, timings };
  }

  const checked: CheckedTask[] = [];
  for (const task of options.tasks ?? TASK_NAMES) {
    const res = checkTask(runner, compiled, task, options.jitThreshold, expected, now);
    if (!res.ok) failures.push(res.failure);
    else if (res.checkMs > options.budgetMs) {
      timings[task] = measurement([res.checkMs], "over budget: the check run is the only sample");
    } else checked.push({ task, checkMs: res.checkMs });
  }
  if (checked.length === 0) return { failures, timings };

  // Fit warm-up and timed runs of the slowest task into the budget.
  const slowest = Math.max(...checked.map((c) => c.checkMs));
  const fit = Math.max(1, Math.floor(options.budgetMs / Math.max(slowest, 1e-3)));
  const iterations = Math.max(1, Math.min(options.iterations, fit - options.warmup));
  const warmup = Math.max(0, Math.min(options.warmup, fit - iterations));

  const bench = new Bench({
    name: program.name,
    iterations,
    time: 0,
    warmup: warmup > 0,
    warmupIterations: warmup,
    warmupTime: 0,
    retainSamples: true,
    throws: false,
    now,
  });
  for (const { task } of checked) {
    const opts = taskOptions(task, options.jitThreshold);
    bench.add(task, () => {
      const r = runner.runProgram(compiled, opts);
      if (r.exitCode !== 0 || r.stdout !== expected) {
        throw new Error(`output changed after the check run (${describeMismatch(expected, r.stdout)})`);
      }
      // `async: false` stops tinybench from calling the task once more to sniff its kind.
    }, { async: false });
  }
  bench.runSync();
  for (const t of bench.tasks) {
    const task = t.name as TaskName;
    const result = t.result;
    if (result.state === "completed") {
      const samples = result.latency.samples ?? [result.latency.p50];
      timings[task] = measurement([...samples]);
    } else if (result.state === "errored") {
      failures.push(`${task}: ${errorText(result.error)}`);
    } else {
      failures.push(`${task}: tinybench ended in state ${result.state}`);
    }
  }
  return { failures, timings };
}

function timeExternal(
  label: "cpython" | "js",
  run: (req: ExternalRequest) => ExternalTiming,
  req: ExternalRequest,
  expected: string,
): { failure?: string; timing?: Measurement } {
  let res: ExternalTiming;
  try {
    res = run(req);
  } catch (err) {
    return { failure: `${label}: ${errorText(err)}` };
  }
  if (res.stdout !== expected) {
    const hint = label === "cpython" ? " (is the recorded expected output stale? run scripts/gen-expected.py)" : "";
    return { failure: `${label}: wrong output, ${describeMismatch(expected, res.stdout)}${hint}` };
  }
  return { timing: measurement(res.samplesMs) };
}

export function runProgramBench(program: Program, options: SuiteOptions): ProgramResult {
  const now = options.now ?? (() => performance.now());
  const log = options.log ?? (() => undefined);
  const failures: string[] = [];
  const timings: Partial<Record<ColumnName, Measurement>> = {};
  let source: string;
  let expected: string;
  try {
    source = program.source(options.size);
    expected = program.expected(options.size);
  } catch (err) {
    return { name: program.name, ...variant(program), failures: [errorText(err)], timings };
  }

  const isolate = options.isolate;
  const parts =
    isolate === undefined || options.runner === undefined
      ? [timePyvm(program, options, source, expected, now)]
      : (options.tasks ?? TASK_NAMES).map((task) =>
          isolate({
            name: program.name,
            pyPath: program.pyPath,
            source,
            expected,
            task,
            size: options.size,
            iterations: options.iterations,
            warmup: options.warmup,
            budgetMs: options.budgetMs,
            jitThreshold: options.jitThreshold,
          }),
        );
  for (const pyvm of parts) {
    failures.push(...pyvm.failures);
    Object.assign(timings, pyvm.timings);
  }

  const base = { iterations: options.iterations, warmup: options.warmup + 1, budgetMs: options.budgetMs };
  if (options.timers.pythonVersion !== undefined) {
    const r = timeExternal("cpython", options.timers.cpython, { ...base, source, filename: program.pyPath }, expected);
    if (r.failure !== undefined) failures.push(r.failure);
    if (r.timing !== undefined) timings.cpython = r.timing;
  }
  if (program.jsPath !== undefined) {
    let jsSource: string | undefined;
    try {
      jsSource = program.jsSource(options.size);
    } catch (err) {
      failures.push(`js: ${errorText(err)}`);
    }
    if (jsSource !== undefined) {
      const r = timeExternal("js", options.timers.js, { ...base, source: jsSource, filename: program.jsPath }, expected);
      if (r.failure !== undefined) failures.push(r.failure);
      if (r.timing !== undefined) timings.js = r.timing;
    }
  }
  const shown = (["interp", "jit", "cpython", "js"] as const)
    .map((c) => (timings[c] === undefined ? undefined : `${c} ${timings[c].medianMs.toFixed(1)} ms`))
    .filter((s) => s !== undefined)
    .join(", ");
  log(`${program.name.padEnd(20)} ${failures.length > 0 ? "FAILED" : "ok"}  ${shown}`);
  for (const f of failures) log(`    ${f}`);
  return { name: program.name, ...variant(program), failures, timings };
}

function variant(program: Program): { variantOf?: string } {
  return program.variantOf === undefined ? {} : { variantOf: program.variantOf };
}

export function runSuite(options: SuiteOptions): SuiteResult {
  const programs = options.programs.map((p) => runProgramBench(p, options));
  return {
    size: options.size,
    iterations: options.iterations,
    warmup: options.warmup,
    budgetMs: options.budgetMs,
    programs,
  };
}
