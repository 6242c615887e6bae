/**
 * Control-flow analysis for the optimizing code generator: reverse postorder,
 * dominators (Cooper–Harvey–Kennedy), loop headers, merge nodes and a
 * reducibility check.
 *
 * The code generator turns a reducible graph into structured JS (labelled
 * `for (;;)` loops and labelled blocks, after Ramsey's "Beyond Relooper"
 * construction): every node is placed by the dominator tree, a back edge
 * becomes `continue L<header>`, a forward edge to a node with several
 * forward predecessors (a merge node) becomes `break B<node>`, any other
 * forward edge places its target inline. Python's `for`/`while`/`if`
 * always give reducible graphs; anything else falls back to a block switch.
 */
import { Graph, type Block } from "@pyvm/jit-ir";

export interface CfgInfo {
  /** Reachable blocks in reverse postorder (entry first). */
  readonly rpo: readonly Block[];
  /** Position of each reachable block in `rpo`. */
  readonly order: ReadonlyMap<Block, number>;
  readonly idom: ReadonlyMap<Block, Block | null>;
  /** Dominator-tree children, in reverse postorder. */
  readonly children: ReadonlyMap<Block, readonly Block[]>;
  readonly loopHeaders: ReadonlySet<Block>;
  readonly mergeNodes: ReadonlySet<Block>;
  /** Every back edge u → h has h dominating u. */
  readonly reducible: boolean;
}

export function analyzeCfg(graph: Graph): CfgInfo {
  const entry = graph.entry;
  // Iterative DFS for postorder.
  const post: Block[] = [];
  const seen = new Set<Block>([entry]);
  const stack: { b: Block; next: number; succ: Block[] }[] = [{ b: entry, next: 0, succ: Graph.successors(entry) }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { b: Block; next: number; succ: Block[] };
    if (top.next < top.succ.length) {
      const s = top.succ[top.next++] as Block;
      if (!seen.has(s)) {
        seen.add(s);
        stack.push({ b: s, next: 0, succ: Graph.successors(s) });
      }
    } else {
      post.push(top.b);
      stack.pop();
    }
  }
  const rpo = post.reverse();
  const order = new Map<Block, number>();
  rpo.forEach((b, i) => order.set(b, i));
  const preds = new Map<Block, Block[]>();
  for (const b of rpo) preds.set(b, []);
  for (const b of rpo) for (const s of Graph.successors(b)) preds.get(s)?.push(b);

  // Dominators: Cooper, Harvey, Kennedy, "A Simple, Fast Dominance Algorithm".
  const idomIdx = new Int32Array(rpo.length).fill(-1);
  idomIdx[0] = 0;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (a > b) a = idomIdx[a] as number;
      while (b > a) b = idomIdx[b] as number;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < rpo.length; i++) {
      let nd = -1;
      for (const p of preds.get(rpo[i] as Block) as Block[]) {
        const pi = order.get(p) as number;
        if (idomIdx[pi] === -1) continue;
        nd = nd === -1 ? pi : intersect(pi, nd);
      }
      if (nd !== -1 && idomIdx[i] !== nd) {
        idomIdx[i] = nd;
        changed = true;
      }
    }
  }
  const idom = new Map<Block, Block | null>();
  const children = new Map<Block, Block[]>();
  for (const b of rpo) children.set(b, []);
  rpo.forEach((b, i) => {
    const d = i === 0 ? null : (rpo[idomIdx[i] as number] as Block);
    idom.set(b, d);
    if (d !== null) children.get(d)?.push(b);
  });
  const dominates = (a: Block, b: Block): boolean => {
    for (let x: Block | null = b; x !== null; x = idom.get(x) ?? null) if (x === a) return true;
    return false;
  };

  const loopHeaders = new Set<Block>();
  const mergeNodes = new Set<Block>();
  let reducible = true;
  for (const b of rpo) {
    const bi = order.get(b) as number;
    let forward = 0;
    for (const p of preds.get(b) as Block[]) {
      const pi = order.get(p) as number;
      if (pi >= bi) {
        loopHeaders.add(b);
        if (!dominates(b, p)) reducible = false;
      } else {
        forward++;
      }
    }
    if (forward >= 2) mergeNodes.add(b);
  }
  return { rpo, order, idom, children, loopHeaders, mergeNodes, reducible };
}
