/**
 * Helpers for the jit-ir tests: compile Python source with @pyvm/bytecode,
 * find a function's code object, and fake the interpreter's feedback
 * (constants as this VM's values, chosen operand kinds / specialized opcodes).
 */
import { compile, CodeObject } from "@pyvm/bytecode";
import { CodeRuntime, type CodeFeedback, type InlineCacheView } from "@pyvm/interpreter";

export function moduleCode(source: string): CodeObject {
  return compile(source, { filename: "<test>", mode: "exec" });
}

/** The code object of function `name` defined at the top level of `source`. */
export function functionCode(source: string, name: string): CodeObject {
  for (const c of moduleCode(source).consts) if (c instanceof CodeObject && c.name === name) return c;
  throw new Error(`no function ${name}`);
}

export interface FakeFeedback {
  /** SEEN_* bits per pc (BINARY_OP / COMPARE_OP). */
  readonly kinds?: (pc: number) => number;
  /** Specialized opcode per pc (-1 = none). */
  readonly specialized?: (pc: number) => number;
  /** Inline cache views per pc. */
  readonly cache?: (pc: number) => InlineCacheView | undefined;
}

export function feedbackFor(code: CodeObject, fake: FakeFeedback = {}): CodeFeedback {
  const rt = new CodeRuntime(code, {});
  return {
    code,
    consts: rt.consts,
    calls: 0,
    backedges: 0,
    cacheAt: fake.cache ?? (() => undefined),
    operandKindsAt: fake.kinds ?? (() => 0),
    specializedOpAt: fake.specialized ?? (() => -1),
  };
}

/** A stand-in for a Python function object (what the builder needs to see for CallDirect). */
export function fakeFunction(code: CodeObject): { code: CodeObject; closure: null; globals: object; qualname: string } {
  return { code, closure: null, globals: {}, qualname: code.qualname };
}

/** The pcs of every instruction with opcode `op` in `code`. */
export function pcsOf(code: CodeObject, op: number): number[] {
  const out: number[] = [];
  code.code.forEach((w, pc) => {
    if ((w & 0xff) === op) out.push(pc);
  });
  return out;
}
