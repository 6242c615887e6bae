/**
 * Generators at tier 2: resume units.
 *
 * A generator's code is not compiled as a function (its call only creates
 * the frame; every `next()`/`send()` continues a suspended frame). Tier 2
 * compiles it per *resume point* instead: the instruction after a
 * YIELD_VALUE, entered like an OSR entry — the unit's entry block takes the
 * suspended frame's locals and value stack (the sent value on top, which
 * `genResume` pushed), and runs until the next YIELD_VALUE or RETURN_VALUE.
 *
 * YIELD_VALUE ends a path of the graph with a `deopt` terminator whose
 * reason is `GENERATOR_YIELD` and whose frame state is the one before the
 * instruction (the yielded value on top of the stack). The code generator
 * (jit-codegen opt/codegen.ts) turns it into the suspension itself: box the
 * state into the frame's `localsplus`, `f.sp` = depth without the value,
 * `f.pc` = the resume point, `f.suspended`, return the value — exactly what
 * the interpreter's and the baseline tier's YIELD_VALUE leave, so any tier
 * resumes the frame next (throw()/close() go through the baseline entry).
 * Every other way out (guards, exceptions) is an ordinary deopt of an OSR
 * unit: the interpreter continues the generator's frame until it yields.
 *
 * Liveness treats every local of generator code as live (liveness.ts), so
 * each suspension writes every bound local (`gi_frame.f_locals` while
 * suspended matches CPython's). Only resume points are compiled: a loop
 * header of generator code is refused (an interpreter OSR would take the
 * yield for a return), as are coroutines and generators with exception
 * handlers. `yield from` is SEND → `Send` (the interpreter's `sendStep`)
 * and `SendReturned`, branching like FOR_ITER; GET_YIELD_FROM_ITER runs
 * through execRare.
 */
import { CO, Op, OPCODE_NAMES, type CodeObject } from "@pyvm/bytecode";
import { analyzeCfg, opAt, successors } from "./cfg.js";
import { INTROSPECTION_NAMES, SUPPORTED } from "./model.js";

/** The `reason` of the `deopt` terminator that suspends a generator (see the file comment). */
export const GENERATOR_YIELD = "generator yield";

const GENERATOR_FLAGS = CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE;

/** Generator, coroutine or async generator code. */
export function isGeneratorCode(code: CodeObject): boolean {
  return (code.flags & GENERATOR_FLAGS) !== 0;
}

/** `pc` is a resume point of plain generator code: the instruction after a YIELD_VALUE. */
export function isResumePc(code: CodeObject, pc: number): boolean {
  return (code.flags & GENERATOR_FLAGS) === CO.GENERATOR && pc > 0 && pc < code.code.length && opAt(code, pc - 1) === Op.YIELD_VALUE;
}

/**
 * Why tier 2 refuses to enter generator `code` at `osrPc`, or null. The
 * instructions reachable from the resume point up to the next suspension
 * must all be translatable.
 */
export function resumeRefusal(code: CodeObject, osrPc: number): string | null {
  if (!isResumePc(code, osrPc)) return "generator/coroutine (tier 2 enters plain generators only at a resume point after a yield)";
  if (code.exceptionTable.length > 0) return "generator with exception handlers";
  if ((code.flags & CO.OPTIMIZED) === 0) return "generator code without fast locals";
  for (const n of code.names) if (INTROSPECTION_NAMES.has(n)) return `uses '${n}' (frame introspection)`;
  const cfg = analyzeCfg(code, 0);
  if (!cfg.ok) return cfg.reason;
  const seen = new Uint8Array(code.code.length);
  const work = [osrPc];
  seen[osrPc] = 1;
  while (work.length > 0) {
    const pc = work.pop() as number;
    const op = opAt(code, pc);
    if (op === Op.YIELD_VALUE) continue;
    if (!SUPPORTED.has(op) && op !== Op.SEND) return `opcode ${OPCODE_NAMES[op] ?? op} at ${pc} has no tier-2 translation`;
    for (const { pc: s } of successors(code, pc, 0)) {
      if (s >= 0 && s < code.code.length && seen[s] === 0 && (cfg.cfg.depth[s] ?? -1) >= 0) {
        seen[s] = 1;
        work.push(s);
      }
    }
  }
  return null;
}

/**
 * The build options of a resume unit: without an OSR hand-over (a resume
 * point is not a loop header; handing over at the loop around the yield
 * would leave the unit at every item), and without taking apart range
 * iterators the frame holds (`rangeIteratorType`): a resume runs about one
 * iteration of the loop around the yield, so unpacking the iterator at each
 * entry (and keeping the object current) costs more than its `next()`.
 * Ranges the unit itself makes still become counted loops (`rangeType`).
 */
export function resumeOptions<T extends object>(options: T): T {
  if (!("osrHandOver" in options) && !("rangeIteratorType" in options)) return options;
  const copy: Record<string, unknown> = { ...options };
  delete copy["osrHandOver"];
  delete copy["rangeIteratorType"];
  return copy as T;
}
