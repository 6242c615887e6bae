/**
 * Process isolation for pyvm timings: each (program, task) pair is timed in a
 * fresh Node process running this module as a script.
 *
 * Timing every program and both tiers in one process let V8's state from one
 * measurement shape the next: the interpreter's dispatch function collects
 * type feedback from every program run before it (and from JIT deopts), so a
 * program's `interp` time depended on which programs ran first — the same
 * build measured 44 ms and 359 ms for one program in two runs. A fresh
 * process per pair measures each the way a user runs it (`pyvm prog.py`),
 * with the harness's usual check run, warm-up and timed iterations inside it.
 *
 * Protocol: the parent writes an `IsolatedRequest` as JSON to the child's
 * stdin; the child prints one line `PYVM-BENCH-RESULT <json PyvmTimings>`.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { timePyvm, type IsolatedRequest, type PyvmTimings } from "./harness.js";
import { loadPyvmRunner, runnerSpecifier } from "./runner.js";
import type { ExternalTimers } from "./external.js";

const RESULT_TAG = "PYVM-BENCH-RESULT ";
const SELF = fileURLToPath(import.meta.url);

/** Times `req` in a child process (see the module comment). */
export function timeIsolated(req: IsolatedRequest): PyvmTimings {
  const r = spawnSync(process.execPath, [SELF], {
    input: JSON.stringify(req),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: process.env,
  });
  const line = (r.stdout ?? "").split("\n").find((l) => l.startsWith(RESULT_TAG));
  if (r.status !== 0 || line === undefined) {
    const why = r.error !== undefined ? r.error.message : (r.stderr ?? "").trim().split("\n").slice(-3).join(" | ");
    return { failures: [`${req.task}: benchmark child process failed (status ${r.status}): ${why}`], timings: {} };
  }
  return JSON.parse(line.slice(RESULT_TAG.length)) as PyvmTimings;
}

const NO_TIMERS: ExternalTimers = {
  pythonVersion: undefined,
  cpython: () => {
    throw new Error("not timed in a child");
  },
  js: () => {
    throw new Error("not timed in a child");
  },
};

async function child(): Promise<void> {
  const req = JSON.parse(readFileSync(0, "utf8")) as IsolatedRequest;
  const load = await loadPyvmRunner(runnerSpecifier());
  let result: PyvmTimings;
  if (!load.ok) {
    result = { failures: [`${req.task}: pyvm runner unavailable: ${load.reason}`], timings: {} };
  } else {
    result = timePyvm(
      { name: req.name, pyPath: req.pyPath },
      {
        size: req.size,
        iterations: req.iterations,
        warmup: req.warmup,
        budgetMs: req.budgetMs,
        programs: [],
        runner: load.runner,
        jitThreshold: req.jitThreshold,
        timers: NO_TIMERS,
        tasks: [req.task],
      },
      req.source,
      req.expected,
      () => performance.now(),
    );
  }
  process.stdout.write(`${RESULT_TAG}${JSON.stringify(result)}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(new URL(`file://${process.argv[1]}`)) === SELF) {
  await child();
}
