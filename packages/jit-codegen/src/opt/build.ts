/**
 * The optimizing tier's front end: `@pyvm/jit-ir`'s builder with this VM's
 * facts (globals read as constants, the `range` types for counted loops,
 * the pcs not to speculate at after repeated deopts).
 */
import { RangeIteratorType, RangeType } from "@pyvm/interpreter";
import { buildGraph } from "@pyvm/jit-ir";
import type { OptGraphBuilder } from "./tier.js";

export const buildOptGraph: OptGraphBuilder = (code, feedback, options) =>
  buildGraph(code, feedback, {
    ...(options.osrPc >= 0 ? { osrPc: options.osrPc } : {}),
    genericPcs: options.avoid,
    globalValue: options.globalValue,
    rangeType: RangeType,
    rangeIteratorType: RangeIteratorType,
  });
