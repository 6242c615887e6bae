/**
 * Hotness handling: asks the installed JIT backend for compiled code when a
 * code object's call or back-edge counter reaches the backend's threshold.
 * Only reached when a backend is installed (`ts.jit !== null`).
 */
import type { PyValue } from "../../objects/object.js";
import type { CodeRuntime } from "../code-runtime.js";
import type { Frame } from "../frame.js";
import type { VMThread } from "../thread.js";

export function tierUpCall(ts: VMThread, rt: CodeRuntime): void {
  const jit = ts.jit;
  if (jit === null) return;
  if (rt.jitRefused) {
    rt.calls = 0;
    return;
  }
  if (rt.compiled !== null) {
    // Already compiled: a tiered backend may replace the entry (tier 1 → tier 2); it sets `optCheckAt`.
    if (rt.calls >= rt.optCheckAt && jit.onHotCompiled !== undefined) {
      const better = jit.onHotCompiled(rt.code, rt);
      if (better !== null) rt.compiled = better;
    }
    return;
  }
  const entry = jit.onHot(rt.code, rt);
  if (entry !== null) rt.compiled = entry;
  else rt.calls = 0;
}

/**
 * On-stack replacement at a loop header. Returns the frame's return value
 * when the compiled continuation ran the frame to completion (the caller then
 * treats it like RETURN_VALUE), else undefined to keep interpreting.
 */
export function tierUpLoop(ts: VMThread, f: Frame): PyValue | undefined {
  const jit = ts.jit;
  const rt = f.rt;
  rt.backedges = 0;
  if (jit === null || rt.jitRefused) return undefined;
  // A compiled continuation that deoptimizes finishes the frame in a nested evalFrame, whose
  // loop may get hot again: bound how often one frame re-enters compiled code that way (each
  // level keeps JS frames alive; a deopt storm would otherwise overflow the JS stack).
  let n = 0;
  for (let i = osrActive.length - 1; i >= 0; i--) if (osrActive[i] === f) n++;
  if (n >= MAX_OSR_REENTRY) return undefined;
  const osr = jit.onLoopHot(f, f.pc, rt);
  if (osr === null) return undefined;
  osrActive.push(f);
  try {
    return osr(f);
  } finally {
    osrActive.pop();
  }
}

/** Frames a compiled continuation entered by `tierUpLoop` is running, innermost last (one JS stack, so one list). */
const osrActive: Frame[] = [];
/** Nested on-stack replacements of one frame after deopts (see tierUpLoop). */
const MAX_OSR_REENTRY = 3;
