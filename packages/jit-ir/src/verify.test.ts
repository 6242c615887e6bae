import { describe, expect, it } from "vitest";
import { Graph, Repr } from "./ir/graph.js";
import { verifyGraph } from "./verify.js";

function messages(g: Graph): string[] {
  return verifyGraph(g).map((e) => e.message);
}

describe("verifyGraph against the op table", () => {
  it("rejects inputs of the wrong representation", () => {
    const g = new Graph("t");
    const b = g.newBlock(0);
    const x = g.addParam(b, Repr.Tagged);
    const y = g.addInstr(b, "Int53Neg", Repr.Int53, [x]);
    b.terminator = { kind: "return", value: g.addInstr(b, "Box", Repr.Tagged, [y]) };
    expect(messages(g)).toContain(`v${y.id} Int53Neg: input 0 v${x.id} is tagged, expected int53`);
  });

  it("rejects guards without frame states, unknown ops, wrong result reprs and immediates", () => {
    const g = new Graph("t");
    const b = g.newBlock(0);
    const x = g.addParam(b, Repr.Tagged);
    const c = g.addInstr(b, "CheckInt", Repr.Int53, [x]);
    const u = g.addInstr(b, "Frobnicate", Repr.Tagged, []);
    const k = g.addInstr(b, "ConstInt53", Repr.Float64, [], []);
    b.terminator = { kind: "return", value: x };
    const m = messages(g);
    expect(m).toContain(`v${c.id} CheckInt: missing frame state`);
    expect(m).toContain(`v${u.id} Frobnicate: unknown op`);
    expect(m).toContain(`v${k.id} ConstInt53: result is float64, the op produces int53`);
    expect(m).toContain(`v${k.id} ConstInt53: 0 immediates, expected 1`);
  });

  it("rejects frame states naming values that do not dominate", () => {
    const g = new Graph("t");
    const a = g.newBlock(0);
    const x = g.addParam(a, Repr.Tagged);
    const b = g.newBlock(1);
    const c = g.newBlock(2);
    const cond = g.addInstr(a, "ConstBool", Repr.Bool, [], [1]);
    a.terminator = { kind: "branch", cond, ifTrue: b, trueArgs: [], ifFalse: c, falseArgs: [] };
    const late = g.addInstr(b, "Const", Repr.Tagged, [], [0]);
    b.terminator = { kind: "jump", target: c, args: [] };
    const chk = g.addInstr(c, "CheckInt", Repr.Int53, [x], [], 2, { pc: 2, locals: [late], stack: [], parent: null });
    c.terminator = { kind: "return", value: x };
    expect(messages(g)).toContain(`v${chk.id} CheckInt frame state: v${late.id} does not dominate its use`);
  });

  it("rejects non-bool branches and unboxed returns", () => {
    const g = new Graph("t");
    const a = g.newBlock(0);
    const b = g.newBlock(1);
    const n = g.addInstr(a, "ConstInt53", Repr.Int53, [], [1]);
    a.terminator = { kind: "branch", cond: n, ifTrue: b, trueArgs: [], ifFalse: b, falseArgs: [] };
    b.terminator = { kind: "return", value: n };
    const m = messages(g);
    expect(m).toContain(`branch on v${n.id}:int53, not a bool`);
    expect(m).toContain(`return of v${n.id}:int53, not tagged`);
  });
});
