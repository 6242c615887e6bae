/**
 * Lookup tables derived from `OPCODE_DEFS`: names, flags, families and stack
 * effects by opcode number. Everything that needs to know about opcodes in
 * general (the compiler's stack-depth pass, the disassembler, the JIT's
 * coverage report) goes through here instead of keeping its own list.
 */
import { OPCODE_DEFS, type OpcodeDef, type StackCount } from "./opcodes.def.js";
import { Op, OPCODE_COUNT } from "./generated/opcodes.js";

export const OPCODE_NAMES: readonly string[] = OPCODE_DEFS.map((d) => d.name);

/** The definition of an opcode number; throws on an unknown number (a VM bug). */
export function opcodeDef(op: number): OpcodeDef {
  const def = OPCODE_DEFS[op];
  if (def === undefined) throw new Error(`unknown opcode ${op}`);
  return def;
}

export function opcodeByName(name: string): number {
  const op = (Op as Record<string, number>)[name];
  if (op === undefined) throw new Error(`unknown opcode name ${name}`);
  return op;
}

/** Base opcode of a specialized form (itself for base opcodes). */
export const BASE_OPCODE: Uint8Array = (() => {
  const base = new Uint8Array(OPCODE_COUNT);
  OPCODE_DEFS.forEach((d, i) => {
    base[i] = d.family === undefined ? i : opcodeByName(d.family);
  });
  return base;
})();

export const HAS_JUMP: Uint8Array = Uint8Array.from(OPCODE_DEFS, (d) => (d.operand === "jump" ? 1 : 0));
export const CAN_RAISE: Uint8Array = Uint8Array.from(OPCODE_DEFS, (d) => (d.canRaise ? 1 : 0));

/** Instruction word packing: opcode in the low 8 bits, oparg in the high 24. */
export const OPARG_MAX = 0xffffff;
export function encodeInstruction(op: number, arg: number): number {
  if (arg < 0 || arg > OPARG_MAX) throw new Error(`oparg ${arg} out of range`);
  return (op | (arg << 8)) >>> 0;
}
export function instructionOp(word: number): number {
  return word & 0xff;
}
export function instructionArg(word: number): number {
  return word >>> 8;
}

function count(c: StackCount, op: number, arg: number): number {
  switch (c) {
    case "arg":
      return arg;
    case "arg+1":
      return arg + 1;
    case "arg+2":
      return arg + 2;
    case "arg+3":
      return arg + 3;
    case "2*arg":
      return 2 * arg;
    case "unpack_ex":
      return (arg & 0xff) + 1 + (arg >> 8);
    case "build_slice":
      return arg === 3 ? 3 : 2;
    case "make_function": {
      let n = 1;
      for (let bit = 1; bit <= 8; bit <<= 1) if (arg & bit) n++;
      return n;
    }
    case "call_ex":
      return 3 + (arg & 1);
    case "format_value":
      return arg & 0x04 ? 2 : 1;
    case "raise":
      return arg;
    case "load_global":
      return (arg & 1) + 1;
    default:
      if (typeof c === "number") return c;
      throw new Error(`bad stack count for opcode ${op}`);
  }
}

/** Net stack effect of one instruction (on the jump path when `jump` is true). */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  const def = opcodeDef(op);
  if (jump && def.jumpPops !== undefined) {
    return count(def.jumpPushes ?? 0, op, arg) - count(def.jumpPops, op, arg);
  }
  return count(def.pushes, op, arg) - count(def.pops, op, arg);
}
