import { describe, it, expect } from "vitest";
import { createBuiltinsModule } from "./builtins.js";
import { callObject, repr, getAttr, binaryOp } from "../protocols/index.js";
import { newFloat, newTuple, PyDict, PyList } from "../objects/index.js";

describe("builtins", () => {
  const b = createBuiltinsModule();
  const f = (n: string) => b.getStr(n)!;
  it("constructs builtin values", () => {
    expect(callObject(f("int"), ["  -1_000 "], null)).toBe(-1000);
    expect(callObject(f("int"), ["ff", 16], null)).toBe(255);
    expect(repr(callObject(f("float"), ["1e16"], null))).toBe("1e+16");
    expect(repr(callObject(f("list"), [callObject(f("range"), [5], null)], null))).toBe("[0, 1, 2, 3, 4]");
    expect(callObject(f("len"), ["abc"], null)).toBe(3);
    expect(repr(newTuple([1]))).toBe("(1,)");
    expect(repr(binaryOp(11, 1, 3))).toBe("0.3333333333333333");
    expect(repr(binaryOp(8, 2, 100))).toBe("1267650600228229401496703205376");
    expect(repr(binaryOp(2, -7, 2))).toBe("-4");
    expect(repr(binaryOp(6, newFloat(-7), 2))).toBe("1.0");
  });
  it("errors have CPython wording", () => {
    try {
      callObject(f("len"), [1, 2], null);
    } catch (e) {
      expect(repr(e as never)).toBe("TypeError('len() takes exactly one argument (2 given)')");
    }
    try {
      binaryOp(0, 1, "a");
    } catch (e) {
      expect(repr(e as never)).toBe("TypeError(\"unsupported operand type(s) for +: 'int' and 'str'\")");
    }
  });
  it("dict keys unify 1, 1.0, True", () => {
    const d = new PyDict();
    d.set(1, "a"); d.set(newFloat(1), "b"); d.set(true, "c");
    expect(repr(d)).toBe("{1: 'c'}");
    expect(getAttr(d, "get")).toBeDefined();
  });
});
