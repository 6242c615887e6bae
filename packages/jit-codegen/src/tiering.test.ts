import { describe, expect, it } from "vitest";
import { createVM } from "@pyvm/interpreter";
import { createJitBackend } from "./tiering.js";
import type { StressConfig } from "./stress.js";

const PROGRAM = `
def add(a, b):
    return a + b

def loop(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t

print(loop(1000), loop(2000))
`;

function run(stress: StressConfig | null) {
  let out = "";
  const jit = createJitBackend({ threshold: 0, optThreshold: Infinity, stress });
  const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (out += s), jit });
  const rc = vm.runMainSource(PROGRAM, "<test>");
  return { out, rc, jit };
}

describe("tiering under PYTHON_VM_JIT_STRESS", () => {
  it("invalidate-every drops all compiled code, which recompiles at the next hot point", () => {
    const plain = run(null);
    const stressed = run({ seed: 1, guardFail: 0, deoptEvery: 0, invalidateEvery: 7 });
    expect(stressed.out).toBe(plain.out);
    expect(stressed.out).toBe("499500 1999000\n");
    expect(stressed.rc).toBe(0);
    const s = stressed.jit.stats;
    expect(s.stress?.invalidations).toBeGreaterThan(100);
    expect(s.invalidations.get("stress: invalidate-every")).toBe(s.stress?.invalidations);
    expect(s.baseline.recompiled).toBeGreaterThan(100);
    expect(plain.jit.stats.baseline.recompiled).toBe(0);
    expect(plain.jit.stats.stress).toBeNull();
  });

  it("counts compile time per function", () => {
    const s = run(null).jit.stats;
    expect(s.baseline.compiled).toBe(s.compiled);
    expect([...s.baseline.compileTimeByFunction.keys()].some((k) => k.endsWith(" loop"))).toBe(true);
  });
});

describe("tier-1 loops tier up", () => {
  it("a loop running long in a tier-1 activation continues in a tier-2 OSR unit", () => {
    const program = `
def work(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s

t = 0
for k in range(12):
    t += work(5 if k < 10 else 3000)
print(t)
`;
    let out = "";
    // Tier 1 at the first call; tier 2 by calls only after 100 (never here); loops ask for tier 2
    // every 10 back-edges of one activation and get an OSR unit once 10 x 100 are counted.
    const jit = createJitBackend({ threshold: 0, optThreshold: 100, stress: null });
    const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (out += s), jit });
    expect(vm.runMainSource(program, "<test>")).toBe(0);
    expect(out).toBe("18088\n");
    const osrUnits = [...jit.stats.optimizing.compileTimeByFunction.keys()].filter((k) => k.includes("work (OSR at"));
    expect(osrUnits.length).toBe(1);
    expect(jit.stats.osrEntries).toBeGreaterThan(0);
  });
});
