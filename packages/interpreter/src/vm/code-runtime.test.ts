import { describe, expect, it } from "vitest";
import { compile } from "@pyvm/bytecode";
import { runtimeOf } from "./code-runtime.js";
import { createVM } from "../api/vm.js";

describe("code runtime ownership", () => {
  it("gives each VM its own runtime state for a shared code object", () => {
    const code = compile("x = 1\n", { filename: "t.py", mode: "exec" });
    const a = {};
    const b = {};
    const ra = runtimeOf(code, a);
    const rb = runtimeOf(code, b);
    expect(ra).not.toBe(rb);
    expect(runtimeOf(code, a)).toBe(ra);
    expect(runtimeOf(code, b)).toBe(rb);
    expect(ra.owner).toBe(a);
  });

  it("never runs one VM's compiled code in another VM", () => {
    const code = compile("def f(n):\n    return n + 1\nprint(f(1))\n", { filename: "t.py", mode: "exec" });
    let out = "";
    const compiledCalls: number[] = [];
    const jitVM = createVM({
      stdout: (s) => (out += s),
      jit: {
        name: "test-jit",
        callThreshold: 0,
        loopThreshold: 0,
        onHot: () => () => {
          compiledCalls.push(1);
          return 100;
        },
        onLoopHot: () => null,
        invalidate: () => {},
      },
    });
    jitVM.runCode(code);
    expect(out).toBe("100\n");
    out = "";
    const plainVM = createVM({ stdout: (s) => (out += s), jit: null });
    plainVM.runCode(code);
    expect(out).toBe("2\n");
  });
});
