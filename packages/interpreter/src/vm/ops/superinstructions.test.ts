/** Superinstructions: which pairs quickening fuses, and what the JIT is told about fused forms. */
import { describe, expect, it } from "vitest";
import { BASE_OPCODE, Op, OPCODE_COUNT, encodeInstruction } from "@pyvm/bytecode";
import { createVM } from "../../api/vm.js";
import { PyFunction } from "../../objects/function.js";
import { runtimeOf } from "../code-runtime.js";
import { FEEDBACK_OPCODE, isPairForm, quickenPairs } from "./superinstructions.js";

function quicken(ops: [number, number][]): number[] {
  const q = Int32Array.from(ops, ([op, arg]) => encodeInstruction(op, arg));
  quickenPairs(q);
  return Array.from(q, (w) => w & 0xff);
}

describe("quickenPairs", () => {
  it("fuses the first instruction of each pair and keeps the second (and every oparg)", () => {
    const ops: [number, number][] = [
      [Op.LOAD_FAST, 0],
      [Op.LOAD_FAST, 1],
      [Op.LOAD_CONST, 2],
      [Op.LOAD_FAST, 3],
      [Op.STORE_FAST, 4],
      [Op.STORE_FAST, 5],
      [Op.LOAD_FAST, 6],
      [Op.RETURN_VALUE, 0],
    ];
    const q = Int32Array.from(ops, ([op, arg]) => encodeInstruction(op, arg));
    quickenPairs(q);
    expect(Array.from(q, (w) => w & 0xff)).toEqual([
      Op.LOAD_FAST__LOAD_FAST,
      Op.LOAD_FAST__LOAD_CONST,
      Op.LOAD_CONST__LOAD_FAST,
      Op.LOAD_FAST,
      Op.STORE_FAST__STORE_FAST,
      Op.STORE_FAST__LOAD_FAST,
      Op.LOAD_FAST,
      Op.RETURN_VALUE,
    ]);
    expect(Array.from(q, (w) => w >>> 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 0]);
  });

  it("prefers the `is` test triple over LOAD_FAST__LOAD_CONST", () => {
    expect(quicken([[Op.LOAD_FAST, 0], [Op.LOAD_CONST, 1], [Op.IS_OP, 0], [Op.POP_JUMP_IF_FALSE, 9]])).toEqual([
      Op.LOAD_FAST,
      Op.LOAD_CONST__IS_OP_JUMP,
      Op.IS_OP,
      Op.POP_JUMP_IF_FALSE,
    ]);
    // without the jump, a plain pair
    expect(quicken([[Op.LOAD_FAST, 0], [Op.LOAD_CONST, 1], [Op.IS_OP, 0], [Op.RETURN_VALUE, 0]])[0]).toBe(Op.LOAD_FAST__LOAD_CONST);
  });

  it("reports every fused form to the JIT as a form it knows", () => {
    for (let op = 0; op < OPCODE_COUNT; op++) {
      const fb = FEEDBACK_OPCODE[op] as number;
      expect(BASE_OPCODE[fb]).toBe(BASE_OPCODE[op]);
      if (isPairForm(op)) expect(fb).toBe(BASE_OPCODE[op]);
    }
    expect(FEEDBACK_OPCODE[Op.COMPARE_OP_INT_JUMP]).toBe(Op.COMPARE_OP_INT);
    expect(FEEDBACK_OPCODE[Op.LOAD_CONST__IS_OP_JUMP]).toBe(Op.LOAD_CONST);
  });
});

describe("fused forms at run time", () => {
  it("a compare before a branch specializes to the _JUMP form; specializedOpAt reports COMPARE_OP_INT", () => {
    const vm = createVM({ jit: null });
    vm.run("def f(n):\n    if n < 2:\n        return n\n    return f(n - 1) + f(n - 2)\nf(12)\n");
    const ts = (vm as unknown as { thread: { mainGlobals: { getStr(n: string): unknown } } }).thread;
    const f = ts.mainGlobals.getStr("f");
    if (!(f instanceof PyFunction)) throw new Error("not a function");
    const rt = runtimeOf(f.code, ts);
    const quick = Array.from(rt.quick, (w) => w & 0xff);
    expect(quick).toContain(Op.COMPARE_OP_INT_JUMP);
    expect(quick).toContain(Op.LOAD_FAST__LOAD_CONST);
    const pc = quick.indexOf(Op.COMPARE_OP_INT_JUMP);
    expect(rt.specializedOpAt(pc)).toBe(Op.COMPARE_OP_INT);
    expect(rt.specializedOpAt(quick.indexOf(Op.LOAD_FAST__LOAD_CONST))).toBe(Op.LOAD_FAST);
  });
});
