/**
 * Loop-invariant code motion.
 *
 * Pure instructions — constants, `LoadGlobalConst` (its validity is a graph
 * dependency, not a run-time check), conversions and arithmetic on
 * invariant values, boxes of invariant floats — move to the loop's
 * preheader (the single predecessor outside the loop, ending in a plain
 * jump) when every input is defined outside the loop.
 *
 * Guards and closure-cell loads move too, when the loop cannot run Python
 * code (no op with effects other than the plain stores in SAFE_EFFECTS: no
 * calls, no generic operations): a type check of an invariant value
 * (`CheckType` of a list a loop indexes, `CheckInt` of a bound), a shape
 * check of an invariant object (when the loop adds no attribute), a
 * closure cell's `LoadCell` (when the loop stores no cell; it becomes
 * `LoadCellChecked`, which deoptimizes on an empty cell instead of
 * raising). They move only from blocks that run on every iteration (they
 * dominate every back edge), so a check that fails at the loop's entry
 * would have failed in its first iteration anyway. In the preheader they
 * deoptimize with the loop's entry state: the header's `LoopState` frame
 * state (which the builder put there) with the header's parameters
 * replaced by what the preheader passes, so the interpreter resumes at the
 * header. `LoopState` instructions are removed afterwards.
 *
 * Loops are processed innermost first, so what leaves an inner loop can
 * leave the loops around it too.
 */
import type { Block, FrameState, Graph, Instr, Param, Value } from "../ir/graph.js";
import { isPure, opDef } from "../ir/ops.js";
import { dominatorTree, naturalLoops } from "./dominators.js";
import { predecessors, setFrameState, setOp, substFrameState } from "./rewrite.js";

/** Pure ops whose result depends on mutable heap state (a list's length changes when the loop appends). */
const READS_HEAP = new Set<string>(["SeqLength"]);

/** Ops with effects that run no Python code and rebind no closure cell or class: a loop containing only these keeps guards invariant. */
const SAFE_EFFECTS = new Set<string>(["ListSet", "ListAppend", "StoreSlot", "AddSlot", "StoreCell", "Tick", "RangeIterAdvance", "DepthEnter", "DepthExit"]);

/** Guards whose outcome depends only on their input value (its type or identity), not on mutable state. */
const VALUE_GUARDS = new Set<string>(["CheckInt", "CheckFloat", "CheckNumber", "CheckBool", "CheckStr", "CheckIdentity", "CheckType", "CheckBound", "CheckAnyInt"]);

/** Guards on an object's attribute layout: invariant while the loop adds no attribute. */
const SHAPE_GUARDS = new Set<string>(["CheckShape", "CheckShapes"]);

export function hoistInvariants(g: Graph): void {
  const dom = dominatorTree(g);
  const loops = naturalLoops(g, dom);
  const preds = predecessors(g);
  const order = new Map(dom.rpo.map((b, i) => [b, i]));
  for (const loop of [...loops].reverse()) {
    const outside = (preds.get(loop.header) ?? []).filter((p) => !loop.body.has(p));
    const pre = outside.length === 1 ? (outside[0] as Block) : null;
    if (pre === null || pre.terminator?.kind !== "jump") continue;
    const defined = new Set<Value>();
    const blocks = [...loop.body].sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    let runsPython = false;
    let storesCells = false;
    let addsSlots = false;
    for (const b of blocks) {
      for (const p of b.params) defined.add(p);
      for (const i of b.instrs) {
        defined.add(i);
        const d = opDef(i.op);
        if (d === undefined || (d.effects && !SAFE_EFFECTS.has(i.op))) runsPython = true;
        if (i.op === "StoreCell") storesCells = true;
        if (i.op === "AddSlot") addsSlots = true;
      }
    }
    const latches = (preds.get(loop.header) ?? []).filter((p) => loop.body.has(p));
    const everyIteration = (b: Block): boolean => latches.every((l) => dom.dominates(b, l));
    const moved: Instr[] = [];
    let entry: FrameState | null | undefined;
    const entryState = (): FrameState | null => {
      if (entry === undefined) entry = loopEntryState(g, loop.header, pre, defined);
      return entry;
    };
    for (const b of blocks) {
      const keep: Instr[] = [];
      const hoistGuards = !runsPython && everyIteration(b);
      for (const i of b.instrs) {
        const d = opDef(i.op);
        const invariant = i.inputs.every((x) => !defined.has(x));
        let move = false;
        if (d !== undefined && invariant) {
          if (isPure(d)) move = !d.lazy && !READS_HEAP.has(i.op);
          else if (hoistGuards && (VALUE_GUARDS.has(i.op) || (SHAPE_GUARDS.has(i.op) && !addsSlots) || (i.op === "LoadCell" && !storesCells))) {
            const fs = entryState();
            if (fs !== null) {
              if (i.op === "LoadCell") setOp(i, "LoadCellChecked");
              setFrameState(i, fs);
              move = true;
            }
          }
        }
        if (move) {
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
  for (const b of g.blocks) {
    if (b.instrs.some((i) => i.op === "LoopState")) b.instrs.splice(0, b.instrs.length, ...b.instrs.filter((i) => i.op !== "LoopState"));
  }
}

/**
 * The state at `header`'s pc when the loop is entered from `pre`: its
 * `LoopState` frame state with the header's parameters replaced by the
 * preheader's jump arguments. Lazily materialized values built from them
 * (sunk range iterators) are rebuilt in the preheader.
 * Null when there is no `LoopState` or its state uses another value
 * computed in the loop.
 */
function loopEntryState(g: Graph, header: Block, pre: Block, defined: ReadonlySet<Value>): FrameState | null {
  const marker = header.instrs.find((i) => i.op === "LoopState");
  const t = pre.terminator;
  if (marker === undefined || marker.frameState === null || t === null || t.kind !== "jump" || t.target !== header) return null;
  const clones = new Map<Value, Value>();
  let ok = true;
  const map = (v: Value): Value => {
    const x = v as Param | Instr;
    if (x.kind === "param" && x.block === header) return t.args[x.index] as Value;
    if (!defined.has(v)) return v;
    const known = clones.get(v);
    if (known !== undefined) return known;
    if (x.kind !== "instr" || opDef(x.op)?.lazy !== true) {
      ok = false;
      return v;
    }
    const c = g.addInstr(pre, x.op, x.repr, x.inputs.map(map), x.imm, x.pc);
    clones.set(v, c);
    return c;
  };
  const fs = substFrameState(marker.frameState, map, new Map());
  return ok ? fs : null;
}
