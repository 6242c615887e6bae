import { describe, expect, it } from "vitest";
import { CO, type CodeObject } from "../../code-object.js";
import { Op } from "../../opcodes/generated/opcodes.js";
import { instructionArg, instructionOp, OPCODE_NAMES } from "../../opcodes/table.js";
import { checkCode } from "../check-code.testutil.js";
import { compile } from "../compile.js";

function ops(co: CodeObject): string[] {
  return Array.from(co.code, (w) => OPCODE_NAMES[instructionOp(w)] ?? "?");
}

function fn(co: CodeObject, name: string): CodeObject {
  for (const c of co.consts) {
    if (c.kind !== "code") continue;
    if (c.name === name) return c;
    try {
      return fn(c, name);
    } catch {
      // keep looking
    }
  }
  throw new Error(`no code object ${name}`);
}

const exec = (src: string) => {
  const co = compile(src, { filename: "t.py", mode: "exec" });
  expect(checkCode(co)).toEqual([]);
  return co;
};

describe("code shapes", () => {
  it("eval mode returns the expression's value", () => {
    const co = compile("a + 1", { filename: "<string>", mode: "eval" });
    expect(ops(co)).toEqual(["LOAD_NAME", "LOAD_CONST", "BINARY_OP", "RETURN_VALUE"]);
  });

  it("single mode prints expression statements", () => {
    const co = compile("a\n", { filename: "<stdin>", mode: "single" });
    expect(ops(co)).toEqual(["LOAD_NAME", "PRINT_EXPR", "LOAD_CONST", "RETURN_VALUE"]);
  });

  it("uses the 3.11 call layout", () => {
    const co = exec("def f(o):\n    o.m(1, k=2)\n    g(*o, **o)\n");
    const f = fn(co, "f");
    expect(ops(f)).toEqual([
      "LOAD_FAST", "LOAD_METHOD", "LOAD_CONST", "LOAD_CONST", "KW_NAMES", "CALL", "POP_TOP",
      "LOAD_GLOBAL", "LOAD_FAST", "BUILD_MAP", "LOAD_FAST", "DICT_MERGE", "CALL_FUNCTION_EX", "POP_TOP",
      "LOAD_CONST", "RETURN_VALUE",
    ]);
    expect(instructionArg(f.code[7] ?? 0) & 1).toBe(1); // NULL + g
  });

  it("keeps every loop back edge a JUMP_BACKWARD", () => {
    const f = fn(exec("def f(n):\n    while n:\n        n -= 1\n    for i in range(n):\n        pass\n"), "f");
    const back = Array.from(f.code).filter((w, i) => instructionOp(w) === Op.JUMP_BACKWARD && instructionArg(w) <= i);
    expect(back).toHaveLength(2);
  });

  it("removes dead code after return", () => {
    const f = fn(exec("def f():\n    return 1\n    x = 2\n    print(x)\n"), "f");
    expect(ops(f)).toEqual(["LOAD_CONST", "RETURN_VALUE"]);
  });

  it("stores the docstring as the first constant", () => {
    const co = exec("def f():\n    'doc'\ndef g():\n    pass\n");
    expect(fn(co, "f").consts[0]).toEqual({ kind: "str", value: "doc" });
    expect(fn(co, "g").consts[0]).toEqual({ kind: "None" });
  });

  it("clears named exception variables", () => {
    const f = fn(exec("def f():\n    try:\n        pass\n    except E as e:\n        pass\n"), "f");
    expect(ops(f).join(" ")).toContain("POP_EXCEPT LOAD_CONST STORE_FAST DELETE_FAST");
  });

  it("marks generators, coroutines and async generators", () => {
    const co = exec("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n");
    expect(fn(co, "g").flags & CO.GENERATOR).toBeTruthy();
    expect(fn(co, "c").flags & CO.COROUTINE).toBeTruthy();
    expect(fn(co, "ag").flags & CO.ASYNC_GENERATOR).toBeTruthy();
    expect(ops(fn(co, "ag"))).toContain("ASYNC_GEN_WRAP");
    expect(ops(fn(co, "c"))).toEqual(expect.arrayContaining(["GET_AWAITABLE", "SEND", "YIELD_VALUE", "JUMP_BACKWARD"]));
  });

  it("emits MAKE_CELL and COPY_FREE_VARS prologues", () => {
    const co = exec("def outer(a):\n    def inner():\n        return a\n    return inner\n");
    expect(ops(fn(co, "outer"))[0]).toBe("MAKE_CELL");
    expect(ops(fn(co, "inner"))[0]).toBe("COPY_FREE_VARS");
    const outer = fn(co, "outer");
    expect(outer.localsplusNames).toEqual(["a", "inner"]);
  });
});

describe("exception table", () => {
  it("covers try bodies and handlers with non-overlapping sorted entries", () => {
    const co = exec(
      "def f():\n    try:\n        a()\n    except ValueError as e:\n        b()\n    finally:\n        c()\n    with x as y:\n        d()\n",
    );
    const f = fn(co, "f");
    const t = f.exceptionTable;
    expect(t.length).toBeGreaterThan(3);
    for (let i = 1; i < t.length; i++) expect((t[i - 1]?.end ?? 0) <= (t[i]?.start ?? 0)).toBe(true);
    for (const e of t) {
      expect(e.start).toBeLessThan(e.end);
      expect(e.depth).toBeLessThanOrEqual(f.stacksize);
      const first = instructionOp(f.code[e.target] ?? 0);
      expect([Op.PUSH_EXC_INFO, Op.COPY, Op.LOAD_CONST, Op.POP_TOP, Op.LIST_APPEND]).toContain(first);
    }
    // the call inside `try` is protected by a handler at depth 0 without lasti
    const callIdx = Array.from(f.code).findIndex((w) => instructionOp(w) === Op.CALL);
    const h = f.handlerFor(callIdx);
    expect(h).toBeDefined();
    expect(h?.lasti).toBe(false);
    // `with` handlers keep __exit__ on the stack and push lasti
    const withEntry = t.find((e) => instructionOp(f.code[e.target] ?? 0) === Op.PUSH_EXC_INFO && e.lasti && e.depth === 1);
    expect(withEntry).toBeDefined();
  });

  it("gives for-loop bodies inside try the right handler depth", () => {
    const f = fn(exec("def f(xs):\n    for x in xs:\n        try:\n            g(x)\n        except E:\n            break\n"), "f");
    const callIdx = Array.from(f.code).findIndex((w) => instructionOp(w) === Op.CALL);
    expect(f.handlerFor(callIdx)?.depth).toBe(1); // the iterator stays below
  });
});

describe("positions", () => {
  it("gives every instruction its node's line and columns", () => {
    const co = exec("x = 1\ny = (x +\n     2)\n");
    const n = co.code.length;
    for (let i = 0; i < n; i++) expect(co.positions[i * 4]).toBeGreaterThan(0);
    const binop = Array.from(co.code).findIndex((w) => instructionOp(w) === Op.BINARY_OP);
    expect(Array.from(co.positions.subarray(binop * 4, binop * 4 + 4))).toEqual([2, 3, 5, 6]);
  });
});
