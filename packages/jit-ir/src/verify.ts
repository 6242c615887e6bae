/**
 * The IR verifier, run after graph construction and after every pass. It
 * checks structural invariants that code generation relies on: every block
 * is terminated, jump arguments match the target's parameters in number and
 * representation, and every value is defined before use in a dominating
 * position (checked conservatively: defined in the same block earlier, or in
 * a block that dominates this one).
 *
 * Against the op table (ir/ops.ts): every op is known, its inputs have the
 * representations it declares, its result has the declared representation,
 * ops that can deoptimize or raise carry a frame state, and every value a
 * frame state names (inlined parents included) is defined and dominates the
 * instruction. Branch conditions are bools; returned values are tagged.
 */
import { Graph, Repr, type Block, type FrameState, type Value } from "./ir/graph.js";
import { dominatorTree } from "./passes/dominators.js";
import { needsFrameState, opDef } from "./ir/ops.js";

export interface VerifyError {
  readonly block: number;
  readonly message: string;
}

/**
 * Dominance between reachable blocks in O(1) per query: pre/post numbers of
 * the dominator tree (passes/dominators.ts, near-linear). Blocks unreachable
 * from the entry dominate nothing and are dominated by everything (the
 * classic iterative formulation's answer for them).
 */
function dominance(g: Graph): (a: Block, b: Block) => boolean {
  const tree = dominatorTree(g);
  const pre = new Map<Block, number>();
  const post = new Map<Block, number>();
  let n = 0;
  const stack: { b: Block; i: number }[] = [{ b: g.entry, i: 0 }];
  pre.set(g.entry, n++);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { b: Block; i: number };
    const kids = tree.children.get(top.b) ?? [];
    if (top.i < kids.length) {
      const c = kids[top.i++] as Block;
      pre.set(c, n++);
      stack.push({ b: c, i: 0 });
    } else {
      post.set(top.b, n++);
      stack.pop();
    }
  }
  return (a, b) => {
    const pb = pre.get(b);
    if (pb === undefined) return true;
    const pa = pre.get(a);
    if (pa === undefined) return false;
    return pa <= pb && (post.get(b) as number) <= (post.get(a) as number);
  };
}

/**
 * `strict` (the default for graphs from the builder) also rejects ops missing
 * from the op table, non-bool branch conditions and unboxed return values;
 * hand-built graphs in tests can opt out.
 */
export function verifyGraph(g: Graph, strict = true): VerifyError[] {
  const errors: VerifyError[] = [];
  if (g.blocks.length === 0) return [{ block: -1, message: "graph has no blocks" }];
  const defBlock = new Map<Value, Block>();
  for (const b of g.blocks) {
    for (const p of b.params) defBlock.set(p, b);
    for (const i of b.instrs) defBlock.set(i, b);
  }
  const dominates = dominance(g);
  for (const b of g.blocks) {
    const seen = new Set<Value>(b.params);
    const check = (x: Value, where: string): void => {
      const db = defBlock.get(x);
      if (db === undefined) errors.push({ block: b.id, message: `${where}: v${x.id} is not defined in the graph` });
      else if (db === b ? !seen.has(x) : !dominates(db, b)) {
        errors.push({ block: b.id, message: `${where}: v${x.id} does not dominate its use` });
      }
    };
    // Instructions of one bytecode instruction share their frame state object: check each once per block.
    const fsChecked = new Set<FrameState>();
    const checkFs = (fs: FrameState, where: string): void => {
      if (fsChecked.has(fs)) return;
      fsChecked.add(fs);
      for (const x of fs.locals) if (x !== null) check(x, `${where} frame state`);
      for (const x of fs.stack) check(x, `${where} frame state`);
      if (fs.names !== undefined) for (const [, x] of fs.names) check(x, `${where} frame state (deferred name)`);
      if (fs.parent !== null) checkFs(fs.parent, where);
    };
    for (const i of b.instrs) {
      const where = `v${i.id} ${i.op}`;
      for (const x of i.inputs) check(x, where);
      const d = opDef(i.op);
      if (d === undefined) {
        // Hand-built graphs in tests may use ad-hoc ops; only table ops are checked further.
        if (strict) errors.push({ block: b.id, message: `${where}: unknown op` });
      } else {
        if (i.repr !== d.result) errors.push({ block: b.id, message: `${where}: result is ${i.repr}, the op produces ${d.result}` });
        const fixed = d.inputs.length;
        if (i.inputs.length < fixed || (d.rest === null && i.inputs.length !== fixed)) {
          errors.push({ block: b.id, message: `${where}: ${i.inputs.length} inputs, the op takes ${fixed}${d.rest !== null ? "+" : ""}` });
        }
        i.inputs.forEach((x, k) => {
          const want = k < fixed ? d.inputs[k] : d.rest;
          if (want !== undefined && want !== null && want !== "any" && x.repr !== want) {
            errors.push({ block: b.id, message: `${where}: input ${k} v${x.id} is ${x.repr}, expected ${want}` });
          }
        });
        if (needsFrameState(d) && i.frameState === null) errors.push({ block: b.id, message: `${where}: missing frame state` });
        // A last immediate named "…" makes the list variadic (polymorphic ops: one group per cache entry).
        const variadic = d.imm[d.imm.length - 1] === "…";
        if (variadic ? i.imm.length < d.imm.length - 1 : d.imm.length !== i.imm.length) errors.push({ block: b.id, message: `${where}: ${i.imm.length} immediates, expected ${d.imm.length}` });
      }
      if (i.frameState !== null) checkFs(i.frameState, where);
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
        if (strict && t.cond.repr !== Repr.Bool) errors.push({ block: b.id, message: `branch on v${t.cond.id}:${t.cond.repr}, not a bool` });
        edge(t.ifTrue, t.trueArgs);
        edge(t.ifFalse, t.falseArgs);
        break;
      case "return":
        check(t.value, "return");
        if (strict && t.value.repr !== Repr.Tagged) errors.push({ block: b.id, message: `return of v${t.value.id}:${t.value.repr}, not tagged` });
        break;
      case "deopt":
        checkFs(t.frameState, "deopt");
        break;
    }
  }
  return errors;
}
