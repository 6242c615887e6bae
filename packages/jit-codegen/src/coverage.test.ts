import { describe, expect, it } from "vitest";
import { OPCODE_DEFS } from "@pyvm/bytecode";
import { jitCoverage, jitCoverageReport } from "./coverage.js";

describe("jit coverage", () => {
  it("lists every base opcode of the table", () => {
    const names = jitCoverage().map((r) => r.opcode);
    expect(names).toEqual(OPCODE_DEFS.filter((d) => d.family === undefined).map((d) => d.name));
    expect(jitCoverageReport()).toContain("LOAD_FAST");
  });
});
