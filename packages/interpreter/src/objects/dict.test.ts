/**
 * PyDict's number-key table against a reference JS Map: random inserts,
 * updates and deletes of int and float keys (with tombstones, rebuilds and
 * compaction), checking lookups, size and insertion order after each phase.
 */
import { describe, it, expect } from "vitest";
import { PyDict } from "./dict.js";
import { newFloat } from "./float.js";
import type { PyValue } from "./object.js";

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x;
  };
}

describe("PyDict number keys", () => {
  it("matches a Map under random inserts, updates and deletes", () => {
    const next = rng(7);
    const d = new PyDict();
    const ref = new Map<number, number>();
    const keyOf = (r: number): number => ((r >>> 3) % 2000) - 1000 + ((r & 1) === 0 ? 0 : 0.5);
    for (let step = 0; step < 6000; step++) {
      const r = next();
      const k = keyOf(r);
      if ((r >>> 20) % 3 === 0) {
        const had = ref.delete(k);
        expect(d.delete(k) !== undefined).toBe(had);
      } else {
        // Integral keys alternate between int and float spelling: one Python key.
        const key: PyValue = Number.isInteger(k) && (r & 2) !== 0 ? newFloat(k) : k;
        d.set(key, step);
        ref.set(k, step);
      }
      if (step % 1000 === 0) {
        expect(d.size).toBe(ref.size);
        for (const [k2, v] of ref) expect(d.get(k2)).toBe(v);
      }
    }
    expect(d.size).toBe(ref.size);
    const order = d.keys().map((k) => (typeof k === "number" ? k : (k as unknown as { value: number }).value));
    expect(order).toEqual([...ref.keys()]);
    expect(d.get(123456)).toBeUndefined();
  });

  it("treats -0.0, 0 and False as one key and large doubles exactly", () => {
    const d = new PyDict();
    d.set(0, "int");
    d.set(newFloat(-0), "float");
    d.set(false, "bool");
    expect(d.size).toBe(1);
    expect(d.get(0)).toBe("bool");
    d.set(newFloat(2 ** 52 + 0.5), "a");
    d.set(newFloat(1e300), "b"); // an integral float beyond 2^53 equals the int (a bigint)
    expect(d.get(BigInt(1e300))).toBe("b");
    expect(d.get(newFloat(2 ** 52 + 0.5))).toBe("a");
    expect(d.has(newFloat(1e299))).toBe(false);
    d.delete(0);
    d.clear();
    expect(d.size).toBe(0);
    expect(d.get(newFloat(2 ** 52 + 0.5))).toBeUndefined();
  });

  it("finds str keys by scanning while small and through the Map once grown (mixed with int and bigint keys)", () => {
    const next = rng(11);
    for (let round = 0; round < 40; round++) {
      const d = new PyDict();
      const ref = new Map<string | number | bigint, number>();
      const keyOf = (r: number): string | number | bigint => {
        const n = (r >>> 4) % (round < 20 ? 12 : 40);
        switch (r & 7) {
          case 0: return n;
          case 1: return BigInt(2 ** 60) + BigInt(n);
          default: return ["k", n].join(""); // a str built at run time (not the literal's object)
        }
      };
      for (let step = 0; step < 300; step++) {
        const r = next();
        const k = keyOf(r);
        if ((r >>> 24) % 3 === 0) {
          expect(d.delete(k) !== undefined).toBe(ref.delete(k));
        } else if ((r >>> 24) % 17 === 1) {
          d.clear();
          ref.clear();
        } else {
          d.set(k, step);
          ref.set(k, step);
        }
        expect(d.size).toBe(ref.size);
        for (const [k2, v] of ref) expect(d.get(k2)).toBe(v);
        expect(d.get("absent")).toBeUndefined();
      }
      expect(d.keys()).toEqual([...ref.keys()]);
    }
  });
});
