/**
 * Load forwarding for attribute slots and sequence items.
 *
 * A `LoadSlot(o, k)` that follows a `LoadSlot(o, k)`, `StoreSlot(o, v, k)`
 * or `AddSlot(o, v, k)` with nothing in between that could write `k` reads
 * the value already known: `self.x * self.x`, `self.x /= n` after
 * `x = self.x`, `a if self.x > o.x else o.x`. The same holds for
 * `SeqGet(s, i)` after `SeqGet(s, i)` / `ListSet(s, i, v)` with the same SSA
 * index. The forwarded value is then unboxed once (`CheckFloat(Box(x))` → x
 * in `simplify`), so a float attribute read twice is not re-checked.
 *
 * Facts flow forward through a block and into a successor that has it as its
 * only predecessor (blocks in reverse post-order; merge blocks and loop
 * headers start empty). Aliasing is handled by the memory itself: slot `k`
 * of any object is a different location from slot `j ≠ k`, so a store to
 * slot `k` forgets every fact about slot `k` (another SSA value may be the
 * same object) and keeps the others; a list store forgets every item fact.
 * Closure cells are one more location: `LoadCell(c)` after `LoadCell(c)` /
 * `StoreCell(c, v)` reuses the value (a cell store forgets every cell fact).
 * Any op with effects (a call, a generic op that may run Python code) and
 * every `Tick` (its handler may run Python code) forget everything.
 * Forwarded loads are removed; their guards (empty slot, index range) held
 * for the earlier access, which nothing in between could undo.
 */
import type { Block, Graph, Instr, Value } from "../ir/graph.js";
import { opDef } from "../ir/ops.js";
import { dominatorTree } from "./dominators.js";
import { predecessors, resolver, substituteUses } from "./rewrite.js";

/** Known memory contents: `s<obj>:<slot>` / `i<seq>:<index>` → value. */
type Facts = Map<string, Value>;

const slotKey = (o: Value, k: number): string => `s${o.id}:${k}`;
const itemKey = (s: Value, i: Value): string => `i${s.id}:${i.id}`;

function forget(facts: Facts, prefix: string, suffix: string | null): void {
  for (const key of [...facts.keys()]) {
    if (key.startsWith(prefix) && (suffix === null || key.endsWith(suffix))) facts.delete(key);
  }
}

export function forwardLoads(g: Graph): number {
  const dom = dominatorTree(g);
  const preds = predecessors(g);
  const out = new Map<Block, Facts>();
  const replace = new Map<Value, Value>();
  const resolve = resolver(replace);
  let removed = 0;
  for (const b of dom.rpo) {
    const ps = preds.get(b) ?? [];
    const inherited = ps.length === 1 ? out.get(ps[0] as Block) : undefined;
    const facts: Facts = inherited === undefined ? new Map() : new Map(inherited);
    const keep: Instr[] = [];
    for (const i of b.instrs) {
      const at = (n: number): Value => resolve(i.inputs[n] as Value);
      switch (i.op) {
        case "LoadSlot":
        case "SeqGet":
        case "LoadCell": {
          // A closure cell read again with no store or call in between (nqueens' occupancy lists) too.
          const key = i.op === "LoadSlot" ? slotKey(at(0), i.imm[0] as number) : i.op === "SeqGet" ? itemKey(at(0), at(1)) : `c${at(0).id}`;
          const known = facts.get(key);
          if (known !== undefined) {
            replace.set(i, known);
            removed++;
            continue;
          }
          facts.set(key, i);
          break;
        }
        case "StoreSlot":
        case "AddSlot": {
          const k = i.imm[0] as number;
          forget(facts, "s", `:${k}`);
          facts.set(slotKey(at(0), k), at(1));
          break;
        }
        case "StoreCell":
          // Another SSA value may be the same cell.
          forget(facts, "c", null);
          facts.set(`c${at(0).id}`, at(1));
          break;
        case "ListSet":
          forget(facts, "i", null);
          facts.set(itemKey(at(0), at(1)), at(2));
          break;
        case "Tick":
          facts.clear();
          break;
        default:
          if (opDef(i.op)?.effects ?? true) facts.clear();
      }
      keep.push(i);
    }
    if (keep.length !== b.instrs.length) b.instrs.splice(0, b.instrs.length, ...keep);
    out.set(b, facts);
  }
  if (removed > 0) substituteUses(g, resolve);
  return removed;
}
