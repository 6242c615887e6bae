/**
 * The optimizing tier's front end: `@pyvm/jit-ir`'s builder with this VM's
 * facts (globals read as constants, the `range` types for counted loops,
 * the pcs not to speculate at after repeated deopts).
 */
import { RangeIteratorType, RangeType } from "@pyvm/interpreter";
import { buildGraph, type InlineOptions } from "@pyvm/jit-ir";
import type { CodeObject } from "@pyvm/bytecode";
import type { OptGraphBuilder } from "./tier.js";
import { recorderOf } from "./unit-cache.js";

/**
 * Inlining of small callees is on by default: callees of up to 48 bytecode
 * instructions, 3 nested levels, a function inlined into itself once (a
 * recursive function's compiled call does two levels of work), at most 400
 * IR instructions added per unit.
 */
const INLINE_DEFAULT: InlineOptions | null = { maxInstructions: 48, maxDepth: 3, maxRecursion: 1, budget: 400 };

export const buildOptGraph: OptGraphBuilder = (code, feedback, options) => {
  // Callee feedback through the unit cache's recorder when there is one, so a unit with inlined calls stays reusable.
  const rec = recorderOf(feedback);
  const feedbackOf = rec === undefined ? options.feedbackOf : (c: CodeObject) => rec.calleeFeedback(c);
  return buildGraph(code, feedback, {
    ...(options.osrPc >= 0 ? { osrPc: options.osrPc } : {}),
    ...(options.osrEntryTypes === undefined ? {} : { osrEntryTypes: options.osrEntryTypes }),
    genericPcs: options.avoid,
    globalValue: options.globalValue,
    globals: options.globals,
    feedbackOf,
    rangeType: RangeType,
    rangeIteratorType: RangeIteratorType,
    ...(INLINE === null ? {} : { inline: INLINE }),
    ...(CONST_NAMES ? {} : { constModuleNames: false }),
    ...(ALLOCATION ? {} : { allocation: false }),
    ...(BOUND_CALLS ? {} : { boundCalls: false }),
    ...(HANDLERS ? { exceptionHandlers: true } : {}),
    classAttr: options.classAttr,
    ...(HAND_OVER && options.osrPc >= 0 ? { osrHandOver: true } : {}),
  });
};

/** Calls bound to their callee's parameters at compile time (keywords, defaults, *args, **kwargs; PYVM_OPT_BIND=0 turns it off). */
const BOUND_CALLS = typeof process === "undefined" || process.env["PYVM_OPT_BIND"] !== "0";

/**
 * Code with exception handlers (try/except/finally/with) compiled at tier 2: the normal flow only; an
 * exception raised inside it is handed to the interpreter at the raising instruction (unit.ts `throwIn`),
 * which unwinds to the handler and finishes the frame (PYVM_OPT_HANDLERS=0 turns it off).
 */
const HANDLERS = typeof process === "undefined" || process.env["PYVM_OPT_HANDLERS"] !== "0";

/** `Cls(...)` allocated by tier 2 with `__init__` inlined (PYVM_OPT_ALLOC=0 turns it off). */
const ALLOCATION = typeof process === "undefined" || process.env["PYVM_OPT_ALLOC"] !== "0";

/** OSR units of a nested loop end at the enclosing loop's header and hand the frame to a unit entered there (PYVM_OPT_HAND_OVER=0 turns it off). */
const HAND_OVER = typeof process === "undefined" || process.env["PYVM_OPT_HAND_OVER"] !== "0";

/** Module-level LOAD_NAME of names a loop never rebinds read as constants (PYVM_OPT_CONST_NAMES=0 turns it off). */
const CONST_NAMES = typeof process === "undefined" || process.env["PYVM_OPT_CONST_NAMES"] !== "0";

/**
 * Inlining of small loop-free callees (the builder's opt-in; deopts inside
 * them rebuild the callee and caller frames, unit.ts `resumeInlined`).
 * PYVM_OPT_INLINE=0 turns it off, =N sets the callee size limit.
 */
const INLINE: InlineOptions | null = (() => {
  const env = typeof process === "undefined" ? {} : process.env;
  const v = env["PYVM_OPT_INLINE"];
  const n = v === undefined || v === "" ? null : Number(v);
  if (INLINE_DEFAULT === null || (n !== null && !(Number.isInteger(n) && n > 0))) return null;
  // PYVM_OPT_INLINE_RECURSION=N: how many times a function may be inlined into itself (default 1; 0 = never).
  const r = env["PYVM_OPT_INLINE_RECURSION"];
  return {
    ...INLINE_DEFAULT,
    // PYVM_OPT_INLINE_DEOPT=0: a failing InlineOk makes the ordinary call instead of deoptimizing.
    deoptOnMiss: env["PYVM_OPT_INLINE_DEOPT"] !== "0",
    ...(n === null ? {} : { maxInstructions: n }),
    ...(r !== undefined && /^[0-9]$/.test(r) ? { maxRecursion: Number(r) } : {}),
  };
})();
