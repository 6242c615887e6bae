import { describe, expect, it } from "vitest";
import { Graph, Repr } from "../ir/graph.js";
import { optimizeGraph, verifyEachPass, type Pass } from "./pipeline.js";

/** A well-formed graph: return -x of an int53 parameter, boxed. */
function sample(): Graph {
  const g = new Graph("t");
  const b = g.newBlock(0);
  const x = g.addParam(b, Repr.Int53);
  const y = g.addInstr(b, "Int53Neg", Repr.Int53, [x]);
  b.terminator = { kind: "return", value: g.addInstr(b, "Box", Repr.Tagged, [y]) };
  return g;
}

/** A pass that leaves an unknown op behind (a pass bug), and one that changes nothing. */
const breaks: Pass = { name: "breaks", run: (g) => void g.addInstr(g.entry, "Frobnicate", Repr.Tagged, []) };
const noop: Pass = { name: "noop", run: () => undefined };

describe("optimizeGraph's verifier", () => {
  it("runs after every pass in tests, stress, debug and PYVM_OPT_VERIFY=1, once at the end otherwise", () => {
    expect(verifyEachPass({})).toBe(false);
    expect(verifyEachPass({ VITEST: "true" })).toBe(true);
    expect(verifyEachPass({ PYTHON_VM_JIT_STRESS: "seed=1,guard-fail=0.05" })).toBe(true);
    expect(verifyEachPass({ PYTHON_VM_JIT_STRESS: "off" })).toBe(false);
    expect(verifyEachPass({ PYTHON_VM_JIT_STRESS: "" })).toBe(false);
    expect(verifyEachPass({ PYVM_OPT_DEBUG: "1" })).toBe(true);
    expect(verifyEachPass({ PYVM_OPT_VERIFY: "1" })).toBe(true);
    expect(verifyEachPass({ PYVM_OPT_VERIFY: "0", VITEST: "true", PYTHON_VM_JIT_STRESS: "seed=1" })).toBe(false);
  });

  it("names the failing pass when verifying each pass", () => {
    const r = optimizeGraph(sample(), [noop, breaks, noop], true);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^IR verifier after breaks: .*Frobnicate: unknown op/);
  });

  it("still refuses a broken graph when verifying once, after the pipeline", () => {
    const r = optimizeGraph(sample(), [noop, breaks, noop], false);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^IR verifier after the pipeline .*Frobnicate: unknown op/);
    expect(optimizeGraph(sample(), [noop], false).ok).toBe(true);
    expect(optimizeGraph(sample(), [noop], true).ok).toBe(true);
  });
});
