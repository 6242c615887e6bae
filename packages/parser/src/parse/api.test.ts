/**
 * Behaviour of the public entry points that the golden files do not cover:
 * compile modes, the REPL's `incomplete` flag, tokenizer output, `walk`, and
 * a large input.
 */
import { describe, expect, it } from "vitest";
import { dump } from "../ast/dump.js";
import { walk } from "../ast/walk.js";
import { PySyntaxError } from "../errors/syntax-error.js";
import { tokenize } from "../tokenizer/tokenize.js";
import { parse } from "./parser.js";

function errorOf(source: string, mode: "exec" | "single" = "exec"): PySyntaxError {
  try {
    parse(source, { mode });
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error("expected a SyntaxError");
}

describe("modes", () => {
  it("eval returns an Expression (same dump as CPython)", () => {
    expect(dump(parse("x + 1", { mode: "eval" }))).toBe(
      "Expression(body=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1)))",
    );
    expect(dump(parse("1, 2", { mode: "eval" }))).toBe(
      "Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))",
    );
  });
  it("single returns an Interactive", () => {
    expect(dump(parse("x = 1\n", { mode: "single" }))).toBe(
      "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])",
    );
    expect(dump(parse("if x:\n  y\n\n", { mode: "single" }))).toBe(
      "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])])",
    );
  });
  it("uses the filename in errors", () => {
    try {
      parse("1 +", { filename: "prog.py" });
    } catch (e) {
      expect(e).toBeInstanceOf(PySyntaxError);
      expect((e as PySyntaxError).filename).toBe("prog.py");
    }
  });
});

describe("incomplete input (REPL continuation)", () => {
  const incomplete = ["x = (1,", "foo(", "if x:", "if x:\n", "def f():\n", "s = '''abc", "x = 1 + \\", "class A:\n", "[1,\n2"];
  for (const src of incomplete) {
    it(`incomplete: ${JSON.stringify(src)}`, () => {
      expect(errorOf(src).incomplete).toBe(true);
    });
  }
  const complete = ["x = )", "x = 'abc", "1 +", "a b", "if x:\npass\n", "x = (1,\n2]"];
  for (const src of complete) {
    it(`not incomplete: ${JSON.stringify(src)}`, () => {
      expect(errorOf(src).incomplete).toBe(false);
    });
  }
});

describe("tokenize", () => {
  it("produces CPython's token kinds, including trivia", () => {
    const toks = tokenize("if x:  # c\n    y = 1_0 ** 2j\n").map((t) => `${t.kind}:${t.value}`);
    expect(toks).toEqual([
      "NAME:if", "NAME:x", "OP::", "COMMENT:# c", "NEWLINE:\n", "INDENT:    ", "NAME:y", "OP:=", "NUMBER:1_0",
      "OP:**", "NUMBER:2j", "NEWLINE:\n", "DEDENT:", "ENDMARKER:",
    ]);
  });
  it("keeps multi-character operators whole", () => {
    const ops = tokenize("a **= b //= c >>= d <<= e := f -> ... != @=").filter((t) => t.kind === "OP").map((t) => t.value);
    expect(ops).toEqual(["**=", "//=", ">>=", "<<=", ":=", "->", "...", "!=", "@="]);
  });
  it("reports UTF-8 byte columns", () => {
    const t = tokenize("é = 'ü'").find((x) => x.kind === "STRING");
    expect(t?.col).toBe(5);
    expect(t?.endCol).toBe(9);
  });
  it("throws tokenizer errors", () => {
    expect(() => tokenize("x = 'abc")).toThrow(PySyntaxError);
  });
});

describe("walk", () => {
  it("visits every Name in source order", () => {
    const names: string[] = [];
    walk(parse("f(a, b=c)[d] = e"), (n) => {
      if (n.type === "Name") names.push(n.id);
    });
    expect(names).toEqual(["f", "a", "c", "d", "e"]);
  });
});

describe("large input", () => {
  it("parses a 2,000-line module", () => {
    const chunk = [
      "class C(Base, metaclass=M):",
      "    def method(self, a, b=1, *args, c, **kw) -> int:",
      "        x = [i * 2 for i in range(a) if i % 3]",
      "        y = {k: v for k, v in kw.items()}",
      "        if x and not y or a < b <= c:",
      "            return f'{a!r:>{b}} {x}' + 'tail'",
      "        try:",
      "            z = self.other(*args, key=lambda q: q[1:2])",
      "        except (ValueError, TypeError) as e:",
      "            raise RuntimeError('bad') from e",
      "        return a ** -b",
      "",
    ];
    const source = Array.from({ length: 170 }, () => chunk.join("\n")).join("\n") + "\n";
    // Speed is measured by benchmarks, never asserted in unit tests (shared, noisy machines).
    const mod = parse(source);
    expect(mod.type).toBe("Module");
    if (mod.type === "Module") expect(mod.body.length).toBe(170);
  });
});
