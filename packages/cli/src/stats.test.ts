/** `pyvm --stats`: the interpreter section (instruction counts per family, specialization hits/misses). */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/pyvm.js", import.meta.url));

function pyvm(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe("pyvm --stats interpreter section", () => {
  it("counts instructions and specialization hits/misses per family", () => {
    const prog = "def f(a, b):\n    return a + b\nt = 0\nfor i in range(100):\n    t = f(t, i)\nfor i in range(40):\n    f(1.5, 2.5)\nprint(t)\n";
    const r = pyvm(["--stats", "--no-jit", "-c", prog]);
    expect(r.stdout).toBe("4950\n");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/interpreter: \d+ instructions executed/);
    expect(r.stderr).toMatch(/BINARY_OP +\d+ +[\d.]+%  hits \d+ \([\d.]+%\)  misses \d+  deopts 1/);
    // 100 int additions hit; the float calls then miss MISS_LIMIT (16) times before the site deopts and re-specializes.
    expect(r.stderr).toMatch(/BINARY_OP_ADD_INT +115\n/);
    expect(r.stderr).toMatch(/BINARY_OP_ADD_FLOAT +\d+\n/);
    expect(r.stderr).toMatch(/CALL_PY_EXACT_ARGS +138\n/);
  });

  it("prints nothing interpreter-specific without --stats", () => {
    expect(pyvm(["--no-jit", "-c", "print(1)"]).stderr).toBe("");
  });
});
