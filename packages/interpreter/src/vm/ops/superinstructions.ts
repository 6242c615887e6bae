/**
 * Superinstructions: pairs of simple instructions run in one dispatch.
 *
 * CPython 3.11 rewrites, when it quickens a code object, the first of some
 * adjacent instruction pairs into a fused form (`LOAD_FAST__LOAD_FAST`,
 * `LOAD_FAST__LOAD_CONST`, `LOAD_CONST__LOAD_FAST`, `STORE_FAST__LOAD_FAST`,
 * `STORE_FAST__STORE_FAST`), plus `LOAD_CONST__IS_OP_JUMP` for the
 * `LOAD_CONST; IS_OP; POP_JUMP_IF_*` of `if x is None:` (CPython's compiler
 * emits POP_JUMP_IF_NONE there; ours does not). `quickenPairs` does the same over a
 * `CodeRuntime.quick` stream when the code first runs in a VM. The second
 * instruction stays in the stream: the fused form executes it from its word
 * and skips it, and a jump (or a JIT deopt) landing on it runs it alone. The
 * compare-and-branch fusion (`COMPARE_OP_*_JUMP`) is written by the
 * COMPARE_OP specializer instead, since it depends on the operand types.
 *
 * The JIT reads the quickened stream as feedback; `FEEDBACK_OPCODE` maps
 * every form written here back to the form it reports (the base opcode for
 * the pairs, the unfused COMPARE_OP_* form for the jumps).
 */
import { Op, BASE_OPCODE, OPCODE_COUNT } from "@pyvm/bytecode";

/** Rewrite the first instruction of each fusable adjacent pair of `quick` (base opcodes only). */
export function quickenPairs(quick: Int32Array): void {
  const n = quick.length;
  for (let i = 0; i + 1 < n; i++) {
    const w = quick[i] as number;
    const next = (quick[i + 1] as number) & 0xff;
    let fused = -1;
    switch (w & 0xff) {
      case Op.LOAD_FAST:
        if (next === Op.LOAD_FAST) fused = Op.LOAD_FAST__LOAD_FAST;
        // (not when the LOAD_CONST starts an `is` test: that triple saves more)
        else if (next === Op.LOAD_CONST && !isConstIsJump(quick, i + 1)) fused = Op.LOAD_FAST__LOAD_CONST;
        break;
      case Op.LOAD_CONST:
        if (next === Op.LOAD_FAST) fused = Op.LOAD_CONST__LOAD_FAST;
        else if (isConstIsJump(quick, i)) fused = Op.LOAD_CONST__IS_OP_JUMP;
        break;
      case Op.STORE_FAST:
        if (next === Op.LOAD_FAST) fused = Op.STORE_FAST__LOAD_FAST;
        else if (next === Op.STORE_FAST) fused = Op.STORE_FAST__STORE_FAST;
        break;
    }
    if (fused >= 0) quick[i] = (w & ~0xff) | fused;
  }
}

/** `LOAD_CONST; IS_OP; POP_JUMP_IF_FALSE/TRUE` at `i` (`if x is None:`; CPython 3.11 compiles it to POP_JUMP_IF_NONE). */
function isConstIsJump(quick: Int32Array, i: number): boolean {
  if (i + 2 >= quick.length || ((quick[i] as number) & 0xff) !== Op.LOAD_CONST || ((quick[i + 1] as number) & 0xff) !== Op.IS_OP) return false;
  const j = (quick[i + 2] as number) & 0xff;
  return j === Op.POP_JUMP_IF_FALSE || j === Op.POP_JUMP_IF_TRUE;
}

/** True for the pair forms written by `quickenPairs` (they execute the instruction after them). */
export function isPairForm(op: number): boolean {
  return op >= Op.LOAD_FAST__LOAD_FAST && op <= Op.STORE_FAST__STORE_FAST;
}

/** The opcode `CodeFeedback.specializedOpAt` reports for each opcode in the quickened stream. */
export const FEEDBACK_OPCODE: Uint8Array = (() => {
  const t = new Uint8Array(OPCODE_COUNT);
  for (let op = 0; op < OPCODE_COUNT; op++) t[op] = isPairForm(op) ? (BASE_OPCODE[op] as number) : op;
  t[Op.COMPARE_OP_INT_JUMP] = Op.COMPARE_OP_INT;
  t[Op.COMPARE_OP_FLOAT_JUMP] = Op.COMPARE_OP_FLOAT;
  t[Op.COMPARE_OP_STR_JUMP] = Op.COMPARE_OP_STR;
  t[Op.LOAD_CONST__IS_OP_JUMP] = Op.LOAD_CONST;
  // (not fused, but no JIT builder knows it: the JIT sees a generic FOR_ITER)
  t[Op.FOR_ITER_GEN] = Op.FOR_ITER;
  return t;
})();
