/**
 * Tier 1, the baseline compiler: bytecode → one JS function per code object,
 * no speculation. It is being built opcode by opcode; `BASELINE_OPCODES` is
 * the set it can translate, and a code object containing anything else is
 * reported as not compilable (a value, never a throw), so the function simply
 * stays in the interpreter. `pyvm --jit-coverage` prints this set against the
 * whole opcode table.
 */
import { BASE_OPCODE, OPCODE_NAMES, instructionOp, type CodeObject } from "@pyvm/bytecode";
import type { CompiledEntry } from "@pyvm/interpreter";

/** Opcodes the baseline compiler can translate (none yet: the JIT issue fills this in). */
export const BASELINE_OPCODES: ReadonlySet<string> = new Set<string>();

export type CompileResult = { readonly ok: true; readonly entry: CompiledEntry } | { readonly ok: false; readonly reason: string };

export function compileBaseline(code: CodeObject): CompileResult {
  for (let pc = 0; pc < code.code.length; pc++) {
    const op = BASE_OPCODE[instructionOp(code.code[pc] ?? 0)] ?? 0;
    const name = OPCODE_NAMES[op] ?? `#${op}`;
    if (!BASELINE_OPCODES.has(name)) return { ok: false, reason: `opcode ${name} at ${pc} is not supported by the baseline compiler` };
  }
  return { ok: false, reason: "baseline code generation is not implemented" };
}
