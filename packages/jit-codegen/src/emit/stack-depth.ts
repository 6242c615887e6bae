/**
 * Static stack depth per instruction, the same walk as the compiler's
 * stack-depth pass (flowgraph.ts) but over assembled bytecode: from
 * instruction 0 at depth 0 and from every exception handler whose protected
 * range is reachable (entered at `depth + lasti + 1`), following fall-through
 * and jump edges with `stackEffect`. Depth -1 marks unreachable instructions.
 * The baseline compiler names stack slot `k` as the JS variable `s<k>`, so a
 * consistent depth at every instruction is what lets values stay in `let`s.
 */
import { BASE_OPCODE, opcodeDef, stackEffect, type CodeObject } from "@pyvm/bytecode";

export type DepthResult = { readonly ok: true; readonly depth: Int32Array; readonly max: number } | { readonly ok: false; readonly reason: string };

export function computeStackDepths(code: CodeObject): DepthResult {
  const words = code.code;
  const n = words.length;
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  let error: string | null = null;
  let max = 0;

  const reach = (pc: number, d: number): void => {
    if (pc < 0 || pc >= n) {
      error = `control reaches instruction ${pc} outside the code`;
      return;
    }
    if (d < 0) {
      error = `negative stack depth at ${pc}`;
      return;
    }
    const cur = depth[pc] as number;
    if (cur === -1) {
      depth[pc] = d;
      if (d > max) max = d;
      work.push(pc);
    } else if (cur !== d) {
      error = `inconsistent stack depth at ${pc} (${cur} vs ${d})`;
    }
  };

  reach(0, 0);
  const seeded = new Set<number>();
  for (;;) {
    while (work.length > 0 && error === null) {
      const pc = work.pop() as number;
      const word = words[pc] as number;
      const op = BASE_OPCODE[word & 0xff] as number;
      const arg = word >>> 8;
      const def = opcodeDef(op);
      const d = depth[pc] as number;
      if (def.operand === "jump") reach(arg, d + stackEffect(op, arg, true));
      if (def.control !== "always" && def.control !== "exit") reach(pc + 1, d + stackEffect(op, arg, false));
    }
    if (error !== null) return { ok: false, reason: error };
    let added = false;
    for (let h = 0; h < code.exceptionTable.length; h++) {
      if (seeded.has(h)) continue;
      const e = code.exceptionTable[h];
      if (e === undefined) continue;
      let live = false;
      for (let i = e.start; i < e.end && !live; i++) live = depth[i] !== -1;
      if (!live) continue;
      seeded.add(h);
      added = true;
      reach(e.target, e.depth + (e.lasti ? 1 : 0) + 1);
    }
    if (!added) break;
  }
  if (error !== null) return { ok: false, reason: error };
  return { ok: true, depth, max };
}
