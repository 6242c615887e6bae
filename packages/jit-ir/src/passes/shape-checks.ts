/**
 * Shape-check elimination over the dominator tree.
 *
 * The builder reuses a `CheckShape` only within one block (its shape facts
 * die at every block boundary), so code that branches between attribute
 * accesses on the same object — `self.x if self.x > other.x else other.x`,
 * richards' `if`-heavy methods — checks the same shape again on each side
 * and after each merge. This pass walks the dominator tree carrying what is
 * known about objects (keyed by the object value, looking through the
 * identity-preserving checks that produced it): a `CheckShape` of an object
 * whose shape and type version are already known is replaced by the earlier
 * check's result.
 *
 * A fact holds until something could change a shape: any op with effects
 * other than the shape-safe ones below (stores into existing slots, list
 * stores, allocations, the execution-budget `Tick`, inlining bookkeeping).
 * `AddSlot` moves its object's fact to the new shape (the transition is the
 * one the interpreter cached; its type version is unchanged) and forgets
 * every other object's (another value may be the same object). A block
 * inherits its immediate dominator's facts only when no block on a path
 * between the two (the block itself too, for a loop header) contains such
 * an op or an `AddSlot`.
 *
 * A `CheckShapes` (polymorphic site) of an object already checked against
 * the same (shape, version) list reuses that index; one of an object whose
 * single shape is known becomes the constant index of that shape.
 *
 * `NewInstance` starts a fact of its own: a fresh instance of its class has
 * the empty shape at the class's version when the unit was built (the class
 * is a `type` dependency, so a changed class invalidates the unit first).
 */
import { Shape } from "@pyvm/interpreter";
import type { Block, Graph, Instr, Value } from "../ir/graph.js";
import { opDef } from "../ir/ops.js";
import { dominatorTree } from "./dominators.js";
import { predecessors, resolver, setFrameState, setOp, substituteUses } from "./rewrite.js";

/** Ops with effects that cannot change any object's shape, class version or `__dict__`. */
const SHAPE_SAFE = new Set<string>([
  "StoreSlot", "AddSlot", "Tick", "ListSet", "ListAppend", "InlineOk", "DepthEnter", "DepthExit", "RangeIterAdvance", "RangeIterCurrent",
  "NewInstance", "BuildTuple", "BuildList", "NewRangeIter", "DictSet",
]);

/** Ops whose result is their first input, checked (the same object). */
const SAME_OBJECT = new Set<string>(["CheckShape", "CheckShapes", "CheckIdentity", "CheckType", "CheckBound", "CheckCode"]);

interface Fact {
  readonly shape: unknown;
  readonly version: number | string;
  readonly checked: Value;
}

/** A `CheckShapes` of an object: its (shape, version) list (`imm` joined) and the index it produced. */
interface PolyFact {
  readonly key: string;
  readonly idx: Value;
}

function asInstr(v: Value): Instr | null {
  return (v as Instr).kind === "instr" ? (v as Instr) : null;
}

/** The object a value stands for (through identity-preserving checks). */
function rootOf(v: Value): Value {
  let x = v;
  for (let guard = 0; guard < 100; guard++) {
    const i = asInstr(x);
    if (i === null || !SAME_OBJECT.has(i.op)) return x;
    x = i.inputs[0] as Value;
  }
  return x;
}

function kills(i: Instr): boolean {
  const d = opDef(i.op);
  return d !== undefined && d.effects && !SHAPE_SAFE.has(i.op);
}

export function eliminateShapeChecks(g: Graph): number {
  const dom = dominatorTree(g);
  const preds = predecessors(g);
  // Blocks that may change a shape somewhere (between-blocks test: AddSlot counts too).
  const dirty = new Set<Block>();
  for (const b of dom.rpo) if (b.instrs.some((i) => kills(i) || i.op === "AddSlot")) dirty.add(b);
  /** Whether facts at the end of `d` = idom(b) still hold at the start of `b`. */
  const inherits = (b: Block, d: Block): boolean => {
    const seen = new Set<Block>();
    const work = [...(preds.get(b) ?? [])];
    while (work.length > 0) {
      const x = work.pop() as Block;
      if (x === d || seen.has(x)) continue;
      seen.add(x);
      if (dirty.has(x)) return false;
      for (const p of preds.get(x) ?? []) work.push(p);
    }
    return true;
  };
  const replace = new Map<Value, Value>();
  const find = resolver(replace);
  let removed = 0;
  const walk = (b: Block, inherited: Map<Value, Fact>, inheritedPoly: Map<Value, PolyFact>): void => {
    const facts = new Map(inherited);
    const poly = new Map(inheritedPoly);
    for (const i of b.instrs) {
      if (i.op === "CheckShapes") {
        const obj = rootOf(find(i.inputs[0] as Value));
        const mono = facts.get(obj);
        if (mono !== undefined) {
          // The object's one shape is known: the index is the position of that (shape, version) pair, if any.
          for (let j = 0; j + 1 < i.imm.length; j += 2) {
            if (g.consts[i.imm[j] as number] === mono.shape && i.imm[j + 1] === mono.version) {
              setOp(i, "ConstInt53", [j / 2]);
              i.inputs.length = 0;
              setFrameState(i, null);
              removed++;
              break;
            }
          }
          if (i.op !== "CheckShapes") continue;
        }
        const key = i.imm.join(",");
        const known = poly.get(obj);
        if (known !== undefined && known.key === key) {
          replace.set(i, known.idx);
          removed++;
          continue;
        }
        poly.set(obj, { key, idx: i });
        continue;
      }
      if (i.op === "NewInstance") {
        const version = i.imm[1];
        if (version !== undefined) facts.set(i, { shape: Shape.EMPTY, version, checked: i });
        continue;
      }
      if (i.op === "CheckShape") {
        const obj = rootOf(find(i.inputs[0] as Value));
        const shape = g.consts[i.imm[0] as number];
        const version = i.imm[1] as number | string;
        const known = facts.get(obj);
        if (known !== undefined && known.shape === shape && known.version === version) {
          replace.set(i, known.checked);
          removed++;
          continue;
        }
        facts.set(obj, { shape, version, checked: i });
        continue;
      }
      if (i.op === "AddSlot") {
        const obj = rootOf(find(i.inputs[0] as Value));
        const known = facts.get(obj);
        // Another value may be the same object (two loads of one list item): only this one's new shape is known.
        facts.clear();
        poly.clear();
        if (known !== undefined) facts.set(obj, { shape: g.consts[i.imm[1] as number], version: known.version, checked: known.checked });
        continue;
      }
      if (kills(i)) {
        facts.clear();
        poly.clear();
      }
    }
    for (const c of dom.children.get(b) ?? []) {
      const keep = inherits(c, b);
      walk(c, keep ? facts : new Map(), keep ? poly : new Map());
    }
  };
  walk(g.entry, new Map(), new Map());
  if (removed > 0) {
    substituteUses(g, find);
    for (const b of g.blocks) {
      const keep = b.instrs.filter((i) => !replace.has(i));
      if (keep.length !== b.instrs.length) b.instrs.splice(0, b.instrs.length, ...keep);
    }
  }
  return removed;
}
