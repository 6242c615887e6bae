import { describe, expect, it } from "vitest";
import { JitStress, parseStress, stressFromEnv, StressSyntaxError } from "./stress.js";

describe("PYTHON_VM_JIT_STRESS", () => {
  it("parses the documented syntax", () => {
    expect(parseStress("seed=1,guard-fail=0.05,deopt-every=7,invalidate-every=50")).toEqual({ seed: 1, guardFail: 0.05, deoptEvery: 7, invalidateEvery: 50 });
    expect(parseStress(" invalidate-every = 3 ")).toEqual({ seed: 1, guardFail: 0, deoptEvery: 0, invalidateEvery: 3 });
    expect(parseStress("")).toBeNull();
    expect(parseStress("off")).toBeNull();
    expect(stressFromEnv({})).toBeNull();
    expect(stressFromEnv({ PYTHON_VM_JIT_STRESS: "seed=4" })?.seed).toBe(4);
  });

  it("rejects malformed settings", () => {
    expect(() => parseStress("bogus=1")).toThrow(StressSyntaxError);
    expect(() => parseStress("seed")).toThrow(StressSyntaxError);
    expect(() => parseStress("guard-fail=2")).toThrow(StressSyntaxError);
    expect(() => parseStress("deopt-every=-1")).toThrow(StressSyntaxError);
    expect(() => parseStress("invalidate-every=x")).toThrow(StressSyntaxError);
  });

  it("is deterministic for a seed", () => {
    const run = (seed: number): boolean[] => {
      const s = new JitStress({ seed, guardFail: 0.3, deoptEvery: 0, invalidateEvery: 0 });
      return Array.from({ length: 64 }, () => s.failGuard());
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    const fails = run(7).filter(Boolean).length;
    expect(fails).toBeGreaterThan(5);
    expect(fails).toBeLessThan(40);
  });

  it("fails every N-th guard and invalidates every N-th call", () => {
    const s = new JitStress({ seed: 1, guardFail: 0, deoptEvery: 3, invalidateEvery: 4 });
    expect(Array.from({ length: 6 }, () => s.failGuard())).toEqual([false, false, true, false, false, true]);
    expect(Array.from({ length: 8 }, () => s.shouldInvalidateAll())).toEqual([false, false, false, true, false, false, false, true]);
    expect(s.guardFailures).toBe(2);
    expect(s.invalidations).toBe(2);
  });
});
