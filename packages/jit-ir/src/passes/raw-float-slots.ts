/**
 * Raw float slots: float attributes loaded and stored without a PyFloat box.
 *
 * An exact float is a heap object (`PyFloat { value }`: in V8 a JS object
 * plus a HeapNumber, ~48 bytes), so `self.x /= norm` allocated one per
 * store, and an object with three float attributes carried three boxes for
 * as long as it lived — in allocation-heavy code (float_points) most of the
 * time went to the scavenger copying them. Tier-2 code instead keeps such an
 * attribute as a bare JS number in the slot array (~16 bytes, or nothing
 * when V8 can reuse the number) and records it in the object's shape: a
 * *variant* of the base shape whose `floatMask` bit says "a JS number here
 * is a float" (objects/shape.ts). The interpreter never caches a variant, so
 * its fast paths miss and its slow paths box the slots back first
 * (`derawSlots`, protocols/attribute.ts); tier-2 shape guards accept a base
 * shape's variants and tagged slot loads box a bare number on the way out,
 * keeping the box in the slot so `o.x is o.x` still holds.
 *
 * This pass, run after the others (no later pass moves or forwards these
 * ops), rewrites:
 * - `LoadSlot` whose every use is a `CheckFloat` in its own block (and frame
 *   states) into `LoadSlotF64`: one guard at the load (a raw slot, or an
 *   exact float) and the double itself — no box read, none made; also when
 *   it is passed to a block parameter used only as a float or as a stored
 *   attribute value and fed only such loads or doubles (`self.x = self.x if
 *   self.x > o.x else o.x`), which becomes a double too;
 * - `StoreSlot` / `AddSlot` of `Box(x: float64)` where the box has no other
 *   use into `StoreSlotF64` / `AddSlotF64` storing `x` raw. A box that is
 *   also stored elsewhere or passed on keeps its identity (`a.x = b.x = v`
 *   stores the one object twice, `a.x is b.x` holds).
 * Frame states that held the load or the box hold the double instead: a
 * deopt boxes it afresh (an `is` test right after a deopt between a local
 * and the attribute it was read from is the one observable difference).
 *
 * PYVM_OPT_RAW_FLOAT=0 turns the pass off (and with it the variant-aware
 * guards and loads in tier-2 code: without this pass no variant shape is
 * ever made).
 */
import { Repr, type Block, type Graph, type Instr, type Param, type Value } from "../ir/graph.js";
import { allIncomingArgs, resolver, setOp, setRepr, substituteUses } from "./rewrite.js";

/** Whether tier 2 stores float attributes unboxed (env PYVM_OPT_RAW_FLOAT, default on). */
export const RAW_FLOAT_SLOTS: boolean = (typeof process === "undefined" ? undefined : process.env["PYVM_OPT_RAW_FLOAT"]) !== "0";

/** Slots from this index up are never raw (the shape's `floatMask` is an int32; objects/shape.ts MAX_RAW_FLOAT_SLOT). */
export const RAW_SLOT_LIMIT = 30;

export function rawFloatSlots(g: Graph): void {
  if (!RAW_FLOAT_SLOTS) return;
  // Non-frame-state uses: by instructions (with their block), as jump arguments (the parameters they feed), and
  // anywhere else in a terminator (a branch condition, a return value).
  const users = new Map<Value, Instr[]>();
  const userBlock = new Map<Instr, Block>();
  const feeds = new Map<Value, Param[]>();
  const otherUse = new Set<Value>();
  const feed = (args: readonly Value[], target: Block): void => {
    args.forEach((x, k) => {
      let ps = feeds.get(x);
      if (ps === undefined) feeds.set(x, (ps = []));
      ps.push(target.params[k] as Param);
    });
  };
  for (const b of g.blocks) {
    for (const i of b.instrs) {
      userBlock.set(i, b);
      for (const x of i.inputs) {
        let us = users.get(x);
        if (us === undefined) users.set(x, (us = []));
        us.push(i);
      }
    }
    const t = b.terminator;
    if (t === null) continue;
    if (t.kind === "jump") feed(t.args, t.target);
    else if (t.kind === "branch") {
      otherUse.add(t.cond);
      feed(t.trueArgs, t.ifTrue);
      feed(t.falseArgs, t.ifFalse);
    } else if (t.kind === "return") otherUse.add(t.value);
  }
  const usersOf = (v: Value): Instr[] => users.get(v) ?? [];
  const isStoredValue = (u: Instr, v: Value): boolean =>
    (u.op === "StoreSlot" || u.op === "AddSlot") && u.inputs[1] === v && u.inputs[0] !== v && (u.imm[0] as number) < RAW_SLOT_LIMIT;

  // Candidates: loads of a float attribute (checked as a float in their own block) used only as floats or passed
  // to candidate parameters; parameters (not the entry block's) fed only candidate loads or doubles and used only
  // as floats or as a stored value. Shrunk to a fixpoint.
  const loads = new Set<Instr>();
  for (const b of g.blocks) {
    for (const i of b.instrs) {
      if (i.op !== "LoadSlot" || (i.imm[0] as number) >= RAW_SLOT_LIMIT || otherUse.has(i)) continue;
      const us = usersOf(i);
      if (us.length > 0 && us.every((u) => u.op === "CheckFloat" && userBlock.get(u) === b)) loads.add(i);
    }
  }
  const incoming = allIncomingArgs(g);
  const params = new Set<Param>();
  for (const b of g.blocks) {
    if (b === g.blocks[0]) continue;
    const edges = incoming.get(b) ?? [];
    if (edges.length === 0) continue;
    for (const p of b.params) {
      if (p.repr !== Repr.Tagged || otherUse.has(p) || feeds.has(p)) continue;
      const us = usersOf(p);
      if (us.length > 0 && us.every((u) => u.op === "CheckFloat" || isStoredValue(u, p))) params.add(p);
    }
  }
  // A load passed to a parameter: a candidate if it is checked as a float in its block and feeds candidates only.
  for (const b of g.blocks) {
    for (const i of b.instrs) {
      if (i.op !== "LoadSlot" || loads.has(i) || (i.imm[0] as number) >= RAW_SLOT_LIMIT || otherUse.has(i) || !feeds.has(i)) continue;
      const us = usersOf(i);
      if (us.length > 0 && us.every((u) => u.op === "CheckFloat" && userBlock.get(u) === b)) loads.add(i);
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const l of loads) {
      if ((feeds.get(l) ?? []).every((p) => params.has(p))) continue;
      loads.delete(l);
      changed = true;
    }
    for (const p of params) {
      const k = p.index;
      if ((incoming.get(p.block) ?? []).every((args) => {
        const x = args[k] as Value;
        return x.repr === Repr.Float64 || loads.has(x as Instr);
      })) continue;
      params.delete(p);
      changed = true;
    }
  }

  const subst = new Map<Value, Value>();
  const removed = new Set<Instr>();
  const floatUses = (v: Value): void => {
    for (const u of usersOf(v)) {
      if (u.op === "CheckFloat") {
        subst.set(u, v);
        removed.add(u);
      } else if (u.op === "StoreSlot") setOp(u, "StoreSlotF64");
      else if (u.op === "AddSlot") setOp(u, "AddSlotF64");
    }
  };
  for (const l of loads) {
    setOp(l, "LoadSlotF64");
    setRepr(l, Repr.Float64);
    floatUses(l);
  }
  for (const p of params) {
    setRepr(p, Repr.Float64);
    floatUses(p);
  }
  for (const b of g.blocks) {
    for (const i of b.instrs) {
      if (i.op !== "StoreSlot" && i.op !== "AddSlot") continue;
      if ((i.imm[0] as number) >= RAW_SLOT_LIMIT) continue;
      const box = i.inputs[1] as Instr;
      if (box.kind !== "instr" || box.op !== "Box" || (box.inputs[0] as Value).repr !== Repr.Float64 || otherUse.has(box) || feeds.has(box)) continue;
      if (usersOf(box).length !== 1 || i.inputs[0] === box) continue;
      i.inputs[1] = box.inputs[0] as Value;
      setOp(i, i.op === "StoreSlot" ? "StoreSlotF64" : "AddSlotF64");
      // The box is unused now but for frame states: they take the double (the final simplify deletes the box).
      subst.set(box, box.inputs[0] as Value);
    }
  }
  if (subst.size === 0 && loads.size === 0 && params.size === 0) return;
  for (const b of g.blocks) if (b.instrs.some((i) => removed.has(i))) b.instrs.splice(0, b.instrs.length, ...b.instrs.filter((i) => !removed.has(i)));
  substituteUses(g, resolver(subst));
}
