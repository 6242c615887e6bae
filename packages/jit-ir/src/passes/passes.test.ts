import { describe, expect, it } from "vitest";
import { SEEN } from "@pyvm/interpreter";
import { Graph, Repr, type Instr } from "../ir/graph.js";
import { buildGraph } from "../build/builder.js";
import { feedbackFor, functionCode } from "../build/test-support.js";
import { verifyGraph } from "../verify.js";
import { simplify } from "./simplify.js";
import { unboxParams } from "./unbox.js";
import { hoistInvariants } from "./licm.js";
import { optimizeGraph } from "./pipeline.js";
import { intRanges } from "./int-ranges.js";

const RANGE = { cls: { name: "type" }, name: "range" };
const SUM = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n";

function unoptimized(src: string, kinds = 0): Graph {
  const code = functionCode(src, "f");
  const r = buildGraph(code, feedbackFor(code, { kinds: () => kinds }), {
    optimize: false,
    rangeType: RANGE,
    globalValue: (n) => (n === "range" ? { value: RANGE, fromBuiltins: true } : undefined),
  });
  if (!r.ok) throw new Error(r.reason);
  return r.graph;
}

const all = (g: Graph): Instr[] => g.blocks.flatMap((b) => b.instrs);
const count = (g: Graph, op: string): number => all(g).filter((i) => i.op === op).length;

describe("unbox-params", () => {
  it("drops parameters that only ever receive one value", () => {
    const g = unoptimized(SUM);
    simplify(g);
    expect(verifyGraph(g)).toEqual([]);
    const header = g.blocks.find((b) => b !== g.entry && b.params.length > 0);
    expect(header?.params.length).toBe(2); // t and the range position (n, stop and step are invariant; i is dead there)
  });

  it("turns a tagged loop-carried int into an int53 parameter", () => {
    const g = unoptimized(SUM);
    const tagged = g.blocks.flatMap((b) => b.params).filter((p) => p.repr === Repr.Tagged).length;
    expect(unboxParams(g)).toBeGreaterThan(0);
    expect(verifyGraph(g)).toEqual([]);
    const after = g.blocks.flatMap((b) => b.params).filter((p) => p.repr === Repr.Tagged).length;
    expect(after).toBeLessThan(tagged);
    simplify(g);
    expect(verifyGraph(g)).toEqual([]);
    // t is checked once before the loop: inside, the int53 parameter feeds Int53Add directly.
    expect(count(g, "CheckInt")).toBe(1);
  });

  it("leaves a parameter that merges an unbound local tagged", () => {
    const src = "def f(n):\n    t = 0\n    for i in range(n):\n        if i > 0:\n            t += last\n        last = i\n    return t\n";
    const g = unoptimized(src);
    unboxParams(g);
    const header = g.blocks.find((b) => b.params.length === 5); // t, last, the iterator's position, stop, step
    expect(header?.params[1]?.repr).toBe(Repr.Tagged); // `last` is live at the header and unbound on loop entry
  });

  it("keeps locals that are dead at a loop header out of its parameters", () => {
    const src = "def f(n):\n    t = 0\n    for i in range(n):\n        d = i * 2\n        t += d\n    return t\n";
    const g = unoptimized(src);
    const header = g.blocks.find((b) => b.params.length > 0 && b !== g.entry);
    // t, then the iterator's position, stop and step: not n (only read before the loop), i or d (stored before any read).
    expect(header?.params.length).toBe(4);
  });
});

describe("simplify", () => {
  it("folds checks of boxed values and merges dominated duplicates", () => {
    const g = new Graph("t");
    const b0 = g.newBlock(0);
    const x = g.addParam(b0, Repr.Tagged);
    const fs = { pc: 0, locals: [x], stack: [], parent: null };
    const c1 = g.addInstr(b0, "CheckInt", Repr.Int53, [x], [], 0, fs);
    const b1 = g.newBlock(1);
    b0.terminator = { kind: "jump", target: b1, args: [] };
    const c2 = g.addInstr(b1, "CheckInt", Repr.Int53, [x], [], 1, fs);
    const boxed = g.addInstr(b1, "Box", Repr.Tagged, [c1], [], 1);
    const c3 = g.addInstr(b1, "CheckInt", Repr.Int53, [boxed], [], 1, fs);
    const sum = g.addInstr(b1, "Int53Add", Repr.Int53, [c2, c3], [], 1, fs);
    const out = g.addInstr(b1, "Box", Repr.Tagged, [sum], [], 1);
    b1.terminator = { kind: "return", value: out };
    simplify(g);
    expect(verifyGraph(g)).toEqual([]);
    expect(count(g, "CheckInt")).toBe(1);
    expect(sum.inputs).toEqual([c1, c1]);
  });

  it("deletes unused pure instructions but keeps guards", () => {
    const g = new Graph("t");
    const b0 = g.newBlock(0);
    const x = g.addParam(b0, Repr.Tagged);
    const fs = { pc: 0, locals: [x], stack: [], parent: null };
    g.addInstr(b0, "ConstInt53", Repr.Int53, [], [7], 0);
    g.addInstr(b0, "CheckInt", Repr.Int53, [x], [], 0, fs);
    b0.terminator = { kind: "return", value: x };
    simplify(g);
    expect(all(g).map((i) => i.op)).toEqual(["CheckInt"]);
  });
});

describe("hoist-invariants", () => {
  it("moves loop-invariant pure values to the preheader", () => {
    const g = unoptimized("def f(n, x):\n    t = 0.0\n    for i in range(n):\n        t += x * 2.0\n    return t\n", SEEN.FLOAT);
    simplify(g);
    unboxParams(g);
    simplify(g);
    const header = g.blocks.find((b) => b.params.some((p) => p.repr === Repr.Int53));
    const before = g.blocks.filter((b) => b !== header && b.id > (header?.id ?? 0)).flatMap((b) => b.instrs.map((i) => i.op));
    expect(before).toContain("ConstFloat64");
    hoistInvariants(g);
    expect(verifyGraph(g)).toEqual([]);
    const loopOps = g.blocks.filter((b) => b.id > (header?.id ?? 0) && b.terminator?.kind !== "return").flatMap((b) => b.instrs.map((i) => i.op));
    expect(loopOps).not.toContain("ConstFloat64");
  });
});

describe("int-ranges", () => {
  it("drops the overflow guard of n - 1 where a dominating test bounds n, and of x % 10 + 1, not elsewhere", () => {
    const g = unoptimized("def f(n):\n    if n < 2:\n        return n - 1\n    return (n - 1) + (n % 10 + 1)\n", SEEN.INT);
    simplify(g);
    intRanges(g);
    expect(verifyGraph(g)).toEqual([]);
    // The then-branch's n - 1 can overflow (n may be -(2^53 - 1)); the else-branch's cannot, nor (n % 10) + 1.
    expect(count(g, "Int53Sub")).toBe(1);
    expect(count(g, "Int53SubExact")).toBe(1);
    expect(count(g, "Int53AddExact")).toBe(1);
    expect(count(g, "Int53Add")).toBe(1);
    for (const i of all(g)) if (i.op.endsWith("Exact")) expect(i.frameState).toBeNull();
  });

  it("moves a counted loop's next position into the body, where i < stop proves it in range", () => {
    const g = unoptimized(SUM, SEEN.INT);
    const r = optimizeGraph(g);
    expect(r.ok).toBe(true);
    // i + 1 (the range position) is exact; t + i stays guarded.
    expect(count(g, "Int53AddExact")).toBe(1);
    expect(count(g, "Int53Add")).toBe(1);
  });

  it("bounds induction variables from below by their entry value: i * j of two counted loops under a constant stop is exact", () => {
    const src = "def f(t):\n    for i in range(1000):\n        for j in range(1000):\n            t += i * j\n    return t\n";
    const g = unoptimized(src, SEEN.INT);
    const r = optimizeGraph(g);
    expect(r.ok).toBe(true);
    expect(count(g, "Int53MulExact")).toBe(1);
    expect(count(g, "Int53Mul")).toBe(0);
    // A loop variable that may shrink on a back edge has no lower bound: i * j keeps its guard.
    const down = unoptimized("def f(t, k):\n    i = 0\n    while i < 1000:\n        t += i * i\n        i = i - k\n    return t\n", SEEN.INT);
    expect(optimizeGraph(down).ok).toBe(true);
    expect(count(down, "Int53Mul")).toBe(1);
  });
});

describe("optimizeGraph", () => {
  it("runs every pass with the verifier and reports a broken graph as a refusal", () => {
    const g = new Graph("bad");
    const b0 = g.newBlock(0);
    const x = g.addParam(b0, Repr.Tagged);
    g.addInstr(b0, "CheckInt", Repr.Int53, [x], [], 0, null);
    b0.terminator = { kind: "return", value: x };
    const r = optimizeGraph(g);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/missing frame state/);
  });
});
