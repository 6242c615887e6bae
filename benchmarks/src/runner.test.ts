import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { JIT_THRESHOLD, loadPyvmRunner, runnerSpecifier, taskOptions } from "./runner.js";

const standIn = fileURLToPath(new URL("../scripts/cpython-as-runner.mjs", import.meta.url));

describe("runner loading", () => {
  it("uses @pyvm/cli unless PYVM_BENCH_RUNNER names a module", () => {
    expect(runnerSpecifier({})).toBe("@pyvm/cli");
    expect(runnerSpecifier({ PYVM_BENCH_RUNNER: standIn })).toBe(pathToFileURL(standIn).href);
  });

  it("loads a module exporting compileProgram/runProgram, with the fallback threshold", async () => {
    const load = await loadPyvmRunner(pathToFileURL(standIn).href);
    expect(load.ok).toBe(true);
    if (load.ok) expect(load.jitThreshold).toBe(JIT_THRESHOLD);
  });

  it("explains why a runner is unavailable instead of throwing", async () => {
    const load = await loadPyvmRunner("node:path");
    expect(load).toEqual({ ok: false, reason: "node:path does not export compileProgram/runProgram yet" });
    const missing = await loadPyvmRunner("@pyvm/does-not-exist");
    expect(missing.ok).toBe(false);
  });

  it("maps the tasks to run options", () => {
    expect(taskOptions("interp", 1000)).toEqual({ jit: false });
    expect(taskOptions("jit", 1000)).toEqual({ jit: { threshold: 1000 } });
  });
});
