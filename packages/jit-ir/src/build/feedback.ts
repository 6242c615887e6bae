/**
 * What the interpreter's feedback says about one instruction, reduced to the
 * few facts the builder speculates on. Two sources, whichever the running
 * interpreter provides:
 *
 * - `operandKindsAt(pc)`: SEEN_* bits of the operand kinds BINARY_OP /
 *   COMPARE_OP executed with;
 * - `specializedOpAt(pc)` (optional): the quickened opcode currently at `pc`
 *   (PEP 659 forms declared in the bytecode opcode table, e.g.
 *   BINARY_OP_ADD_INT); the specialization's guard is exactly the fact.
 *
 * Everything else in the builder reads feedback only through `hintAt`.
 */
import { OPCODE_NAMES } from "@pyvm/bytecode";
import { SEEN, type CodeFeedback } from "@pyvm/interpreter";

/** A speculation the feedback supports at one instruction. */
export type Hint = "int" | "float" | "str" | "list" | "tuple" | "range" | "generic" | "none";

interface SpecializedFeedback {
  specializedOpAt(pc: number): number | string | undefined;
}

function hasSpecialized(fb: CodeFeedback): fb is CodeFeedback & SpecializedFeedback {
  return typeof (fb as Partial<SpecializedFeedback>).specializedOpAt === "function";
}

function fromSpecializedName(name: string): Hint {
  if (name.endsWith("_INT") && (name.startsWith("BINARY_OP_") || name.startsWith("COMPARE_OP"))) return "int";
  if (name.endsWith("_FLOAT")) return "float";
  if (name.endsWith("_STR")) return "str";
  if (name.endsWith("_LIST_INT") || name === "FOR_ITER_LIST") return "list";
  if (name.endsWith("_TUPLE_INT") || name === "FOR_ITER_TUPLE") return "tuple";
  if (name === "FOR_ITER_RANGE") return "range";
  return "none";
}

/**
 * `"none"`: nothing known (never executed, or no feedback source);
 * `"generic"`: executed with operands no single speculation covers.
 */
export function hintAt(fb: CodeFeedback, pc: number): Hint {
  if (hasSpecialized(fb)) {
    const s = fb.specializedOpAt(pc);
    const name = typeof s === "number" ? OPCODE_NAMES[s] : s;
    if (name !== undefined) {
      const h = fromSpecializedName(name);
      if (h !== "none") return h;
    }
  }
  const seen = fb.operandKindsAt(pc);
  if (seen === 0) return "none";
  if (seen === SEEN.INT) return "int";
  if ((seen & ~(SEEN.INT | SEEN.FLOAT)) === 0) return "float";
  if (seen === SEEN.STR) return "str";
  return "generic";
}
