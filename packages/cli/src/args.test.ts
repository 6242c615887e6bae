import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "./args.js";

describe("parseArgs", () => {
  it("runs a file with its arguments", () => {
    const o = parseArgs(["--no-jit", "x.py", "-v", "a"], {});
    expect(o.mode).toEqual({ kind: "file", path: "x.py" });
    expect(o.argv).toEqual(["x.py", "-v", "a"]);
    expect(o.jit).toBe(false);
  });
  it("handles -c", () => {
    expect(parseArgs(["-c", "print(1)", "z"], {}).argv).toEqual(["-c", "z"]);
    expect(parseArgs(["-cpass"], {}).mode).toEqual({ kind: "command", code: "pass" });
  });
  it("reads the threshold from the flag and the environment", () => {
    expect(parseArgs(["--jit-threshold=0", "f.py"], {}).jitThreshold).toBe(0);
    expect(parseArgs(["--jit-threshold", "7", "f.py"], {}).jitThreshold).toBe(7);
    expect(parseArgs(["f.py"], { PYTHON_VM_JIT_BASELINE_THRESHOLD: "12" }).jitThreshold).toBe(12);
    expect(parseArgs(["--jit-threshold=3", "f.py"], { PYTHON_VM_JIT_BASELINE_THRESHOLD: "12" }).jitThreshold).toBe(3);
  });
  it("reads the optimizing-tier threshold from the flag and the environment", () => {
    expect(parseArgs(["f.py"], {}).jitOptThreshold).toBe(null);
    expect(parseArgs(["--jit-opt-threshold=0", "f.py"], {}).jitOptThreshold).toBe(0);
    expect(parseArgs(["f.py"], { PYTHON_VM_JIT_OPT_THRESHOLD: "50" }).jitOptThreshold).toBe(50);
    expect(parseArgs(["--jit-opt-threshold", "5", "f.py"], { PYTHON_VM_JIT_OPT_THRESHOLD: "50" }).jitOptThreshold).toBe(5);
    expect(() => parseArgs(["--jit-opt-threshold=soon"], {})).toThrow(UsageError);
  });
  it("rejects bad usage", () => {
    expect(() => parseArgs(["--bogus"], {})).toThrow(UsageError);
    expect(() => parseArgs(["-c"], {})).toThrow(UsageError);
    expect(() => parseArgs(["--jit-threshold=x"], {})).toThrow(UsageError);
  });
  it("defaults to the REPL", () => {
    expect(parseArgs([], {}).mode).toEqual({ kind: "repl" });
  });
});
