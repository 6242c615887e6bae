import { describe, expect, it } from "vitest";
import type { SuiteResult } from "./harness.js";
import { buildReport, renderJson, renderMarkdown, rowRatios } from "./report.js";
import { geomean, median } from "./stats.js";
import { renderSvg } from "./svg.js";

const suite: SuiteResult = {
  size: "full",
  iterations: 3,
  warmup: 1,
  budgetMs: 60000,
  programs: [
    {
      name: "fib",
      failures: [],
      timings: {
        interp: { samplesMs: [90, 100, 110], medianMs: 100 },
        jit: { samplesMs: [25], medianMs: 25 },
        cpython: { samplesMs: [200], medianMs: 200 },
        js: { samplesMs: [5], medianMs: 5 },
      },
    },
    {
      name: "nbody",
      failures: [],
      timings: {
        interp: { samplesMs: [400], medianMs: 400 },
        jit: { samplesMs: [100], medianMs: 100, note: "over budget: the check run is the only sample" },
        cpython: { samplesMs: [100], medianMs: 100 },
      },
    },
    { name: "broken", failures: ["jit: wrong output, line 1"], timings: { interp: { samplesMs: [1], medianMs: 1 } } },
  ],
};

const report = buildReport(suite, {
  date: new Date(0),
  machine: { node: "v20.0.0", cpu: "Test <CPU>", cores: 2, platform: "linux-x64", commit: "abc" },
  cpythonVersion: "3.11.7",
  pyvmUnavailable: undefined,
  runnerSource: "@pyvm/cli",
  jitThreshold: 1000,
});

describe("stats", () => {
  it("computes medians and geometric means", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(geomean([2, 8, undefined])).toBeCloseTo(4);
    expect(geomean([])).toBeUndefined();
  });
});

describe("buildReport", () => {
  it("orients every ratio so that higher is better", () => {
    expect(rowRatios({ interp: 100, jit: 25, cpython: 200, js: 5 })).toEqual({
      jitSpeedup: 4,
      interpVsCpython: 2,
      jitVsCpython: 8,
      jitVsJs: 0.2,
    });
  });

  it("takes geometric means over the programs that passed", () => {
    expect(report.geomean.jitSpeedup).toBeCloseTo(4);
    expect(report.geomean.interpVsCpython).toBeCloseTo(Math.SQRT1_2); // sqrt(2 * 0.25)
    expect(report.geomean.jitVsJs).toBeCloseTo(0.2);
    expect(report.rows[2]?.ratios).toEqual({});
  });

  it("renders markdown with the machine, the table, failures and notes", () => {
    const md = renderMarkdown(report);
    expect(md).toContain("Node v20.0.0 on Test <CPU>");
    expect(md).toContain("| fib | 100 | 25.0 | 200 | 5.00 | 4.00× | 2.00× | 8.00× | 0.20× |");
    expect(md).toContain("| broken **FAILED** |");
    expect(md).toContain("| **geometric mean** |");
    expect(md).toContain("- broken: jit: wrong output, line 1");
    expect(md).toContain("- nbody: jit: over budget");
  });

  it("renders JSON that parses back", () => {
    const parsed = JSON.parse(renderJson(report)) as typeof report;
    expect(parsed.rows[0]?.medianMs.interp).toBe(100);
    expect(parsed.machine.commit).toBe("abc");
  });
});

describe("renderSvg", () => {
  it("draws escaped, well-formed bars for each ratio", () => {
    const svg = renderSvg(report);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Test &lt;CPU&gt;");
    expect(svg).not.toContain("Test <CPU>");
    expect(svg).toContain("fib: JIT speed-up (interp/jit) = 4.00×");
    expect(svg).toContain("broken (failed)");
    expect((svg.match(/<rect /g) ?? []).length).toBeGreaterThan(8);
  });
});
