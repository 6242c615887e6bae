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
 * re-boxed at every use. Two extensions for floats: a float parameter that
 * only carries its value into a chosen one is chosen too (`chooseCarriers`),
 * and a merge of boxed floats with tagged values that the merge block checks
 * first moves that check onto the tagged edges (`checkOnEdges`).
 */
import { Repr, type Block, type FrameState, type Graph, type Instr, type Param, type Value } from "../ir/graph.js";
import { isPure, opDef } from "../ir/ops.js";
import { allIncomingArgs, forEachUse, setRepr } from "./rewrite.js";

type Lattice = "top" | typeof Repr.Int53 | typeof Repr.Float64 | "bottom";

function unboxedOf(v: Value): Value | null {
  const i = v as Instr;
  return i.kind === "instr" && i.op === "Box" ? (i.inputs[0] as Value) : null;
}

export function unboxParams(g: Graph): number {
  checkOnEdges(g);
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
  chooseCarriers(g, params, state, incoming, chosen);
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

/**
 * A float64 parameter that is not consumed unboxed itself but only carries
 * its value on into chosen parameters (`ci` of an outer loop passed into the
 * inner loop's header, where a check consumes it) is chosen too, when it has
 * no tagged use at all (frame states do not count: a deopt boxes raw values
 * itself), so unboxing it adds no box anywhere. Without this the unchosen
 * carrier keeps the consumer boxed as well (the pruning below).
 */
function chooseCarriers(g: Graph, params: readonly Param[], state: ReadonlyMap<Param, Lattice>, incoming: ReadonlyMap<Block, Value[][]>, chosen: Set<Param>): void {
  const candidates = params.filter((p) => state.get(p) === Repr.Float64 && !chosen.has(p));
  if (candidates.length === 0) return;
  // Where each candidate is passed along an edge: the receiving parameters.
  const feeds = new Map<Param, Param[]>(candidates.map((p) => [p, []]));
  for (const [block, argLists] of incoming) {
    for (const args of argLists) {
      args.forEach((a, k) => {
        const into = block.params[k];
        const list = feeds.get(a as Param);
        if (list !== undefined && into !== undefined) list.push(into);
      });
    }
  }
  // Candidates with a tagged use other than edge arguments are out.
  const taggedUse = new Set<Value>();
  for (const b of g.blocks) {
    for (const i of b.instrs) for (const x of i.inputs) if (feeds.has(x as Param)) taggedUse.add(x);
    const t = b.terminator;
    if (t === null) continue;
    if (t.kind === "branch" && feeds.has(t.cond as Param)) taggedUse.add(t.cond);
    if (t.kind === "return" && feeds.has(t.value as Param)) taggedUse.add(t.value);
  }
  let grown = true;
  while (grown) {
    grown = false;
    for (const p of candidates) {
      if (chosen.has(p) || taggedUse.has(p)) continue;
      const into = feeds.get(p) as Param[];
      if (into.length > 0 && into.every((q) => chosen.has(q))) {
        chosen.add(p);
        grown = true;
      }
    }
  }
}

/**
 * Merges of a boxed float with tagged values, consumed by a check: `p` in
 * `M(p)` receives `Box(x:float64)` on some edges and a tagged value `t`
 * (a generic call's result, a slot load) on others, and `M` begins with
 * `CheckFloat(p)` (nothing before it but pure ops). The check moves onto
 * the tagged edges — `Box(CheckFloat(t))` at the end of each predecessor
 * that jumps to `M` — so every incoming value is a boxed float64 and the
 * parameter becomes raw: the float edges lose their allocation. The moved
 * check deoptimizes with the original one's frame state, its parameters
 * replaced by the edge's arguments: the interpreter state at the end of
 * the predecessor is the state at `M`'s start, and only pure ops (which
 * the interpreter recomputes) separate that from the check. It applies only
 * when that frame state holds no value computed inside `M`, every edge into
 * `M` is a jump, and at least one edge passes a boxed float64.
 */
function checkOnEdges(g: Graph): void {
  const preds = new Map<Block, Block[]>();
  for (const b of g.blocks) {
    const t = b.terminator;
    if (t === null) continue;
    const targets = t.kind === "jump" ? [t.target] : t.kind === "branch" ? [t.ifTrue, t.ifFalse] : [];
    for (const x of targets) {
      let list = preds.get(x);
      if (list === undefined) preds.set(x, (list = []));
      list.push(b);
    }
  }
  for (const m of g.blocks) {
    if (m === g.entry || m.params.length === 0) continue;
    // The block's first instruction with a frame state, when only pure ops come before it.
    let first: Instr | null = null;
    const inBlock = new Set<Value>(m.instrs);
    for (const i of m.instrs) {
      if (i.frameState !== null) {
        first = i;
        break;
      }
      const d = opDef(i.op);
      if (d === undefined || !isPure(d)) break;
    }
    if (first === null || first.op !== "CheckFloat" || first.frameState === null) continue;
    const p = first.inputs[0] as Param;
    if (p.kind !== "param" || p.block !== m || p.repr !== Repr.Tagged) continue;
    const fs = first.frameState;
    // Values of M the frame state holds must be pure ops before the check computed from values outside M
    // (a sunk range iterator, a constant): each edge recomputes them.
    let local = false;
    forEachFrameStateValue(fs, (v) => {
      if (!inBlock.has(v)) return;
      if ((v as Instr).inputs.some((x) => inBlock.has(x))) local = true;
    });
    if (local) continue;
    const ps = preds.get(m) ?? [];
    if (ps.length < 2 || ps.some((b) => b.terminator?.kind !== "jump")) continue;
    const edges = ps.map((b) => b.terminator as { kind: "jump"; target: Block; args: Value[] });
    const isBoxedFloat = (v: Value): boolean => {
      const u = unboxedOf(v);
      return u !== null && u.repr === Repr.Float64;
    };
    const tagged = edges.filter((e) => !isBoxedFloat(e.args[p.index] as Value));
    if (tagged.length === edges.length) continue;
    // Only tagged values from outside M: M's own parameters on a back edge are left to the fixpoint.
    if (tagged.some((e) => (e.args[p.index] as Value).repr !== Repr.Tagged || (e.args[p.index] as Param).block === m)) continue;
    ps.forEach((b, n) => {
      const e = edges[n] as { kind: "jump"; target: Block; args: Value[] };
      const a = e.args[p.index] as Value;
      if (isBoxedFloat(a)) return;
      const fromEdge = (v: Value): Value => ((v as Param).kind === "param" && (v as Param).block === m ? (e.args[(v as Param).index] as Value) : v);
      const clones = new Map<Value, Value>();
      const subst = (v: Value): Value => {
        if (!inBlock.has(v)) return fromEdge(v);
        let c = clones.get(v);
        if (c === undefined) {
          const i = v as Instr;
          c = g.addInstr(b, i.op, i.repr, i.inputs.map(fromEdge), i.imm, i.pc);
          clones.set(v, c);
        }
        return c;
      };
      const check = g.addInstr(b, "CheckFloat", Repr.Float64, [a], [], first.pc, mapFrameState(fs, subst));
      const box = g.addInstr(b, "Box", Repr.Tagged, [check], [], first.pc);
      e.args[p.index] = box;
    });
  }
}

function forEachFrameStateValue(fs: FrameState, cb: (v: Value) => void): void {
  for (const x of fs.locals) if (x !== null) cb(x);
  for (const x of fs.stack) cb(x);
  if (fs.names !== undefined) for (const [, x] of fs.names) cb(x);
  if (fs.parent !== null) forEachFrameStateValue(fs.parent, cb);
}

function mapFrameState(fs: FrameState, f: (v: Value) => Value): FrameState {
  return {
    pc: fs.pc,
    locals: fs.locals.map((x) => (x === null ? null : f(x))),
    stack: fs.stack.map(f),
    parent: fs.parent === null ? null : mapFrameState(fs.parent, f),
    ...(fs.funcK === undefined ? {} : { funcK: fs.funcK }),
    ...(fs.initCall === true ? { initCall: true } : {}),
    ...(fs.names === undefined ? {} : { names: fs.names.map(([k, x]) => [k, f(x)] as const) }),
    ...(fs.dead === undefined ? {} : { dead: fs.dead }),
  };
}

/** Whether any use of `v` needs it tagged (for tests and heuristics). */
export function hasTaggedUse(g: Graph, v: Value): boolean {
  let found = false;
  for (const b of g.blocks) forEachUse(b, (x) => (found ||= x === v));
  return found;
}
