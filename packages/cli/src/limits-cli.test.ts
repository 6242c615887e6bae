import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArgs } from "./args.js";
import { createRuntime } from "./program.js";

describe("--max-steps / --timeout-ms", () => {
  it("parse into createVM limits", () => {
    expect(parseArgs(["--max-steps=1000", "--timeout-ms", "50", "f.py"], {}).limits).toEqual({ maxSteps: 1000, timeoutMs: 50 });
    expect(parseArgs(["f.py"], {}).limits).toEqual({});
    expect(() => parseArgs(["--max-steps=x", "f.py"], {})).toThrow(/non-negative integer/);
  });

  for (const jit of [false, { threshold: 0 }] as const) {
    it(`stop a runaway program with a traceback and exit status 1 (${jit === false ? "no JIT" : "JIT"})`, () => {
      let err = "";
      const vm = createRuntime({ jit, stdout: () => {}, stderr: (s) => (err += s), limits: { maxSteps: 10_000 } });
      expect(vm.runMainSource("while True:\n    pass\n", "spin.py")).toBe(1);
      expect(err).toContain("pyvm.StepLimitExceeded: step limit exceeded (maxSteps=10000)");
      err = "";
      const timed = createRuntime({ jit, stdout: () => {}, stderr: (s) => (err += s), limits: { timeoutMs: 20 } });
      expect(timed.runMainSource("n = 0\nwhile True:\n    n += 1\n", "spin.py")).toBe(1);
      expect(err).toContain("pyvm.TimeLimitExceeded");
    });
  }
});

describe("examples/embed/limits.mjs", () => {
  it("runs and prints the expected output", () => {
    const example = fileURLToPath(new URL("../../../examples/embed/limits.mjs", import.meta.url));
    const expected = fileURLToPath(new URL("../../../examples/embed/limits-expected-output.txt", import.meta.url));
    const r = spawnSync(process.execPath, [example], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(readFileSync(expected, "utf8"));
    expect(r.status).toBe(0);
  });
});
