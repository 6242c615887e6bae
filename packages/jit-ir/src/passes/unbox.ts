/**
 * Unboxed representations for block parameters (loop phis).
 *
 * The builder passes tagged values into merge blocks. A parameter whose
 * every incoming value is a `Box` of an int53 (resp. float64) — or another
 * parameter that becomes int53 (resp. float64) — carries that raw number
 * instead: the edges pass the unboxed value and the parameter's tagged uses
 * go through one `Box` at the block's start, which `simplify` then folds
 * into the checks that consumed it (`CheckInt(Box(p))` → p). An optimistic
 * fixpoint handles loops (a loop-carried value's back edge passes the
 * parameter's own successor). float64 parameters are only unboxed when some
 * use consumes them unboxed, so a float merely carried around is not
 * re-boxed at every use.
 */
import { Repr, type Block, type Graph, type Instr, type Param, type Value } from "../ir/graph.js";
import { allIncomingArgs, forEachUse, setRepr } from "./rewrite.js";

type Lattice = "top" | typeof Repr.Int53 | typeof Repr.Float64 | "bottom";

function unboxedOf(v: Value): Value | null {
  const i = v as Instr;
  return i.kind === "instr" && i.op === "Box" ? (i.inputs[0] as Value) : null;
}

export function unboxParams(g: Graph): number {
  const params: Param[] = [];
  for (const b of g.blocks) if (b !== g.entry) for (const p of b.params) if (p.repr === Repr.Tagged) params.push(p);
  if (params.length === 0) return 0;
  const incoming = allIncomingArgs(g);
  const state = new Map<Param, Lattice>(params.map((p) => [p, "top"]));
  const meet = (a: Lattice, b: Lattice): Lattice => (a === "top" ? b : b === "top" ? a : a === b ? a : "bottom");
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of params) {
      let l: Lattice = "top";
      for (const args of incoming.get(p.block) ?? []) {
        const a = args[p.index] as Value;
        const u = unboxedOf(a);
        let al: Lattice;
        if (u !== null && (u.repr === Repr.Int53 || u.repr === Repr.Float64)) al = u.repr;
        else if (state.has(a as Param)) al = state.get(a as Param) as Lattice;
        else if (a.repr === Repr.Int53 || a.repr === Repr.Float64) al = a.repr;
        else al = "bottom";
        l = meet(l, al);
      }
      if (l !== state.get(p)) {
        state.set(p, l);
        changed = true;
      }
    }
  }
  // float64 only when something consumes it unboxed (a check of the parameter).
  const consumedUnboxed = new Set<Value>();
  for (const b of g.blocks) {
    for (const i of b.instrs) if ((i.op === "CheckFloat" || i.op === "CheckNumber") && i.inputs[0] !== undefined) consumedUnboxed.add(i.inputs[0]);
  }
  const chosen = new Set<Param>();
  for (const p of params) {
    const l = state.get(p);
    if (l === Repr.Int53) chosen.add(p);
    else if (l === Repr.Float64 && consumedUnboxed.has(p)) chosen.add(p);
  }
  // A float parameter fed by another float parameter that was not chosen cannot be chosen either.
  let pruned = true;
  while (pruned) {
    pruned = false;
    for (const p of chosen) {
      for (const args of incoming.get(p.block) ?? []) {
        const a = args[p.index] as Value;
        if (state.has(a as Param) && !chosen.has(a as Param)) {
          chosen.delete(p);
          pruned = true;
          break;
        }
      }
    }
  }
  if (chosen.size === 0) return 0;
  // Rewrite edges: pass the raw value.
  for (const b of g.blocks) {
    for (const args of incoming.get(b) ?? []) {
      b.params.forEach((p, k) => {
        if (!chosen.has(p)) return;
        const a = args[k] as Value;
        if (chosen.has(a as Param) || a.repr !== Repr.Tagged) return;
        args[k] = unboxedOf(a) as Value;
      });
    }
  }
  for (const p of chosen) setRepr(p, state.get(p) as Repr);
  // Tagged uses of a chosen parameter read a Box made in the using block just before the first use
  // (never at the top of a loop header: the box would be allocated every iteration for a use after the loop).
  for (const b of g.blocks) {
    const boxes = new Map<Param, Instr>();
    const boxOf = (p: Param, out: Instr[]): Instr => {
      let box = boxes.get(p);
      if (box === undefined) {
        box = g.addInstr(b, "Box", Repr.Tagged, [p], [], b.pc);
        b.instrs.pop();
        out.push(box);
        boxes.set(p, box);
      }
      return box;
    };
    const out: Instr[] = [];
    for (const i of b.instrs) {
      for (let k = 0; k < i.inputs.length; k++) {
        const x = i.inputs[k] as Value;
        if (chosen.has(x as Param) && i.op !== "Box") i.inputs[k] = boxOf(x as Param, out);
      }
      out.push(i);
    }
    const use = (v: Value): Value => (chosen.has(v as Param) ? boxOf(v as Param, out) : v);
    const edge = (args: Value[], target: Block): void => {
      target.params.forEach((q, k) => {
        const a = args[k] as Value;
        if (chosen.has(a as Param) && !chosen.has(q)) args[k] = boxOf(a as Param, out);
      });
    };
    const t = b.terminator;
    if (t !== null) {
      switch (t.kind) {
        case "jump":
          edge(t.args, t.target);
          break;
        case "branch":
          b.terminator = { ...t, cond: use(t.cond) };
          edge(t.trueArgs, t.ifTrue);
          edge(t.falseArgs, t.ifFalse);
          break;
        case "return":
          b.terminator = { kind: "return", value: use(t.value) };
          break;
        case "deopt":
          break;
      }
    }
    b.instrs.splice(0, b.instrs.length, ...out);
  }
  return chosen.size;
}

/** Whether any use of `v` needs it tagged (for tests and heuristics). */
export function hasTaggedUse(g: Graph, v: Value): boolean {
  let found = false;
  for (const b of g.blocks) forEachUse(b, (x) => (found ||= x === v));
  return found;
}
