import { describe, expect, it } from "vitest";
import { Graph, Repr, type Block, type Instr, type Value } from "../ir/graph.js";
import { verifyGraph } from "../verify.js";
import { simplify } from "./simplify.js";
import { unboxParams } from "./unbox.js";

/**
 * b0(x): c = CheckFloat(x); jump b1(Box(c))
 * b1(p): jump b2(p)                      -- outer loop header: p only carries the value on
 * b2(q): cq = CheckFloat(q) ...; branch ? b2(q) : b3()   -- inner loop consumes q unboxed
 * b3(): branch ? b1(Box(cq * cq)) : b4()
 * b4(): return Box(cq)
 */
function nestedCarrier(extraTaggedUseOfP: boolean): { g: Graph; p: Value; q: Value; b1: Block } {
  const g = new Graph("t");
  const b0 = g.newBlock(0);
  const x = g.addParam(b0, Repr.Tagged);
  const fs0 = { pc: 0, locals: [x], stack: [], parent: null };
  const c = g.addInstr(b0, "CheckFloat", Repr.Float64, [x], [], 0, fs0);
  const bx = g.addInstr(b0, "Box", Repr.Tagged, [c], [], 0);
  const b1 = g.newBlock(1);
  const b2 = g.newBlock(2);
  const b3 = g.newBlock(3);
  const b4 = g.newBlock(4);
  b0.terminator = { kind: "jump", target: b1, args: [bx] };
  const p = g.addParam(b1, Repr.Tagged);
  if (extraTaggedUseOfP) g.addInstr(b1, "BuildTuple", Repr.Tagged, [p], [], 1);
  b1.terminator = { kind: "jump", target: b2, args: [p] };
  const q = g.addParam(b2, Repr.Tagged);
  const fs2 = { pc: 2, locals: [q], stack: [], parent: null };
  const cq = g.addInstr(b2, "CheckFloat", Repr.Float64, [q], [], 2, fs2);
  const sum = g.addInstr(b2, "Float64Add", Repr.Float64, [cq, cq], [], 2);
  const cmp = g.addInstr(b2, "Float64Compare", Repr.Bool, [sum, cq], [0], 2);
  b2.terminator = { kind: "branch", cond: cmp, ifTrue: b2, trueArgs: [q], ifFalse: b3, falseArgs: [] };
  const prod = g.addInstr(b3, "Float64Mul", Repr.Float64, [cq, cq], [], 3);
  const cmp2 = g.addInstr(b3, "Float64Compare", Repr.Bool, [prod, cq], [0], 3);
  const boxed = g.addInstr(b3, "Box", Repr.Tagged, [prod], [], 3);
  b3.terminator = { kind: "branch", cond: cmp2, ifTrue: b1, trueArgs: [boxed], ifFalse: b4, falseArgs: [] };
  const out = g.addInstr(b4, "Box", Repr.Tagged, [cq], [], 4);
  b4.terminator = { kind: "return", value: out };
  return { g, p, q, b1 };
}

describe("unbox-params: float carriers", () => {
  it("unboxes an outer-loop parameter that only carries a float into a checked inner-loop parameter", () => {
    const { g, p, q } = nestedCarrier(false);
    expect(verifyGraph(g)).toEqual([]);
    expect(unboxParams(g)).toBe(2);
    expect(verifyGraph(g)).toEqual([]);
    expect(p.repr).toBe(Repr.Float64);
    expect(q.repr).toBe(Repr.Float64);
    simplify(g);
    expect(verifyGraph(g)).toEqual([]);
    // Only the entry's check is left; the loops pass raw doubles.
    expect(g.blocks.flatMap((b) => b.instrs).filter((i) => i.op === "CheckFloat").length).toBe(1);
  });

  it("leaves both tagged when the carrier has a tagged use of its own (unboxing would add a box there)", () => {
    const { g, p, q } = nestedCarrier(true);
    unboxParams(g);
    expect(verifyGraph(g)).toEqual([]);
    expect(p.repr).toBe(Repr.Tagged);
    expect(q.repr).toBe(Repr.Tagged);
  });
});

describe("unbox-params: checks moved onto tagged edges", () => {
  /**
   * b0(x, y): cx = CheckFloat(x); branch cx > cx ? b1 : b2
   * b1: jump b3(Box(cx * cx))    -- a fresh float
   * b2: jump b3(y)               -- some tagged value
   * b3(p): CheckFloat(p) [frame state: locals p, y] ... return
   */
  function merge(): { g: Graph; p: Value; y: Value; b1: Block; b2: Block; b3: Block } {
    const g = new Graph("t");
    const b0 = g.newBlock(0);
    const x = g.addParam(b0, Repr.Tagged);
    const y = g.addParam(b0, Repr.Tagged);
    const cx = g.addInstr(b0, "CheckFloat", Repr.Float64, [x], [], 0, { pc: 0, locals: [x, y], stack: [], parent: null });
    const cmp = g.addInstr(b0, "Float64Compare", Repr.Bool, [cx, cx], [4], 0);
    const b1 = g.newBlock(1);
    const b2 = g.newBlock(2);
    const b3 = g.newBlock(3);
    b0.terminator = { kind: "branch", cond: cmp, ifTrue: b1, trueArgs: [], ifFalse: b2, falseArgs: [] };
    const sq = g.addInstr(b1, "Float64Mul", Repr.Float64, [cx, cx], [], 1);
    const boxed = g.addInstr(b1, "Box", Repr.Tagged, [sq], [], 1);
    b1.terminator = { kind: "jump", target: b3, args: [boxed] };
    b2.terminator = { kind: "jump", target: b3, args: [y] };
    const p = g.addParam(b3, Repr.Tagged);
    const cp = g.addInstr(b3, "CheckFloat", Repr.Float64, [p], [], 3, { pc: 3, locals: [p, y], stack: [], parent: null });
    const sum = g.addInstr(b3, "Float64Add", Repr.Float64, [cp, cp], [], 3);
    const out = g.addInstr(b3, "Box", Repr.Tagged, [sum], [], 3);
    b3.terminator = { kind: "return", value: out };
    return { g, p, y, b1, b2, b3 };
  }

  it("checks the tagged edge's value in its predecessor and passes the fresh float raw", () => {
    const { g, p, y, b1, b2, b3 } = merge();
    expect(verifyGraph(g)).toEqual([]);
    unboxParams(g);
    expect(verifyGraph(g)).toEqual([]);
    simplify(g);
    expect(verifyGraph(g)).toEqual([]);
    expect(p.repr).toBe(Repr.Float64);
    const moved = b2.instrs.find((i) => i.op === "CheckFloat");
    expect(moved?.inputs[0]).toBe(y);
    // The moved check resumes where the original did, with the edge's value for the parameter.
    expect(moved?.frameState?.pc).toBe(3);
    expect(moved?.frameState?.locals).toEqual([y, y]);
    expect(b1.instrs.some((i) => i.op === "Box")).toBe(false);
    expect(b3.instrs.some((i) => i.op === "CheckFloat")).toBe(false);
  });

  it("leaves the merge alone when a value computed in the merge block feeds the check's frame state", () => {
    const { g, p, b3 } = merge();
    const check = b3.instrs[0] as Instr;
    const k = g.addInstr(b3, "Float64Add", Repr.Float64, [check, check], [], 3);
    b3.instrs.pop();
    b3.instrs.unshift(k);
    // A frame state that names a value of b3 computed from the parameter's own check cannot move.
    const bad = g.addInstr(b3, "Box", Repr.Tagged, [k], [], 3);
    b3.instrs.pop();
    b3.instrs.splice(1, 0, bad);
    (check as { frameState: unknown }).frameState = { pc: 3, locals: [p, bad], stack: [], parent: null };
    unboxParams(g);
    expect(p.repr).toBe(Repr.Tagged);
  });
});
