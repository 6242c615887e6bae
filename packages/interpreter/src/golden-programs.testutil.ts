/**
 * Shared runner for Python-program golden tests: every `*.py` in a directory
 * runs in a fresh VM (interpreter only) and its stdout must equal the
 * committed `.out` file produced by CPython 3.11 (`python3 x.py > x.out`).
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createVM } from "./index.js";

export function describeGoldenPrograms(title: string, dir: string): void {
  const programs = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();
  describe(title, () => {
    for (const file of programs) {
      it(file, () => {
        const source = readFileSync(join(dir, file), "utf8");
        const expected = readFileSync(join(dir, file.replace(/\.py$/, ".out")), "utf8");
        let out = "";
        let err = "";
        const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
        const rc = vm.runMainSource(source, file);
        expect(err).toBe("");
        expect(out).toBe(expected);
        expect(rc).toBe(0);
      });
    }
  });
}
