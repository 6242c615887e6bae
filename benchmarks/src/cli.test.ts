import { describe, expect, it } from "vitest";
import { parseCliArgs, SIZE_DEFAULTS, UsageError } from "./cli.js";

describe("parseCliArgs", () => {
  it("defaults to the full size locally and the short size under CI=true", () => {
    expect(parseCliArgs([], {}).size).toBe("full");
    expect(parseCliArgs([], { CI: "true" })).toMatchObject({ size: "short", ...SIZE_DEFAULTS.short });
    expect(parseCliArgs(["--full"], { CI: "true" }).size).toBe("full");
  });

  it("reads gate flags and overrides", () => {
    const o = parseCliArgs(["--", "--short", "--check", "--only", "fib,nbody", "--budget=2", "--tolerance", "0.1"], {});
    expect(o).toMatchObject({ size: "short", check: true, only: ["fib", "nbody"], budgetMs: 2000, tolerance: 0.1 });
    expect(parseCliArgs(["--update-baseline", "--iterations", "7"], {})).toMatchObject({ updateBaseline: true, iterations: 7 });
  });

  it("rejects unknown options", () => {
    expect(() => parseCliArgs(["--fast"], {})).toThrow(UsageError);
    expect(() => parseCliArgs(["--budget", "x"], {})).toThrow(UsageError);
  });
});
