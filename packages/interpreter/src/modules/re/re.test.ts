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

describe("re: conditional groups and \\N{name}", () => {
  const run = (source: string): string => {
    let out = "";
    const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
    vm.runMainSource(source, "<test>");
    return out;
  };
  it("conditional groups choose a branch by group participation", () => {
    const out = run('import re\nprint([bool(re.fullmatch(r"(<)?a(?(1)>)", s)) for s in ["<a>", "a", "<a", "a>"]])\n');
    expect(out).toBe("[True, True, False, False]\n");
  });
  it("\\N{name} escapes match the named character; unknown names are re.error", () => {
    const out = run('import re\nprint(re.findall(r"\\N{DIGIT ONE}+", "11 1"))\ntry:\n    re.compile(r"\\N{NO SUCH}")\nexcept re.error as e:\n    print(e)\n');
    expect(out).toBe("['11', '1']\nundefined character name 'NO SUCH' at position 0\n");
  });
});
