/**
 * A readable textual form of the IR (`pyvm --dump-ir`): one block per
 * paragraph, block parameters in the header, each instruction as
 * `vN:repr = Op(inputs) [immediates] @pc`, `!` marking those that can deopt.
 */
import { Graph, type Block, type Terminator, type Value } from "./ir/graph.js";

const v = (x: Value): string => `v${x.id}`;
const list = (xs: readonly Value[]): string => xs.map(v).join(", ");

function printTerminator(t: Terminator | null): string {
  if (t === null) return "  <no terminator>";
  switch (t.kind) {
    case "jump":
      return `  jump b${t.target.id}(${list(t.args)})`;
    case "branch":
      return `  branch ${v(t.cond)} ? b${t.ifTrue.id}(${list(t.trueArgs)}) : b${t.ifFalse.id}(${list(t.falseArgs)})`;
    case "return":
      return `  return ${v(t.value)}`;
    case "deopt":
      return `  deopt @${t.frameState.pc} (${t.reason})`;
  }
}

function printBlock(b: Block): string {
  const params = b.params.map((p) => `v${p.id}:${p.repr}`).join(", ");
  const lines = [`b${b.id}(${params}):${b.pc >= 0 ? `  ; pc ${b.pc}` : ""}`];
  for (const i of b.instrs) {
    const imm = i.imm.length > 0 ? ` [${i.imm.map((x) => JSON.stringify(x)).join(", ")}]` : "";
    const at = i.pc >= 0 ? ` @${i.pc}` : "";
    lines.push(`  ${i.frameState !== null ? "!" : " "}v${i.id}:${i.repr} = ${i.op}(${list(i.inputs)})${imm}${at}`);
  }
  lines.push(printTerminator(b.terminator));
  return lines.join("\n");
}

export function printGraph(g: Graph): string {
  return [`function ${g.name}`, ...g.blocks.map(printBlock)].join("\n") + "\n";
}
