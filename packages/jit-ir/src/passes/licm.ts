/**
 * Loop-invariant code motion for pure instructions: constants,
 * `LoadGlobalConst` (its validity is a graph dependency, not a run-time
 * check), conversions and arithmetic on invariant values, boxes of invariant
 * floats. An instruction moves to the loop's preheader — the single
 * predecessor outside the loop, ending in a plain jump — when every input
 * is defined outside the loop. Guards stay where they are (their frame state
 * describes that point); ops that raise, read the heap or have effects never
 * move.
 */
import type { Block, Graph, Instr, Value } from "../ir/graph.js";
import { isPure, opDef } from "../ir/ops.js";
import { dominatorTree, naturalLoops } from "./dominators.js";
import { predecessors } from "./rewrite.js";

/** Pure ops whose result depends on mutable heap state (a list's length changes when the loop appends). */
const READS_HEAP = new Set<string>(["SeqLength"]);

export function hoistInvariants(g: Graph): void {
  const dom = dominatorTree(g);
  const loops = naturalLoops(g, dom);
  const preds = predecessors(g);
  const order = new Map(dom.rpo.map((b, i) => [b, i]));
  for (const loop of loops) {
    const outside = (preds.get(loop.header) ?? []).filter((p) => !loop.body.has(p));
    const pre = outside.length === 1 ? (outside[0] as Block) : null;
    if (pre === null || pre.terminator?.kind !== "jump") continue;
    const defined = new Set<Value>();
    const blocks = [...loop.body].sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    for (const b of blocks) {
      for (const p of b.params) defined.add(p);
      for (const i of b.instrs) defined.add(i);
    }
    const moved: Instr[] = [];
    for (const b of blocks) {
      const keep: Instr[] = [];
      for (const i of b.instrs) {
        const d = opDef(i.op);
        if (d !== undefined && isPure(d) && !d.lazy && !READS_HEAP.has(i.op) && i.inputs.every((x) => !defined.has(x))) {
          moved.push(i);
          defined.delete(i);
        } else {
          keep.push(i);
        }
      }
      if (keep.length !== b.instrs.length) b.instrs.splice(0, b.instrs.length, ...keep);
    }
    pre.instrs.push(...moved);
  }
}
