/**
 * Truncation: integer arithmetic whose result only feeds a bitwise AND with
 * a constant mask below 2^32 needs only its low 32 bits.
 *
 * Python's `x & m` for a mask 0 ≤ m < 2^32 depends on nothing but the low 32
 * bits of `x` (ints behave as infinite two's complement), and so do the low
 * 32 bits of `a + b`, `a - b`, `a * b`, `a | b` and `a ^ b`. JavaScript's `ToInt32` is exact
 * arithmetic modulo 2^32 for every safe integer, so:
 *
 * - `Int53BitAnd(x, m)` with such a constant `m` becomes `Int53AndMask`: no
 *   guard, whatever int53 `x` is (the generic form deopts unless both
 *   operands are int32);
 * - an `Int53Add/Sub/Mul` (or its exact form), `Int53BitOr` or `Int53BitXor`
 *   whose every use is such a mask or another truncated operation becomes
 *   `Int32WrapAdd/Sub/Mul/Or/Xor`: 32-bit wrapping arithmetic without an
 *   overflow (or int32-operand) guard. A value a frame state
 *   refers to is observable after a deopt and is only truncated when that
 *   frame state belongs to an instruction that loses its guard here.
 *
 * So the linear congruential step `(x * 1103515245 + 12345) & 0x7FFFFFFF`
 * never leaves int53 (its product exceeds 2^53 and used to deopt to bigint
 * arithmetic), and a hash `(h * 31 + c) & 0xFFFFFFFF` runs on Math.imul.
 */
import { Repr, type Graph, type Instr, type Value } from "../ir/graph.js";
import { forEachFrameStateValue, forEachUse, setFrameState, setOp } from "./rewrite.js";

const WRAP: Readonly<Record<string, string>> = {
  Int53Add: "Int32WrapAdd",
  Int53AddExact: "Int32WrapAdd",
  Int53Sub: "Int32WrapSub",
  Int53SubExact: "Int32WrapSub",
  Int53Mul: "Int32WrapMul",
  Int53MulExact: "Int32WrapMul",
  Int53BitOr: "Int32WrapOr",
  Int53BitXor: "Int32WrapXor",
};

/** The constant mask of `v` when it is an int53 constant in [0, 2^32), else undefined. */
export function maskConstant(v: Value | undefined): number | undefined {
  const i = v as Instr | undefined;
  if (i === undefined || i.kind !== "instr" || i.op !== "ConstInt53") return undefined;
  const c = i.imm[0];
  return typeof c === "number" && Number.isInteger(c) && c >= 0 && c <= 0xffffffff ? c : undefined;
}

export function truncateMasked(g: Graph): void {
  // 1. Every AND with a constant mask loses its guard.
  for (const b of g.blocks) {
    for (const i of b.instrs) {
      if (i.op !== "Int53BitAnd") continue;
      const [x, y] = i.inputs as [Value, Value];
      if (maskConstant(y) !== undefined) {
        setOp(i, "Int53AndMask");
        setFrameState(i, null);
      } else if (maskConstant(x) !== undefined) {
        i.inputs[0] = y;
        i.inputs[1] = x;
        setOp(i, "Int53AndMask");
        setFrameState(i, null);
      }
    }
  }

  // 2. The largest set of add/sub/mul whose every use truncates (a fixpoint:
  //    start from all of them, drop any with a use outside the set).
  const uses = new Map<Value, { user: Instr | null; inFrameState: boolean }[]>();
  const use = (v: Value, user: Instr | null, inFrameState: boolean): void => {
    let list = uses.get(v);
    if (list === undefined) uses.set(v, (list = []));
    list.push({ user, inFrameState });
  };
  for (const b of g.blocks) {
    for (const i of b.instrs) {
      for (const x of i.inputs) use(x, i, false);
      if (i.frameState !== null) forEachFrameStateValue(i.frameState, (x) => use(x, i, true));
    }
    // Terminator uses (jump/branch arguments, returns, deopt states) never truncate.
    const only = { ...b, instrs: [] };
    forEachUse(only, (x) => use(x, null, false));
  }
  const set = new Set<Instr>();
  for (const b of g.blocks) for (const i of b.instrs) if (WRAP[i.op] !== undefined && i.repr === Repr.Int53 && (uses.get(i)?.length ?? 0) > 0) set.add(i);
  let changed = true;
  while (changed) {
    changed = false;
    for (const i of set) {
      const ok = (uses.get(i) ?? []).every(({ user, inFrameState }) => {
        if (user === null) return false;
        if (inFrameState) return set.has(user);
        return user.op === "Int53AndMask" ? user.inputs[0] === i : set.has(user);
      });
      if (!ok) {
        set.delete(i);
        changed = true;
      }
    }
  }
  for (const i of set) {
    setOp(i, WRAP[i.op] as string);
    setFrameState(i, null);
  }
}
