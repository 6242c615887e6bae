/**
 * Generic traversal driven by `node-fields.ts`: `children(node)` lists a
 * node's direct child nodes in field order, and `walk(node, visit)` visits a
 * tree depth-first (pre-order); returning `false` from `visit` skips that
 * node's children.
 */
import { NODE_FIELDS } from "./node-fields.js";
import type { Node } from "./nodes.js";

export function children(node: Node): Node[] {
  const out: Node[] = [];
  const rec = node as unknown as Record<string, unknown>;
  for (const [name, kind, prop] of NODE_FIELDS[node.type]) {
    const v = rec[prop ?? name];
    if (kind === "node" || kind === "node?") {
      if (v !== null && v !== undefined) out.push(v as Node);
    } else if (kind === "nodes" && Array.isArray(v)) {
      for (const item of v as (Node | null)[]) if (item) out.push(item);
    }
  }
  return out;
}

export function walk(node: Node, visit: (node: Node, parent: Node | null) => boolean | void): void {
  const stack: [Node, Node | null][] = [[node, null]];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const [n, parent] = top;
    if (visit(n, parent) === false) continue;
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push([k, n]);
    }
  }
}
