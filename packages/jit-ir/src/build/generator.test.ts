/**
 * Tier-2 resume units of generators (generator.ts): built at the pc after a
 * YIELD_VALUE with the frame's locals and stack (the sent value on top) as
 * entry parameters; each YIELD_VALUE ends a path with the suspension
 * terminator; everything else about generator code is refused.
 */
import { describe, expect, it } from "vitest";
import { Op } from "@pyvm/bytecode";
import { SEEN } from "@pyvm/interpreter";
import { buildGraph } from "./builder.js";
import { verifyGraph } from "../verify.js";
import { GENERATOR_YIELD, isResumePc, resumeRefusal } from "./generator.js";
import { feedbackFor, functionCode, pcsOf } from "./test-support.js";

const SRC = `
def gen(n):
    total = 0
    for i in range(n):
        total = total + i * 2
        yield total
    return total
`;

describe("generator resume units", () => {
  const code = functionCode(SRC, "gen");
  const [yieldPc] = pcsOf(code, Op.YIELD_VALUE) as [number];
  const resume = yieldPc + 1;

  it("enters at the pc after a yield and ends each path at the next yield or return", () => {
    expect(isResumePc(code, resume)).toBe(true);
    expect(resumeRefusal(code, resume)).toBeNull();
    const r = buildGraph(code, feedbackFor(code, { kinds: () => SEEN.INT }), { osrPc: resume });
    if (!r.ok) throw new Error(r.reason);
    expect(verifyGraph(r.graph)).toEqual([]);
    // Entry parameters: every local slot, then the stack at the resume point (the iterator and the sent value).
    expect(r.graph.entry.params.length).toBe(code.nlocalsplus + 2);
    const yields = r.graph.blocks.filter((b) => b.terminator?.kind === "deopt" && b.terminator.reason === GENERATOR_YIELD);
    expect(yields.length).toBe(1);
    const t = yields[0]?.terminator;
    if (t?.kind !== "deopt") throw new Error("no yield");
    // The state before the yield: all locals (generator code keeps every one live) and the value on top.
    expect(t.frameState.pc).toBe(yieldPc);
    expect(t.frameState.locals.length).toBe(code.nlocalsplus);
    expect(t.frameState.locals.every((l) => l !== null)).toBe(true);
    expect(t.frameState.stack.length).toBe(2);
    expect(r.graph.blocks.some((b) => b.terminator?.kind === "return")).toBe(true);
  });

  it("refuses the call entry and loop headers; compiles delegation (SEND)", () => {
    expect(buildGraph(code, feedbackFor(code)).ok).toBe(false);
    const header = pcsOf(code, Op.FOR_ITER)[0] as number;
    expect(isResumePc(code, header)).toBe(false);
    expect(buildGraph(code, feedbackFor(code), { osrPc: header }).ok).toBe(false);
    const flat = functionCode("def flat(xs):\n    for x in xs:\n        yield from x\n", "flat");
    const pc = (pcsOf(flat, Op.YIELD_VALUE)[0] as number) + 1;
    expect(resumeRefusal(flat, pc)).toBeNull();
    const r = buildGraph(flat, feedbackFor(flat), { osrPc: pc });
    if (!r.ok) throw new Error(r.reason);
    expect(verifyGraph(r.graph)).toEqual([]);
    expect(r.graph.blocks.flatMap((b) => b.instrs).map((i) => i.op)).toContain("Send");
  });
});
