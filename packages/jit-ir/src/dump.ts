/**
 * `pyvm --dump-ir`: the IR of every function in a module's code tree as the
 * optimizing tier would build it from the given feedback (after the passes),
 * or the reason it would not. The caller supplies the VM-specific facts
 * (feedback per code object, global lookups, the range types) exactly as the
 * tier-2 front end does.
 */
import { CodeObject } from "@pyvm/bytecode";
import type { CodeFeedback } from "@pyvm/interpreter";
import { buildGraph, type BuildOptions } from "./build/builder.js";
import { printGraph } from "./print.js";

export interface DumpIrOptions extends Omit<BuildOptions, "osrPc"> {
  /** The feedback the interpreter collected for `code`. */
  readonly feedbackOf: (code: CodeObject) => CodeFeedback;
  /** Print frame states too. */
  readonly frameStates?: boolean;
}

/** Every code object nested in `code`'s constants (depth first, in definition order), `code` included. */
export function codeTree(code: CodeObject): CodeObject[] {
  const out: CodeObject[] = [code];
  for (const c of code.consts) if (c instanceof CodeObject) out.push(...codeTree(c));
  return out;
}

export function dumpIr(module: CodeObject, options: DumpIrOptions): string {
  const parts: string[] = [];
  for (const code of codeTree(module)) {
    const r = buildGraph(code, options.feedbackOf(code), options);
    if (!r.ok) {
      parts.push(`; ${code.qualname} (line ${code.firstlineno}): not compilable: ${r.reason}\n`);
      continue;
    }
    parts.push(printGraph(r.graph, { code, ...(options.frameStates === true ? { frameStates: true } : {}) }));
  }
  return parts.join("\n");
}
