/**
 * Compile-time argument binding at tier 2 (builder.ts `boundCall`): calls of
 * known functions with keywords, defaults, keyword-only parameters, *args
 * and **kwargs become guarded direct calls with one argument per parameter
 * slot; what the binding would reject stays a generic `Call`.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, type BuildOptions } from "./builder.js";
import { verifyGraph } from "../verify.js";
import type { Graph } from "../ir/graph.js";
import { feedbackFor, fakeFunction, moduleCode } from "./test-support.js";
import { CodeObject } from "@pyvm/bytecode";
import { PyDict } from "@pyvm/interpreter";

const SRC = `
def callee(a, b=2, *rest, k=1, **opts):
    return a

def kwonly(x, *, lo=0):
    return x

def caller(i):
    return callee(i, k=3, z=4) + callee(i, 5, 6, 7) + kwonly(i) + kwonly(x=i, lo=1)

def star(i, d):
    return callee(i, *(1, 2), k=4, **{"z": 5}) + callee(*(i,), **d) + callee(i, **{"a": 1})

def bad(i):
    return kwonly(i, nope=1) + kwonly(i, 2) + kwonly()
`;

function build(name: string, options: Partial<BuildOptions> = {}): Graph {
  const codes = moduleCode(SRC).consts.filter((c): c is CodeObject => c instanceof CodeObject);
  const code = (n: string) => codes.find((c) => c.name === n) as CodeObject;
  const kwd = (entries: [string, unknown][]) => {
    const d = new PyDict();
    for (const [k, v] of entries) d.setStr(k, v as never);
    return d;
  };
  const callee = { ...fakeFunction(code("callee")), defaults: [2], kwdefaults: kwd([["k", 1]]) };
  const kwonly = { ...fakeFunction(code("kwonly")), defaults: null, kwdefaults: kwd([["lo", 0]]) };
  const c = code(name);
  const r = buildGraph(c, feedbackFor(c), {
    globalValue: (n) => (n === "callee" ? { value: callee, fromBuiltins: false } : n === "kwonly" ? { value: kwonly, fromBuiltins: false } : undefined),
    ...options,
  });
  if (!r.ok) throw new Error(r.reason);
  expect(verifyGraph(r.graph)).toEqual([]);
  return r.graph;
}

function ops(g: Graph): string[] {
  return g.blocks.flatMap((b) => b.instrs.map((i) => i.op));
}

const count = (xs: string[], op: string) => xs.filter((x) => x === op).length;

describe("compile-time argument binding", () => {
  it("binds keywords, defaults, kw-only defaults, *args and **kwargs into direct calls", () => {
    const g = build("caller");
    const o = ops(g);
    expect(count(o, "Call")).toBe(0);
    expect(count(o, "CallDirect")).toBe(4);
    expect(count(o, "CheckCode")).toBe(4);
    // callee(i, k=3, z=4): b from __defaults__; callee(i, 5, 6, 7): k from __kwdefaults__; kwonly(i): lo.
    expect(count(o, "CheckDefault")).toBe(1);
    expect(count(o, "CheckKwDefault")).toBe(2);
    expect(count(o, "BuildTuple")).toBe(2);
    expect(count(o, "BuildKwargs")).toBe(2);
    // One argument per parameter slot: a, b, k, rest, opts.
    const calls = g.blocks.flatMap((b) => b.instrs).filter((i) => i.op === "CallDirect");
    expect(calls.map((i) => i.inputs.length)).toEqual([5, 5, 2, 2]);
  });

  it("keyword guards resume at the KW_NAMES before the CALL", () => {
    const g = build("caller");
    const guards = g.blocks.flatMap((b) => b.instrs).filter((i) => i.op === "CheckCode");
    const calls = g.blocks.flatMap((b) => b.instrs).filter((i) => i.op === "CallDirect");
    // callee(i, k=3, z=4) has keywords: its guard's frame state is one instruction before the call's.
    expect(guards[0]?.frameState?.pc).toBe((calls[0]?.frameState?.pc as number) - 1);
    // callee(i, 5, 6, 7) has none: same pc.
    expect(guards[1]?.frameState?.pc).toBe(calls[1]?.frameState?.pc);
  });

  it("leaves calls the binding would reject generic (the interpreter raises the TypeError)", () => {
    const o = ops(build("bad"));
    expect(count(o, "CallDirect")).toBe(0);
    expect(count(o, "Call")).toBe(3);
  });

  it("binds f(*tuple, **dict) built from known parts; runtime or duplicate keywords stay CallEx", () => {
    const g = build("star");
    const o = ops(g);
    // callee(i, *(1, 2), k=4, **{"z": 5}): the tuple (i, 1, 2) and {k: 4, z: 5} are known at compile time.
    expect(count(o, "CallDirect")).toBe(1);
    // callee(*(i,), **d): a runtime mapping; callee(i, **{"a": 1}): 'a' is also positional (TypeError at run time).
    expect(count(o, "CallEx")).toBe(2);
    const call = g.blocks.flatMap((b) => b.instrs).find((i) => i.op === "CallDirect");
    expect(call?.inputs.length).toBe(5);
  });

  it("boundCalls: false turns it off", () => {
    const o = ops(build("caller", { boundCalls: false }));
    expect(count(o, "CallDirect")).toBe(0);
    expect(count(o, "Call")).toBe(4);
  });
});
