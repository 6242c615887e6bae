import { describe, expect, it } from "vitest";
import { Graph, Repr } from "./ir/graph.js";
import { printGraph } from "./print.js";
import { verifyGraph } from "./verify.js";

/** sum(range(n)) as a counted loop, built by hand. */
function countedLoop(): Graph {
  const g = new Graph("loop");
  const entry = g.newBlock(0);
  const n = g.addParam(entry, Repr.Int53);
  const head = g.newBlock(4);
  const i = g.addParam(head, Repr.Int53);
  const acc = g.addParam(head, Repr.Int53);
  const body = g.newBlock(6);
  const exit = g.newBlock(12);
  const zero = g.addInstr(entry, "ConstInt", Repr.Int53, [], [0]);
  entry.terminator = { kind: "jump", target: head, args: [zero, zero] };
  const cond = g.addInstr(head, "LtInt53", Repr.Bool, [i, n]);
  head.terminator = { kind: "branch", cond, ifTrue: body, trueArgs: [], ifFalse: exit, falseArgs: [] };
  const one = g.addInstr(body, "ConstInt", Repr.Int53, [], [1]);
  const acc2 = g.addInstr(body, "AddInt53Overflow", Repr.Int53, [acc, i], [], 8, { pc: 8, locals: [n, i, acc], stack: [], parent: null });
  const i2 = g.addInstr(body, "AddInt53Overflow", Repr.Int53, [i, one], [], 9, { pc: 9, locals: [n, i, acc2], stack: [], parent: null });
  body.terminator = { kind: "jump", target: head, args: [i2, acc2] };
  exit.terminator = { kind: "return", value: acc };
  return g;
}

describe("IR graph", () => {
  it("verifies a well-formed loop", () => {
    expect(verifyGraph(countedLoop(), false)).toEqual([]);
  });

  it("prints readably", () => {
    const text = printGraph(countedLoop());
    expect(text).toContain("b1(v1:int53, v2:int53):  ; pc 4");
    expect(text).toContain("!v6:int53 = AddInt53Overflow(v2, v1) @8");
    expect(text).toContain("branch v4 ? b2() : b3()");
  });

  it("reports argument mismatches and missing terminators", () => {
    const g = countedLoop();
    const head = g.blocks[1];
    const entry = g.blocks[0];
    if (head === undefined || entry === undefined) throw new Error("unreachable");
    entry.terminator = { kind: "jump", target: head, args: [] };
    g.newBlock();
    const errors = verifyGraph(g, false).map((e) => e.message);
    expect(errors).toContain("jump to b1 passes 0 values for 2 parameters");
    expect(errors).toContain("block has no terminator");
  });

  it("reports uses that are not dominated by their definition", () => {
    const g = new Graph("bad");
    const a = g.newBlock();
    const b = g.newBlock();
    const c = g.newBlock();
    const cond = g.addInstr(a, "ConstBool", Repr.Bool, [], [1]);
    a.terminator = { kind: "branch", cond, ifTrue: b, trueArgs: [], ifFalse: c, falseArgs: [] };
    const x = g.addInstr(b, "ConstInt", Repr.Int53, [], [1]);
    b.terminator = { kind: "jump", target: c, args: [] };
    c.terminator = { kind: "return", value: x };
    expect(verifyGraph(g, false).map((e) => e.message)).toContain(`return: v${x.id} does not dominate its use`);
  });
});
