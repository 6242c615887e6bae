/**
 * Dominator tree of an IR graph (Cooper, Harvey and Kennedy's iterative
 * algorithm over a reverse post-order), and the loops it implies: a back
 * edge is an edge into a block that dominates its source; the loop body is
 * everything that reaches the source without passing the header.
 */
import { Graph, type Block } from "../ir/graph.js";
import { predecessors } from "./rewrite.js";

export interface DomTree {
  /** Blocks reachable from the entry, in reverse post-order. */
  readonly rpo: readonly Block[];
  readonly idom: ReadonlyMap<Block, Block | null>;
  readonly children: ReadonlyMap<Block, readonly Block[]>;
  dominates(a: Block, b: Block): boolean;
}

export function reversePostOrder(g: Graph): Block[] {
  const out: Block[] = [];
  const seen = new Set<Block>([g.entry]);
  const stack: { b: Block; i: number; succ: Block[] }[] = [{ b: g.entry, i: 0, succ: Graph.successors(g.entry) }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { b: Block; i: number; succ: Block[] };
    if (top.i < top.succ.length) {
      const s = top.succ[top.i++] as Block;
      if (!seen.has(s)) {
        seen.add(s);
        stack.push({ b: s, i: 0, succ: Graph.successors(s) });
      }
    } else {
      out.push(top.b);
      stack.pop();
    }
  }
  return out.reverse();
}

export function dominatorTree(g: Graph): DomTree {
  const rpo = reversePostOrder(g);
  const index = new Map<Block, number>(rpo.map((b, i) => [b, i]));
  const preds = predecessors(g);
  const idom = new Map<Block, Block | null>();
  idom.set(g.entry, g.entry);
  const intersect = (a: Block, b: Block): Block => {
    let x = a;
    let y = b;
    while (x !== y) {
      while ((index.get(x) as number) > (index.get(y) as number)) x = idom.get(x) as Block;
      while ((index.get(y) as number) > (index.get(x) as number)) y = idom.get(y) as Block;
    }
    return x;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of rpo) {
      if (b === g.entry) continue;
      let nd: Block | null = null;
      for (const p of preds.get(b) ?? []) {
        if (!index.has(p) || idom.get(p) === undefined) continue;
        nd = nd === null ? p : intersect(p, nd);
      }
      if (nd !== null && idom.get(b) !== nd) {
        idom.set(b, nd);
        changed = true;
      }
    }
  }
  idom.set(g.entry, null);
  const children = new Map<Block, Block[]>(rpo.map((b) => [b, []]));
  for (const b of rpo) {
    const d = idom.get(b);
    if (d !== null && d !== undefined) children.get(d)?.push(b);
  }
  const dominates = (a: Block, b: Block): boolean => {
    let x: Block | null | undefined = b;
    while (x !== null && x !== undefined) {
      if (x === a) return true;
      x = idom.get(x);
    }
    return false;
  };
  return { rpo, idom, children, dominates };
}

export interface Loop {
  readonly header: Block;
  readonly body: ReadonlySet<Block>;
}

/** Natural loops, outermost first (by header position in reverse post-order). */
export function naturalLoops(g: Graph, dom: DomTree): Loop[] {
  const preds = predecessors(g);
  const loops = new Map<Block, Set<Block>>();
  for (const b of dom.rpo) {
    for (const s of Graph.successors(b)) {
      if (!dom.dominates(s, b)) continue;
      let body = loops.get(s);
      if (body === undefined) loops.set(s, (body = new Set([s])));
      const work = [b];
      while (work.length > 0) {
        const x = work.pop() as Block;
        if (body.has(x)) continue;
        body.add(x);
        for (const p of preds.get(x) ?? []) work.push(p);
      }
    }
  }
  const order = new Map(dom.rpo.map((b, i) => [b, i]));
  return [...loops.entries()].sort((a, b) => (order.get(a[0]) as number) - (order.get(b[0]) as number)).map(([header, body]) => ({ header, body }));
}
