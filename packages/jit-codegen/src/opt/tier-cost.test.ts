import { describe, expect, it } from "vitest";
import { createVM } from "@pyvm/interpreter";
import { createJitBackend } from "../tiering.js";
import { MIN_WIN_RATIO, SMALL_GRAPH } from "./tier-cost.js";

function run(program: string, costModel: boolean, costEscalation = 0) {
  let out = "";
  const tier2: string[] = [];
  const jit = createJitBackend({ threshold: 0, optThreshold: 5, stress: null, costModel, costEscalation, dumpJs: (name) => void (name.includes("[tier 2") && tier2.push(name)) });
  const vm = createVM({ stdout: (s) => (out += s), stderr: (s) => (out += s), jit });
  const rc = vm.runMainSource(program, "<test>");
  return { out, rc, stats: jit.stats, tier2 };
}

/** A loop of string building, method calls and str comparisons: generic helpers at both tiers. */
const GENERIC = `
def build(words, r):
    s = ""
    for w in words:
        if w.startswith("a") or w < "c":
            s += w.upper() + ","
        else:
            s += w[::-1] + ";"
    return s.split(",")

words = ["alpha", "beta", "gamma", "delta", "epsilon"] * 4
n = 0
for r in range(60):
    n += len(build(words, r))
print(n)
`;

/** Unboxed int arithmetic in a loop: tier 2's case. */
const NUMERIC = `
def mix(n):
    t = 0
    for i in range(n):
        t = (t * 31 + i * i) % 1000003
    return t

s = 0
for r in range(60):
    s += mix(200)
print(s)
`;

/** One long activation of a generic loop (string methods, dict updates): an OSR entry the cost model defers. */
const LONG_GENERIC = `
def scan(words, n):
    seen = {}
    s = 0
    for r in range(n):
        for w in words:
            if w.startswith("a") or w < "c":
                s += len(w.upper())
            else:
                seen[w] = seen.get(w, 0) + 1
    return s, sorted(seen.items())

print(scan(["alpha", "beta", "gamma", "delta", "epsilon"], 400))
`;

const notWorth = (m: Map<string, string>) => [...m.entries()].filter(([, why]) => why.startsWith("tier 2 not expected to win"));

describe("tier-2 cost model", () => {
  it("keeps mostly generic code at tier 1, with the reason in notCompiled", () => {
    const on = run(GENERIC, true);
    const off = run(GENERIC, false);
    expect(on.rc).toBe(0);
    expect(on.out).toBe(off.out);
    expect(notWorth(on.stats.notCompiled).map(([k]) => k)).toEqual(expect.arrayContaining([expect.stringContaining("build")]));
    expect(on.stats.optimizing.compiled).toBeLessThan(off.stats.optimizing.compiled);
    expect(notWorth(off.stats.notCompiled)).toEqual([]);
  });

  it("compiles typed loops at tier 2", () => {
    const on = run(NUMERIC, true);
    expect(on.rc).toBe(0);
    expect(on.out).toBe(run(NUMERIC, false).out);
    expect(notWorth(on.stats.notCompiled)).toEqual([]);
    expect(on.stats.optimizing.compiled).toBeGreaterThan(0);
  });

  it("is off when tier 2 is forced (optThreshold 0)", () => {
    let out = "";
    const jit = createJitBackend({ threshold: 0, optThreshold: 0, stress: null });
    createVM({ stdout: (s) => (out += s), jit }).runMainSource(GENERIC, "<test>");
    expect(notWorth(jit.stats.notCompiled)).toEqual([]);
    expect(out).toBe(run(GENERIC, false).out);
  });

  it("defers instead of refusing: a call entry that stays hot compiles after costEscalation × the threshold", () => {
    const never = run(GENERIC, true, 0);
    const late = run(GENERIC, true, 4);
    expect(late.out).toBe(never.out);
    expect(never.tier2.some((n) => n.startsWith("build [tier 2]"))).toBe(false);
    expect(late.tier2.some((n) => n.startsWith("build [tier 2]"))).toBe(true);
    // Deferred, with the reason (the entry compiled later is still listed with why it waited).
    expect(notWorth(late.stats.notCompiled).map(([k, why]) => [k, why.endsWith("deferred")])).toEqual(expect.arrayContaining([[expect.stringContaining("build"), true]]));
  });

  it("a loop in one long activation re-asks from tier 1 and compiles by OSR once it stayed hot", () => {
    const never = run(LONG_GENERIC, true, 0);
    const late = run(LONG_GENERIC, true, 4);
    const off = run(LONG_GENERIC, false);
    expect(never.rc).toBe(0);
    expect(late.out).toBe(never.out);
    expect(off.out).toBe(never.out);
    const osr = (names: string[]) => names.filter((n) => n.startsWith("scan [tier 2, OSR"));
    expect(osr(off.tier2).length).toBeGreaterThan(0);
    expect(osr(never.tier2)).toEqual([]);
    expect(osr(late.tier2).length).toBeGreaterThan(0);
    expect(notWorth(never.stats.notCompiled).map(([k]) => k)).toEqual(expect.arrayContaining([expect.stringContaining("scan (OSR")]));
  });

  it("has sane constants", () => {
    expect(MIN_WIN_RATIO).toBeGreaterThan(0);
    expect(MIN_WIN_RATIO).toBeLessThan(1);
    expect(SMALL_GRAPH).toBeGreaterThan(0);
  });
});
