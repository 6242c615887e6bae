/**
 * Timing of the two reference points, each in a child process running a
 * small driver that measures inside the process:
 *
 * - CPython: `scripts/cpython-driver.py` under `python3` (or
 *   `$PYVM_BENCH_PYTHON`). The source is compiled once outside the timed
 *   region and executed in a fresh `__main__` namespace per run with stdout
 *   captured, so interpreter start-up is not part of any sample.
 * - Hand-written JavaScript: `dist/js-driver.js` under the same `node` as the
 *   harness, one fresh process per sample (see that file for why), so
 *   warm-up runs would measure nothing and are not made.
 *
 * Both drivers print `{ stdout, samples_ms }`; the stdout is checked against
 * CPython's recorded output like pyvm's.
 */

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface ExternalTiming {
  stdout: string;
  samplesMs: number[];
}

export interface ExternalRequest {
  source: string;
  filename: string;
  iterations: number;
  warmup: number;
  budgetMs: number;
}

/** Runs the drivers; injectable so tests need neither python3 nor timing. */
export interface ExternalTimers {
  /** CPython version string ("3.11.7"), or undefined when python3 is not available. */
  readonly pythonVersion: string | undefined;
  cpython(req: ExternalRequest): ExternalTiming;
  js(req: ExternalRequest): ExternalTiming;
}

export const PYTHON_COMMAND = process.env["PYVM_BENCH_PYTHON"] ?? "python3";

const CPYTHON_DRIVER = fileURLToPath(new URL("../scripts/cpython-driver.py", import.meta.url));
const JS_DRIVER = fileURLToPath(new URL("./js-driver.js", import.meta.url));

const MAX_BUFFER = 64 * 1024 * 1024;

function detectPython(): string | undefined {
  const res = spawnSync(PYTHON_COMMAND, ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" });
  if (res.status !== 0 || typeof res.stdout !== "string") return undefined;
  return res.stdout.trim();
}

function runDriver(command: string, driver: string, req: ExternalRequest, args: readonly string[]): ExternalTiming {
  const res = spawnSync(command, [driver, "--filename", req.filename, ...args], {
    input: req.source,
    encoding: "utf8",
    maxBuffer: MAX_BUFFER,
    env: { ...process.env, PYTHONHASHSEED: "0" },
  });
  if (res.error !== undefined) throw res.error;
  if (res.status !== 0) {
    throw new Error(`${command} ${driver} exited with ${String(res.status)}: ${res.stderr.trim().slice(-2000)}`);
  }
  const parsed = JSON.parse(res.stdout) as { stdout: string; samples_ms: number[] };
  return { stdout: parsed.stdout, samplesMs: parsed.samples_ms };
}

export function processTimers(): ExternalTimers {
  const pythonVersion = detectPython();
  return {
    pythonVersion,
    cpython: (req) =>
      runDriver(PYTHON_COMMAND, CPYTHON_DRIVER, req, [
        "--iterations", String(req.iterations),
        "--warmup", String(req.warmup),
        ...(Number.isFinite(req.budgetMs) ? ["--budget-ms", String(req.budgetMs)] : []),
      ]),
    js: (req) => {
      const samplesMs: number[] = [];
      let stdout: string | undefined;
      let spent = 0;
      while (samplesMs.length < req.iterations && (samplesMs.length === 0 || spent < req.budgetMs)) {
        const one = runDriver(process.execPath, JS_DRIVER, req, []);
        if (stdout === undefined) stdout = one.stdout;
        else if (one.stdout !== stdout) throw new Error("output changed between runs");
        samplesMs.push(...one.samplesMs);
        spent += one.samplesMs.reduce((a, b) => a + b, 0);
      }
      return { stdout: stdout ?? "", samplesMs };
    },
  };
}
