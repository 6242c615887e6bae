import { describe, expect, it } from "vitest";
import { sortSmallInts } from "./int-sort.js";

function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x;
  };
}

describe("sortSmallInts", () => {
  it("sorts like a numeric comparison sort, both directions", () => {
    const next = lcg(7);
    for (const n of [0, 1, 2, 24, 25, 26, 300, 2000]) {
      for (const span of [3, 1000, 70000, 2 ** 32]) {
        const items = Array.from({ length: n }, () => (next() % span) - Math.floor(span / 2));
        const want = items.slice().sort((a, b) => a - b);
        expect(sortSmallInts(items, false)).toEqual(want);
        expect(sortSmallInts(items, true)).toEqual(want.slice().reverse());
      }
    }
  });

  it("handles the int32 edges", () => {
    const items = [2 ** 31 - 1, -(2 ** 31), 0, -1, 1, 255, 256, -256, 65535, 65536];
    for (let i = 0; i < 3; i++) items.push(...items);
    expect(sortSmallInts(items, false)).toEqual(items.slice().sort((a, b) => a - b));
  });

  it("declines values outside int32 (long and short lists)", () => {
    expect(sortSmallInts([1, 2 ** 31, 3], false)).toBeNull();
    expect(sortSmallInts([...Array(100).keys(), -(2 ** 31) - 1], false)).toBeNull();
  });

  it("returns a fresh array", () => {
    const items = [3, 1, 2];
    const out = sortSmallInts(items, false);
    expect(out).not.toBe(items);
    expect(items).toEqual([3, 1, 2]);
  });
});
