/**
 * Type propagation and check elimination.
 *
 * - Folding: a check of a value whose representation already proves it
 *   (`CheckInt(Box(x:int53))` → x, `CheckNumber(Box(x:int53))` →
 *   `Int53ToFloat64(x)`, `Box(x:tagged)` → x, `CheckBound` of an instruction
 *   result, truthiness of a boxed bool …) disappears; frame states refer to
 *   unboxed values directly (`Box(x)` → x) so boxes live only where a
 *   tagged value is really needed.
 * - Dominator-scoped value numbering: a pure op or an idempotent guard
 *   (CheckInt, Int53Add's overflow check …) equal to one in a dominating
 *   position is replaced by it, so a value checked once stays checked.
 *   Ops that read the heap, raise, or have effects are never merged.
 * - Dead code: pure instructions without uses are deleted.
 */
import { Repr, type Block, type Graph, type Instr, type Value } from "../ir/graph.js";
import { opDef, isPure } from "../ir/ops.js";
import { dominatorTree } from "./dominators.js";
import { allIncomingArgs, forEachUse, predecessors, resolver, setOp, substituteUses } from "./rewrite.js";

/** Ops whose result depends only on their inputs and immediates (guards among them fail the same way). */
const VALUE_NUMBERED = new Set<string>([
  "Const", "ConstInt53", "ConstFloat64", "ConstBool", "LoadGlobalConst",
  // CheckType only tests exact builtin types (list, tuple), whose instances cannot change class.
  "CheckInt", "CheckFloat", "CheckNumber", "CheckBool", "CheckStr", "CheckIdentity", "CheckBound", "CheckType",
  "Int53Add", "Int53Sub", "Int53Mul", "Int53FloorDiv", "Int53Mod", "Int53Neg", "Int53BitAnd", "Int53BitOr", "Int53BitXor", "Int53RShift", "Int53LShift",
  "Int53Compare", "Int53ToFloat64", "Int53Truthy",
  "Float64Add", "Float64Sub", "Float64Mul", "Float64Div", "Float64Neg", "Float64Compare", "Float64Truthy",
  "BoolNot", "IsIdentical", "IsUndefined", "StrTruthy", "Box", "Proj",
]);

function instr(v: Value): Instr | null {
  return (v as Instr).kind === "instr" ? (v as Instr) : null;
}

/** The value `i` can be replaced by, or null. May rewrite `i` in place into a cheaper op. */
function fold(i: Instr): Value | null {
  const x = i.inputs[0];
  const xi = x === undefined ? null : instr(x);
  const boxed = xi !== null && xi.op === "Box" ? (xi.inputs[0] as Value) : null;
  switch (i.op) {
    case "Box":
      return x !== undefined && x.repr === Repr.Tagged ? x : null;
    case "CheckInt":
      return boxed !== null && boxed.repr === Repr.Int53 ? boxed : null;
    case "CheckFloat":
      return boxed !== null && boxed.repr === Repr.Float64 ? boxed : null;
    case "CheckBool":
      return boxed !== null && boxed.repr === Repr.Bool ? boxed : null;
    case "CheckStr":
      return boxed !== null && boxed.repr === Repr.Str ? boxed : null;
    case "CheckNumber":
      if (boxed !== null && boxed.repr === Repr.Float64) return boxed;
      if (boxed !== null && boxed.repr === Repr.Int53) {
        i.inputs[0] = boxed;
        setOp(i, "Int53ToFloat64", []);
        (i as { frameState: unknown }).frameState = null;
      }
      return null;
    case "CheckBound":
      return xi !== null && xi.op !== "Const" ? (x as Value) : null;
    case "Truthy":
      if (boxed !== null && boxed.repr === Repr.Bool) return boxed;
      return null;
    case "Int53ToFloat64":
      return null;
    default:
      return null;
  }
}

/** Guards whose result is their input (a checked value is the same JS value). */
const IDENTITY_GUARDS = new Set<string>(["CheckIdentity", "CheckType", "CheckShape", "CheckBound"]);

/** `v` without the identity guards wrapped around it. */
function unchecked(v: Value): Value {
  for (;;) {
    const i = instr(v);
    if (i === null || !IDENTITY_GUARDS.has(i.op) || i.inputs[0] === undefined) return v;
    v = i.inputs[0];
  }
}

/**
 * Block parameters that receive one value on every edge besides themselves
 * (a local the loop never changes, a range's bounds) are that value. An
 * identity guard of a value counts as the value (a loop that checks its
 * invariant list with CheckType passes the check's result back to the phi).
 */
export function removeRedundantParams(g: Graph): void {
  for (;;) {
    const replace = new Map<Value, Value>();
    const incoming = allIncomingArgs(g);
    for (const b of g.blocks) {
      if (b === g.entry) continue;
      const edges = incoming.get(b) ?? [];
      for (const p of b.params) {
        let only: Value | null = null;
        let ok = true;
        for (const args of edges) {
          const a = unchecked(args[p.index] as Value);
          if (a === p || a === only) continue;
          if (only === null) only = a;
          else ok = false;
        }
        if (ok && only !== null && only.repr === p.repr) replace.set(p, only);
      }
    }
    if (replace.size === 0) return;
    const find = resolver(replace);
    // Drop the parameters and their edge arguments, then substitute the uses.
    for (const b of g.blocks) {
      const t = b.terminator;
      if (t === null) continue;
      const prune = (target: Block, args: Value[]): Value[] => args.filter((_, k) => !replace.has(target.params[k] as Value));
      if (t.kind === "jump") b.terminator = { ...t, args: prune(t.target, t.args) };
      else if (t.kind === "branch") b.terminator = { ...t, trueArgs: prune(t.ifTrue, t.trueArgs), falseArgs: prune(t.ifFalse, t.falseArgs) };
    }
    for (const b of g.blocks) {
      const keep = b.params.filter((p) => !replace.has(p));
      if (keep.length !== b.params.length) {
        b.params.splice(0, b.params.length, ...keep);
        keep.forEach((p, k) => {
          (p as { index: number }).index = k;
        });
      }
    }
    substituteUses(g, find);
  }
}

/** Fold `A: … jump B()` into A when A is B's only predecessor (straight-line chains left by the builder and inlining). */
export function mergeStraightLine(g: Graph): void {
  // One pass: merging B into A leaves every other block's predecessor count unchanged (B's successors get A instead).
  const preds = predecessors(g);
  const removed = new Set<Block>();
  for (const a of g.blocks) {
    if (removed.has(a)) continue;
    for (;;) {
      const t = a.terminator;
      if (t === null || t.kind !== "jump" || t.args.length > 0) break;
      const b = t.target;
      if (b === a || b === g.entry || removed.has(b) || b.params.length > 0 || (preds.get(b)?.length ?? 0) !== 1) break;
      for (const i of b.instrs) a.instrs.push(i);
      a.terminator = b.terminator;
      b.instrs.length = 0;
      b.terminator = null;
      removed.add(b);
    }
  }
  if (removed.size > 0) {
    const keep = g.blocks.filter((b) => !removed.has(b));
    g.blocks.splice(0, g.blocks.length, ...keep);
  }
  g.blocks.forEach((b, k) => {
    (b as { id: number }).id = k;
  });
}

export function simplify(g: Graph): void {
  mergeStraightLine(g);
  removeRedundantParams(g);
  const dom = dominatorTree(g);
  const replace = new Map<Value, Value>();
  const find = resolver(replace);
  const table = new Map<string, Value>();
  const walk = (b: Block): void => {
    const added: string[] = [];
    for (const i of b.instrs) {
      for (let k = 0; k < i.inputs.length; k++) i.inputs[k] = find(i.inputs[k] as Value);
      const f = fold(i);
      if (f !== null) {
        replace.set(i, find(f));
        continue;
      }
      if (VALUE_NUMBERED.has(i.op)) {
        const key = `${i.op}(${i.inputs.map((x) => x.id).join(",")})[${i.imm.map((m) => (typeof m === "number" && Object.is(m, -0) ? "-0" : String(m))).join(",")}]`;
        const prev = table.get(key);
        if (prev !== undefined) {
          replace.set(i, prev);
          continue;
        }
        table.set(key, i);
        added.push(key);
      }
    }
    for (const c of dom.children.get(b) ?? []) walk(c);
    for (const k of added) table.delete(k);
  };
  walk(g.entry);
  // Frame states may hold unboxed values: skip boxes there too.
  substituteUses(g, find, {
    frameStates: (v) => {
      const r = find(v);
      const ri = instr(r);
      return ri !== null && ri.op === "Box" ? (ri.inputs[0] as Value) : r;
    },
  });
  // Drop the replaced instructions and unreachable blocks.
  const reachable = new Set(dom.rpo);
  for (const b of g.blocks) {
    if (!reachable.has(b)) continue;
    const keep = b.instrs.filter((i) => !replace.has(i));
    if (keep.length !== b.instrs.length) b.instrs.splice(0, b.instrs.length, ...keep);
  }
  removeUnreachable(g, reachable);
  deadCode(g);
}

function removeUnreachable(g: Graph, reachable: ReadonlySet<Block>): void {
  if (reachable.size === g.blocks.length) return;
  const keep = g.blocks.filter((b) => reachable.has(b));
  g.blocks.splice(0, g.blocks.length, ...keep);
  keep.forEach((b, k) => {
    (b as { id: number }).id = k;
  });
}

/** Delete pure instructions whose results nobody uses (a worklist over use counts: removing one may free its inputs). */
export function deadCode(g: Graph): void {
  const uses = new Map<Value, number>();
  for (const b of g.blocks) forEachUse(b, (v) => uses.set(v, (uses.get(v) ?? 0) + 1));
  const removable = (i: Instr): boolean => {
    const d = opDef(i.op);
    return d !== undefined && isPure(d);
  };
  const work: Instr[] = [];
  for (const b of g.blocks) for (const i of b.instrs) if (!uses.has(i) && removable(i)) work.push(i);
  if (work.length === 0) return;
  const dead = new Set<Instr>();
  while (work.length > 0) {
    const i = work.pop() as Instr;
    if (dead.has(i)) continue;
    dead.add(i);
    for (const x of i.inputs) {
      const n = (uses.get(x) ?? 1) - 1;
      uses.set(x, n);
      const xi = instr(x);
      if (n === 0 && xi !== null && removable(xi)) work.push(xi);
    }
  }
  for (const b of g.blocks) {
    const keep = b.instrs.filter((i) => !dead.has(i));
    if (keep.length !== b.instrs.length) b.instrs.splice(0, b.instrs.length, ...keep);
  }
}
