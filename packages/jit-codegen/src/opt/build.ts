/**
 * The optimizing tier's front end: `@pyvm/jit-ir`'s builder with this VM's
 * facts (globals read as constants, the `range` types for counted loops,
 * the pcs not to speculate at after repeated deopts).
 */
import { RangeIteratorType, RangeType } from "@pyvm/interpreter";
import { buildGraph } from "@pyvm/jit-ir";
import type { OptGraphBuilder } from "./tier.js";

/** Inlining is off unless PYVM_OPT_INLINE asks for it (until it has had more testing). */
const INLINE_DEFAULT: { maxInstructions: number; maxDepth: number } | null = null;

export const buildOptGraph: OptGraphBuilder = (code, feedback, options) =>
  buildGraph(code, feedback, {
    ...(options.osrPc >= 0 ? { osrPc: options.osrPc } : {}),
    ...(options.osrEntryTypes === undefined ? {} : { osrEntryTypes: options.osrEntryTypes }),
    genericPcs: options.avoid,
    globalValue: options.globalValue,
    globals: options.globals,
    feedbackOf: options.feedbackOf,
    rangeType: RangeType,
    rangeIteratorType: RangeIteratorType,
    ...(INLINE === null ? {} : { inline: INLINE }),
  });

/**
 * Inlining of small loop-free callees (the builder's opt-in; deopts inside
 * them rebuild the callee and caller frames, unit.ts `resumeInlined`).
 * PYVM_OPT_INLINE=0 turns it off, =N sets the callee size limit.
 */
const INLINE: { maxInstructions: number; maxDepth: number } | null = (() => {
  const v = typeof process === "undefined" ? undefined : process.env["PYVM_OPT_INLINE"];
  if (v === undefined || v === "") return INLINE_DEFAULT;
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? { maxInstructions: n, maxDepth: 2 } : null;
})();
