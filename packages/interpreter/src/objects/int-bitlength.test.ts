import { describe, expect, it } from "vitest";
import "../index.js";
import { bitLength } from "./int.js";

const ref = (x: bigint): number => (x === 0n ? 0 : (x < 0n ? -x : x).toString(2).length);

describe("bitLength of big ints", () => {
  it("is exact whatever the previous answer was (galloping start near, far above or far below)", () => {
    // Sizes in an order that makes each search start near, far above or far below its answer.
    const sizes = [1024, 1025, 131072, 1100, 2047, 2048, 3000, 65536, 65537, 5000, 70000, 131071, 200000, 1500, 128000, 127999, 4096];
    for (let rep = 0; rep < 2; rep++) {
      for (const s of sizes) {
        for (const off of [-2, -1, 0, 1, 2, 500, -500, 3000]) {
          const bits = s + off;
          for (const x of [1n << BigInt(bits - 1), (1n << BigInt(bits)) - 1n, (1n << BigInt(bits - 1)) + 12345n, -((1n << BigInt(bits)) - 1n)]) {
            const got = bitLength(x);
            if (got !== ref(x)) throw new Error(`${bits} bits: got ${got}`);
          }
        }
      }
    }
    expect(bitLength(0n)).toBe(0);
    expect(bitLength(-(2n ** 1023n))).toBe(1024);
  });
});
