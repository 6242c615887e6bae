/**
 * The IR verifier, run after graph construction and after every pass. It
 * checks structural invariants that code generation relies on: every block
 * is terminated, jump arguments match the target's parameters in number and
 * representation, and every value is defined before use in a dominating
 * position (checked conservatively: defined in the same block earlier, or in
 * a block that dominates this one).
 */
import { Graph, type Block, type Value } from "./ir/graph.js";

export interface VerifyError {
  readonly block: number;
  readonly message: string;
}

function intersect(a: Set<Block> | null, b: Set<Block>): Set<Block> {
  const out = new Set<Block>();
  for (const x of b) if (a === null || a.has(x)) out.add(x);
  return out;
}

function dominators(g: Graph): Map<Block, Set<Block>> {
  const all = new Set(g.blocks);
  const preds = new Map<Block, Block[]>(g.blocks.map((b) => [b, []]));
  for (const b of g.blocks) for (const s of Graph.successors(b)) preds.get(s)?.push(b);
  const dom = new Map<Block, Set<Block>>();
  for (const b of g.blocks) dom.set(b, b === g.entry ? new Set([b]) : new Set(all));
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of g.blocks) {
      if (b === g.entry) continue;
      const ps = preds.get(b) ?? [];
      let result: Set<Block> | null = null;
      for (const p of ps) {
        const d: Set<Block> = dom.get(p) ?? new Set<Block>();
        const prev: Set<Block> | null = result;
        result = intersect(prev, d);
      }
      result ??= new Set<Block>();
      result.add(b);
      if (result.size !== dom.get(b)?.size) {
        dom.set(b, result);
        changed = true;
      }
    }
  }
  return dom;
}

export function verifyGraph(g: Graph): VerifyError[] {
  const errors: VerifyError[] = [];
  if (g.blocks.length === 0) return [{ block: -1, message: "graph has no blocks" }];
  const defBlock = new Map<Value, Block>();
  for (const b of g.blocks) {
    for (const p of b.params) defBlock.set(p, b);
    for (const i of b.instrs) defBlock.set(i, b);
  }
  const dom = dominators(g);
  for (const b of g.blocks) {
    const seen = new Set<Value>(b.params);
    const check = (x: Value, where: string): void => {
      const db = defBlock.get(x);
      if (db === undefined) errors.push({ block: b.id, message: `${where}: v${x.id} is not defined in the graph` });
      else if (db === b ? !seen.has(x) : !(dom.get(b)?.has(db) ?? false)) {
        errors.push({ block: b.id, message: `${where}: v${x.id} does not dominate its use` });
      }
    };
    for (const i of b.instrs) {
      for (const x of i.inputs) check(x, `v${i.id} ${i.op}`);
      seen.add(i);
    }
    const t = b.terminator;
    if (t === null) {
      errors.push({ block: b.id, message: "block has no terminator" });
      continue;
    }
    const edge = (target: Block, args: readonly Value[]): void => {
      if (args.length !== target.params.length) {
        errors.push({ block: b.id, message: `jump to b${target.id} passes ${args.length} values for ${target.params.length} parameters` });
        return;
      }
      args.forEach((a, k) => {
        check(a, `edge to b${target.id}`);
        const p = target.params[k];
        if (p !== undefined && p.repr !== a.repr) {
          errors.push({ block: b.id, message: `edge to b${target.id}: v${a.id}:${a.repr} flows into v${p.id}:${p.repr}` });
        }
      });
    };
    switch (t.kind) {
      case "jump":
        edge(t.target, t.args);
        break;
      case "branch":
        check(t.cond, "branch");
        edge(t.ifTrue, t.trueArgs);
        edge(t.ifFalse, t.falseArgs);
        break;
      case "return":
        check(t.value, "return");
        break;
      case "deopt":
        break;
    }
  }
  return errors;
}
