/**
 * Keeps `examples/embed/main.mjs` (the embedding example linked from the
 * README and docs/embedding.md) running: it must exit 0 and print exactly
 * `examples/embed/expected-output.txt`. It imports the built packages, which
 * `test` depends on (turbo), so it sees the current API. Also runs the
 * embedding API's JS ↔ Python calls with the JIT forced (the interpreter
 * package cannot depend on the JIT).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createVM, PythonError, type PyProxy } from "@pyvm/interpreter";
import { createJitBackend } from "@pyvm/jit-codegen";

const example = fileURLToPath(new URL("../../../examples/embed/main.mjs", import.meta.url));
const expected = fileURLToPath(new URL("../../../examples/embed/expected-output.txt", import.meta.url));

describe("examples/embed", () => {
  it("runs and prints the expected output", () => {
    const r = spawnSync(process.execPath, [example], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(readFileSync(expected, "utf8"));
    expect(r.status).toBe(0);
  });
});

describe("embedding API with the JIT forced (threshold 0)", () => {
  it("calls between JS and compiled Python agree with the interpreter", () => {
    const results: unknown[] = [];
    for (const jit of [null, createJitBackend({ threshold: 0 })]) {
      let out = "";
      const vm = createVM({ stdout: (s) => (out += s), jit });
      let calls = 0;
      vm.registerFunction("js_add", (a: number, b: number) => {
        calls++;
        return a + b;
      });
      vm.registerFunction("js_fail", (n: number) => {
        if (n === 7) throw new PythonError("ValueError", `bad ${n}`);
        return n;
      });
      vm.registerFunction("js_callback", (f: PyProxy, n: number) => f.call(n));
      vm.run(
        [
          "def hot(n):",
          "    t = 0",
          "    for i in range(n):",
          "        t = js_add(t, i)",
          "    return t",
          "def sq(x):",
          "    if x == 13:",
          "        raise KeyError(x)",
          "    return x * x",
          "caught = []",
          "for i in range(20):",
          "    try:",
          "        js_fail(i)",
          "        js_callback(sq, i)",
          "    except (ValueError, KeyError) as e:",
          "        caught.append(repr(e))",
          "print(hot(500), caught)",
        ].join("\n"),
      );
      const hot = vm.get("hot") as PyProxy;
      let total = 0;
      for (let i = 0; i < 200; i++) total += hot.call(10) as number;
      let err: unknown = null;
      try {
        vm.run("js_callback(sq, 13)", { filename: "cb.py" });
      } catch (e) {
        err = e;
      }
      results.push([out, total, calls, (err as PythonError).traceback]);
    }
    expect(results[1]).toEqual(results[0]);
    expect((results[0] as unknown[])[0]).toBe(`124750 ["ValueError('bad 7')", 'KeyError(13)']\n`);
  });

  it("registering or setting a name that compiled code reads as a builtin/global invalidates it", () => {
    const seen: unknown[] = [];
    for (const jit of [null, createJitBackend({ threshold: 0 })]) {
      const vm = createVM({ jit });
      vm.run("def f(x):\n    t = 0\n    for i in range(50):\n        t += len(x)\n    return t\nr1 = [f('abc') for _ in range(300)][-1]");
      vm.registerFunction("len", () => 100);
      vm.run("r2 = f('abc')");
      vm.set("len", () => 7);
      vm.run("r3 = f('abc')");
      seen.push(vm.eval("r1, r2, r3"));
    }
    expect(seen).toEqual([[150, 5000, 350], [150, 5000, 350]]);
  });
});
