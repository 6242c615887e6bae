/**
 * Renders `generated/opcodes.ts` from the opcode table.
 *
 * The generated module holds what the hot paths need as plain constants (the
 * `Op` numbering that `switch` statements dispatch on) so no consumer ever
 * looks an opcode up by name at run time. `opcodes.test.ts` fails when the
 * committed file differs from a fresh rendering; `pnpm gen` rewrites it.
 */
import type { OpcodeDef } from "./opcodes.def.js";

export function renderOpcodeModule(defs: readonly OpcodeDef[]): string {
  const lines: string[] = [
    "// GENERATED FILE — do not edit. Source: src/opcodes/opcodes.def.ts.",
    "// Regenerate with `pnpm --filter @pyvm/bytecode gen`.",
    "",
    "/** Opcode numbers, in table order. */",
    "export const Op = {",
  ];
  defs.forEach((def, i) => lines.push(`  ${def.name}: ${i},`));
  lines.push("} as const;", "");
  lines.push("export type Opcode = (typeof Op)[keyof typeof Op];", "");
  lines.push(`/** Number of opcodes; every opcode is below this (it fits in the low 8 bits of an instruction word). */`);
  lines.push(`export const OPCODE_COUNT = ${defs.length};`, "");
  return lines.join("\n");
}
