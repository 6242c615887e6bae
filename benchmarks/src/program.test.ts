import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listPrograms, shortSource } from "./program.js";

const PROGRAMS = fileURLToPath(new URL("../programs", import.meta.url));
const python = spawnSync("python3", ["-c", "import sys; print(sys.version_info[:2] == (3, 11))"], { encoding: "utf8" });
const hasPython311 = python.status === 0 && python.stdout.trim() === "True";

describe("shortSource", () => {
  it("replaces each named top-level constant", () => {
    const src = "# bench-short: N=3, ROUNDS=2\nN = 30\nROUNDS = 100\nprint(N * ROUNDS)\n";
    expect(shortSource(src, "t.py")).toBe("# bench-short: N=3, ROUNDS=2\nN = 3\nROUNDS = 2\nprint(N * ROUNDS)\n");
  });

  it("handles JavaScript const declarations", () => {
    const src = "// bench-short: N=3\nconst N = 30;\nconsole.log(N);\n";
    expect(shortSource(src, "t.js")).toBe("// bench-short: N=3\nconst N = 3;\nconsole.log(N);\n");
  });

  it("leaves programs without a header unchanged", () => {
    expect(shortSource("N = 30\n", "t.py")).toBe("N = 30\n");
  });

  it("rejects a header naming a constant assigned on zero or several lines", () => {
    expect(() => shortSource("# bench-short: M=3\nN = 30\n", "t.py")).toThrow(/names M, but 0 lines/);
    expect(() => shortSource("# bench-short: N=3\nN = 30\nN = 4\n", "t.py")).toThrow(/names N, but 2 lines/);
  });
});

describe("programs/", () => {
  const programs = listPrograms(PROGRAMS);

  it("has the seven legacy workloads, twelve classic ones and six JS equivalents", () => {
    expect(programs.length).toBeGreaterThanOrEqual(19);
    expect(programs.filter((p) => p.jsPath !== undefined).map((p) => p.name)).toEqual([
      "fib",
      "mandelbrot",
      "nbody",
      "nested_loops",
      "richards",
      "spectral_norm",
    ]);
    expect(readdirSync(PROGRAMS).filter((f) => f.endsWith(".js"))).toHaveLength(6);
  });

  it("records CPython output for both sizes and a short header that applies cleanly", () => {
    for (const p of programs) {
      expect(p.expected("full").length, p.name).toBeGreaterThan(0);
      expect(p.expected("short").length, p.name).toBeGreaterThan(0);
      expect(p.source("short"), p.name).not.toBe(p.source("full"));
      if (p.jsPath !== undefined) expect(p.jsSource("short"), p.name).not.toBe(p.jsSource("full"));
    }
  });

  // The short-size rewrite exists twice (here and scripts/gen-expected.py);
  // running CPython on this side's rewrite must reproduce the recorded output.
  it.skipIf(!hasPython311)("agrees with gen-expected.py: python3 on the TS short rewrite matches the recording (needs python3 3.11)", () => {
    for (const p of programs) {
      const res = spawnSync("python3", ["-"], { input: p.source("short"), encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } });
      expect(res.status, `${p.name}: ${res.stderr}`).toBe(0);
      expect(res.stdout, p.name).toBe(p.expected("short"));
    }
  }, 60_000);
});
