/**
 * `pnpm bench [options]` — runs the suite, prints the markdown report,
 * writes results/latest.{md,json,svg}, and optionally checks or rewrites
 * baseline.json. Exit status: 0 = all outputs correct (and no regression
 * with --check); 1 = a wrong answer, a failed program or a regression;
 * 2 = bad usage.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import {
  checkAgainstBaseline,
  parseBaseline,
  renderBaseline,
  updateBaseline,
  type Baseline,
  type CheckResult,
} from "./baseline.js";
import { processTimers } from "./external.js";
import { runSuite } from "./harness.js";
import { timeIsolated } from "./isolated.js";
import { machineInfo } from "./machine.js";
import { listPrograms, type Program, type Size } from "./program.js";
import { withRenamedVariants } from "./rename.js";
import { buildReport, renderJson, renderMarkdown, renamingRows, type Report } from "./report.js";
import { JIT_THRESHOLD, loadPyvmRunner, runnerSpecifier } from "./runner.js";
import { renderSvg } from "./svg.js";

export interface CliOptions {
  size: Size;
  check: boolean;
  updateBaseline: boolean;
  only: string[];
  iterations: number;
  warmup: number;
  budgetMs: number;
  tolerance: number | undefined;
  /** baseline.json to check against / rewrite; default: the package's own. */
  baselinePath: string | undefined;
  help: boolean;
  /** Time pyvm in this process instead of a fresh process per program and task (isolated.ts). */
  inProcess: boolean;
}

/**
 * Defaults per size. Short mode is what CI runs: short inputs, no warm-up
 * beyond the output-check run, and at most 3 timed runs that must fit a 3 s
 * budget per program and task (a slow task gets a single sample), so 19
 * programs stay within a few minutes even with a slow interpreter.
 */
export const SIZE_DEFAULTS: Readonly<Record<Size, { iterations: number; warmup: number; budgetMs: number }>> = {
  full: { iterations: 5, warmup: 2, budgetMs: 60_000 },
  short: { iterations: 5, warmup: 2, budgetMs: 3_000 },
};

export const USAGE = `usage: pnpm bench [options]
  --short                 short inputs, 2 warm-up + <= 5 timed iterations, 3 s budget per program and task
                          (the default when CI=true; --full overrides)
  --full                  full inputs, 5 timed iterations + 2 warm-up, 60 s budget
  --check                 compare with baseline.json; fail naming regressed programs
  --update-baseline       rewrite baseline.json for this size from this run
  --only a,b,...          run only these programs
  --iterations N          timed iterations per task
  --warmup N              warm-up iterations per task (after the output-check run)
  --budget SECONDS        time budget per program and task
  --tolerance F           allowed relative drop of a ratio (default: baseline.json's)
  --baseline PATH         use another baseline file (default: benchmarks/baseline.json)
  --in-process            time pyvm in this process (default: a fresh process per program and task)
environment: CI=true selects --short; PYVM_BENCH_PYTHON names the CPython command
  (default python3); PYVM_BENCH_RUNNER=path/to/module.mjs replaces @pyvm/cli as the runner
`;

export class UsageError extends Error {
  override readonly name = "UsageError";
}

function num(flag: string, value: string | undefined): number {
  const v = Number(value);
  if (value === undefined || !Number.isFinite(v) || v < 0) throw new UsageError(`${flag} needs a non-negative number`);
  return v;
}

export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  let size: Size = env["CI"] === "true" || env["CI"] === "1" ? "short" : "full";
  const overrides: Partial<Record<"iterations" | "warmup" | "budgetMs", number>> = {};
  const opts: Omit<CliOptions, "iterations" | "warmup" | "budgetMs" | "size"> = {
    check: false,
    updateBaseline: false,
    only: [],
    tolerance: undefined,
    baselinePath: undefined,
    help: false,
    inProcess: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case "--":
        break;
      case "--short":
        size = "short";
        break;
      case "--full":
        size = "full";
        break;
      case "--check":
        opts.check = true;
        break;
      case "--update-baseline":
        opts.updateBaseline = true;
        break;
      case "--only":
        opts.only = (value() ?? "").split(",").map((s) => s.trim()).filter((s) => s.length > 0);
        break;
      case "--iterations":
        overrides.iterations = Math.max(1, Math.floor(num(flag, value())));
        break;
      case "--warmup":
        overrides.warmup = Math.floor(num(flag, value()));
        break;
      case "--budget":
        overrides.budgetMs = num(flag, value()) * 1000;
        break;
      case "--tolerance":
        opts.tolerance = num(flag, value());
        break;
      case "--baseline":
        opts.baselinePath = value();
        if (opts.baselinePath === undefined) throw new UsageError("--baseline needs a path");
        break;
      case "--in-process":
        opts.inProcess = true;
        break;
      case "-h":
      case "--help":
        opts.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return { ...opts, size, ...SIZE_DEFAULTS[size], ...overrides };
}

const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));

function readBaseline(path: string): Baseline | undefined {
  if (!existsSync(path)) return undefined;
  return parseBaseline(readFileSync(path, "utf8"));
}

function printCheck(result: CheckResult, log: (s: string) => void): void {
  for (const n of result.notes) log(`check: ${n}`);
  if (result.ok) {
    log(`check: OK (${result.compared} ratio(s) compared)`);
    return;
  }
  const names = [...new Set(result.regressions.map((r) => r.program))];
  log(`check: FAILED — regressed: ${names.join(", ")}`);
  for (const r of result.regressions) log(`  ${r.message}`);
}

export async function main(argv: readonly string[]): Promise<number> {
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  let opts: CliOptions;
  try {
    opts = parseCliArgs(argv, process.env);
  } catch (err) {
    if (err instanceof UsageError) {
      log(`${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const programs = withRenamedVariants(listPrograms(join(PACKAGE_ROOT, "programs"), opts.only));
  const specifier = runnerSpecifier();
  const load = await loadPyvmRunner(specifier);
  if (!load.ok) log(`pyvm runner unavailable — timing CPython and JS only: ${load.reason}`);
  else if (specifier !== "@pyvm/cli") log(`runner: ${specifier} (PYVM_BENCH_RUNNER), not @pyvm/cli`);
  const jitThreshold = load.ok ? load.jitThreshold : JIT_THRESHOLD;
  const timers = processTimers();
  if (timers.pythonVersion === undefined) log("python3 not found — CPython columns will be empty");
  log(
    `running ${programs.length} program(s), ${opts.size} size, ${opts.iterations} iteration(s), ${opts.warmup} warm-up, budget ${opts.budgetMs / 1000} s`,
  );

  const measure = (list: readonly Program[]): Report =>
    buildReport(
      runSuite({
        size: opts.size,
        iterations: opts.iterations,
        warmup: opts.warmup,
        budgetMs: opts.budgetMs,
        programs: list,
        runner: load.ok ? load.runner : undefined,
        jitThreshold,
        timers,
        log,
        ...(opts.inProcess ? {} : { isolate: timeIsolated }),
      }),
      {
        date: new Date(),
        machine: machineInfo(PACKAGE_ROOT),
        cpythonVersion: timers.pythonVersion,
        pyvmUnavailable: load.ok ? undefined : load.reason,
        runnerSource: specifier,
        jitThreshold,
      },
    );
  let report = measure(programs);

  const markdown = renderMarkdown(report);
  const resultsDir = join(PACKAGE_ROOT, "results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, "latest.md"), markdown);
  writeFileSync(join(resultsDir, "latest.json"), renderJson(report));
  writeFileSync(join(resultsDir, "latest.svg"), renderSvg(report));
  process.stdout.write(markdown);
  log(`wrote results/latest.{md,json,svg}`);

  let status = 0;
  const failed = report.rows.filter((r) => !r.ok).map((r) => r.name);
  if (failed.length > 0) {
    log(`FAILED: wrong output or error in ${failed.join(", ")}`);
    status = 1;
  }

  const baselinePath = opts.baselinePath ?? join(PACKAGE_ROOT, "baseline.json");
  if (opts.check) {
    const baseline = readBaseline(baselinePath);
    if (baseline === undefined) log("check: no baseline.json — nothing to compare, check passes");
    else {
      let result = checkAgainstBaseline(report, baseline, opts.tolerance);
      if (!result.ok && report.pyvm.available) {
        // Shared machines are noisy and V8's optimizations of a fresh process are sometimes bimodal:
        // a regression counts only if a second measurement of the programs it names confirms it.
        const again = new Set(result.regressions.map((r) => r.program.replace(/ \(renamed\)$/, "")));
        printCheck(result, log);
        log(`check: measuring ${[...again].join(", ")} again to confirm`);
        const second = measure(programs.filter((p) => again.has(p.name.replace(/ \(renamed\)$/, ""))));
        const byName = new Map(second.rows.map((r) => [r.name, r]));
        const rows = report.rows.map((r) => byName.get(r.name) ?? r);
        report = { ...report, rows, renaming: renamingRows(rows) };
        result = checkAgainstBaseline(report, baseline, opts.tolerance);
      }
      printCheck(result, log);
      if (!result.ok) status = 1;
    }
  }
  if (opts.updateBaseline) {
    const { baseline, dropped } = updateBaseline(readBaseline(baselinePath), report);
    const next = opts.tolerance === undefined ? baseline : { ...baseline, tolerance: opts.tolerance };
    writeFileSync(baselinePath, renderBaseline(next));
    log(`updated baseline.json (${opts.size} size)${dropped.length > 0 ? `; dropped failed: ${dropped.join(", ")}` : ""}`);
    if (!report.pyvm.available) log("note: pyvm was not measured, so no entries were written");
  }
  return status;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
