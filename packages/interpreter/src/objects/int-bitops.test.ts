import { describe, expect, it } from "vitest";
import "../index.js";
import { intAnd, intOr, intXor, normBig, type PyInt } from "./int.js";

/** Values around the int32 / 2^32 / 2^53 edges, both signs, plus a few big ints. */
function samples(): PyInt[] {
  const out: PyInt[] = [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32, -(2 ** 32), 2 ** 32 + 1];
  out.push(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 52, -(2 ** 52), 2 ** 52 + 12345, -(2 ** 52) - 1);
  out.push(2n ** 53n, -(2n ** 53n), 2n ** 64n - 1n, -(2n ** 70n) + 3n, 12345678901234567890123n);
  let seed = 7;
  for (let i = 0; i < 60; i++) {
    seed = (seed * 48271) % 2147483647;
    const bits = 1 + (seed % 53);
    const v = Math.floor((seed / 2147483647) * 2 ** bits);
    out.push(i % 2 === 0 ? v : -v);
  }
  return out;
}

const ref = (op: string, a: PyInt, b: PyInt): PyInt => {
  const x = BigInt(a), y = BigInt(b);
  return normBig(op === "&" ? x & y : op === "|" ? x | y : x ^ y);
};

describe("int bitwise and/or/xor beyond int32", () => {
  it("match BigInt arithmetic and stay canonical (numbers only within the safe range)", () => {
    const vs = samples();
    for (const a of vs) {
      for (const b of vs) {
        for (const [op, fn] of [["&", intAnd], ["|", intOr], ["^", intXor]] as const) {
          const r = fn(a, b);
          const want = ref(op, a, b);
          if (r !== want) throw new Error(`${a} ${op} ${b}: got ${String(r)}, want ${String(want)}`);
          if (typeof r === "number") expect(Number.isSafeInteger(r) && !Object.is(r, -0)).toBe(true);
        }
      }
    }
  });
  it("gives -2**53 as a bigint", () => {
    expect(intAnd(-(2 ** 53) + 1, -(2 ** 53) + 2)).toBe(-(2n ** 53n));
    expect(intXor(2 ** 53 - 1, -1)).toBe(-(2n ** 53n));
  });
});
