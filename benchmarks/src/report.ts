/**
 * Turns a suite result into the report: per-program rows of median times
 * and ratios, geometric means, and the markdown / JSON renderings.
 *
 * Every ratio is oriented so that higher is better for pyvm:
 *  - `jitSpeedup`      = interp / jit   (what the JIT buys over the interpreter)
 *  - `interpVsCpython` = cpython / interp (> 1: the interpreter beats CPython)
 *  - `jitVsCpython`    = cpython / jit    (> 1: the JIT beats CPython)
 *  - `jitVsJs`         = js / jit         (1 = as fast as hand-written JS;
 *                                          0.33 = within 3x of it)
 * Ratios are of median times measured in the same run on the same machine,
 * which is what makes them comparable across machines (see baseline.ts).
 */

import type { ColumnName, Measurement, SuiteResult } from "./harness.js";
import type { MachineInfo } from "./machine.js";
import { geomean, ratio } from "./stats.js";

export const RATIO_NAMES = ["jitSpeedup", "interpVsCpython", "jitVsCpython", "jitVsJs"] as const;
export type RatioName = (typeof RATIO_NAMES)[number];
export type Ratios = Partial<Record<RatioName, number>>;

export const RATIO_LABELS: Readonly<Record<RatioName, string>> = {
  jitSpeedup: "JIT speed-up (interp/jit)",
  interpVsCpython: "interp vs CPython (cpython/interp)",
  jitVsCpython: "JIT vs CPython (cpython/jit)",
  jitVsJs: "JIT vs JS (js/jit)",
};

export interface ReportRow {
  readonly name: string;
  /** A derived program (rename.ts): the original's name. Not counted in the geometric means. */
  readonly variantOf?: string;
  readonly ok: boolean;
  readonly failures: readonly string[];
  readonly medianMs: Partial<Record<ColumnName, number>>;
  readonly samples: Partial<Record<ColumnName, number>>;
  readonly notes: readonly string[];
  readonly ratios: Ratios;
}

export interface Report {
  readonly schema: 1;
  readonly date: string;
  readonly size: SuiteResult["size"];
  readonly settings: { iterations: number; warmup: number; budgetMs: number; jitThreshold: number };
  readonly machine: MachineInfo;
  readonly cpython: { version: string; timing: string } | null;
  readonly pyvm: { available: boolean; runner: string; reason?: string };
  readonly rows: readonly ReportRow[];
  readonly geomean: Ratios;
  /** Renamed twins: JIT (and interpreter) time of the renamed program over the original's (1 = same speed). */
  readonly renaming: readonly RenamingRow[];
}

export interface RenamingRow {
  readonly program: string;
  readonly original: string;
  readonly jitRatio?: number;
  readonly interpRatio?: number;
}

export interface ReportContext {
  readonly date: Date;
  readonly machine: MachineInfo;
  readonly cpythonVersion: string | undefined;
  readonly pyvmUnavailable: string | undefined;
  /** Module the runner was imported from ("@pyvm/cli" unless overridden). */
  readonly runnerSource: string;
  readonly jitThreshold: number;
}

export const CPYTHON_TIMING =
  "in-process: scripts/cpython-driver.py compiles once, then times exec() of the module (start-up excluded)";

export function rowRatios(m: Partial<Record<ColumnName, number>>): Ratios {
  const out: Ratios = {};
  const set = (k: RatioName, v: number | undefined): void => {
    if (v !== undefined) out[k] = v;
  };
  set("jitSpeedup", ratio(m.interp, m.jit));
  set("interpVsCpython", ratio(m.cpython, m.interp));
  set("jitVsCpython", ratio(m.cpython, m.jit));
  set("jitVsJs", ratio(m.js, m.jit));
  return out;
}

export function buildReport(suite: SuiteResult, ctx: ReportContext): Report {
  const rows: ReportRow[] = suite.programs.map((p) => {
    const medianMs: Partial<Record<ColumnName, number>> = {};
    const samples: Partial<Record<ColumnName, number>> = {};
    const notes: string[] = [];
    for (const [col, m] of Object.entries(p.timings) as [ColumnName, Measurement][]) {
      medianMs[col] = m.medianMs;
      samples[col] = m.samplesMs.length;
      if (m.note !== undefined) notes.push(`${col}: ${m.note}`);
    }
    return {
      name: p.name,
      ...(p.variantOf === undefined ? {} : { variantOf: p.variantOf }),
      ok: p.failures.length === 0,
      failures: p.failures,
      medianMs,
      samples,
      notes,
      ratios: p.failures.length === 0 ? rowRatios(medianMs) : {},
    };
  });
  const gm: Ratios = {};
  for (const k of RATIO_NAMES) {
    const g = geomean(rows.filter((r) => r.variantOf === undefined).map((r) => r.ratios[k]));
    if (g !== undefined) gm[k] = g;
  }
  return {
    schema: 1,
    date: ctx.date.toISOString(),
    size: suite.size,
    settings: {
      iterations: suite.iterations,
      warmup: suite.warmup,
      budgetMs: suite.budgetMs,
      jitThreshold: ctx.jitThreshold,
    },
    machine: ctx.machine,
    cpython: ctx.cpythonVersion === undefined ? null : { version: ctx.cpythonVersion, timing: CPYTHON_TIMING },
    pyvm:
      ctx.pyvmUnavailable === undefined
        ? { available: true, runner: ctx.runnerSource }
        : { available: false, runner: ctx.runnerSource, reason: ctx.pyvmUnavailable },
    rows,
    geomean: gm,
    renaming: renamingRows(rows),
  };
}

/** Time of each renamed twin over its original's (same run), per pyvm task. */
export function renamingRows(rows: readonly ReportRow[]): RenamingRow[] {
  const byName = new Map(rows.map((r) => [r.name, r]));
  const out: RenamingRow[] = [];
  for (const r of rows) {
    if (r.variantOf === undefined) continue;
    const o = byName.get(r.variantOf);
    if (o === undefined) continue;
    const jit = ratio(r.medianMs.jit, o.medianMs.jit);
    const interp = ratio(r.medianMs.interp, o.medianMs.interp);
    out.push({ program: r.name, original: o.name, ...(jit === undefined ? {} : { jitRatio: jit }), ...(interp === undefined ? {} : { interpRatio: interp }) });
  }
  return out;
}

function ms(v: number | undefined): string {
  if (v === undefined) return "—";
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function x(v: number | undefined): string {
  return v === undefined ? "—" : `${v >= 10 ? v.toFixed(1) : v.toFixed(2)}×`;
}

/** Markdown table plus context lines. */
export function renderMarkdown(report: Report): string {
  const lines: string[] = [];
  const m = report.machine;
  lines.push(`# pyvm benchmarks (${report.size} size)`);
  lines.push("");
  lines.push(`- Node ${m.node} on ${m.cpu} (${m.cores} cores, ${m.platform}); commit ${m.commit}; ${report.date}`);
  lines.push(
    `- CPython: ${report.cpython === null ? "not available (python3 not found), CPython columns empty" : `${report.cpython.version}, timed ${report.cpython.timing}`}`,
  );
  lines.push(
    `- pyvm: ${report.pyvm.available ? `runner from ${report.pyvm.runner}` : `not measured — ${report.pyvm.reason ?? ""}`}`,
  );
  const s = report.settings;
  lines.push(
    `- ${s.iterations} timed iteration(s), ${s.warmup} warm-up, budget ${(s.budgetMs / 1000).toFixed(0)} s per program and task; jit task threshold ${s.jitThreshold}`,
  );
  lines.push("- Times are medians in ms. Ratios: higher is better for pyvm (see README).");
  lines.push("");
  lines.push(
    "| program | interp ms | jit ms | CPython ms | JS ms | JIT speed-up | interp vs CPython | JIT vs CPython | JIT vs JS |",
  );
  lines.push("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
  for (const r of report.rows) {
    const name = r.ok ? r.name : `${r.name} **FAILED**`;
    const t = r.medianMs;
    const q = r.ratios;
    lines.push(
      `| ${name} | ${ms(t.interp)} | ${ms(t.jit)} | ${ms(t.cpython)} | ${ms(t.js)} | ${x(q.jitSpeedup)} | ${x(q.interpVsCpython)} | ${x(q.jitVsCpython)} | ${x(q.jitVsJs)} |`,
    );
  }
  const g = report.geomean;
  lines.push(
    `| **geometric mean** | | | | | **${x(g.jitSpeedup)}** | **${x(g.interpVsCpython)}** | **${x(g.jitVsCpython)}** | **${x(g.jitVsJs)}** |`,
  );
  const failed = report.rows.filter((r) => !r.ok);
  const notes = report.rows.filter((r) => r.notes.length > 0);
  if (report.renaming.length > 0) {
    lines.push("");
    lines.push("## Renaming check");
    lines.push("Every identifier the program binds renamed mechanically (benchmarks/src/rename.ts); time renamed / original, 1.00× = same speed.");
    lines.push("");
    lines.push("| program | jit renamed/original | interp renamed/original |");
    lines.push("|---|--:|--:|");
    for (const r of report.renaming) lines.push(`| ${r.program} | ${x(r.jitRatio)} | ${x(r.interpRatio)} |`);
  }
  if (failed.length > 0) {
    lines.push("");
    lines.push("## Failures");
    for (const r of failed) for (const f of r.failures) lines.push(`- ${r.name}: ${f}`);
  }
  if (notes.length > 0) {
    lines.push("");
    lines.push("## Notes");
    for (const r of notes) for (const n of r.notes) lines.push(`- ${r.name}: ${n}`);
  }
  return `${lines.join("\n")}\n`;
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
