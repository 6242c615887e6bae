import { describe, expect, it } from "vitest";
import { Op, OPCODE_NAMES } from "@pyvm/bytecode";
import { SEEN } from "@pyvm/interpreter";
import { Graph, Repr, type Block, type Instr } from "../ir/graph.js";
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

function unoptimized(src: string, kinds = 0, specialized?: (op: number) => number): Graph {
  const code = functionCode(src, "f");
  const spec = specialized === undefined ? undefined : (pc: number) => specialized(((code.code[pc] as number) & 0xff) as number);
  const r = buildGraph(code, feedbackFor(code, { kinds: () => kinds, ...(spec === undefined ? {} : { specialized: spec }) }), {
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

describe("hoist-invariants: guards and cell loads", () => {
  const CELL = "def f(n, k):\n    flags = [True] * n\n    def g():\n        return flags\n    for j in range(k):\n        flags[j] = False\n    return g\n";
  const where = (g: Graph, op: string): Block[] => g.blocks.filter((b) => b.instrs.some((i) => i.op === op));
  // STORE_SUBSCR's feedback: an exact list at an int index.
  const listStore = (op: number): number => (op === Op.STORE_SUBSCR ? OPCODE_NAMES.indexOf("STORE_SUBSCR_LIST_INT") : -1);

  it("moves a closure cell's load and its type check to the preheader, with the loop's entry state", () => {
    const g = unoptimized(CELL, SEEN.INT, listStore);
    expect(optimizeGraph(g).ok).toBe(true);
    expect(verifyGraph(g)).toEqual([]);
    expect(count(g, "LoadCell")).toBe(0);
    expect(count(g, "LoopState")).toBe(0);
    const load = all(g).find((i) => i.op === "LoadCellChecked");
    expect(load).toBeDefined();
    // It runs once, before the loop: not in a block of the loop (the one holding the store).
    const store = where(g, "ListSet")[0];
    expect(where(g, "LoadCellChecked")).not.toContain(store);
    const header = g.blocks.find((b) => b.params.some((p) => p.repr === Repr.Int53));
    expect(load?.frameState?.pc).toBe(header?.pc);
  });

  it("leaves them in loops that may run Python code or store cells, and checks that run only on some iterations", () => {
    const calls = unoptimized(CELL.replace("flags[j] = False", "flags[j] = len(flags)"), SEEN.INT, listStore);
    expect(optimizeGraph(calls).ok).toBe(true);
    expect(count(calls, "LoadCellChecked")).toBe(0);
    const stores = unoptimized(CELL.replace("flags[j] = False", "flags[j] = False\n        flags = flags"), SEEN.INT, listStore);
    expect(optimizeGraph(stores).ok).toBe(true);
    expect(count(stores, "LoadCellChecked")).toBe(0);
    const some = unoptimized(CELL.replace("flags[j] = False", "if j > 3:\n            flags[j] = False"), SEEN.INT, listStore);
    expect(optimizeGraph(some).ok).toBe(true);
    expect(count(some, "LoadCellChecked")).toBe(0);
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

  it("keeps a counted loop's next position exact, checking stop + step once at the loop's entry", () => {
    const g = unoptimized(SUM, SEEN.INT);
    const r = optimizeGraph(g);
    expect(r.ok).toBe(true);
    // i + 1 (the range position) is exact; t + i stays guarded, and so does n + 1 (checked once, before the loop).
    expect(count(g, "Int53AddExact")).toBe(1);
    expect(count(g, "Int53Add")).toBe(2);
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
