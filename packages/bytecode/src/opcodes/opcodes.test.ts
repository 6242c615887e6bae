import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { OPCODE_DEFS } from "./opcodes.def.js";
import { renderOpcodeModule } from "./render.js";
import { Op, OPCODE_COUNT } from "./generated/opcodes.js";
import { BASE_OPCODE, stackEffect, opcodeByName } from "./table.js";

const generatedPath = fileURLToPath(new URL("./generated/opcodes.ts", import.meta.url));

describe("opcode table", () => {
  it("generated/opcodes.ts is up to date (PYVM_REGEN=1 rewrites it)", () => {
    const fresh = renderOpcodeModule(OPCODE_DEFS);
    if (process.env["PYVM_REGEN"] === "1") writeFileSync(generatedPath, fresh);
    expect(readFileSync(generatedPath, "utf8")).toBe(fresh);
  });

  it("has unique names and fits in 8 bits", () => {
    const names = new Set(OPCODE_DEFS.map((d) => d.name));
    expect(names.size).toBe(OPCODE_DEFS.length);
    expect(OPCODE_COUNT).toBeLessThan(256);
  });

  it("families name existing base opcodes", () => {
    for (const [i, d] of OPCODE_DEFS.entries()) {
      if (d.family !== undefined) expect(BASE_OPCODE[i]).toBe(opcodeByName(d.family));
      else expect(BASE_OPCODE[i]).toBe(i);
    }
  });

  it("computes stack effects", () => {
    expect(stackEffect(Op.LOAD_FAST, 0, false)).toBe(1);
    expect(stackEffect(Op.BUILD_TUPLE, 3, false)).toBe(-2);
    expect(stackEffect(Op.CALL, 2, false)).toBe(-3);
    expect(stackEffect(Op.LOAD_GLOBAL, 5, false)).toBe(2);
    expect(stackEffect(Op.FOR_ITER, 9, false)).toBe(1);
    expect(stackEffect(Op.FOR_ITER, 9, true)).toBe(-1);
    expect(stackEffect(Op.UNPACK_EX, 1 | (2 << 8), false)).toBe(3);
  });
});
