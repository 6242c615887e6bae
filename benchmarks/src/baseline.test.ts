import { describe, expect, it } from "vitest";
import { checkAgainstBaseline, emptyBaseline, parseBaseline, renderBaseline, updateBaseline, type Baseline } from "./baseline.js";
import type { SuiteResult } from "./harness.js";
import { buildReport, type Report } from "./report.js";

const machine = { node: "v20.0.0", cpu: "Test CPU", cores: 2, platform: "linux-x64", commit: "abc" };

/** A report for programs with the given (interp, jit, cpython) medians in ms. */
function report(times: Record<string, [number, number, number]>, opts: { failed?: string[]; pyvm?: boolean } = {}): Report {
  const suite: SuiteResult = {
    size: "short",
    iterations: 1,
    warmup: 0,
    budgetMs: 8000,
    programs: Object.entries(times).map(([name, [interp, jit, cpython]]) => ({
      name,
      failures: opts.failed?.includes(name) === true ? ["interp: wrong output"] : [],
      timings: {
        interp: { samplesMs: [interp], medianMs: interp },
        jit: { samplesMs: [jit], medianMs: jit },
        cpython: { samplesMs: [cpython], medianMs: cpython },
      },
    })),
  };
  return buildReport(suite, {
    date: new Date(0),
    machine,
    cpythonVersion: "3.11.7",
    pyvmUnavailable: opts.pyvm === false ? "not built" : undefined,
    runnerSource: "@pyvm/cli",
  jitThreshold: 1000,
  });
}

const accepted = report({ fib: [100, 20, 120], nbody: [300, 50, 400] });
const baseline: Baseline = updateBaseline(emptyBaseline(), accepted).baseline;

describe("checkAgainstBaseline", () => {
  it("passes an identical run", () => {
    const r = checkAgainstBaseline(accepted, baseline);
    expect(r.ok).toBe(true);
    expect(r.compared).toBe(6);
  });

  it("fails, naming the program, when the JIT got slower", () => {
    // nbody's jit task is deliberately slowed from 50 ms to 100 ms: its JIT
    // speed-up halves (6x -> 3x) and its ratio to CPython halves too.
    const slowed = report({ fib: [100, 20, 120], nbody: [300, 100, 400] });
    const r = checkAgainstBaseline(slowed, baseline);
    expect(r.ok).toBe(false);
    expect([...new Set(r.regressions.map((g) => g.program))]).toEqual(["nbody"]);
    expect(r.regressions.map((g) => g.ratio).sort()).toEqual(["jitSpeedup", "jitVsCpython"]);
    expect(r.regressions[0]?.message).toMatch(/^nbody: jitSpeedup 3\.00× vs baseline 6\.00× \(−50%, tolerance 25%\)$/);
  });

  it("fails when the interpreter got slower relative to CPython", () => {
    const slowed = report({ fib: [200, 20, 120], nbody: [300, 50, 400] });
    const r = checkAgainstBaseline(slowed, baseline);
    expect(r.ok).toBe(false);
    expect(r.regressions.map((g) => `${g.program}:${g.ratio}`)).toEqual(["fib:interpVsCpython"]);
  });

  it("tolerates noise within the tolerance, and honours an explicit tolerance", () => {
    const noisy = report({ fib: [100, 24, 120], nbody: [300, 60, 400] }); // ~17-20% worse
    expect(checkAgainstBaseline(noisy, baseline).ok).toBe(true);
    expect(checkAgainstBaseline(noisy, baseline, 0.1).ok).toBe(false);
  });

  it("is machine-independent: a uniformly slower machine passes", () => {
    const slowMachine = report({ fib: [300, 60, 360], nbody: [900, 150, 1200] });
    expect(checkAgainstBaseline(slowMachine, baseline).ok).toBe(true);
  });

  it("fails a baseline program that failed its output check", () => {
    const r = checkAgainstBaseline(report({ fib: [100, 20, 120], nbody: [300, 50, 400] }, { failed: ["fib"] }), baseline);
    expect(r.ok).toBe(false);
    expect(r.regressions.map((g) => g.program)).toEqual(["fib"]);
  });

  it("skips programs that were not run", () => {
    const r = checkAgainstBaseline(report({ fib: [100, 20, 120] }), baseline);
    expect(r.ok).toBe(true);
    expect(r.notes).toContain("nbody: not run, skipped");
  });

  it("passes with a clear message when the baseline is empty", () => {
    const r = checkAgainstBaseline(accepted, emptyBaseline());
    expect(r.ok).toBe(true);
    expect(r.notes[0]).toMatch(/no entries for the short size: nothing to compare/);
  });

  it("fails when pyvm could not be measured but the baseline has entries", () => {
    const r = checkAgainstBaseline(report({ fib: [1, 1, 1] }, { pyvm: false }), baseline);
    expect(r.ok).toBe(false);
  });
});

describe("updateBaseline", () => {
  it("round-trips through JSON and keeps programs that were not run", () => {
    const parsed = parseBaseline(renderBaseline(baseline));
    expect(parsed.sizes.short?.programs["nbody"]).toEqual({ jitSpeedup: 6, interpVsCpython: 1.333, jitVsCpython: 8 });
    const { baseline: next, dropped } = updateBaseline(parsed, report({ fib: [50, 10, 120] }));
    expect(dropped).toEqual([]);
    expect(Object.keys(next.sizes.short?.programs ?? {})).toEqual(["fib", "nbody"]);
    expect(next.sizes.short?.programs["fib"]?.interpVsCpython).toBe(2.4);
  });

  it("drops programs that failed and writes nothing when pyvm was not measured", () => {
    const { baseline: next, dropped } = updateBaseline(baseline, report({ fib: [1, 1, 1] }, { failed: ["fib"] }));
    expect(dropped).toEqual(["fib"]);
    expect(Object.keys(next.sizes.short?.programs ?? {})).toEqual(["nbody"]);
    const none = updateBaseline(emptyBaseline(), report({ fib: [1, 1, 1] }, { pyvm: false })).baseline;
    expect(none.sizes.short?.programs).toEqual({});
  });
});
