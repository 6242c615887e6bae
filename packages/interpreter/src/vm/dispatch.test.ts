/** The eval loop switches on numeric literals (for a jump table); each `case N /* NAME *\/` must match the opcode table. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Op } from "@pyvm/bytecode";

describe("eval-loop dispatch", () => {
  it("numeric case labels match the generated opcode numbers", () => {
    const src = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "eval-loop.ts"), "utf8");
    const re = /case (\d+) \/\* ([A-Z_]+) \*\//g;
    let n = 0;
    for (const m of src.matchAll(re)) {
      expect((Op as Record<string, number>)[m[2] as string], m[2]).toBe(Number(m[1]));
      n++;
    }
    expect(n).toBeGreaterThan(30);
  });
});
