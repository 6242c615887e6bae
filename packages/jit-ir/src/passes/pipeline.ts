/**
 * The optimization pipeline, in payoff order, with the verifier after the
 * builder and after every pass. A verifier failure is a JIT bug: it is
 * returned as a refusal (the function stays at tier 1) with the pass named.
 */
import type { Graph } from "../ir/graph.js";
import { verifyGraph } from "../verify.js";
import { simplify } from "./simplify.js";
import { unboxParams } from "./unbox.js";
import { hoistInvariants } from "./licm.js";
import { forwardLoads } from "./load-forward.js";
import { eliminateShapeChecks } from "./shape-checks.js";
import { intRanges } from "./int-ranges.js";
import { truncateMasked } from "./truncate.js";

export interface Pass {
  readonly name: string;
  run(g: Graph): void;
}

export const PASSES: readonly Pass[] = [
  { name: "simplify", run: simplify },
  { name: "shape-checks", run: (g) => void eliminateShapeChecks(g) },
  { name: "forward-loads", run: (g) => void forwardLoads(g) },
  { name: "unbox-params", run: (g) => void unboxParams(g) },
  { name: "simplify-after-unbox", run: simplify },
  { name: "hoist-invariants", run: hoistInvariants },
  { name: "truncate", run: truncateMasked },
  { name: "int-ranges", run: intRanges },
  { name: "simplify-final", run: simplify },
];

export type OptimizeResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function optimizeGraph(g: Graph, passes: readonly Pass[] = PASSES): OptimizeResult {
  const first = verifyGraph(g);
  if (first.length > 0) return { ok: false, reason: `IR verifier after build: ${first.map((e) => `b${e.block}: ${e.message}`).join("; ")}` };
  for (const p of passes) {
    p.run(g);
    const errors = verifyGraph(g);
    if (errors.length > 0) return { ok: false, reason: `IR verifier after ${p.name}: ${errors.map((e) => `b${e.block}: ${e.message}`).join("; ")}` };
  }
  return { ok: true };
}
