/**
 * Integer range analysis: drop the overflow guards of int53 arithmetic that
 * cannot overflow.
 *
 * Every int53 value lies in [-(2^53-1), 2^53-1] (that is what a CheckInt or
 * an overflow guard proves). Walking the dominator tree, each value gets an
 * interval: constants are exact, `Int53Add/Sub/Mul` combine their inputs'
 * intervals, `x % c` with a constant c > 0 lies in [0, c-1], `a & c` with a
 * constant c ≥ 0 in [0, c]; a block whose only predecessor branches on an
 * `Int53Compare` narrows the compared values for its whole dominator
 * subtree (the else-branch of `if n < 2` knows n ≥ 2). An add, subtract or
 * multiply whose result interval fits the safe range becomes its exact form
 * (`Int53AddExact`, …: pure, no frame state), so `n - 1` after that test
 * compiles to a plain subtraction.
 *
 * Facts are scoped to the dominator subtree where they hold. Block
 * parameters count as the full range, except induction variables: a loop
 * header's parameter whose every back edge passes it unchanged or plus
 * (minus) a value known to be ≥ 0 never falls below (rises above) what the
 * edges entering the loop pass, so a counted loop's `i` from `range(n)` is
 * ≥ 0 and, below its `i < n` test, in [0, n-1].
 *
 * First, an int53 add/subtract whose every use lies below one successor of
 * its block's branch (which that successor alone enters) moves to the
 * start of that successor: a counted loop's `next = i + step`, computed in
 * the header before the exit test, moves into the body, where `i < stop`
 * bounds it (the guard then fires only where the value is needed, with
 * the same frame state).
 */
import { Repr, type Block, type Graph, type Instr, type Value } from "../ir/graph.js";
import { CMP_OPS } from "../ir/ops.js";
import { dominatorTree } from "./dominators.js";
import { argsFrom, forEachUse, predecessors, setFrameState, setOp } from "./rewrite.js";
import type { DomTree } from "./dominators.js";

const MAX = Number.MAX_SAFE_INTEGER;
type Range = readonly [number, number];
const FULL: Range = [-MAX, MAX];

const EXACT: Readonly<Record<string, string>> = { Int53Add: "Int53AddExact", Int53Sub: "Int53SubExact", Int53Mul: "Int53MulExact" };

export function intRanges(g: Graph): void {
  const dom = dominatorTree(g);
  const preds = predecessors(g);
  sinkIntoBranches(g, dom, preds);
  const facts = new Map<Value, Range>();
  const rangeOf = (v: Value): Range => (v.repr === Repr.Int53 ? (facts.get(v) ?? FULL) : FULL);

  const visit = (b: Block): void => {
    const saved: [Value, Range | undefined][] = [];
    const set = (v: Value, r: Range): void => {
      saved.push([v, facts.get(v)]);
      facts.set(v, r);
    };
    const ps = preds.get(b) ?? [];
    inductionRanges(b, ps, dom, rangeOf, set);
    const p = ps.length === 1 ? ps[0] : undefined;
    const t = p?.terminator;
    if (t !== undefined && t !== null && t.kind === "branch" && t.ifTrue !== t.ifFalse) refine(t.cond, t.ifTrue === b, rangeOf, set);
    for (const i of b.instrs) {
      const r = rangeOfInstr(i, rangeOf);
      if (r === null) continue;
      const exact = EXACT[i.op];
      if (exact !== undefined && r[0] >= -MAX && r[1] <= MAX) {
        setOp(i, exact);
        setFrameState(i, null);
      }
      set(i, [Math.max(r[0], -MAX), Math.min(r[1], MAX)]);
    }
    for (const c of dom.children.get(b) ?? []) visit(c);
    for (let k = saved.length - 1; k >= 0; k--) {
      const [v, r] = saved[k] as [Value, Range | undefined];
      if (r === undefined) facts.delete(v);
      else facts.set(v, r);
    }
  };
  visit(g.entry);
}

/**
 * Loop header `b`: the int53 parameters that only grow (or only shrink)
 * along its back edges (predecessors it dominates) are bounded below (above)
 * by the arguments of the edges entering the loop, whose ranges are known
 * (they are defined in blocks dominating the header).
 */
function inductionRanges(b: Block, ps: readonly Block[], dom: DomTree, rangeOf: (v: Value) => Range, set: (v: Value, r: Range) => void): void {
  if (b.params.length === 0 || !ps.some((p) => dom.dominates(b, p))) return;
  for (const param of b.params) {
    if (param.repr !== Repr.Int53) continue;
    let lo = MAX;
    let hi = -MAX;
    let up = true;
    let down = true;
    for (const p of ps) {
      const back = dom.dominates(b, p);
      for (const args of argsFrom(p, b)) {
        const arg = args[param.index] as Value;
        if (back) {
          const d = stepSign(arg, param, rangeOf, 4);
          if (d < 0 || d === 2) up = false;
          if (d > 0 || d === 2) down = false;
        } else {
          const r = rangeOf(arg);
          lo = Math.min(lo, r[0]);
          hi = Math.max(hi, r[1]);
        }
      }
    }
    if (lo > hi || (!up && !down)) continue;
    set(param, [up ? lo : -MAX, down ? hi : MAX]);
  }
}

/**
 * How `v` relates to `param`: 0 when it is `param`, 1 when it is `param`
 * plus values ≥ 0 (or minus values ≤ 0), -1 the mirror image, 2 unknown.
 * Only int53 adds and subtracts of `param` (through at most `depth` of them).
 */
function stepSign(v: Value, param: Value, rangeOf: (v: Value) => Range, depth: number): number {
  if (v === param) return 0;
  const i = v as Instr;
  if (depth === 0 || i.kind !== "instr") return 2;
  const add = i.op === "Int53Add" || i.op === "Int53AddExact";
  const sub = i.op === "Int53Sub" || i.op === "Int53SubExact";
  if (!add && !sub) return 2;
  const [a, c] = i.inputs as [Value, Value];
  const inner = stepSign(a, param, rangeOf, depth - 1);
  const other = add && inner === 2 ? stepSign(c, param, rangeOf, depth - 1) : 2;
  const base = inner !== 2 ? inner : other;
  if (base === 2) return 2;
  const r = rangeOf(inner !== 2 ? c : a);
  const d = r[0] >= 0 ? (sub ? -1 : 1) : r[1] <= 0 ? (sub ? 1 : -1) : 2;
  if (d === 2) return 2;
  if (base === 0 || base === d) return d;
  return 2;
}

/** Move int53 add/sub instructions used only below one single-entry successor of their block's branch to that successor. */
function sinkIntoBranches(g: Graph, dom: DomTree, preds: Map<Block, Block[]>): void {
  const useBlocks = new Map<Value, Set<Block>>();
  for (const b of g.blocks) {
    forEachUse(b, (v) => {
      let s = useBlocks.get(v);
      if (s === undefined) useBlocks.set(v, (s = new Set()));
      s.add(b);
    });
  }
  for (const b of dom.rpo) {
    const t = b.terminator;
    if (t === null || t.kind !== "branch" || t.ifTrue === t.ifFalse) continue;
    for (const succ of [t.ifTrue, t.ifFalse]) {
      if ((preds.get(succ)?.length ?? 0) !== 1) continue;
      const moved = b.instrs.filter((i) => {
        if (i.op !== "Int53Add" && i.op !== "Int53Sub") return false;
        const uses = useBlocks.get(i);
        return uses !== undefined && uses.size > 0 && [...uses].every((u) => dom.dominates(succ, u));
      });
      if (moved.length === 0) continue;
      const keep = b.instrs.filter((i) => !moved.includes(i));
      b.instrs.splice(0, b.instrs.length, ...keep);
      succ.instrs.unshift(...moved);
    }
  }
}

/** The interval of an int53 instruction's result (before clipping to the safe range), or null when nothing is known. */
function rangeOfInstr(i: Instr, rangeOf: (v: Value) => Range): Range | null {
  const [a, b] = i.inputs as [Value | undefined, Value | undefined];
  switch (i.op) {
    case "ConstInt53": {
      const c = i.imm[0];
      return typeof c === "number" ? [c, c] : null;
    }
    case "Int53Add":
    case "Int53AddExact": {
      const [x, y] = [rangeOf(a as Value), rangeOf(b as Value)];
      return [x[0] + y[0], x[1] + y[1]];
    }
    case "Int53Sub":
    case "Int53SubExact": {
      const [x, y] = [rangeOf(a as Value), rangeOf(b as Value)];
      return [x[0] - y[1], x[1] - y[0]];
    }
    case "Int53Mul":
    case "Int53MulExact": {
      const [x, y] = [rangeOf(a as Value), rangeOf(b as Value)];
      const c = [x[0] * y[0], x[0] * y[1], x[1] * y[0], x[1] * y[1]];
      return [Math.min(...c), Math.max(...c)];
    }
    case "Int53Mod": {
      const y = rangeOf(b as Value);
      return y[0] === y[1] && y[0] > 0 ? [0, y[0] - 1] : null;
    }
    case "Int32WrapAdd":
    case "Int32WrapSub":
    case "Int32WrapMul":
    case "Int32WrapOr":
    case "Int32WrapXor":
      return [-0x80000000, 0x7fffffff];
    case "Int53AndMask":
    case "Int53BitAnd": {
      const y = rangeOf(b as Value);
      return y[0] === y[1] && y[0] >= 0 ? [0, y[0]] : null;
    }
    default:
      return null;
  }
}

const NEGATED: Readonly<Record<string, string>> = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "==" };

/** Narrow the operands of the comparison `cond` on the edge where it is `taken` (true) or not. */
function refine(cond: Value, taken: boolean, rangeOf: (v: Value) => Range, set: (v: Value, r: Range) => void): void {
  let c = cond as Instr;
  let holds = taken;
  while (c.kind === "instr" && c.op === "BoolNot") {
    c = c.inputs[0] as Instr;
    holds = !holds;
  }
  if (c.kind !== "instr" || c.op !== "Int53Compare") return;
  const a = c.inputs[0] as Value;
  const b = c.inputs[1] as Value;
  const base = CMP_OPS[c.imm[0] as number];
  if (base === undefined) return;
  const op = holds ? base : (NEGATED[base] as string);
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  let na: Range = ra;
  let nb: Range = rb;
  switch (op) {
    case "<":
      na = [ra[0], Math.min(ra[1], rb[1] - 1)];
      nb = [Math.max(rb[0], ra[0] + 1), rb[1]];
      break;
    case "<=":
      na = [ra[0], Math.min(ra[1], rb[1])];
      nb = [Math.max(rb[0], ra[0]), rb[1]];
      break;
    case ">":
      na = [Math.max(ra[0], rb[0] + 1), ra[1]];
      nb = [rb[0], Math.min(rb[1], ra[1] - 1)];
      break;
    case ">=":
      na = [Math.max(ra[0], rb[0]), ra[1]];
      nb = [rb[0], Math.min(rb[1], ra[1])];
      break;
    case "==":
      na = nb = [Math.max(ra[0], rb[0]), Math.min(ra[1], rb[1])];
      break;
    default:
      return;
  }
  // An empty interval means the edge is dead; keep the old facts rather than reason about it.
  if (a.repr === Repr.Int53 && na[0] <= na[1]) set(a, na);
  if (b.repr === Repr.Int53 && nb[0] <= nb[1]) set(b, nb);
}
