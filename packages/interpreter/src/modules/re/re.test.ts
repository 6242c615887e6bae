/**
 * Golden tests for `re`: every `test-data/re/*.py` runs in a fresh VM
 * (interpreter only) and its stdout must equal the committed `.out` file
 * produced by CPython 3.11 (`python3 x.py > x.out`).
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createVM } from "../../index.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "../../../test-data/re");
const programs = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();

describe("re golden programs", () => {
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
