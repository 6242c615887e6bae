/**
 * Golden tests for `re`: every `test-data/re/*.py` runs in a fresh VM
 * (interpreter only) and its stdout must equal the committed `.out` file
 * produced by CPython 3.11 (`python3 x.py > x.out`).
 */
import { describe, expect, it } from "vitest";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createVM } from "../../index.js";
import { describeGoldenPrograms } from "../../golden-programs.testutil.js";

describeGoldenPrograms("re golden programs", join(dirname(fileURLToPath(import.meta.url)), "../../../test-data/re"));

describe("re: syntax pyvm does not support", () => {
  const run = (source: string): string => {
    let out = "";
    const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
    vm.runMainSource(source, "<test>");
    return out;
  };
  it("conditional groups raise NotImplementedError", () => {
    const out = run('import re\ntry:\n    re.compile(r"(a)(?(1)b|c)")\nexcept NotImplementedError as e:\n    print(e)\n');
    expect(out).toBe("conditional groups (?(id/name)yes|no) are not supported by pyvm's re\n");
  });
  it("\\N{name} escapes raise NotImplementedError", () => {
    const out = run('import re\ntry:\n    re.compile(r"\\N{DIGIT ONE}")\nexcept NotImplementedError as e:\n    print(e)\n');
    expect(out).toBe("\\N{...} named character escapes are not supported by pyvm's re\n");
  });
});
