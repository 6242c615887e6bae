/**
 * `pyvm --dump-ir FILE`: the program runs normally (stdout unchanged), then
 * stderr has the tier-2 IR of each function built from the run's feedback.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/pyvm.js", import.meta.url));

describe("pyvm --dump-ir", () => {
  it("runs the program, then prints each function's IR with Python lines", () => {
    const dir = mkdtempSync(join(tmpdir(), "pyvm-dump-ir-"));
    const file = join(dir, "prog.py");
    writeFileSync(file, "def total(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n\ndef gen():\n    yield 1\n\nprint(total(100), list(gen()))\n");
    const r = spawnSync(process.execPath, [bin, "--dump-ir", file], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("4950 [1]\n");
    expect(r.stderr).toContain("function total");
    expect(r.stderr).toContain("; depends on builtins.range");
    expect(r.stderr).toContain("# line 4");
    expect(r.stderr).toContain("Int53Add(");
    expect(r.stderr).toMatch(/; gen \(line 7\): not compilable: generator/);
  });
});
