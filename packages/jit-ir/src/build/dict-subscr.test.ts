/**
 * Tier-2 dict subscripts (build/operations.ts dictSite): a tagged key whose
 * site saw only str (or only int) keys is speculated behind CheckStr /
 * CheckInt and the subscript lowers to DictGet / DictSet; mixed or unknown
 * key kinds stay generic.
 */
import { describe, expect, it } from "vitest";
import { Op, OPCODE_NAMES } from "@pyvm/bytecode";
import { SEEN } from "@pyvm/interpreter";
import { buildGraph } from "./builder.js";
import { verifyGraph } from "../verify.js";
import type { Graph } from "../ir/graph.js";
import { feedbackFor, functionCode, pcsOf } from "./test-support.js";

const SOURCE = "def f(d, keys):\n    for k in keys:\n        d[k] = d[k] + 1\n    return d\n";

function graphFor(keyKind: number): Graph {
  const code = functionCode(SOURCE, "f");
  const get = pcsOf(code, Op.BINARY_SUBSCR);
  const set = pcsOf(code, Op.STORE_SUBSCR);
  const r = buildGraph(
    code,
    feedbackFor(code, {
      specialized: (pc) => (get.includes(pc) ? OPCODE_NAMES.indexOf("BINARY_SUBSCR_DICT") : set.includes(pc) ? OPCODE_NAMES.indexOf("STORE_SUBSCR_DICT") : -1),
      kinds: (pc) => (get.includes(pc) || set.includes(pc) ? SEEN.OTHER | keyKind : 0),
    }),
  );
  if (!r.ok) throw new Error(`not compilable: ${r.reason}`);
  expect(verifyGraph(r.graph)).toEqual([]);
  return r.graph;
}

const ops = (g: Graph): string[] => g.blocks.flatMap((b) => b.instrs.map((i) => i.op));

describe("tier-2 dict subscripts with tagged keys", () => {
  it("only str keys seen: one CheckStr, DictGet and DictSet", () => {
    const o = ops(graphFor(SEEN.STR));
    expect(o.filter((x) => x === "CheckStr")).toHaveLength(1);
    expect(o).toContain("DictGet");
    expect(o).toContain("DictSet");
    expect(o).not.toContain("GetItem");
    expect(o).not.toContain("SetItem");
  });

  it("only int keys seen: CheckInt, DictGet and DictSet", () => {
    const o = ops(graphFor(SEEN.INT));
    expect(o).toContain("DictGet");
    expect(o).toContain("DictSet");
    expect(o).not.toContain("CheckStr");
  });

  it("str and int keys seen: generic GetItem / SetItem", () => {
    const o = ops(graphFor(SEEN.STR | SEEN.INT));
    expect(o).toContain("GetItem");
    expect(o).toContain("SetItem");
    expect(o).not.toContain("DictGet");
  });
});
