import { describe, it, expect } from "vitest";
import { binaryOp, richCompare, repr, hash, getIter, iterNext } from "./index.js";
import { PyDict, newFloat, PyList, None } from "../objects/index.js";

describe("smoke", () => {
  it("loads and computes", () => {
    expect(binaryOp(0, 1, 2)).toBe(3);
    expect(binaryOp(0, Number.MAX_SAFE_INTEGER, 1)).toBe(2n ** 53n);
    expect(richCompare(1, 2, 0)).toBe(true);
    expect(repr(newFloat(1e16))).toBe("1e+16");
    expect(hash(-1)).toBe(-2);
    const d = new PyDict();
    d.set(1, "a");
    d.set(newFloat(1), "b");
    d.set(true, "c");
    expect(d.size).toBe(1);
    expect(d.get(1)).toBe("c");
    const it = getIter(new PyList([1, 2]));
    expect(iterNext(it)).toBe(1);
    expect(None).toBeDefined();
  });
});
