/**
 * End-to-end checks of the `pyvm` command itself: exit codes, streams and the
 * modes that the conformance corpus does not exercise. Expected behaviour is
 * CPython's (`python3 -c …` prints the same things).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/pyvm.js", import.meta.url));

function pyvm(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", input: input ?? "" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe("pyvm command", () => {
  it("runs -c with sys.argv", () => {
    const r = pyvm(["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"]);
    expect(r.stdout).toBe("['-c', 'a', 'b'] 42\n");
    expect(r.status).toBe(0);
  });

  it("runs a file with arguments", () => {
    const dir = mkdtempSync(join(tmpdir(), "pyvm-cli-"));
    const file = join(dir, "prog.py");
    writeFileSync(file, "import sys\nprint(sys.argv[1:])\n");
    expect(pyvm([file, "x", "--y"]).stdout).toBe("['x', '--y']\n");
  });

  it("exits 1 with a traceback on an uncaught exception", () => {
    const r = pyvm(["-c", "print('before')\n1/0"]);
    expect(r.stdout).toBe("before\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<string>", line 2, in <module>\nZeroDivisionError: division by zero\n');
  });

  it("exits with the SystemExit code", () => {
    expect(pyvm(["-c", "import sys; sys.exit(3)"]).status).toBe(3);
    const r = pyvm(["-c", "import sys; sys.exit('bye')"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("bye\n");
  });

  it("exits 2 for a missing file and for bad usage", () => {
    const missing = pyvm(["/nonexistent/x.py"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("can't open file '/nonexistent/x.py': [Errno 2] No such file or directory");
    const bad = pyvm(["--bogus"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown option --bogus");
  });

  it("reports syntax errors like CPython", () => {
    const r = pyvm(["-c", "x = (1,"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('  File "<string>", line 1\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n');
  });

  it("runs a program from stdin when it is not a terminal", () => {
    expect(pyvm([], "print(sum(range(5)))\n").stdout).toBe("10\n");
    expect(pyvm(["-"], "print('dash')\n").stdout).toBe("dash\n");
  });

  it("disassembles with --dis", () => {
    const r = pyvm(["--dis", "-c", "x = 1 + 2"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("LOAD_CONST");
    expect(r.stdout).toContain("STORE_NAME");
  });

  it("prints the version, the help and the JIT coverage", () => {
    expect(pyvm(["--version"]).stdout).toMatch(/^pyvm \S+ \(Python 3\.11\.\d+\)\n$/);
    expect(pyvm(["--help"]).stdout).toContain("--jit-threshold=N");
    expect(pyvm(["--jit-coverage"]).stdout).toContain("LOAD_FAST");
  });

  it("prints JIT statistics with --stats", () => {
    const r = pyvm(["--stats", "--jit-threshold=0", "-c", "def f(x):\n    return x + 1\nprint(f(1))"]);
    expect(r.stdout).toBe("2\n");
    expect(r.stderr).toContain("functions compiled: 1");
    expect(r.stderr).toContain("(baseline 1, optimizing 0)");
    expect(r.stderr).toMatch(/compile time: [\d.]+ ms/);
    expect(r.stderr).toContain("slowest baseline compiles:");
    expect(r.stderr).toContain("deopts: 0");
    expect(pyvm(["--stats", "--no-jit", "-c", "pass"]).stderr).toContain("jit: not installed");
  });

  it("runs under PYTHON_VM_JIT_STRESS and rejects a malformed value", () => {
    const prog = "def f(x):\n    return x + 1\nt = 0\nfor i in range(500):\n    t = f(t)\nprint(t)";
    const env = { ...process.env, PYTHON_VM_JIT_STRESS: "seed=3,invalidate-every=10" };
    const r = spawnSync(process.execPath, [bin, "--stats", "--jit-threshold=0", "-c", prog], { encoding: "utf8", env });
    expect(r.stdout).toBe("500\n");
    expect(r.stderr).toMatch(/stress: seed=3 .* [1-9]\d* invalidate-all events/);
    const bad = spawnSync(process.execPath, [bin, "-c", "pass"], { encoding: "utf8", env: { ...process.env, PYTHON_VM_JIT_STRESS: "often" } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("PYTHON_VM_JIT_STRESS");
  });

  it("accepts the JIT threshold from the environment", () => {
    const r = spawnSync(process.execPath, [bin, "-c", "print('ok')"], { encoding: "utf8", env: { ...process.env, PYTHON_VM_JIT_BASELINE_THRESHOLD: "0" } });
    expect(r.stdout).toBe("ok\n");
    const bad = spawnSync(process.execPath, [bin, "-c", "print('ok')"], { encoding: "utf8", env: { ...process.env, PYTHON_VM_JIT_BASELINE_THRESHOLD: "soon" } });
    expect(bad.status).toBe(2);
  });
});
