import { describe, expect, it } from "vitest";
import { SEEN } from "@pyvm/interpreter";
import type { Graph, Instr } from "../ir/graph.js";
import { buildGraph } from "../build/builder.js";
import { feedbackFor, functionCode } from "../build/test-support.js";
import { verifyGraph } from "../verify.js";
import { optimizeGraph } from "./pipeline.js";
import { truncateMasked } from "./truncate.js";

const RANGE = { cls: { name: "type" }, name: "range" };

function built(src: string, optimize: boolean): Graph {
  const code = functionCode(src, "f");
  const r = buildGraph(code, feedbackFor(code, { kinds: () => SEEN.INT }), {
    optimize,
    rangeType: RANGE,
    globalValue: (n) => (n === "range" ? { value: RANGE, fromBuiltins: true } : undefined),
  });
  if (!r.ok) throw new Error(r.reason);
  return r.graph;
}

const ops = (g: Graph): string[] => g.blocks.flatMap((b) => b.instrs).map((i: Instr) => i.op);

describe("truncate", () => {
  it("computes arithmetic that only feeds a constant mask modulo 2^32, without guards", () => {
    const g = built("def f(x, n):\n    for _ in range(n):\n        x = (x * 1103515245 + 12345) & 0x7FFFFFFF\n    return x\n", false);
    truncateMasked(g);
    expect(verifyGraph(g)).toEqual([]);
    const o = ops(g);
    expect(o).toContain("Int32WrapMul");
    expect(o).toContain("Int32WrapAdd");
    expect(o).toContain("Int53AndMask");
    expect(o).not.toContain("Int53Mul");
    expect(o).not.toContain("Int53BitAnd");
    for (const i of g.blocks.flatMap((b) => b.instrs)) if (i.op.startsWith("Int32Wrap") || i.op === "Int53AndMask") expect(i.frameState).toBeNull();
  });

  it("keeps a product exact when its full value is used too", () => {
    const g = built("def f(i):\n    p = i * 3037000499\n    return (p & 255) + p\n", false);
    truncateMasked(g);
    expect(verifyGraph(g)).toEqual([]);
    const o = ops(g);
    expect(o).toContain("Int53Mul");
    expect(o).toContain("Int53AndMask");
    expect(o).not.toContain("Int32WrapMul");
  });

  it("leaves an AND with a variable or negative mask guarded", () => {
    const g = built("def f(a, b):\n    return (a * b & b) + (a & -2)\n", false);
    truncateMasked(g);
    expect(ops(g).filter((o) => o === "Int53BitAnd").length).toBe(2);
    expect(ops(g)).not.toContain("Int32WrapMul");
  });

  it("runs in the pipeline", () => {
    const g = built("def f(h, n):\n    for k in range(n):\n        h = ((h ^ k) * 16777619) & 0xFFFFFFFF\n    return h\n", false);
    expect(optimizeGraph(g)).toEqual({ ok: true });
    expect(ops(g)).toContain("Int32WrapMul");
    expect(ops(g)).toContain("Int32WrapXor"); // h ^ k may exceed int32 (h < 2^32): no operand guard
  });
});
