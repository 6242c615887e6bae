/**
 * Range iterators tier 2 takes apart that user code may hold: an OSR
 * entry's (the live iterator on the frame's stack) and one a function
 * receives (a comprehension's `.0`). The counted loop keeps the object as
 * its origin — reads its position and advances it each step — and the
 * object stands for the virtual iterator in frame states; a loop header
 * that also receives a `range()` the unit makes drops the origin.
 */
import { describe, expect, it } from "vitest";
import { Op, OPCODE_NAMES } from "@pyvm/bytecode";
import { SEEN } from "@pyvm/interpreter";
import { buildGraph } from "./builder.js";
import { verifyGraph } from "../verify.js";
import type { Graph } from "../ir/graph.js";
import { feedbackFor, functionCode, moduleCode, pcsOf } from "./test-support.js";

const RANGE = { cls: { name: "type" }, name: "range" };
const FOR_ITER_RANGE = OPCODE_NAMES.indexOf("FOR_ITER_RANGE");

function ops(g: Graph): string[] {
  return g.blocks.flatMap((b) => b.instrs).map((i) => i.op);
}

describe("range iterators user code may hold", () => {
  it("a comprehension over its .0 range iterator is a counted loop that advances the object", () => {
    if (FOR_ITER_RANGE < 0) return; // no quickened FOR_ITER in this opcode table
    const outer = functionCode("def f(n):\n    return [x * 2 for x in range(n)]\n", "f");
    const comp = outer.consts.find((c) => typeof c === "object" && c !== null && (c as { name?: string }).name === "<listcomp>") as typeof outer;
    const header = pcsOf(comp, Op.FOR_ITER)[0] as number;
    const fb = feedbackFor(comp, { kinds: () => SEEN.INT, specialized: (pc) => (pc === header ? FOR_ITER_RANGE : -1) });
    const r = buildGraph(comp, fb, { rangeType: RANGE, rangeIteratorType: RANGE });
    if (!r.ok) throw new Error(r.reason);
    expect(verifyGraph(r.graph)).toEqual([]);
    const o = ops(r.graph);
    expect(o).toContain("UnpackRangeIter");
    expect(o).toContain("RangeIterCurrent");
    expect(o).toContain("RangeIterAdvance");
    expect(o).not.toContain("IterNext");
    // Frame states hold the object itself, never a fresh copy.
    expect(o).not.toContain("MaterializeRangeIter");
  });

  it("without range feedback the loop stays generic", () => {
    const outer = functionCode("def f(xs):\n    return [x for x in xs]\n", "f");
    const comp = outer.consts.find((c) => typeof c === "object" && c !== null && (c as { name?: string }).name === "<listcomp>") as typeof outer;
    const r = buildGraph(comp, feedbackFor(comp), { rangeType: RANGE, rangeIteratorType: RANGE });
    if (!r.ok) throw new Error(r.reason);
    expect(ops(r.graph)).toContain("IterNext");
    expect(ops(r.graph)).not.toContain("UnpackRangeIter");
  });

  it("an OSR entry into a loop nest whose inner header also gets range() iterators drops the origin there", () => {
    if (FOR_ITER_RANGE < 0) return;
    const code = moduleCode("t = 0\nfor i in range(10):\n    for j in range(10):\n        t += i * j\n");
    const headers = pcsOf(code, Op.FOR_ITER);
    const fake = { kinds: () => SEEN.INT, specialized: (pc: number) => (headers.includes(pc) ? FOR_ITER_RANGE : -1) };
    const types = new Array<"int" | "float" | "range" | undefined>(code.nlocalsplus).concat(["range", "range"]);
    const r = buildGraph(code, feedbackFor(code, fake), {
      rangeType: RANGE,
      rangeIteratorType: RANGE,
      osrPc: headers[1] as number,
      osrEntryTypes: types,
      globalValue: (n) => (n === "range" ? { value: RANGE, fromBuiltins: true } : undefined),
    });
    if (!r.ok) throw new Error(r.reason);
    expect(verifyGraph(r.graph)).toEqual([]);
    // The inner loop runs on fresh range() iterators too: no per-step load/store on it. The outer one (entered
    // only from the OSR entry and its own back edge) keeps its origin.
    const o = ops(r.graph);
    expect(o.filter((x) => x === "RangeIterCurrent").length).toBe(1);
  });
});
