/**
 * The optimization pipeline, in payoff order, with the verifier after the
 * builder and after every pass (tests, stress, debug; ordinary runs verify
 * once at the end: `verifyEachPass`). A verifier failure is a JIT bug: it is
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
import { rawFloatSlots } from "./raw-float-slots.js";

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
  { name: "raw-float-slots", run: rawFloatSlots },
  { name: "simplify-final", run: simplify },
];

export type OptimizeResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Whether the verifier runs after the builder and after every pass (else
 * once, after the whole pipeline). Every pass in tests (vitest), stress mode
 * (`PYTHON_VM_JIT_STRESS`, which CI runs the whole corpus in), with
 * PYVM_OPT_DEBUG=1 and with PYVM_OPT_VERIFY=1; PYVM_OPT_VERIFY=0 forces the
 * single check. In ordinary runs the per-pass verifier was a fifth to a
 * quarter of tier-2 compile time (tokenizer full, `--stats`: 1.2-1.4 s with
 * it, 0.9-1.0 s without, loaded machine); a failure found at the end is
 * still a refusal, and PYVM_OPT_VERIFY=1 names the pass.
 */
export function verifyEachPass(env: Readonly<Record<string, string | undefined>> = typeof process === "undefined" ? {} : process.env): boolean {
  const v = env["PYVM_OPT_VERIFY"];
  if (v === "1") return true;
  if (v === "0") return false;
  const stress = env["PYTHON_VM_JIT_STRESS"];
  return env["VITEST"] !== undefined || env["PYVM_OPT_DEBUG"] === "1" || (stress !== undefined && stress !== "" && stress !== "0" && stress !== "off");
}

const EACH_PASS = verifyEachPass();

export function optimizeGraph(g: Graph, passes: readonly Pass[] = PASSES, eachPass = EACH_PASS): OptimizeResult {
  if (!eachPass) {
    for (const p of passes) p.run(g);
    const errors = verifyGraph(g);
    if (errors.length > 0) return { ok: false, reason: `IR verifier after the pipeline (PYVM_OPT_VERIFY=1 names the pass): ${errors.map((e) => `b${e.block}: ${e.message}`).join("; ")}` };
    return { ok: true };
  }
  const first = verifyGraph(g);
  if (first.length > 0) return { ok: false, reason: `IR verifier after build: ${first.map((e) => `b${e.block}: ${e.message}`).join("; ")}` };
  for (const p of passes) {
    p.run(g);
    const errors = verifyGraph(g);
    if (errors.length > 0) return { ok: false, reason: `IR verifier after ${p.name}: ${errors.map((e) => `b${e.block}: ${e.message}`).join("; ")}` };
  }
  return { ok: true };
}
