import { describe, expect, it } from "vitest";
import { createVM } from "@pyvm/interpreter";
import { createJitBackend } from "../tiering.js";
import type { StressConfig } from "../stress.js";

function run(program: string, optThreshold: number, stress: StressConfig | null = null) {
  let out = "";
  const jit = createJitBackend({ threshold: 0, optThreshold, stress });
  const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (out += s), jit });
  const rc = vm.runMainSource(program, "<test>");
  return { out, rc, stats: jit.stats };
}

const HOT_CALLS = `
def helper(x):
    return x + 1

def caller(n):
    t = 0
    for i in range(n):
        t += helper(i)
    return t

a = caller(100)
def helper(x):
    return x * 2
print(a, caller(100))
`;

const OVERFLOW = `
def grow(x, n):
    for i in range(n):
        x = x * 3 + i
    return x

for _ in range(30):
    grow(1, 5)
print(grow(1, 40))
`;

const RAISES = `
def pick(d, k):
    return d[k] + 1

def total(d, n):
    s = 0
    for i in range(n):
        s += pick(d, i)
    return s

d = {i: i for i in range(10)}
print(total(d, 10))
try:
    total(d, 12)
except KeyError as e:
    import sys
    tb = sys.exc_info()[2]
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("KeyError", e, names)
`;

describe("optimizing tier", () => {
  it("compiles hot code at threshold 0 and matches tier 1", () => {
    const opt = run(HOT_CALLS, 0);
    const base = run(HOT_CALLS, Infinity);
    expect(opt.out).toBe(base.out);
    expect(opt.out).toBe("5050 9900\n");
    expect(opt.stats.optimizing.compiled).toBeGreaterThan(0);
    expect(base.stats.optimizing.compiled).toBe(0);
  });

  it("invalidates code that read a rebound global as a constant", () => {
    const opt = run(HOT_CALLS, 0);
    const inv = [...opt.stats.invalidations.keys()];
    expect(inv.some((k) => k.includes("global 'helper' changed"))).toBe(true);
  });

  it("deoptimizes on int overflow and finishes in the interpreter", () => {
    const opt = run(OVERFLOW, 0);
    expect(opt.out).toBe(`${String(growPy(1, 40))}\n`);
    expect([...opt.stats.deopts.keys()].some((k) => k.startsWith("int overflow"))).toBe(true);
  });

  it("hands exceptions to the interpreter with the right traceback", () => {
    const opt = run(RAISES, 0);
    expect(opt.out).toBe("55\nKeyError 10 [('<module>', 14), ('total', 8), ('pick', 3)]\n");
  });

  it("gives the same output under stress (guard failures, invalidate-every)", () => {
    const cfg: StressConfig = { seed: 3, guardFail: 0.1, deoptEvery: 5, invalidateEvery: 11 };
    for (const p of [HOT_CALLS, OVERFLOW, RAISES]) expect(run(p, 0, cfg).out).toBe(run(p, Infinity).out);
  });
});

function growPy(x0: number, n: number): bigint {
  let x = BigInt(x0);
  for (let i = 0; i < n; i++) x = x * 3n + BigInt(i);
  return x;
}
