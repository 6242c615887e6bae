import { describe, expect, it } from "vitest";
import { compile, OPCODE_NAMES, type CodeObject } from "@pyvm/bytecode";
import { Graph, Repr, type FrameState, type Value } from "@pyvm/jit-ir";
import { generateOpt } from "./codegen.js";
import { analyzeCfg } from "./cfg.js";
import { BoxKind, OPT_RUNTIME } from "./unit.js";

/** A code object with `n` locals to hang generated code on (its lines feed the comments). */
function codeWith(src: string): CodeObject {
  const mod = compile(src, { filename: "<test>", mode: "exec" });
  const c = mod.consts.find((k) => "code" in (k as object) || (k as { kind?: string }).kind === "code");
  return c as unknown as CodeObject;
}

const SRC = "def f(n):\n    s = 0\n    i = 0\n    while i < n:\n        s += i\n        i += 1\n    return s\n";

/**
 * `while i < n: s += i; i += 1` over int53 values, by hand: entry(n) →
 * head(i, s) ⇄ body, exit returns s. The adds are guards (overflow).
 */
function sumGraph(code: CodeObject): Graph {
  const g = new Graph("f");
  const entry = g.newBlock(0);
  const nT = g.addParam(entry, Repr.Tagged);
  for (let k = 1; k < code.nlocalsplus; k++) g.addParam(entry, Repr.Tagged);
  const head = g.newBlock(4);
  const i = g.addParam(head, Repr.Int53);
  const s = g.addParam(head, Repr.Int53);
  const body = g.newBlock(8);
  const exit = g.newBlock(20);
  const fs0: FrameState = { pc: 0, locals: [nT, null, null], stack: [], parent: null };
  const n = g.addInstr(entry, "CheckInt", Repr.Int53, [nT], [], 0, fs0);
  const zero = g.addInstr(entry, "ConstInt53", Repr.Int53, [], [0]);
  entry.terminator = { kind: "jump", target: head, args: [zero, zero] };
  const cond = g.addInstr(head, "Int53Compare", Repr.Bool, [i, n], [0]);
  head.terminator = { kind: "branch", cond, ifTrue: body, trueArgs: [], ifFalse: exit, falseArgs: [] };
  const one = g.addInstr(body, "ConstInt53", Repr.Int53, [], [1]);
  const fs1: FrameState = { pc: 8, locals: [n, s, i], stack: [], parent: null };
  const s2 = g.addInstr(body, "Int53Add", Repr.Int53, [s, i], [], 8, fs1);
  const fs2: FrameState = { pc: 12, locals: [n, s2, i], stack: [], parent: null };
  const i2 = g.addInstr(body, "Int53Add", Repr.Int53, [i, one], [], 12, fs2);
  body.terminator = { kind: "jump", target: head, args: [i2, s2] };
  exit.terminator = { kind: "return", value: s };
  return g;
}

type Made = { run: (...a: unknown[]) => unknown };

type Bind = (U: unknown, K: unknown, X: unknown) => { P: unknown; run: (...a: unknown[]) => unknown; entry: unknown; fast: unknown };

/** The source parsed and run once (one factory per process), then instantiated for one VM. */
function factoryOf(source: string, O: Readonly<Record<string, unknown>> = OPT_RUNTIME): Bind {
  return (new Function("O", source) as (O: unknown) => Bind)(O);
}

function instance(bind: Bind, consts: unknown[] = []): ReturnType<Bind> {
  const U = { ts: null, rt: null, globals: null, builtins: null, valid: true };
  return bind(U, consts, { directCodes: [], words: [], targets: [], names: [], nameCaches: [] });
}

/** `run` of one instance, called without its instance record (`run(f, fn, …params)`). */
function link(source: string, O: Readonly<Record<string, unknown>> = OPT_RUNTIME, consts: unknown[] = []): Made {
  const made = instance(factoryOf(source, O), consts);
  return { run: (...a: unknown[]) => made.run(made.P, ...a) };
}

describe("tier-2 code generation", () => {
  it("finds loop headers and merge nodes of a reducible graph", () => {
    const code = codeWith(SRC);
    const cfg = analyzeCfg(sumGraph(code));
    expect(cfg.reducible).toBe(true);
    expect([...cfg.loopHeaders].map((b) => b.id)).toEqual([1]);
    expect(cfg.mergeNodes.size).toBe(0);
  });

  it("shares run and fast between the instances of one factory (VMs), with an instance record each", () => {
    const code = codeWith(SRC);
    const r = generateOpt(sumGraph(code), code, OPCODE_NAMES as readonly string[], { stress: false, serial: 1 });
    if (!r.ok) throw new Error(r.reason);
    const bind = factoryOf(r.source);
    const a = instance(bind);
    const b = instance(bind);
    expect(a.run).toBe(b.run);
    expect(a.fast).toBe(b.fast);
    expect(a.entry).not.toBe(b.entry);
    expect(a.P).not.toBe(b.P);
    expect(a.run(a.P, null, null, 10, undefined, undefined)).toBe(45);
    expect(b.run(b.P, null, null, 4, undefined, undefined)).toBe(6);
  });

  it("emits a structured loop over unboxed ints and runs it", () => {
    const code = codeWith(SRC);
    const r = generateOpt(sumGraph(code), code, OPCODE_NAMES as readonly string[], { stress: false, serial: 1 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toContain("L1: for (;;) {");
    expect(r.source).toContain("continue L1;");
    expect(r.source).not.toContain("switch (B)");
    expect(r.source).toContain("//# sourceURL=pyvm-opt/f-1.js");
    expect(r.source).toMatch(/\/\/ line \d+/);
    const { run } = link(r.source);
    expect(run(null, null, 10, undefined, undefined)).toBe(45);
    expect(run(null, null, 0, undefined, undefined)).toBe(0);
  });

  it("deoptimizes with the frame state's values when a guard fails", () => {
    const code = codeWith(SRC);
    const r = generateOpt(sumGraph(code), code, OPCODE_NAMES as readonly string[], { stress: false, serial: 2 });
    if (!r.ok) throw new Error(r.reason);
    const calls: unknown[][] = [];
    // Guards pass the values as arguments (deoptArgs), no array literal per guard.
    const O = { ...OPT_RUNTIME, deoptArgs: (_u: unknown, k: number, _f: unknown, _fn: unknown, ...vals: unknown[]) => (calls.push([k, vals]), "deopted") };
    const { run } = link(r.source, O);
    expect(run(null, null, "x", undefined, undefined)).toBe("deopted");
    const [k, vals] = calls[0] as [number, unknown[]];
    expect(r.sites[k]?.pc).toBe(0);
    expect(r.sites[k]?.reason).toMatch(/^not an int/);
    expect(vals).toEqual(["x", undefined, undefined]);
    expect(Array.from(r.sites[k]?.kinds ?? [])).toEqual([BoxKind.AsIs, BoxKind.Unbound, BoxKind.Unbound]);
  });

  it("falls back to a block switch for an irreducible graph", () => {
    const code = codeWith(SRC);
    const g = new Graph("f");
    const entry = g.newBlock(0);
    const p: Value[] = [];
    for (let k = 0; k < code.nlocalsplus; k++) p.push(g.addParam(entry, Repr.Tagged));
    const a = g.newBlock(2);
    const b = g.newBlock(4);
    const exit = g.newBlock(6);
    const c = g.addInstr(entry, "IsUndefined", Repr.Bool, [p[1] as Value]);
    entry.terminator = { kind: "branch", cond: c, ifTrue: a, trueArgs: [], ifFalse: b, falseArgs: [] };
    const t = g.addInstr(a, "IsUndefined", Repr.Bool, [p[0] as Value]);
    a.terminator = { kind: "branch", cond: t, ifTrue: exit, trueArgs: [], ifFalse: b, falseArgs: [] };
    b.terminator = { kind: "jump", target: a, args: [] };
    exit.terminator = { kind: "return", value: p[0] as Value };
    expect(analyzeCfg(g).reducible).toBe(false);
    const r = generateOpt(g, code, OPCODE_NAMES as readonly string[], { stress: false, serial: 3 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toContain("switch (B)");
    const { run } = link(r.source);
    expect(run(null, null, undefined, undefined, undefined)).toBe(undefined);
  });

  it("reports ops it has no translation for as a reason, not a throw", () => {
    const code = codeWith(SRC);
    const g = sumGraph(code);
    g.addInstr(g.blocks[3] as never, "NoSuchOp", Repr.Tagged, []);
    const r = generateOpt(g, code, OPCODE_NAMES as readonly string[], { stress: false, serial: 4 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain("NoSuchOp");
  });

  it("emits the stress hook in guards only when asked", () => {
    const code = codeWith(SRC);
    const on = generateOpt(sumGraph(code), code, OPCODE_NAMES as readonly string[], { stress: true, serial: 5 });
    const off = generateOpt(sumGraph(code), code, OPCODE_NAMES as readonly string[], { stress: false, serial: 6 });
    expect(on.ok && on.source.includes("U.stress.failGuard()")).toBe(true);
    expect(off.ok && off.source.includes("failGuard")).toBe(false);
  });
});
