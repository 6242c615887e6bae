import { describe, expect, it } from "vitest";
import { Op, OPCODE_NAMES } from "@pyvm/bytecode";
import { JIT_RUNTIME, SEEN, type InlineCacheView } from "@pyvm/interpreter";
import { buildGraph } from "./builder.js";
import { verifyGraph } from "../verify.js";
import type { Graph } from "../ir/graph.js";
import { feedbackFor, functionCode, pcsOf, type FakeFeedback } from "./test-support.js";

function graphOf(source: string, name: string, fake: (pcs: (op: number) => number[]) => FakeFeedback): Graph {
  const code = functionCode(source, name);
  const r = buildGraph(code, feedbackFor(code, fake((op) => pcsOf(code, op))));
  if (!r.ok) throw new Error(`not compilable: ${r.reason}`);
  expect(verifyGraph(r.graph)).toEqual([]);
  return r.graph;
}

const ops = (g: Graph): string[] => g.blocks.flatMap((b) => b.instrs.map((i) => i.op));
const kindsAt = (pcs: number[], kinds: number) => (pc: number) => (pcs.includes(pc) ? kinds : 0);

/** LOAD_METHOD_TYPE of str's method `name` at every LOAD_METHOD. */
function strMethodSites(pcs: (op: number) => number[], name: string): FakeFeedback {
  const at = pcs(Op.LOAD_METHOD);
  const view: InlineCacheView = { kind: "attr", name, typeVersion: 0, hits: 1, misses: 0, shape: null, fromShape: null, slot: -1, value: JIT_RUNTIME.StrType.lookup(name), polymorphic: false, entries: null };
  return {
    specialized: (pc) => (at.includes(pc) ? OPCODE_NAMES.indexOf("LOAD_METHOD_TYPE") : -1),
    cache: (pc) => (at.includes(pc) ? view : undefined),
  };
}

describe("tier-2 str lowering (build/strings.ts)", () => {
  it("str + str where only str was seen: CheckStr and StrConcat", () => {
    const o = ops(graphOf("def f(a, b):\n    return a + b\n", "f", (p) => ({ kinds: kindsAt(p(Op.BINARY_OP), SEEN.STR) })));
    expect(o).toContain("StrConcat");
    expect(o.filter((x) => x === "CheckStr")).toHaveLength(2);
    expect(o).not.toContain("GenericBinaryOp");
  });

  it("s[i] and s[a:b] of a str: StrAt, StrSlice (no slice object, no ExecRare)", () => {
    const o = ops(graphOf("def f(s, i):\n    return s[i] + s[1:i] + s[::-1]\n", "f", (p) => ({ kinds: (pc) => (p(Op.BINARY_SUBSCR).includes(pc) ? (pc === p(Op.BINARY_SUBSCR)[0] ? SEEN.STR | SEEN.INT : SEEN.STR | SEEN.OTHER) : p(Op.BINARY_OP).includes(pc) ? SEEN.STR : 0) })));
    expect(o).toContain("StrAt");
    expect(o.filter((x) => x === "StrSlice")).toHaveLength(2);
    expect(o).not.toContain("ExecRare");
    expect(o).not.toContain("GetItem");
  });

  it("a str method with a kernel: typed result, no CheckValid", () => {
    const o = ops(graphOf("def f(s, x):\n    return s.find(x, 2) < 0\n", "f", (p) => ({ ...strMethodSites(p, "find"), kinds: kindsAt(p(Op.COMPARE_OP), SEEN.INT) })));
    expect(o).toContain("StrCallInt");
    expect(o).toContain("Int53Compare");
    expect(o).not.toContain("CallMethodDescr");
    expect(o).not.toContain("CheckValid");
  });

  it("f-strings: FormatValue of tagged parts (str/int parts are inline), BuildString", () => {
    const o = ops(graphOf("def f(s):\n    n = len(s)\n    return f'{s}:{n}:{s!r}'\n", "f", () => ({})));
    expect(o).toContain("BuildString");
    expect(o.filter((x) => x === "FormatValue")).toHaveLength(3); // tagged s and n (len is not a known builtin here), {s!r}
    expect(o).not.toContain("ExecRare");
  });

  it("membership in a str constant and compares against str constants", () => {
    const o = ops(graphOf("def f(c):\n    return c in '+-' or '0' <= c <= '9'\n", "f", (p) => ({ kinds: kindsAt(p(Op.COMPARE_OP), SEEN.STR) })));
    expect(o).toContain("StrContains");
    expect(o.filter((x) => x === "StrCompare")).toHaveLength(2);
    expect(o).not.toContain("GenericCompare");
    expect(o).not.toContain("GenericContains");
  });
});
