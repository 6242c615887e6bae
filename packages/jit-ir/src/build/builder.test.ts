import { describe, expect, it } from "vitest";
import { compile, CodeObject } from "@pyvm/bytecode";
import { CodeRuntime, type CodeFeedback } from "@pyvm/interpreter";
import { buildGraph, type BuildOptions } from "./builder.js";
import { printGraph } from "../print.js";
import { verifyGraph } from "../verify.js";

/** The code object of function `name` defined at the top of `source`. */
export function functionCode(source: string, name: string): CodeObject {
  const mod = compile(source, { filename: "<test>", mode: "exec" });
  for (const c of mod.consts) if (c instanceof CodeObject && c.name === name) return c;
  throw new Error(`no function ${name}`);
}

/** Feedback with the VM's constants and, optionally, fixed operand kinds per pc. */
export function feedbackFor(code: CodeObject, kinds: (pc: number) => number = () => 0): CodeFeedback {
  const rt = new CodeRuntime(code, {});
  return { code, consts: rt.consts, calls: 0, backedges: 0, cacheAt: () => undefined, operandKindsAt: kinds, specializedOpAt: () => -1 };
}

export function build(source: string, name: string, options: BuildOptions = {}): string {
  const code = functionCode(source, name);
  const r = buildGraph(code, feedbackFor(code), options);
  if (!r.ok) return `not compilable: ${r.reason}`;
  const errors = verifyGraph(r.graph);
  if (errors.length > 0) throw new Error(errors.map((e) => `b${e.block}: ${e.message}`).join("\n"));
  return printGraph(r.graph, { code });
}

describe("buildGraph", () => {
  it("builds fib", () => {
    const src = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n";
    console.log(build(src, "fib"));
  });
  it("builds a counted loop", () => {
    const src = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i * 2\n    return t\n";
    console.log(build(src, "f", { rangeType: "RANGE", globalValue: (n) => (n === "range" ? { value: "RANGE", fromBuiltins: true } : undefined) }));
  });
});
