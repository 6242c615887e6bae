/**
 * The regression gate. `baseline.json` stores, per size (full / short) and
 * per program, the machine-independent ratios of an accepted run:
 * `jitSpeedup` (interp/jit), `interpVsCpython` (cpython/interp) and
 * `jitVsCpython` (cpython/jit). Absolute times are deliberately absent: a CI
 * machine and a laptop disagree on milliseconds but should agree, roughly,
 * on how pyvm compares with CPython and on what the JIT buys.
 *
 * A ratio regresses when it falls below `baseline × (1 − tolerance)`. A
 * program that the baseline knows but that failed in this run also fails the
 * check; programs not run (e.g. `--only`) are skipped. A baseline without
 * entries for the size means "nothing to compare yet". Independently of the
 * baseline, a renamed twin (rename.ts) whose JIT time exceeds its
 * original's by more than the tolerance fails the check.
 */

import type { Size } from "./program.js";
import type { RatioName, Report } from "./report.js";

export const GATED_RATIOS = ["jitSpeedup", "interpVsCpython", "jitVsCpython"] as const satisfies readonly RatioName[];
export type GatedRatio = (typeof GATED_RATIOS)[number];

/** Allowed relative drop of a gated ratio before the check fails. */
export const DEFAULT_TOLERANCE = 0.25;

export type BaselineEntry = Partial<Record<GatedRatio, number>>;

export interface BaselineSize {
  readonly recorded: { date: string; commit: string; node: string; cpu: string; cpython: string | null };
  readonly programs: Readonly<Record<string, BaselineEntry>>;
}

export interface Baseline {
  readonly schema: 1;
  readonly tolerance: number;
  readonly sizes: Partial<Record<Size, BaselineSize>>;
}

export interface Regression {
  readonly program: string;
  readonly ratio: GatedRatio | "status" | "renaming";
  readonly baseline?: number;
  readonly current?: number;
  readonly message: string;
}

export interface CheckResult {
  readonly ok: boolean;
  readonly regressions: readonly Regression[];
  /** Informational lines (skipped comparisons, empty baseline, ...). */
  readonly notes: readonly string[];
  readonly compared: number;
}

export function emptyBaseline(): Baseline {
  return { schema: 1, tolerance: DEFAULT_TOLERANCE, sizes: {} };
}

export class BaselineError extends Error {
  override readonly name = "BaselineError";
}

export function parseBaseline(text: string): Baseline {
  const raw = JSON.parse(text) as Partial<Baseline>;
  if (raw.schema !== 1 || typeof raw.tolerance !== "number" || typeof raw.sizes !== "object" || raw.sizes === null) {
    throw new BaselineError("baseline.json: expected { schema: 1, tolerance: number, sizes: {...} }");
  }
  return raw as Baseline;
}

function pct(v: number): string {
  return `${(v * 100).toFixed(0)}%`;
}

export function checkAgainstBaseline(report: Report, baseline: Baseline, tolerance = baseline.tolerance): CheckResult {
  const regressions: Regression[] = [];
  const notes: string[] = [];
  // Renaming must not change speed: the renamed twin's JIT time may exceed the original's only by the noise band.
  for (const r of report.renaming) {
    if (r.jitRatio === undefined) continue;
    if (r.jitRatio > 1 + tolerance) {
      regressions.push({
        program: r.program,
        ratio: "renaming",
        current: r.jitRatio,
        message: `${r.program}: JIT time ${r.jitRatio.toFixed(2)}× the original's ${r.original} (renaming must not change speed; tolerance ${pct(tolerance)})`,
      });
    }
  }
  const entry = baseline.sizes[report.size];
  const known = Object.entries(entry?.programs ?? {});
  if (known.length === 0) {
    notes.push(`baseline.json has no entries for the ${report.size} size: nothing to compare`);
    return { ok: regressions.length === 0, regressions, notes, compared: 0 };
  }
  if (!report.pyvm.available) {
    for (const [program] of known) {
      regressions.push({
        program,
        ratio: "status",
        message: `${program}: pyvm was not measured (${report.pyvm.reason ?? "runner unavailable"}) but the baseline has it`,
      });
    }
    return { ok: false, regressions, notes, compared: 0 };
  }
  const rows = new Map(report.rows.map((r) => [r.name, r]));
  let compared = 0;
  for (const [program, base] of known) {
    const row = rows.get(program);
    if (row === undefined) {
      notes.push(`${program}: not run, skipped`);
      continue;
    }
    if (!row.ok) {
      regressions.push({ program, ratio: "status", message: `${program}: failed (${row.failures.join("; ")})` });
      continue;
    }
    for (const ratio of GATED_RATIOS) {
      const b = base[ratio];
      if (b === undefined) continue;
      const c = row.ratios[ratio];
      if (c === undefined) {
        notes.push(`${program}: ${ratio} not measured in this run, skipped`);
        continue;
      }
      compared++;
      if (c < b * (1 - tolerance)) {
        regressions.push({
          program,
          ratio,
          baseline: b,
          current: c,
          message: `${program}: ${ratio} ${c.toFixed(2)}× vs baseline ${b.toFixed(2)}× (−${pct(1 - c / b)}, tolerance ${pct(tolerance)})`,
        });
      }
    }
  }
  for (const row of report.rows) {
    if (entry?.programs[row.name] === undefined) notes.push(`${row.name}: not in the baseline yet`);
  }
  return { ok: regressions.length === 0, regressions, notes, compared };
}

/**
 * The baseline with this run's ratios for the programs it ran successfully;
 * programs not run keep their entries, programs that failed lose them.
 */
export function updateBaseline(previous: Baseline | undefined, report: Report): { baseline: Baseline; dropped: string[] } {
  const base = previous ?? emptyBaseline();
  const programs: Record<string, BaselineEntry> = { ...(base.sizes[report.size]?.programs ?? {}) };
  const dropped: string[] = [];
  if (report.pyvm.available) {
    for (const row of report.rows) {
      if (!row.ok) {
        if (programs[row.name] !== undefined) dropped.push(row.name);
        delete programs[row.name];
        continue;
      }
      const e: BaselineEntry = {};
      for (const ratio of GATED_RATIOS) {
        const v = row.ratios[ratio];
        if (v !== undefined) e[ratio] = Number(v.toFixed(3));
      }
      if (Object.keys(e).length > 0) programs[row.name] = e;
      else delete programs[row.name];
    }
  }
  const sorted = Object.fromEntries(Object.entries(programs).sort(([a], [b]) => a.localeCompare(b)));
  const recorded = {
    date: report.date,
    commit: report.machine.commit,
    node: report.machine.node,
    cpu: report.machine.cpu,
    cpython: report.cpython?.version ?? null,
  };
  return {
    baseline: { ...base, sizes: { ...base.sizes, [report.size]: { recorded, programs: sorted } } },
    dropped,
  };
}

export function renderBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
