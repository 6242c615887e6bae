/**
 * The tiering manager: the `JitBackend` the interpreter talks to. The
 * interpreter counts calls and loop back-edges per code object and asks this
 * backend once a counter reaches its threshold; the manager tries the
 * compilers in tier order and records why code could not be compiled, so
 * `--stats` can report it. A code object that failed is retried only after
 * another threshold's worth of work (the interpreter resets its counter), and
 * given up on after a few failures.
 *
 * Under `PYTHON_VM_JIT_STRESS` (stress.ts) compiled entries are wrapped so
 * every N-th compiled call (or tier-up request) drops all compiled code:
 * `invalidateAll` clears the interpreter's `rt.compiled` of every code object
 * this backend installed code for, so they run interpreted and compile again
 * at their next hot point. Running activations are unaffected (tier-1 code
 * speculates on nothing, so it stays correct).
 */
import type { CodeObject } from "@pyvm/bytecode";
import { CodeRuntime, type CodeFeedback, type CompiledEntry, type Frame, type JitBackend, type OsrEntry } from "@pyvm/interpreter";
import { compileBaseline } from "./emit/baseline.js";
import { JitStress, stressFromEnv, type StressConfig } from "./stress.js";
import { OptTier } from "./opt/tier.js";
import { buildOptGraph } from "./opt/build.js";

export interface JitOptions {
  /** Calls + back-edges before the baseline tier compiles a function (0 = first call). */
  readonly threshold: number;
  /** Receives each generated function's JS (`pyvm --dump-js`). */
  readonly dumpJs?: (qualname: string, source: string) => void;
  /**
   * Stress configuration; `undefined` reads `PYTHON_VM_JIT_STRESS` from the
   * environment, `null` disables stress.
   */
  readonly stress?: StressConfig | null;
  /**
   * Calls of tier-1 code before the optimizing tier (tier 2) compiles it; loops
   * tier up by OSR after ten times as many back-edges (0 = compile everything
   * tier 2 can at once; Infinity = no tier 2). Default `DEFAULT_OPT_THRESHOLD`.
   */
  readonly optThreshold?: number;
  /**
   * Compile at tier 2 only what the cost model expects to beat tier 1
   * (opt/tier-cost.ts). Default: on, except with `optThreshold` 0 (which
   * compiles everything tier 2 can, the conformance `opt` mode) or
   * PYVM_OPT_COST_MODEL=0.
   */
  readonly costModel?: boolean;
  /**
   * An entry the cost model deferred compiles once it stayed hot this many
   * times its threshold (0: never). Default PYVM_OPT_COST_ESCALATION, else
   * `COST_ESCALATION`.
   */
  readonly costEscalation?: number;
}

/** Default `JitOptions.optThreshold` (`--jit-opt-threshold` / PYTHON_VM_JIT_OPT_THRESHOLD). */
export const DEFAULT_OPT_THRESHOLD = 1000;

/**
 * An entry the cost model turned down (opt/tier-cost.ts) is deferred, not
 * refused: it compiles at tier 2 anyway once it has stayed hot this many
 * times its threshold (calls for a call entry, back-edges for a loop). The
 * model weighs the run time tier 2 saves against tier 1 on mostly generic
 * code, which is small per iteration but real (richards' scheduler loop,
 * list_ops, string_ops, tokenizer, dict_ops: 5–25% less CPU per run at full
 * size once V8 has optimized the unit); what makes such code slower at
 * tier 2 in short runs is V8's cost of optimizing a second, large function
 * (100–1500 ms of concurrent compilation), which only code that keeps
 * running pays back. A unit compiled this way is reused by later VMs (warm
 * start). PYVM_OPT_COST_ESCALATION=N sets the factor (0: never).
 */
export const COST_ESCALATION = 16;

/** Per-tier compilation account. */
export interface TierStats {
  /** Successful compilations (recompilations included). */
  compiled: number;
  /** Compilations of code that had been compiled before and was invalidated. */
  recompiled: number;
  /** Of `compiled`: units reused from another VM's compilation of the same code and feedback (tier 2, opt/unit-cache.ts). */
  reused: number;
  compileTimeMs: number;
  /** Compile time per function (`file:line qualname`), for the top entries in `--stats`. */
  readonly compileTimeByFunction: Map<string, number>;
}

export interface JitStats {
  /** Tier-1 compilations (same as `baseline.compiled`). */
  compiled: number;
  /** Why code could not be compiled, per function (`file:line qualname`). */
  readonly notCompiled: Map<string, string>;
  /** Total compile time over all tiers. */
  compileTimeMs: number;
  readonly baseline: TierStats;
  /** Filled by the optimizing tier. */
  readonly optimizing: TierStats;
  /** Deoptimizations per reason (optimizing tier). */
  readonly deopts: Map<string, number>;
  /** Invalidations of compiled code per reason. */
  readonly invalidations: Map<string, number>;
  /** On-stack replacements: loop-hot frames continued in compiled code. */
  osrEntries: number;
  /** The stress runtime and its event counters (`PYTHON_VM_JIT_STRESS`), null without stress. */
  readonly stress: JitStress | null;
}

const MAX_ATTEMPTS = 3;

export interface TieringBackend extends JitBackend {
  readonly stats: JitStats;
  /** The stress runtime when `PYTHON_VM_JIT_STRESS` is active (the optimizing tier asks it `failGuard()`). */
  readonly stress: JitStress | null;
  /** Drop every compiled entry this backend installed (functions recompile when hot again). */
  invalidateAll(reason: string): void;
}

export function newTierStats(): TierStats {
  return { compiled: 0, recompiled: 0, reused: 0, compileTimeMs: 0, compileTimeByFunction: new Map() };
}

/** The key functions are reported under in `--stats`. */
export function functionKey(code: CodeObject): string {
  return `${code.filename}:${code.firstlineno} ${code.qualname}`;
}

export function createJitBackend(options: JitOptions): TieringBackend {
  let attempts = new WeakMap<CodeObject, number>();
  const stressConfig = options.stress === undefined ? stressFromEnv(process.env) : options.stress;
  const stress = stressConfig === null ? null : new JitStress(stressConfig);
  const stats: JitStats = {
    compiled: 0,
    notCompiled: new Map(),
    compileTimeMs: 0,
    baseline: newTierStats(),
    optimizing: newTierStats(),
    deopts: new Map(),
    invalidations: new Map(),
    osrEntries: 0,
    stress,
  };
  let serial = 0;

  let compiledEntries = new WeakMap<CodeObject, CompiledEntry>();
  /** Code compiled at least once (recompilation count). */
  const everCompiled = new WeakSet<CodeObject>();
  /** Runtimes whose `compiled` this backend set (only tracked under stress, for invalidateAll). */
  const installed = new Set<CodeRuntime>();

  const optThreshold = options.optThreshold ?? DEFAULT_OPT_THRESHOLD;
  const optEnabled = optThreshold !== Infinity;
  const optLoopThreshold = optThreshold * 10;
  const costModel = options.costModel ?? (optThreshold !== 0 && process.env["PYVM_OPT_COST_MODEL"] !== "0");
  const escalation = options.costEscalation ?? escalationFromEnv(process.env["PYVM_OPT_COST_ESCALATION"]);
  /** Back-edges of one loop header, counted from its deferral, at which its deferred OSR entry compiles (COST_ESCALATION). */
  const forcedLoopAt = escalation === 0 ? Infinity : optLoopThreshold * (escalation - 1);
  /** Per code object and deferred loop header: back-edges reported since the deferral. */
  let deferredLoops = new WeakMap<CodeObject, Map<number, number>>();
  /** Whether the deferred OSR entry at `pc` has now stayed hot long enough (counts `n` more back-edges). */
  function forceLoop(code: CodeObject, pc: number, n: number): boolean {
    let m = deferredLoops.get(code);
    if (m === undefined) deferredLoops.set(code, (m = new Map()));
    const seen = (m.get(pc) ?? 0) + n;
    m.set(pc, seen);
    return seen >= forcedLoopAt;
  }
  /** Per code object: the call count at which its deferred call entry compiles. */
  let forcedCallAt = new WeakMap<CodeObject, number>();
  function deferCall(code: CodeObject, rt: CodeRuntime): void {
    const at = escalation === 0 ? Infinity : rt.calls + Math.max(optThreshold, 1) * (escalation - 1);
    forcedCallAt.set(code, at);
    rt.optCheckAt = at;
  }
  const opt = new OptTier({ build: buildOptGraph, stats, stress, costModel, verify: stress !== null || process.env["PYVM_OPT_DEBUG"] === "1", debug: process.env["PYVM_OPT_DEBUG"] === "1", ...(options.dumpJs === undefined ? {} : { dumpJs: options.dumpJs }) });
  /** Back-edges seen per code object by onLoopHot (the interpreter resets its own counter each time it asks). */
  let loopCounts = new WeakMap<CodeObject, number>();
  /**
   * Warm start from another VM (opt/unit-cache.ts): code whose tier-2 unit an
   * earlier VM of this process left for reuse asks for it at once instead of
   * after this VM's thresholds (`optThreshold` calls, 10 × that many
   * back-edges) — the feedback that made the unit is usually there again after
   * the baseline threshold. A miss (the feedback does not replay yet) refuses
   * nothing: the ordinary thresholds apply. Once per entry (call entry: the
   * code in `earlyCall`; loops: the header pcs in `earlyLoops`) and VM.
   * PYVM_OPT_WARM_START=0 turns it off.
   */
  const warmStart = process.env["PYVM_OPT_WARM_START"] !== "0";
  /** Tier-2 resume units of generators (onResumeHot); PYVM_OPT_GENERATORS=0 keeps generators at tier 1. */
  const generators = process.env["PYVM_OPT_GENERATORS"] !== "0";
  const earlyCall = new WeakSet<CodeObject>();
  let earlyLoops = new WeakMap<CodeObject, Set<number>>();
  function earlyLoop(code: CodeObject, pc: number): boolean {
    let tried = earlyLoops.get(code);
    if (tried === undefined) earlyLoops.set(code, (tried = new Set()));
    if (tried.has(pc)) return false;
    tried.add(pc);
    return warmStart && opt.hasReusableUnit(code, pc);
  }

  function invalidateAll(reason: string): void {
    opt.invalidateAll(reason);
    loopCounts = new WeakMap();
    earlyLoops = new WeakMap();
    forcedCallAt = new WeakMap();
    deferredLoops = new WeakMap();
    for (const rt of installed) {
      rt.compiled = null;
      rt.calls = 0;
      rt.backedges = 0;
    }
    installed.clear();
    compiledEntries = new WeakMap();
    attempts = new WeakMap();
    stats.invalidations.set(reason, (stats.invalidations.get(reason) ?? 0) + 1);
  }

  function stressTick(): void {
    if (stress !== null && stress.shouldInvalidateAll()) invalidateAll("stress: invalidate-every");
  }

  /**
   * Tier-1 code asking about a loop header or a generator's resume point at
   * `pc` (every 10 × loopThreshold times): those count toward tier 2 like
   * the interpreter's back-edges (onLoopHot); an OSR entry the cost model
   * deferred compiles once it stayed hot (COST_ESCALATION).
   */
  function hotInCompiledCode(frame: Frame, pc: number, feedback: CodeFeedback): OsrEntry | null {
    stressTick();
    if (opt.refused(frame.code, pc)) return null;
    const n = Math.max(options.threshold, 1) * 10;
    const seen = (loopCounts.get(frame.code) ?? 0) + n;
    loopCounts.set(frame.code, seen);
    const early = seen < optLoopThreshold;
    if (early && !earlyLoop(frame.code, pc)) return null;
    const force = !early && opt.deferred(frame.code, pc);
    if (force && !forceLoop(frame.code, pc, n)) return null;
    return opt.compileOsr(frame, pc, feedback, early, force);
  }

  function tryCompile(code: CodeObject, feedback: CodeFeedback): CompiledEntry | null {
    const done = compiledEntries.get(code);
    if (done !== undefined) return done;
    const n = attempts.get(code) ?? 0;
    if (n >= MAX_ATTEMPTS) return null;
    attempts.set(code, n + 1);
    const start = performance.now();
    const result = compileBaseline(code, { consts: feedback.consts, serial: ++serial });
    const ms = performance.now() - start;
    stats.compileTimeMs += ms;
    const tier = stats.baseline;
    tier.compileTimeMs += ms;
    const key = functionKey(code);
    tier.compileTimeByFunction.set(key, (tier.compileTimeByFunction.get(key) ?? 0) + ms);
    if (result.ok) {
      stats.compiled++;
      tier.compiled++;
      if (everCompiled.has(code)) tier.recompiled++;
      everCompiled.add(code);
      options.dumpJs?.(code.qualname, result.source);
      let entry = result.entry;
      if (stress !== null) {
        const inner = entry;
        entry = (f, throwIn) => {
          stressTick();
          return inner(f, throwIn);
        };
        if (feedback instanceof CodeRuntime) installed.add(feedback);
      }
      compiledEntries.set(code, entry);
      // Tier-up to tier 2 after optThreshold more calls (tierUpCall asks onHotCompiled), at the next
      // call when another VM left a tier-2 unit of this code for reuse (earlyCall).
      if (feedback instanceof CodeRuntime) {
        if (!optEnabled) feedback.optCheckAt = Infinity;
        else if (warmStart && optThreshold > 1 && opt.hasReusableUnit(code, -1)) {
          earlyCall.add(code);
          feedback.optCheckAt = feedback.calls + 1;
        } else feedback.optCheckAt = feedback.calls + Math.max(optThreshold, 1);
      }
      return entry;
    }
    stats.notCompiled.set(key, result.reason);
    return null;
  }

  return {
    name: "pyvm-jit",
    callThreshold: options.threshold,
    loopThreshold: Math.max(options.threshold, 1),
    stats,
    stress,
    invalidateAll,
    onHot(code: CodeObject, feedback: CodeFeedback): CompiledEntry | null {
      stressTick();
      const base = tryCompile(code, feedback);
      if (optEnabled && optThreshold === 0) return opt.compileFunction(code, feedback, base) ?? base;
      return base;
    },
    onHotCompiled(code: CodeObject, feedback: CodeFeedback): CompiledEntry | null {
      if (feedback instanceof CodeRuntime) feedback.optCheckAt = Infinity;
      if (!optEnabled) return null;
      stressTick();
      if (feedback instanceof CodeRuntime && earlyCall.has(code)) {
        earlyCall.delete(code);
        const rearm = (): void => {
          feedback.optCheckAt = feedback.calls + Math.max(optThreshold, 1);
        };
        const entry = opt.compileFunction(code, feedback, feedback.compiled, rearm);
        if (entry === null) rearm();
        return entry;
      }
      if (!(feedback instanceof CodeRuntime)) return opt.compileFunction(code, feedback, null);
      const rt = feedback;
      if (opt.deferred(code, -1)) {
        // The cost model deferred the call entry: compile it once the code stayed hot (COST_ESCALATION).
        const at = forcedCallAt.get(code);
        if (at === undefined || rt.calls < at) {
          if (at === undefined) deferCall(code, rt);
          else rt.optCheckAt = at;
          return null;
        }
        return opt.compileFunction(code, rt, rt.compiled, null, { force: true });
      }
      return opt.compileFunction(code, rt, rt.compiled, null, {
        onNone: () => {
          if (opt.deferred(code, -1)) deferCall(code, rt);
        },
      });
    },
    onLoopHot(frame, pc, feedback): OsrEntry | null {
      stressTick();
      if (optEnabled && !opt.refused(frame.code, pc)) {
        // Tier 2 by on-stack replacement once the loop is hot enough; until then the loop
        // continues at tier 1 (below), whose back-edges keep counting (onLoopHotCompiled).
        const n = Math.max(options.threshold, 1);
        const seen = (loopCounts.get(frame.code) ?? 0) + n;
        loopCounts.set(frame.code, seen);
        const early = seen < optLoopThreshold;
        const deferred = opt.deferred(frame.code, pc);
        const force = deferred && !early && forceLoop(frame.code, pc, n);
        if (early ? earlyLoop(frame.code, pc) : !deferred || force) {
          const osr = opt.compileOsr(frame, pc, feedback, early, force);
          if (osr !== null) {
            stats.osrEntries++;
            return osr;
          }
        }
      }
      // The baseline entry doubles as the OSR entry (it starts at frame.pc with the
      // frame's stack); later calls of the code run it too.
      const entry = tryCompile(frame.code, feedback);
      if (entry === null) return null;
      stats.osrEntries++;
      if (frame.rt.compiled === null) {
        frame.rt.compiled = entry;
        if (stress !== null) installed.add(frame.rt);
      }
      return entry;
    },
    onLoopHotCompiled(frame, pc, feedback): OsrEntry | null {
      // A loop running long in one tier-1 activation (it asks every 10 × loopThreshold
      // back-edges): its back-edges count toward tier 2 like the interpreter's (onLoopHot),
      // so a function that reached tier 1 by calls still tiers up its long-running loops.
      // Never answers with tier-1 code (the caller's).
      if (!optEnabled || (feedback instanceof CodeRuntime && feedback.isGenerator)) return null;
      const osr = hotInCompiledCode(frame, pc, feedback);
      if (osr !== null) stats.osrEntries++;
      return osr;
    },
    onResumeHot(frame, pc, feedback): OsrEntry | null {
      // A compiled generator resumed at `pc` (asked every 10 × loopThreshold resumes): tier 2
      // compiles the resume point like a loop (jit-ir build/generator.ts), counted the same way.
      if (!optEnabled || !generators) return null;
      return hotInCompiledCode(frame, pc, feedback);
    },
    invalidate(code: CodeObject, reason: string): void {
      attempts.delete(code);
      compiledEntries.delete(code);
      stats.invalidations.set(reason, (stats.invalidations.get(reason) ?? 0) + 1);
    },
  };
}

/** PYVM_OPT_COST_ESCALATION: a non-negative integer, else the default COST_ESCALATION. */
function escalationFromEnv(v: string | undefined): number {
  if (v === undefined || v === "") return COST_ESCALATION;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : COST_ESCALATION;
}
