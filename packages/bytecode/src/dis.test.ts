import { describe, expect, it } from "vitest";
import { compile } from "./compiler/compile.js";
import { disassemble } from "./dis.js";
import { floatRepr, strRepr } from "./const-repr.js";

describe("disassemble", () => {
  it("prints CPython 3.11's dis layout with resolved arguments", () => {
    const co = compile("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n", { filename: "x.py", mode: "exec" });
    const text = disassemble(co);
    expect(text).toMatch(/^ {2}1 {11}0 LOAD_CONST {15}0 \(<code object fib at 0x[0-9a-f]+, file "x\.py", line 1>\)$/m);
    expect(text).toContain("Disassembly of <code object fib at 0x");
    const fib = text.split("Disassembly of")[1] ?? "";
    expect(fib).toContain("  2           0 LOAD_FAST                0 (n)\n");
    expect(fib).toContain("              1 LOAD_CONST               1 (2)\n");
    expect(fib).toContain("              2 COMPARE_OP               0 (<)\n");
    expect(fib).toContain("              3 POP_JUMP_IF_FALSE        6 (to 6)\n");
    expect(fib).toContain("  4     >>    6 LOAD_GLOBAL              1 (NULL + fib)\n");
    expect(fib).toContain("BINARY_OP               10 (-)");
    expect(fib).toContain("BINARY_OP                0 (+)");
    // a blank line before each new source line
    expect(fib).toContain("RETURN_VALUE\n\n  4");
  });

  it("prints the exception table", () => {
    const co = compile("try:\n    f()\nexcept E:\n    pass\n", { filename: "x.py", mode: "exec" });
    const text = disassemble(co, { recursive: false });
    expect(text).toContain("ExceptionTable:\n");
    expect(text).toMatch(/^ {2}\d+ to \d+ -> \d+ \[0\]$/m);
    expect(text).toMatch(/^ {2}\d+ to \d+ -> \d+ \[1\] lasti$/m);
  });

  it("describes MAKE_FUNCTION and FORMAT_VALUE flags", () => {
    const co = compile("def f(a=1):\n    return lambda: a\nf'{x!r:>{w}}'\n", { filename: "x.py", mode: "exec" });
    const text = disassemble(co);
    expect(text).toContain("MAKE_FUNCTION            1 (defaults)");
    expect(text).toContain("MAKE_FUNCTION            8 (closure)");
    expect(text).toContain("FORMAT_VALUE             6 (repr, with format)");
  });
});

describe("constant reprs", () => {
  it("formats floats like Python", () => {
    expect(floatRepr(1)).toBe("1.0");
    expect(floatRepr(0.1)).toBe("0.1");
    expect(floatRepr(1e16)).toBe("1e+16");
    expect(floatRepr(1.5e-5)).toBe("1.5e-05");
    expect(floatRepr(123456.789)).toBe("123456.789");
    expect(floatRepr(0.0001)).toBe("0.0001");
    expect(floatRepr(-2.5e300)).toBe("-2.5e+300");
  });
  it("quotes strings like Python", () => {
    expect(strRepr("a'b")).toBe(`"a'b"`);
    expect(strRepr(`a'b"`)).toBe(`'a\\'b"'`);
    expect(strRepr("x\n\t\u0001é")).toBe("'x\\n\\t\\x01é'");
  });
});
