/** Frame recycling (frame.ts): free lists per code runtime, the `escaped` mark, renewal. */
import { describe, expect, it } from "vitest";
import { compile, CodeObject } from "@pyvm/bytecode";
import { PyDict } from "../objects/dict.js";
import { PyFunction } from "../objects/function.js";
import { runtimeOf } from "./code-runtime.js";
import { Frame, markEscaped, newCallFrame, recycleFrame } from "./frame.js";

function functionCode(): CodeObject {
  const module = compile("def f(a, b):\n    c = a + b\n    return c\n", { filename: "t.py", mode: "exec" });
  const code = module.consts.find((c) => c instanceof CodeObject);
  if (!(code instanceof CodeObject)) throw new Error("no code object for f");
  return code;
}

describe("frame recycling", () => {
  const code = functionCode();
  const globals = new PyDict();
  const builtins = new PyDict();

  it("hands a recycled frame to the next call of the same code, cleared", () => {
    const rt = runtimeOf(code, {});
    const fn = new PyFunction(code, globals, builtins);
    const f1 = newCallFrame(rt, fn);
    f1.localsplus[0] = 1;
    f1.localsplus[rt.stackBase] = 2;
    f1.pc = 5;
    f1.sp = rt.stackBase + 1;
    recycleFrame(f1);
    const other = new PyFunction(code, new PyDict(), builtins);
    const f2 = newCallFrame(rt, other);
    expect(f2).toBe(f1);
    expect(f2.func).toBe(other);
    expect(f2.globals).toBe(other.globals);
    expect(f2.pc).toBe(0);
    expect(f2.sp).toBe(rt.stackBase);
    expect(f2.localsplus.every((v) => v === undefined)).toBe(true);
    // The free list is empty again: the next call allocates.
    expect(newCallFrame(rt, fn)).not.toBe(f1);
  });

  it("marks the whole back chain escaped, stopping at an escaped frame", () => {
    const rt = runtimeOf(code, {});
    const fn = new PyFunction(code, globals, builtins);
    const a = newCallFrame(rt, fn);
    const b = newCallFrame(rt, fn);
    const c = newCallFrame(rt, fn);
    b.back = a;
    c.back = b;
    markEscaped(b);
    expect([a.escaped, b.escaped, c.escaped]).toEqual([true, true, false]);
    markEscaped(c);
    expect(c.escaped).toBe(true);
  });

  it("drops a free list after 1024 reuses, so recycled frames do not grow old", () => {
    const rt = runtimeOf(code, {});
    const fn = new PyFunction(code, globals, builtins);
    let f: Frame = newCallFrame(rt, fn);
    const first = f;
    let fresh = 0;
    for (let i = 0; i < 2048; i++) {
      recycleFrame(f);
      const g = newCallFrame(rt, fn);
      if (g !== f) fresh++;
      f = g;
    }
    expect(fresh).toBe(2);
    expect(f).not.toBe(first);
  });
});
