/**
 * Runs one case through the real `pyvm` command — the same entry point a user
 * runs — in one of the modes every Python-program test must pass in, and
 * compares the result with CPython's recorded behaviour. No output is
 * rewritten or "cleaned" before comparison.
 *
 * Modes: `interp` (no JIT installed), `jit` (every function compiled at its
 * first call) and `stress` (as `jit`, under `PYTHON_VM_JIT_STRESS` with fixed
 * seeds: random guard failures, a deopt every few guards and all compiled
 * code dropped every few dozen compiled calls — see docs/internals/jit.md).
 * The stress seed varies per case (derived from its id) so the corpus covers
 * many decision sequences while every run of one case is reproducible.
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import type { Case } from "./cases.js";
import { REPO_ROOT } from "./cases.js";

export interface Mode {
  /** `pyvm` arguments before the program path. */
  readonly args: readonly string[];
  /** Extra environment variables; a function receives the case id. */
  readonly env?: (caseId: string) => Readonly<Record<string, string>>;
}

/** The stress settings the `stress` mode runs with (the seed comes from the case id). */
export const STRESS_SETTINGS = "guard-fail=0.05,deopt-every=7,invalidate-every=50";

export const MODES = {
  interp: { args: ["--no-jit"] },
  jit: { args: ["--jit-threshold=0"] },
  /** The optimizing tier (tier 2) forced: everything it can compile is compiled at first call / first loop. */
  opt: { args: ["--jit-threshold=0", "--jit-opt-threshold=0"] },
  stress: { args: ["--jit-threshold=0"], env: (id: string) => ({ PYTHON_VM_JIT_STRESS: `seed=${stressSeed(id)},${STRESS_SETTINGS}` }) },
} as const satisfies Record<string, Mode>;
export type ModeName = keyof typeof MODES;

/** A stable small seed per case id (FNV-1a). */
export function stressSeed(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 100_000;
}

export const PYVM_BIN = join(REPO_ROOT, "packages/cli/bin/pyvm.js");

export interface Outcome {
  readonly ok: boolean;
  /** Human-readable explanation of the first mismatch (empty when ok). */
  readonly problem: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
}

export function runPyvm(
  args: readonly string[],
  cwd: string,
  timeoutMs = 60_000,
  env: Readonly<Record<string, string>> = {},
): Promise<{ stdout: string; stderr: string; exitCode: number | null; timedOut: boolean }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [PYVM_BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), exitCode: code, timedOut });
    });
  });
}

/** A unified-style diff of the first differing lines, enough to see what went wrong. */
export function describeDiff(expected: string, actual: string, context = 3): string {
  const e = expected.split("\n");
  const a = actual.split("\n");
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const lines = [`first difference at line ${i + 1}:`];
  for (let k = Math.max(0, i - context); k < i; k++) lines.push(`  ${e[k]}`);
  for (let k = i; k < Math.min(e.length, i + context); k++) lines.push(`- ${e[k]}`);
  for (let k = i; k < Math.min(a.length, i + context); k++) lines.push(`+ ${a[k]}`);
  return lines.join("\n");
}

export async function runCase(c: Case, mode: ModeName): Promise<Outcome> {
  const m: Mode = MODES[mode];
  const r = await runPyvm([...m.args, c.path], dirname(c.path), 60_000, m.env?.(c.id) ?? {});
  const base = { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  if (r.timedOut) return { ...base, ok: false, problem: "timed out" };
  const expectedExit = c.expectedError === null ? 0 : 1;
  if (r.stdout !== c.expectedStdout) {
    return { ...base, ok: false, problem: `stdout differs\n${describeDiff(c.expectedStdout, r.stdout)}\nstderr:\n${r.stderr.slice(-2000)}` };
  }
  if (r.exitCode !== expectedExit) {
    return { ...base, ok: false, problem: `exit code ${r.exitCode}, expected ${expectedExit}\nstderr:\n${r.stderr.slice(-2000)}` };
  }
  if (c.expectedError !== null) {
    const last = r.stderr.replace(/\n+$/, "").split("\n").pop() ?? "";
    if (last !== c.expectedError) {
      return { ...base, ok: false, problem: `last stderr line:\n  ${last}\nexpected:\n  ${c.expectedError}\nstderr:\n${r.stderr.slice(-2000)}` };
    }
  }
  return { ...base, ok: true, problem: "" };
}
