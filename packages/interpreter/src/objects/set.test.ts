import { describe, expect, it } from "vitest";
import { SetTable } from "./set.js";

describe("SetTable (CPython's set table)", () => {
  it("iterates in slot order, not insertion order", () => {
    const t = new SetTable();
    for (const k of [3, 1, 2, 8]) t.set(k, true);
    expect(t.keys()).toEqual([8, 1, 2, 3]);
    expect(t.mask).toBe(7);
  });
  it("reuses a dummy slot and keeps lookups working", () => {
    const t = new SetTable();
    t.set(0, true);
    t.set(8, true);
    t.delete(0);
    t.set(16, true);
    expect(t.keys()).toEqual([16, 8]);
    expect(t.has(8) && t.has(16) && !t.has(0)).toBe(true);
  });
  it("grows at fill*5 >= mask*3 to the power of two above used*4", () => {
    const t = new SetTable();
    for (let k = 0; k < 5; k++) t.set(k, true);
    expect(t.mask).toBe(31);
    expect(t.size).toBe(5);
  });
  it("pops from the finger", () => {
    const t = new SetTable();
    for (const k of [5, 6, 7]) t.set(k, true);
    expect([t.pop(), t.pop(), t.pop(), t.pop()]).toEqual([5, 6, 7, undefined]);
  });
});
