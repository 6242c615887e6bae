/**
 * The optimizing tier's manager (one per JIT backend, i.e. per VM): builds a
 * graph for hot code (`@pyvm/jit-ir`), generates and links its JS
 * (codegen.ts), installs it, and keeps it honest afterwards.
 *
 * - Installation: a function unit's `entry` becomes `rt.compiled` (the
 *   interpreter and tier-1 callers reach it through `runCompiled`) and its
 *   `fast` becomes the code's `DirectTarget.fast` (tier-2 `CallDirect` sites
 *   call it with plain JS arguments). An OSR unit is returned to the
 *   interpreter's loop-hot request and kept per (code, loop pc).
 * - Dependencies (`Graph.dependencies`): a global read as a constant watches
 *   its key in the globals dict (and in builtins when it came from there):
 *   the dict's `watcher` (this object) invalidates every unit that depends on
 *   a changed key. Type versions can be watched the same way (`typeModified`).
 * - Invalidation: the unit's `valid` flag is cleared (running activations
 *   deoptimize at their next `CheckValid`), `rt.compiled` goes back to the
 *   tier-1 entry it replaced (or null), the direct target back to the
 *   generic call.
 * - Deoptimization policy: deopts are counted per unit and per reason
 *   (`stats.deopts`). After `DEOPT_LIMIT` deopts a unit is invalidated and
 *   the code recompiled when hot again, with the failing sites' pcs passed to
 *   the builder as `avoid` (do not speculate there); after
 *   `MAX_RECOMPILES` the code stays at tier 1.
 */
import type { CodeObject } from "@pyvm/bytecode";
import {
  CodeRuntime,
  JIT_RUNTIME,
  PyRangeIterator,
  runtimeOf,
  type CodeFeedback,
  type CompiledEntry,
  type DictWatcher,
  type Frame,
  type OsrEntry,
  type PyDict,
  type PyType,
  type PyFunction,
  type PyValue,
  type TypeWatcher,
  type VMThread,
} from "@pyvm/interpreter";
import { OPCODE_NAMES } from "@pyvm/bytecode";
import { printGraph, verifyGraph, type Graph } from "@pyvm/jit-ir";
import { generateOpt } from "./codegen.js";
import { DirectTarget, NameCache, OPT_RUNTIME, OptUnit, resumeInInterpreter, type DeoptSite, type SharedFastEntry, type UnitOwner } from "./unit.js";
import { cacheability, cachedUnits, freshSites, Recorder, rememberUnit, replay, type CachedUnit, type GlobalLookup } from "./unit-cache.js";
import type { Dependency, OsrEntryType } from "@pyvm/jit-ir";
import type { TierStats } from "../tiering.js";
import { worthOptimizing, opHistogram } from "./tier-cost.js";

/** Builds the IR for `code` (a function entry, or an OSR entry at `osrPc`), not speculating at the `avoid` pcs. */
export type OptGraphBuilder = (
  code: CodeObject,
  feedback: CodeFeedback,
  options: {
    readonly osrPc: number;
    readonly avoid: ReadonlySet<number>;
    readonly globalValue: (name: string) => { value: unknown; fromBuiltins: boolean } | undefined;
    /** A class constant's attribute (MRO lookup), logged for the unit cache (`Recorder.classAttr`). */
    readonly classAttr: (cls: { lookup(name: string): unknown }, name: string) => unknown;
    /** The globals dict the code runs with (inlined callees must share it). */
    readonly globals: PyDict;
    /** This VM's feedback for another code object (inlining). */
    readonly feedbackOf: (code: CodeObject) => CodeFeedback | undefined;
    /** OSR: the current types of the entered frame's locals then stack slots (see `osrEntryTypes`). */
    readonly osrEntryTypes?: readonly OsrEntryType[];
  },
) => { readonly ok: true; readonly graph: Graph } | { readonly ok: false; readonly reason: string };

export interface OptTierOptions {
  readonly build: OptGraphBuilder;
  readonly stats: {
    readonly optimizing: TierStats;
    readonly deopts: Map<string, number>;
    readonly invalidations: Map<string, number>;
    readonly notCompiled: Map<string, string>;
    compileTimeMs: number;
  };
  readonly stress: { failGuard(): boolean } | null;
  readonly dumpJs?: (qualname: string, source: string) => void;
  /** Run the IR verifier before code generation (always on in tests; cheap). */
  readonly verify?: boolean;
  /** Print the graph of code that fails verification to stderr (PYVM_OPT_DEBUG=1). */
  readonly debug?: boolean;
  /** Refuse graphs the cost model does not expect to beat tier 1 (tier-cost.ts); default on. */
  readonly costModel?: boolean;
}

/** Deopts of one unit before it is thrown away and recompiled without speculating at the failing sites. */
export const DEOPT_LIMIT = 20;

/**
 * Exceptions leaving one unit's code before tier 2 is given up on for its code
 * (or loop): each one rebuilds an interpreter frame, so code that raises in a
 * hot loop runs faster at tier 1, whose exception table handles it in place.
 */
export const THROW_LIMIT = 20;
/** Recompilations of one code object before it stays at tier 1. */
export const MAX_RECOMPILES = 3;

interface CodeState {
  readonly code: CodeObject;
  unit: OptUnit | null;
  readonly osr: Map<number, OptUnit>;
  /** What `rt.compiled` was before tier 2 replaced it (tier-1 entry or null). */
  previous: CompiledEntry | null;
  compiles: number;
  /** Entry points compiled at least once (-1 = the call entry, else OSR loop headers): compilations beyond one per entry are recompilations. */
  readonly entries: Set<number>;
  /** Why the code stays below tier 2, once it does for good. */
  refused: string | null;
  /** Entries tier 2 does not compile: loop headers whose OSR entry it could not build (-1 is never here: a call entry it cannot compile refuses the code). */
  readonly osrRefused: Set<number>;
  /**
   * Entries (-1 = the call entry, else loop headers) the cost model turned down (tier-cost.ts):
   * not refused, deferred: the tiering manager compiles them anyway (`force`) once they stay hot
   * `costEscalation` times past their threshold, where V8's cost of a second function has paid off.
   */
  readonly deferred: Set<number>;
  readonly avoid: Set<number>;
}

/** What the generated source returns when run (once per process) with `O`: it instantiates the unit for one VM (codegen.ts `shareAcrossVms`). */
type Factory = (U: OptUnit, K: readonly unknown[], X: unknown) => { P: unknown; run: unknown; entry: CompiledEntry; fast: SharedFastEntry | null };

/** Parses a unit's source and runs it once with the tier-2 runtime: the factory every VM instantiates. */
function parseFactory(source: string): Factory {
  return (new Function("O", source) as (O: typeof OPT_RUNTIME) => Factory)(OPT_RUNTIME);
}

let serial = 0;

/**
 * Factories shared by every VM that compiles the same code to the same JS
 * (the source holds no VM data: units, constants and targets are `bind`
 * arguments), keyed by code object and OSR pc. A source is parsed and run
 * once per process, so its `run` and `fast` are one closure each for every
 * VM (codegen.ts `shareAcrossVms`): V8 keeps their type feedback and
 * optimized code, and the call targets that code speculates on (other
 * units' `fast`, its own `run`), from one VM to the next. (With a closure
 * per VM, V8 specialized the first VM's code to its closure context and
 * deoptimized on the next VM's closures at every entry and direct call,
 * re-optimizing each unit in VMs 2–4: tokenizer --short 240–650 ms per VM
 * there, against ~60 at steady state.)
 */
const SHARE_FACTORIES = true;
/**
 * Except small units that call themselves directly: those get their own
 * parse per VM (`ownSource`: the VM's constants are constants of the closure
 * context, which V8 folds into the code of a function with one closure; fib
 * full ~60 ms per run so, ~80 through the shared instance record).
 */
const OWN_SOURCE_MAX = 8000;
/** Reuse whole compilations (graph, source, sites, factory) across VMs when the feedback replays (unit-cache.ts); PYVM_OPT_SHARE_UNITS=0 turns it off. */
const SHARE_UNITS = typeof process === "undefined" || process.env["PYVM_OPT_SHARE_UNITS"] !== "0";
const factoryCache = new WeakMap<CodeObject, Map<number, { readonly serial: number; readonly source: string; readonly factory: Factory }>>();

/**
 * Tier-2 refusals (function entry = -1, else the OSR loop header) per code
 * object, for every VM of the process: a VM running code that an earlier VM
 * could not compile does not build (and refuse) its graph again. The reasons
 * follow from the code and its feedback, which another run of the same code
 * reproduces; at worst such code stays at tier 1 (performance only).
 */
const refusalMemo = new WeakMap<CodeObject, Map<number, { readonly reason: string; readonly deferred: boolean }>>();

/**
 * The pcs whose speculation deoptimized a unit `DEOPT_LIMIT` times (the
 * builder's `avoid`), per code object for every VM of the process: a later VM
 * compiles without speculating there at once instead of repeating the deopt
 * storm and the recompilation (tokenizer --short: an LCG's int multiply
 * overflowing int53). Performance only.
 */
const avoidMemo = new WeakMap<CodeObject, Set<number>>();

export class OptTier implements UnitOwner, TypeWatcher {
  private readonly states = new WeakMap<CodeObject, CodeState>();
  private readonly targets = new WeakMap<CodeObject, DirectTarget>();
  private readonly typeDeps = new WeakMap<PyType, Set<OptUnit>>();
  /** Every live unit (for invalidateAll). */
  private live = new Set<OptUnit>();

  constructor(private readonly options: OptTierOptions) {}

  private state(code: CodeObject): CodeState {
    let s = this.states.get(code);
    if (s === undefined) {
      s = { code, unit: null, osr: new Map(), previous: null, compiles: 0, entries: new Set(), refused: null, osrRefused: new Set(), deferred: new Set(), avoid: new Set(avoidMemo.get(code)) };
      for (const [pc, r] of refusalMemo.get(code) ?? []) {
        if (r.deferred) s.deferred.add(pc);
        else if (pc < 0) s.refused = r.reason;
        else s.osrRefused.add(pc);
      }
      this.states.set(code, s);
    }
    return s;
  }

  /** The direct-call target of `code` in this VM. */
  target(code: CodeObject, ts: VMThread): DirectTarget {
    let t = this.targets.get(code);
    if (t === undefined) {
      t = new DirectTarget(ts, code);
      this.targets.set(code, t);
    }
    return t;
  }

  /**
   * Tier-2 code for calls of `code`, compiled at its next call: the entry
   * returned here compiles with the called frame's globals (the interpreter
   * asks before it has built the frame), installs the result as
   * `rt.compiled` and runs it; if tier 2 cannot compile, `current` (the
   * tier-1 entry, or the interpreter) takes the frame and stays installed.
   * With `onReplayMiss`, only a unit reused from another VM is taken
   * (`hasReusableUnit`); on a miss nothing is refused and `onReplayMiss`
   * runs (the caller re-arms its ordinary threshold). `onNone` runs when
   * the lazy entry compiled nothing otherwise (`deferred` then tells
   * whether the cost model deferred it); `force` compiles an entry the cost
   * model deferred (see `CodeState.deferred`).
   */
  compileFunction(
    code: CodeObject,
    feedback: CodeFeedback,
    current: CompiledEntry | null,
    onReplayMiss: (() => void) | null = null,
    options: { readonly force?: boolean; readonly onNone?: () => void } = {},
  ): CompiledEntry | null {
    const st = this.state(code);
    // Generators and coroutines stay at tier 1 (their entries also resume suspended frames).
    if (st.refused !== null || !(feedback instanceof CodeRuntime) || feedback.isGenerator) return null;
    if (st.unit !== null && st.unit.valid) return st.unit.entry;
    const replayOnly = onReplayMiss !== null;
    if (st.deferred.has(-1) && options.force !== true && !replayOnly) return null;
    const rt = feedback;
    const lazy: CompiledEntry = (f: Frame): PyValue => {
      let entry: CompiledEntry | null = current;
      if (rt.compiled === lazy) {
        const unit = this.compile(code, feedback, -1, st, f.globals, f.builtins, undefined, replayOnly, options.force === true);
        if (unit !== null) {
          st.unit = unit;
          st.previous = current;
          if (unit.fast !== null) this.target(code, unit.ts).setFast(unit.fast, unit.sharedFast, unit.instance);
          entry = unit.entry;
        } else if (onReplayMiss !== null) {
          onReplayMiss();
        } else {
          options.onNone?.();
        }
        rt.compiled = entry;
      } else {
        entry = rt.compiled;
      }
      if (entry !== null) return entry(f);
      return resumeInInterpreter(JIT_RUNTIME.currentThread(), f, true, null);
    };
    return lazy;
  }

  /**
   * Tier-2 continuation of `frame` at the loop header `pc`, or null. With
   * `replayOnly`, only a unit another VM compiled from the same feedback
   * (unit-cache.ts) is taken, and a miss refuses nothing. An entry the cost
   * model deferred compiles only with `force`.
   */
  compileOsr(frame: Frame, pc: number, feedback: CodeFeedback, replayOnly = false, force = false): OsrEntry | null {
    const code = frame.code;
    const st = this.state(code);
    const have = st.osr.get(pc);
    if (have !== undefined && have.valid) return have.entry;
    if (st.osrRefused.has(pc)) return null;
    if (st.deferred.has(pc) && !force && !replayOnly) return null;
    const unit = this.compile(code, feedback, pc, st, frame.globals, frame.builtins, osrEntryTypes(frame), replayOnly, force);
    if (unit === null) {
      if (!replayOnly && !st.deferred.has(pc)) st.osrRefused.add(pc);
      return null;
    }
    st.osr.set(pc, unit);
    return unit.entry;
  }

  private compile(
    code: CodeObject,
    feedback: CodeFeedback,
    osrPc: number,
    st: CodeState,
    g: PyDict,
    b: PyDict,
    entryTypes?: readonly OsrEntryType[],
    replayOnly = false,
    force = false,
  ): OptUnit | null {
    if (st.refused !== null) return null;
    if (!(feedback instanceof CodeRuntime)) return null;
    const key = unitKey(code, osrPc);
    const stats = this.options.stats;
    // Tier 2 compiles only the normal flow of code with handlers (an exception goes to the interpreter,
    // throwIn): handlers that already ran often stay with tier 1, which runs them in place.
    if (code.exceptionTable.length > 0 && feedback.excCaught >= THROW_LIMIT) {
      this.refuse(st, osrPc, `${key} [tier 2]`, `its handlers caught ${feedback.excCaught} exceptions: stays at tier 1`);
      return null;
    }
    // Only recompilations count (a function with several loops compiles one OSR unit per loop header).
    if (st.compiles - st.entries.size > MAX_RECOMPILES) {
      st.refused = `deoptimized too often (${st.compiles} compilations): stays at tier 1`;
      stats.notCompiled.set(`${key} [tier 2]`, st.refused);
      return null;
    }
    const start = performance.now();
    const ts = JIT_RUNTIME.currentThread();
    try {
      const globalValue = (name: string): GlobalLookup => {
        const gv = g.getStr(name);
        if (gv !== undefined) return { value: gv, fromBuiltins: false };
        const bv = b.getStr(name);
        return bv === undefined ? undefined : { value: bv, fromBuiltins: true };
      };
      // Another VM compiled this entry from the same feedback: reuse its unit (unit-cache.ts).
      const cacheKey = `${[...st.avoid].sort((x, y) => x - y).join(",")}|${entryTypes === undefined ? "" : entryTypes.map((t) => t ?? "-").join(",")}|${this.options.stress !== null ? "stress" : ""}`;
      if (SHARE_UNITS) {
        const cached = cachedUnits(code, osrPc);
        for (const u of cached) {
          if (u.key !== cacheKey) continue;
          const rel = replay(u, feedback, g, globalValue);
          if (rel === null) continue;
          const unit = this.instantiate(code, feedback, osrPc, st, g, b, ts, u, rel.K, rel.dependencies);
          if (unit !== null) return unit;
        }
        if (this.options.debug === true && cached.length > 0) {
          const keys = cached.map((u) => (u.key === cacheKey ? "same key, feedback differs" : `key ${u.key}`)).join("; ");
          process.stderr.write(`tier 2: ${key}${replayOnly ? " (warm start)" : ""}: no cached unit replays (${keys}; wanted ${cacheKey})\n`);
        }
      }
      if (replayOnly) return null;
      const rec = new Recorder(feedback, globalValue);
      const feedbackOf = (c: CodeObject): CodeFeedback | undefined => {
        rec.uncacheable = "reads the feedback of other code (inlining)";
        return c.runtime === undefined ? undefined : runtimeOf(c, ts);
      };
      const built = this.options.build(code, rec.feedback, { osrPc, avoid: st.avoid, globalValue: rec.globalValue, classAttr: rec.classAttr, globals: g, feedbackOf, ...(entryTypes === undefined ? {} : { osrEntryTypes: entryTypes }) });
      if (!built.ok) {
        this.refuse(st, osrPc, `${key} [tier 2]`, built.reason);
        return null;
      }
      const graph = built.graph;
      // The cost model (tier-cost.ts): mostly generic code runs as fast at tier 1 and costs V8 less.
      if (this.options.debug === true) process.stderr.write(`tier 2: ${key} loop-weighted ops ${JSON.stringify(opHistogram(graph))}\n`);
      const notWorth = this.options.costModel === false || force ? null : worthOptimizing(graph);
      if (notWorth !== null) {
        this.defer(st, osrPc, `${key} [tier 2]`, notWorth);
        return null;
      }
      st.deferred.delete(osrPc);
      if (this.options.verify === true) {
        const errors = verifyGraph(graph);
        if (errors.length > 0) {
          const why = `IR does not verify: ${errors.map((e) => `block ${e.block}: ${e.message}`).join("; ")}`;
          if (this.options.debug === true) process.stderr.write(`${why}\n${printGraph(graph)}\n`);
          this.refuse(st, osrPc, `${key} [tier 2]`, why);
          return null;
        }
      }
      // Dependencies must still hold now (the graph read them a moment ago).
      if (!dependenciesHold(graph.dependencies, g, b)) return null;
      // Type versions differ between VMs: CheckShape reads its version from K, so the source holds none.
      // One slot per version (versions are unique per type across the process, so a slot never stands for two types).
      const versionSlots = new Set<number>();
      const slotOfVersion = new Map<number, number>();
      for (const blk of graph.blocks) {
        for (const ins of blk.instrs) {
          // CheckShape: imm[1]; CheckShapes (objects): every odd immediate.
          if (ins.op !== "CheckShape" && ins.op !== "CheckShapes") continue;
          const imm = ins.imm.slice();
          for (let j = 1; j < imm.length; j += ins.op === "CheckShape" ? imm.length : 2) {
            const ver = imm[j];
            if (typeof ver !== "number") continue;
            let slot = slotOfVersion.get(ver);
            if (slot === undefined) slotOfVersion.set(ver, (slot = graph.consts.push(ver) - 1));
            versionSlots.add(slot);
            imm[j] = `K[${slot}]`;
          }
          (ins as { imm: readonly (number | string)[] }).imm = imm;
        }
      }
      const cached = factoryCache.get(code)?.get(osrPc);
      const share = SHARE_FACTORIES && cached !== undefined;
      const gen = generateOpt(graph, code, OPCODE_NAMES as readonly string[], { stress: this.options.stress !== null, serial: share ? cached.serial : ++serial });
      if (!gen.ok) {
        this.refuse(st, osrPc, `${key} [tier 2]`, gen.reason);
        return null;
      }
      const own = gen.extras.directCodes.includes(code) && gen.ownSource.length < OWN_SOURCE_MAX;
      const source = own ? gen.ownSource : gen.source;
      let factory: Factory;
      try {
        if (own) {
          factory = parseFactory(source);
        } else if (share && cached.source === gen.source) {
          factory = cached.factory;
        } else {
          factory = parseFactory(gen.source);
          let perCode = factoryCache.get(code);
          if (perCode === undefined) factoryCache.set(code, (perCode = new Map()));
          perCode.set(osrPc, { serial: Number(/-(\d+)\.js\n?$/.exec(gen.source)?.[1] ?? 0), source: gen.source, factory });
        }
      } catch (e) {
        this.refuse(st, osrPc, `${key} [tier 2]`, `generated code does not parse: ${String(e)}`);
        return null;
      }
      const unit = this.link(code, feedback, osrPc, st, g, b, ts, factory, source, gen.sites, graph.consts, graph.dependencies, gen.extras);
      if (SHARE_UNITS) {
        const why = cacheability(rec, feedback.consts, graph.consts, graph.dependencies, gen.sites);
        if (why === null) {
          rememberUnit(code, osrPc, {
            log: rec.log,
            consts: feedback.consts.slice(),
            globals: g,
            key: cacheKey,
            K: graph.consts.slice(),
            versionSlots,
            dependencies: graph.dependencies.slice(),
            source,
            sites: freshSites(gen.sites),
            directCodes: gen.extras.directCodes,
            words: gen.extras.words,
            nameSites: gen.extras.nameSites,
            factory: own ? null : factory,
          });
        } else if (process.env["PYVM_OPT_DEBUG"] === "1") {
          process.stderr.write(`tier 2: ${key} not reusable across VMs: ${why}\n`);
        }
      }
      return unit;
    } finally {
      const ms = performance.now() - start;
      stats.compileTimeMs += ms;
      const tier = stats.optimizing;
      tier.compileTimeMs += ms;
      tier.compileTimeByFunction.set(key, (tier.compileTimeByFunction.get(key) ?? 0) + ms);
    }
  }

  /**
   * A unit of `cached` (compiled by another VM) for this VM: its factory
   * (or, for a self-recursive unit, a fresh parse of its source under a new
   * `sourceURL`) with this VM's constants `K` and dependencies.
   */
  private instantiate(
    code: CodeObject,
    feedback: CodeRuntime,
    osrPc: number,
    st: CodeState,
    g: PyDict,
    b: PyDict,
    ts: VMThread,
    cached: CachedUnit,
    K: unknown[],
    dependencies: readonly Dependency[],
  ): OptUnit | null {
    if (!dependenciesHold(dependencies, g, b)) return null;
    let factory = cached.factory as Factory | null;
    let source = cached.source;
    if (factory === null) {
      source = source.replace(/-(\d+)\.js(\n?)$/, (_m, _n, nl: string) => `-${++serial}.js${nl}`);
      try {
        factory = parseFactory(source);
      } catch {
        return null;
      }
    }
    const unit = this.link(code, feedback, osrPc, st, g, b, ts, factory, source, freshSites(cached.sites), K, dependencies, cached);
    this.options.stats.optimizing.reused++;
    return unit;
  }

  /** Instantiates a factory for this VM, registers the unit's dependencies and counts the compilation. */
  private link(
    code: CodeObject,
    feedback: CodeRuntime,
    osrPc: number,
    st: CodeState,
    g: PyDict,
    b: PyDict,
    ts: VMThread,
    factory: Factory,
    source: string,
    sites: DeoptSite[],
    K: readonly unknown[],
    dependencies: readonly Dependency[],
    ex: { readonly directCodes: readonly CodeObject[]; readonly words: readonly number[]; readonly nameSites: number },
  ): OptUnit {
    const unit = new OptUnit(code, feedback, ts, g, b, osrPc, sites, this);
    unit.stress = this.options.stress;
    unit.source = source;
    const extras = {
      directCodes: ex.directCodes,
      words: ex.words,
      targets: ex.directCodes.map((c) => this.target(c, ts)),
      names: code.names,
      nameCaches: Array.from({ length: ex.nameSites }, () => new NameCache()),
    };
    const made = factory(unit, K, extras);
    unit.entry = made.entry;
    const sf = made.fast;
    const P = made.P;
    unit.sharedFast = sf;
    unit.instance = P;
    unit.fast = sf === null ? null : (fn: PyFunction, ...args: PyValue[]): PyValue => sf(P, fn, ...args);
    for (const d of dependencies) {
      if (d.kind === "type") {
        this.watchType(d.type as PyType, unit);
      } else if (d.kind === "dictKey") {
        this.watchKey(d.dict as PyDict, d.name, unit);
      } else {
        this.watchKey(g, d.name, unit);
        if (d.fromBuiltins) this.watchKey(b, d.name, unit);
      }
    }
    st.compiles++;
    const first = !st.entries.has(osrPc);
    st.entries.add(osrPc);
    const tier = this.options.stats.optimizing;
    tier.compiled++;
    if (!first) tier.recompiled++;
    this.live.add(unit);
    this.options.dumpJs?.(`${code.qualname} [tier 2${osrPc >= 0 ? `, OSR at ${osrPc}` : ""}]`, source);
    return unit;
  }

  /**
   * Record why tier 2 cannot compile: for good for a function entry, per
   * loop header for OSR.
   */
  private refuse(st: CodeState, osrPc: number, key: string, reason: string): void {
    if (osrPc < 0) st.refused = reason;
    else st.osrRefused.add(osrPc);
    this.remember(st, osrPc, key, reason, false);
  }

  /**
   * The cost model turned the entry down (only that entry: a call entry's
   * loops may still tier up by OSR): deferred until the tiering manager
   * forces it (it stayed hot long enough).
   */
  private defer(st: CodeState, osrPc: number, key: string, reason: string): void {
    st.deferred.add(osrPc);
    this.remember(st, osrPc, key, `${reason}; deferred`, true);
  }

  private remember(st: CodeState, osrPc: number, key: string, reason: string, deferred: boolean): void {
    this.options.stats.notCompiled.set(key, reason);
    let memo = refusalMemo.get(st.code);
    if (memo === undefined) refusalMemo.set(st.code, (memo = new Map()));
    memo.set(osrPc, { reason, deferred });
  }

  // ---- dependencies ---------------------------------------------------------------

  private watchKey(d: PyDict, name: string, unit: OptUnit): void {
    const current = d.watcher;
    let w: DictKeyWatch;
    if (current instanceof DictKeyWatch && current.tier === this) {
      w = current;
    } else {
      w = new DictKeyWatch(this);
      d.watcher = w;
    }
    let units = w.keys.get(name);
    if (units === undefined) {
      units = new Set();
      w.keys.set(name, units);
    }
    units.add(unit);
  }

  watchType(t: PyType, unit: OptUnit): void {
    let units = this.typeDeps.get(t);
    if (units === undefined) {
      units = new Set();
      this.typeDeps.set(t, units);
    }
    units.add(unit);
    t.watcher = this;
  }

  typeModified(t: PyType): void {
    const units = this.typeDeps.get(t);
    if (units === undefined) return;
    this.typeDeps.delete(t);
    for (const u of units) this.invalidate(u, `type '${t.name}' changed`);
  }

  // ---- invalidation and deopt policy -------------------------------------------------

  invalidate(unit: OptUnit, reason: string): void {
    if (!unit.valid) return;
    unit.valid = false;
    unit.invalidationReason = reason;
    this.live.delete(unit);
    const inv = this.options.stats.invalidations;
    const r = `tier 2: ${reason}`;
    inv.set(r, (inv.get(r) ?? 0) + 1);
    const st = this.states.get(unit.code);
    const rt = unit.rt;
    if (st !== undefined) {
      if (st.unit === unit) {
        st.unit = null;
        if (rt.compiled === unit.entry) {
          rt.compiled = st.previous;
          // Ask again after another threshold's worth of calls (the tiering manager sets optCheckAt when asked).
          rt.optCheckAt = rt.calls + 1;
        }
        const t = this.targets.get(unit.code);
        if (t !== undefined && unit.fast !== null && t.fast === unit.fast) t.setFast(null, null, null);
      } else if (st.osr.get(unit.osrPc) === unit) {
        st.osr.delete(unit.osrPc);
      }
    }
  }

  invalidateAll(reason: string): void {
    for (const u of [...this.live]) this.invalidate(u, reason);
    this.live = new Set();
  }

  deopted(unit: OptUnit, site: DeoptSite): void {
    const d = this.options.stats.deopts;
    d.set(site.reason, (d.get(site.reason) ?? 0) + 1);
    if (unit.deopts >= DEOPT_LIMIT && unit.valid) {
      const st = this.states.get(unit.code);
      if (st !== undefined) {
        let memo = avoidMemo.get(unit.code);
        if (memo === undefined) avoidMemo.set(unit.code, (memo = new Set()));
        for (const s of unit.sites) {
          if (s.count > 0) {
            st.avoid.add(s.pc);
            memo.add(s.pc);
          }
        }
      }
      this.invalidate(unit, `deoptimized ${unit.deopts} times`);
    }
  }

  handOver(frame: Frame, pc: number): OsrEntry | null {
    // Forced past a cost-model deferral: the unit handing over won, and this one runs the same loop nest.
    return this.compileOsr(frame, pc, frame.rt, false, true);
  }

  threw(unit: OptUnit): void {
    // An OSR unit of code with handlers: an exception its own frame catches leaves the rest of the frame to the
    // interpreter (throwIn), whose re-entries nest (MAX_OSR_REENTRY), so a loop that raises would end up
    // interpreted: give that loop back to tier 1 (which runs handlers itself) at the first exception.
    const limit = unit.osrPc >= 0 && unit.code.exceptionTable.length > 0 ? 1 : THROW_LIMIT;
    if (unit.throws < limit || !unit.valid) return;
    const st = this.states.get(unit.code);
    const reason = `exceptions left tier-2 code ${unit.throws} times`;
    if (st !== undefined) this.refuse(st, unit.osrPc, `${unitKey(unit.code, unit.osrPc)} [tier 2]`, reason);
    this.invalidate(unit, reason);
  }

  /**
   * Whether another VM of this process compiled `code`'s entry (-1 = the
   * call entry, else the OSR entry at that loop header) at tier 2 and left
   * its unit for reuse: the tiering manager then asks for it early
   * (`replayOnly`), before this VM's own thresholds.
   */
  hasReusableUnit(code: CodeObject, osrPc: number): boolean {
    if (!SHARE_UNITS || this.refused(code, osrPc) || this.states.get(code)?.osrRefused.has(osrPc) === true) return false;
    return cachedUnits(code, osrPc).length > 0;
  }

  /**
   * Whether the cost model deferred `code`'s entry (-1 = the call entry,
   * else the OSR entry at that loop header): it compiles only when forced.
   */
  deferred(code: CodeObject, osrPc: number): boolean {
    return this.states.get(code)?.deferred.has(osrPc) ?? refusalMemo.get(code)?.get(osrPc)?.deferred === true;
  }

  /** Whether tier 2 was given up on for `code` (or, with `osrPc`, for its OSR entry at that loop header). */
  refused(code: CodeObject, osrPc = -1): boolean {
    const st = this.states.get(code);
    if (st === undefined) return false;
    return st.refused !== null || (osrPc >= 0 && st.osrRefused.has(osrPc));
  }
}

/**
 * The watcher of one dict with keys units read as constants (`watchKey`):
 * every store that changes a value calls it (module-level code stores into
 * its globals all the time), so it looks up only that key, without a
 * per-dict table; it unhooks itself when nothing is watched any more.
 */
class DictKeyWatch implements DictWatcher {
  readonly keys = new Map<string, Set<OptUnit>>();
  constructor(readonly tier: OptTier) {}

  entryChanged(d: PyDict, key: PyValue | null): void {
    const keys = this.keys;
    if (typeof key === "string") {
      const units = keys.get(key);
      if (units === undefined) return;
      keys.delete(key);
      if (keys.size === 0 && d.watcher === this) d.watcher = null;
      for (const u of units) this.tier.invalidate(u, `global '${key}' changed`);
      return;
    }
    // clear(), or a non-str key that may equal a str key: everything watched in this dict.
    const all = [...keys.values()];
    keys.clear();
    if (d.watcher === this) d.watcher = null;
    for (const units of all) for (const u of units) this.tier.invalidate(u, "watched dict changed");
  }
}

/** Whether every global / module attribute a unit reads as a constant still has the value it was compiled with. */
function dependenciesHold(deps: readonly Dependency[], g: PyDict, b: PyDict): boolean {
  for (const d of deps) {
    if (d.kind === "type") continue;
    const v = d.kind === "dictKey" ? (d.dict as PyDict).getStr(d.name) : d.fromBuiltins ? (g.getStr(d.name) === undefined ? b.getStr(d.name) : undefined) : g.getStr(d.name);
    if (v !== d.value) return false;
  }
  return true;
}

/** The key a function (or one loop's OSR unit) is reported under in `--stats`. */
function unitKey(code: CodeObject, osrPc: number): string {
  return `${code.filename}:${code.firstlineno} ${code.qualname}${osrPc >= 0 ? ` (OSR at ${osrPc})` : ""}`;
}

/**
 * The types an OSR entry speculates on: the entered frame's current values
 * (locals, cells and frees, then the stack up to `sp`): a small int, an
 * exact float that no other slot shares (unboxing the loop would give two
 * names for one float object two objects), or, on the stack, a small-int
 * range iterator (an enclosing loop's: the entry keeps it virtual).
 */
function osrEntryTypes(frame: Frame): OsrEntryType[] {
  const lp = frame.localsplus;
  const out: OsrEntryType[] = [];
  const stackBase = frame.code.nlocalsplus;
  for (let i = 0; i < frame.sp; i++) {
    const v = lp[i];
    if (typeof v === "number") out.push("int");
    else if (v instanceof JIT_RUNTIME.PyFloat && v.cls === JIT_RUNTIME.FloatType && lp.indexOf(v) === i && lp.lastIndexOf(v, frame.sp - 1) === i) out.push("float");
    else if (i >= stackBase && v instanceof PyRangeIterator) out.push("range");
    else out.push(undefined);
  }
  return out;
}
