import { describe, expect, it } from "vitest";
import { Op } from "@pyvm/bytecode";
import { SEEN } from "@pyvm/interpreter";
import { buildGraph } from "./builder.js";
import { verifyGraph } from "../verify.js";
import type { Graph } from "../ir/graph.js";
import { feedbackFor, functionCode, pcsOf } from "./test-support.js";

/** f's graph with `kinds` as the operand kinds seen at every BINARY_OP and COMPARE_OP; `avoid`: pcs that deoptimized. */
function graphOf(source: string, kinds: number, avoid: ReadonlySet<number> = new Set()): Graph {
  const code = functionCode(source, "f");
  const at = [...pcsOf(code, Op.BINARY_OP), ...pcsOf(code, Op.COMPARE_OP)];
  const r = buildGraph(code, feedbackFor(code, { kinds: (pc) => (at.includes(pc) ? kinds : 0) }), { genericPcs: avoid });
  if (!r.ok) throw new Error(`not compilable: ${r.reason}`);
  expect(verifyGraph(r.graph)).toEqual([]);
  return r.graph;
}

const ops = (g: Graph): string[] => g.blocks.flatMap((b) => b.instrs.map((i) => i.op));
const count = (o: string[], op: string): number => o.filter((x) => x === op).length;

describe("tier-2 big-int lowering (build/ints.ts)", () => {
  it("ints seen big: IntArith behind one CheckAnyInt per operand, IntCompare, no generic op or CheckValid", () => {
    const o = ops(graphOf("def f(q, r, t):\n    return 4 * q + r - t < 3 * t\n", SEEN.INT | SEEN.BIGINT));
    expect(count(o, "IntArith")).toBe(4);
    expect(count(o, "CheckAnyInt")).toBe(3);
    expect(o).toContain("IntCompare");
    expect(o).not.toContain("GenericBinaryOp");
    expect(o).not.toContain("GenericCompare");
    expect(o).not.toContain("CheckValid");
  });

  it("the same product twice in a block (either operand order) is computed once, also in a single-predecessor arm", () => {
    const o = ops(graphOf("def f(t, l, q):\n    if q < t * l:\n        return (t * l, l * t, q // (l * t))\n    return q\n", SEEN.INT | SEEN.BIGINT));
    expect(count(o, "IntArith")).toBe(2); // t * l once, q // (t * l)
  });

  it("other kinds seen, or two small ints already: not IntArith", () => {
    expect(ops(graphOf("def f(a, b):\n    return a * b\n", SEEN.INT | SEEN.BIGINT | SEEN.FLOAT))).not.toContain("IntArith");
    expect(ops(graphOf("def f(a, b):\n    return a * b\n", SEEN.INT))).not.toContain("IntArith");
    // Number constants (and int53 values) keep the int53 path even where bigints were seen.
    expect(ops(graphOf("def f():\n    a = 5\n    return a * 3\n", SEEN.INT | SEEN.BIGINT))).not.toContain("IntArith");
  });

  it("a site that deoptimized stays generic (no CheckAnyInt there)", () => {
    const src = "def f(q, t):\n    return q * t + q\n";
    const code = functionCode(src, "f");
    const [mul] = pcsOf(code, Op.BINARY_OP);
    const o = ops(graphOf(src, SEEN.INT | SEEN.BIGINT, new Set([mul as number])));
    expect(count(o, "GenericBinaryOp")).toBe(1);
    expect(count(o, "IntArith")).toBe(1);
  });
});
