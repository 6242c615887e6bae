import { describe, expect, it } from "vitest";
import { Graph, Repr, type Block, type FrameState, type Instr, type Value } from "../ir/graph.js";
import { verifyGraph } from "../verify.js";
import { forwardLoads } from "./load-forward.js";

const fs = (pc: number, locals: Value[]): FrameState => ({ pc, locals, stack: [], parent: null });

function setup(): { g: Graph; b: Block; o: Value; p: Value; v: Value } {
  const g = new Graph("t");
  const b = g.newBlock(0);
  const o = g.addParam(b, Repr.Tagged);
  const p = g.addParam(b, Repr.Tagged);
  const v = g.addParam(b, Repr.Tagged);
  return { g, b, o, p, v };
}

const ops = (g: Graph): string[] => g.blocks.flatMap((b) => b.instrs).map((i) => i.op);

describe("forward-loads", () => {
  it("reuses a closure cell's value read or stored before; a cell store forgets the other cells", () => {
    const { g, b, o, p, v } = setup();
    const c1 = g.addInstr(b, "LoadCell", Repr.Tagged, [o], [0], 1, fs(1, [o, p, v]));
    const c2 = g.addInstr(b, "LoadCell", Repr.Tagged, [o], [0], 2, fs(2, [o, p, v]));
    g.addInstr(b, "StoreCell", Repr.Void, [p, v], [], 3); // p may be o
    const c3 = g.addInstr(b, "LoadCell", Repr.Tagged, [o], [0], 4, fs(4, [o, p, v]));
    const c4 = g.addInstr(b, "LoadCell", Repr.Tagged, [p], [1], 5, fs(5, [o, p, v]));
    const t = g.addInstr(b, "BuildTuple", Repr.Tagged, [c1, c2, c3, c4]);
    b.terminator = { kind: "return", value: t };
    expect(forwardLoads(g)).toBe(2);
    expect(verifyGraph(g)).toEqual([]);
    expect(t.inputs).toEqual([c1, c1, c3, v]);
  });

  it("reuses a slot loaded or stored before, across stores to other slots", () => {
    const { g, b, o, p, v } = setup();
    const x1 = g.addInstr(b, "LoadSlot", Repr.Tagged, [o], [0], 1, fs(1, [o, p, v]));
    g.addInstr(b, "StoreSlot", Repr.Void, [p, v], [1], 2);
    const x2 = g.addInstr(b, "LoadSlot", Repr.Tagged, [o], [0], 3, fs(3, [o, p, v]));
    g.addInstr(b, "StoreSlot", Repr.Void, [o, v], [2], 4);
    const y = g.addInstr(b, "LoadSlot", Repr.Tagged, [o], [2], 5, fs(5, [x2, p, v]));
    const t = g.addInstr(b, "BuildTuple", Repr.Tagged, [x1, x2, y]);
    b.terminator = { kind: "return", value: t };
    expect(forwardLoads(g)).toBe(2);
    expect(verifyGraph(g)).toEqual([]);
    expect(ops(g)).toEqual(["LoadSlot", "StoreSlot", "StoreSlot", "BuildTuple"]);
    expect(t.inputs).toEqual([x1, x1, v]);
  });

  it("forgets a slot stored through another object and everything at an op with effects", () => {
    const { g, b, o, p, v } = setup();
    g.addInstr(b, "LoadSlot", Repr.Tagged, [o], [0], 1, fs(1, [o, p, v]));
    g.addInstr(b, "StoreSlot", Repr.Void, [p, v], [0], 2); // p may be o
    const a = g.addInstr(b, "LoadSlot", Repr.Tagged, [o], [0], 3, fs(3, [o, p, v]));
    g.addInstr(b, "GetItem", Repr.Tagged, [p, v], [], 4, fs(4, [o, p, v])); // may run Python code
    const c = g.addInstr(b, "LoadSlot", Repr.Tagged, [o], [0], 5, fs(5, [o, p, v]));
    b.terminator = { kind: "return", value: g.addInstr(b, "BuildTuple", Repr.Tagged, [a, c]) };
    expect(forwardLoads(g)).toBe(0);
    expect(ops(g).filter((x) => x === "LoadSlot").length).toBe(3);
  });

  it("carries facts into single-predecessor blocks only", () => {
    const { g, b, o, p, v } = setup();
    const first = g.addInstr(b, "LoadSlot", Repr.Tagged, [o], [0], 1, fs(1, [o, p, v]));
    const cond = g.addInstr(b, "ConstBool", Repr.Bool, [], [1]);
    const thenB = g.newBlock(2);
    const join = g.newBlock(3);
    b.terminator = { kind: "branch", cond, ifTrue: thenB, trueArgs: [], ifFalse: join, falseArgs: [] };
    const inThen = g.addInstr(thenB, "LoadSlot", Repr.Tagged, [o], [0], 2, fs(2, [o, p, v]));
    thenB.terminator = { kind: "return", value: inThen };
    const inJoin: Instr = g.addInstr(join, "LoadSlot", Repr.Tagged, [o], [0], 3, fs(3, [o, p, v]));
    join.terminator = { kind: "return", value: inJoin };
    expect(forwardLoads(g)).toBe(2);
    expect(verifyGraph(g)).toEqual([]);
    expect(thenB.terminator).toEqual({ kind: "return", value: first });
  });

  it("forwards list items by list and index value; a list store forgets the others", () => {
    const { g, b, o, p, v } = setup();
    const i = g.addInstr(b, "ConstInt53", Repr.Int53, [], [0]);
    const a = g.addInstr(b, "SeqGet", Repr.Tagged, [o, i], [], 1, fs(1, [o, p, v]));
    const a2 = g.addInstr(b, "SeqGet", Repr.Tagged, [o, i], [], 2, fs(2, [o, p, v]));
    g.addInstr(b, "ListSet", Repr.Void, [p, i, v], [], 3, fs(3, [o, p, v]));
    const a3 = g.addInstr(b, "SeqGet", Repr.Tagged, [o, i], [], 4, fs(4, [o, p, v]));
    const w = g.addInstr(b, "SeqGet", Repr.Tagged, [p, i], [], 5, fs(5, [o, p, v]));
    const t = g.addInstr(b, "BuildTuple", Repr.Tagged, [a, a2, a3, w]);
    b.terminator = { kind: "return", value: t };
    expect(forwardLoads(g)).toBe(2);
    expect(verifyGraph(g)).toEqual([]);
    expect(t.inputs).toEqual([a, a, a3, v]);
  });
});
