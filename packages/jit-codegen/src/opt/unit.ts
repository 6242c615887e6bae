/**
 * A tier-2 compilation unit and the runtime its generated code calls:
 * deoptimization, exception hand-off to the interpreter, direct-call
 * targets.
 *
 * Frames. Tier-2 code runs without an interpreter `Frame` when it is entered
 * directly (`fast(fn, a0…an)`, the `CallDirect` path from other tier-2
 * code); it gets one only when the interpreter called it (`entry(frame)`,
 * through `runCompiled`) or entered it by on-stack replacement
 * (`osr(frame)`). A frame is materialized lazily, exactly when the
 * interpreter has to take over:
 * - deoptimization (a guard failed, or the code was invalidated during a
 *   call): the values of the instruction's frame state are boxed into the
 *   frame's `localsplus` at its bytecode pc/sp and the interpreter continues
 *   the frame (`evalFrame`), returning its result to the tier-2 caller;
 * - an exception raised inside tier-2 code: the frame is materialized at the
 *   raising instruction with the frame state's values and the exception is
 *   thrown into it (`evalFrame(ts, frame, exc)`), so the traceback entry, the
 *   exception table's handlers, `__context__` chaining and `tb_frame.f_locals`
 *   are exactly the interpreter's. A handled exception simply continues in
 *   the interpreter.
 * What this does not give: while a `fast` activation runs, `sys._getframe()`
 * from a callee (e.g. a builtin or an interpreted function it calls) does not
 * see it — the nearest materialized frame is reported instead. Functions that
 * name `_getframe`/`locals`/… are refused by the builder, like the baseline.
 *
 * Depth accounting: `entry`/`osr` frames were counted by the interpreter
 * (`runCompiled` / the eval loop); `fast` counts `ts.depth` itself and falls
 * back to a normal interpreted call at the recursion limit or beyond
 * `MAX_COMPILED_DEPTH` (so the RecursionError and deep recursion behave as in
 * the interpreter). Resuming a frame in the interpreter hands the count over
 * to `evalFrame` (decrement around it).
 */
import { CO, type CodeObject } from "@pyvm/bytecode";
import {
  Frame,
  evalFrame,
  JIT_RUNTIME,
  MAX_COMPILED_DEPTH,
  PyBuiltinFunction,
  PyDict,
  PyFunction,
  PyInstance,
  PyRangeIterator,
  grownSlots,
  grownRawSlots,
  boxRawSlot,
  rawSlotStored,
  initReturnedNonNone,
  runtimeOf,
  unaryNegative,
  unaryPositive,
  unaryInvert,
  type CodeRuntime,
  type CompiledEntry,
  type OsrEntry,
  type PyValue,
  type VMThread,
} from "@pyvm/interpreter";

/** How a frame-state value is turned into a PyValue when a frame is materialized. */
export const BoxKind = { AsIs: 0, Float64: 1, BigInt: 2, None: 3, Unbound: 4 } as const;
export type BoxKind = (typeof BoxKind)[keyof typeof BoxKind];

/** One place where tier-2 code hands over to the interpreter (a guard, a deopt terminator, an instruction that raises). */
export interface DeoptSite {
  /** Bytecode pc the interpreter resumes at (a guard) or the raising instruction (+1 is stored in frame.pc). */
  readonly pc: number;
  readonly nlocals: number;
  readonly stackLen: number;
  /** Box kind per value (locals then stack). */
  readonly kinds: Uint8Array;
  readonly reason: string;
  /** Number of times this site deoptimized. */
  count: number;
  /**
   * For an instruction of an inlined callee: the frames to rebuild around
   * this one, innermost caller first (their values follow this frame's in
   * the value array; the last is the compiled function's own frame). After
   * all values (and deferred names) the array holds the function object of
   * each inlined frame, innermost first: `parents.length` of them. Empty
   * for the compiled function's own frame.
   */
  readonly parents: readonly InlinedFrame[];
  /**
   * -1, or for a site inside inlined code the index of the unit's site at
   * the outermost inlined CALL: a deopt here counts there, so the
   * recompilation after a deopt storm (which avoids the pcs of the sites
   * that deoptimized) stops inlining that call instead of speculating less
   * at an unrelated pc of the outer code.
   */
  readonly countAt: number;
  /** Module bodies: `co_names` indexes of deferred STORE_NAMEs; their values end the value array. */
  readonly names: readonly number[];
  /** Box kind per deferred name value. */
  readonly nameKinds: Uint8Array;
}

/** A caller frame of an inlined deopt site: resumes at `pc` with the callee's result pushed (the last one is the compiled function's own frame). */
export interface InlinedFrame {
  readonly pc: number;
  readonly nlocals: number;
  readonly stackLen: number;
  readonly kinds: Uint8Array;
  /** The frame called from here is a `Cls(...)`'s `__init__` (FrameState.initCall): the instance is on the stack already, the return value must be None. */
  readonly initCall?: boolean;
}

export type FastEntry = (fn: PyFunction, ...args: PyValue[]) => PyValue;

/** Events a unit reports to whoever manages tier 2 (statistics, recompilation policy). */
export interface UnitOwner {
  deopted(unit: OptUnit, site: DeoptSite): void;
  /** An exception left the unit's code (handed to the interpreter by `throwIn`). */
  threw(unit: OptUnit): void;
  /** The OSR entry at loop header `pc` of `frame`'s code for a unit handing over there (see `handOver`), or null to interpret. */
  handOver(frame: Frame, pc: number): OsrEntry | null;
}

/** A tier-2 unit's `fast` entry as the generated code creates it, once per process: `P` is the VM's instance record (codegen.ts `shareAcrossVms`). */
export type SharedFastEntry = (P: unknown, fn: PyFunction, ...args: PyValue[]) => PyValue;

/**
 * Where a `CallDirect` site finds its callee's current code: tier-2 `fast` when there is one, else a generic call.
 * Sites call `sf(p, fn, …)`: `sf` is the same function in every VM (a unit's shared `fast`, or `viaGeneric`), so
 * V8's call feedback at the site holds in the next VM; `p` is this VM's instance record (or `generic`).
 */
export class DirectTarget {
  fast: FastEntry;
  readonly generic: FastEntry;
  sf: SharedFastEntry = viaGeneric;
  p: unknown;
  constructor(ts: VMThread, code: CodeObject | null = null) {
    this.generic = genericEntry(ts, code);
    this.fast = this.generic;
    this.p = this.generic;
  }

  /** Calls go to a tier-2 unit's shared `fast` with that unit's instance record (null: generic calls again). */
  setFast(fast: FastEntry | null, sf: SharedFastEntry | null, p: unknown): void {
    if (fast === null || sf === null) {
      this.fast = this.generic;
      this.sf = viaGeneric;
      this.p = this.generic;
    } else {
      this.fast = fast;
      this.sf = sf;
      this.p = p;
    }
  }
}

/** `DirectTarget.sf` without tier-2 code: `p` is the target's generic entry. */
function viaGeneric(p: unknown, fn: PyFunction, ...args: PyValue[]): PyValue {
  return (p as FastEntry)(fn, ...args);
}

export class OptUnit {
  /** Cleared on invalidation; tier-2 code checks it after calls (`CheckValid`). */
  valid = true;
  readonly code: CodeObject;
  readonly rt: CodeRuntime;
  readonly ts: VMThread;
  readonly globals: PyDict;
  readonly builtins: PyDict;
  /** -1 for the function entry, else the loop-header pc this unit is an OSR entry for. */
  readonly osrPc: number;
  readonly sites: DeoptSite[];
  readonly owner: UnitOwner;
  /** Set by the generated factory. */
  entry: CompiledEntry = unlinked;
  fast: FastEntry | null = null;
  /** The generated code's shared `fast` (same function in every VM) and this instance's record for it. */
  sharedFast: SharedFastEntry | null = null;
  instance: unknown = null;
  /** Calls a function of this code generically (recursion limit, deep stacks, other globals). */
  readonly generic: FastEntry;
  /** The stress runtime when guards must consult it (`PYTHON_VM_JIT_STRESS`). */
  stress: { failGuard(): boolean } | null = null;
  deopts = 0;
  /** Exceptions handed from this unit's code to the interpreter (each rebuilds a frame). */
  throws = 0;
  source = "";
  invalidationReason: string | null = null;

  constructor(code: CodeObject, rt: CodeRuntime, ts: VMThread, globals: PyDict, builtins: PyDict, osrPc: number, sites: DeoptSite[], owner: UnitOwner) {
    this.code = code;
    this.rt = rt;
    this.ts = ts;
    this.globals = globals;
    this.builtins = builtins;
    this.osrPc = osrPc;
    this.sites = sites;
    this.owner = owner;
    this.generic = genericEntry(ts, code);
  }
}

/**
 * The generic counterpart of a `fast` entry: `fast(fn, a0…an)` takes one
 * argument per parameter slot of its code (`argcount`, keyword-only ones,
 * the `*args` tuple, the `**kwargs` dict: already bound by the call site).
 * For code with only plain positional parameters those are the positional
 * arguments (a site whose callee's `__code__` changed calls it this way);
 * for any other code the slots go straight into a new frame
 * (`callPyFunctionBound`: the site guarded the code before binding).
 */
function genericEntry(ts: VMThread, code: CodeObject | null): FastEntry {
  if (code !== null && (code.kwonlyargcount !== 0 || (code.flags & (CO.VARARGS | CO.VARKEYWORDS)) !== 0)) {
    return (fn: PyFunction, ...slots: PyValue[]): PyValue => JIT_RUNTIME.callPyFunctionBound(ts, fn, slots);
  }
  return (fn: PyFunction, ...args: PyValue[]): PyValue => JIT_RUNTIME.callPyFunction(ts, fn, args, null);
}

function unlinked(): PyValue {
  throw new Error("pyvm-opt: unit not linked");
}

function box(v: unknown, kind: number): unknown {
  switch (kind) {
    case BoxKind.Float64:
      return JIT_RUNTIME.newFloat(v as number);
    case BoxKind.BigInt: {
      const b = v as bigint;
      return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
    }
    case BoxKind.None:
      return JIT_RUNTIME.None;
    case BoxKind.Unbound:
      return undefined;
    default:
      return v;
  }
}

/** Box `layout`'s values (from `vals[j…]`) into `frame` at `pc`; returns the next value index. */
function fill(frame: Frame, layout: { readonly nlocals: number; readonly stackLen: number; readonly kinds: Uint8Array }, vals: readonly unknown[], j0: number, pc: number): number {
  const lp = frame.localsplus as unknown[];
  const kinds = layout.kinds;
  let j = j0;
  let k = 0;
  for (let i = 0; i < layout.nlocals; i++, j++, k++) lp[i] = box(vals[j], kinds[k] as number);
  const base = frame.rt.stackBase;
  for (let s = 0; s < layout.stackLen; s++, j++, k++) lp[base + s] = box(vals[j], kinds[k] as number);
  for (let i = base + layout.stackLen; i < lp.length; i++) lp[i] = undefined;
  frame.sp = base + layout.stackLen;
  frame.pc = pc;
  return j;
}

/** A fresh interpreter frame for a call of `func` (deopt of a `fast` activation or of an inlined callee). */
function frameFor(u: OptUnit, func: PyFunction): Frame {
  return new Frame(func.code, runtimeOf(func.code, u.ts), func.globals, func.builtins, func, null);
}

/** Write a site's frame state into a frame (fresh for a `fast` activation). */
function materialize(u: OptUnit, site: DeoptSite, f: Frame | null, fn: PyFunction | null, vals: readonly unknown[], pc: number): Frame {
  const frame = f ?? new Frame(u.code, u.rt, (fn as PyFunction).globals, (fn as PyFunction).builtins, fn, null);
  fill(frame, site, vals, 0, pc);
  return frame;
}

/**
 * Deopt (or exception hand-off) at a site inside inlined callees: rebuild
 * the callee's frame and every caller frame up to the compiled function's
 * own, link them on `ts.frame`, and let the interpreter finish them inside
 * out — each caller resumes after its CALL with the callee's result pushed
 * (or with the callee's exception thrown in at the CALL).
 */
function resumeInlined(u: OptUnit, site: DeoptSite, f: Frame | null, fn: PyFunction | null, vals: readonly unknown[], pc: number, throwIn: unknown): PyValue {
  const ts = u.ts;
  // Each inlined frame around the site counted one level (DepthEnter) that its DepthExit will not give back:
  // from here on only the compiled function's own frame counts, as for a site outside inlined code.
  ts.depth -= site.parents.length;
  // The inlined frames' functions follow every frame's values and the deferred names.
  let fi = site.nlocals + site.stackLen + site.names.length;
  for (const p of site.parents) fi += p.nlocals + p.stackLen;
  const inner = frameFor(u, vals[fi++] as PyFunction);
  let j = fill(inner, site, vals, 0, pc);
  // frames[0] = innermost caller … frames[n-1] = the compiled function's own frame.
  const frames: Frame[] = [];
  const last = site.parents.length - 1;
  for (let i = 0; i <= last; i++) {
    const p = site.parents[i] as InlinedFrame;
    const frame = i === last ? (f ?? new Frame(u.code, u.rt, (fn as PyFunction).globals, (fn as PyFunction).builtins, fn, null)) : frameFor(u, vals[fi++] as PyFunction);
    j = fill(frame, p, vals, j, p.pc);
    frames.push(frame);
  }
  const own = frames[frames.length - 1] as Frame;
  const pushed = f !== null;
  const savedTop = pushed ? own.back : ts.frame;
  const ownWasEntry = own.isEntry;
  // Link the callers as the interpreter would have them (outermost first); the compiled
  // function's own frame already counts in ts.depth (runCompiled/OSR or `fast`).
  if (!pushed) {
    own.back = ts.frame;
    ts.frame = own;
  }
  for (let i = frames.length - 2; i >= 0; i--) {
    const c = frames[i] as Frame;
    c.back = ts.frame;
    ts.frame = c;
    ts.depth++;
  }
  let result: PyValue | undefined;
  let exc: unknown = throwIn;
  try {
    try {
      result = evalFrame(ts, inner, (exc ?? null) as never);
      exc = undefined;
    } catch (e) {
      exc = e;
    }
    for (let i = 0; i < frames.length; i++) {
      const c = frames[i] as Frame;
      // Hand the frame (counted once already) over to evalFrame, which counts and links it again.
      ts.frame = c.back;
      ts.depth--;
      if (exc === undefined) {
        if ((site.parents[i] as InlinedFrame).initCall !== true) (c.localsplus as unknown[])[c.sp++] = result;
        else if (result !== JIT_RUNTIME.None) exc = initReturnedNonNone(result as PyValue);
      }
      try {
        result = evalFrame(ts, c, (exc ?? null) as never);
        exc = undefined;
      } catch (e) {
        exc = e;
      } finally {
        ts.depth++;
      }
      if (i < frames.length - 1) ts.depth--;
    }
  } finally {
    // Leave the thread as the compiled activation had it (its own frame pushed only if it was).
    ts.frame = pushed ? own : savedTop;
    if (pushed) {
      own.back = savedTop;
      own.isEntry = ownWasEntry;
    }
  }
  if (exc !== undefined) throw exc;
  return result as PyValue;
}

/**
 * Continue `frame` in the interpreter. `pushed`: the frame is already
 * `ts.frame` (entry/OSR activations); otherwise it is a fresh frame for a
 * `fast` activation. `ts.depth` was counted once for this activation by the
 * caller; `evalFrame` counts it again, so it is handed over around the call.
 */
export function resumeInInterpreter(ts: VMThread, frame: Frame, pushed: boolean, throwIn: unknown): PyValue {
  const wasEntry = frame.isEntry;
  if (pushed) ts.frame = frame.back;
  ts.depth--;
  try {
    return evalFrame(ts, frame, (throwIn ?? null) as never);
  } finally {
    ts.depth++;
    if (pushed) {
      ts.frame = frame;
      frame.isEntry = wasEntry;
    }
  }
}

/** `deopt` with the frame-state values as arguments (no array literal at the guard). */
function deoptArgs(u: OptUnit, k: number, f: Frame | null, fn: PyFunction | null, ...vals: unknown[]): PyValue {
  return deopt(u, k, f, fn, vals);
}

/** A guard failed (or the code was invalidated): rebuild the frame at the site's pc and let the interpreter finish it. */
function deopt(u: OptUnit, k: number, f: Frame | null, fn: PyFunction | null, vals: readonly unknown[]): PyValue {
  const site = u.sites[k] as DeoptSite;
  (site.countAt < 0 ? site : (u.sites[site.countAt] as DeoptSite)).count++;
  u.deopts++;
  u.owner.deopted(u, site);
  if (site.parents.length > 0) return resumeInlined(u, site, f, fn, vals, site.pc, undefined);
  const frame = materialize(u, site, f, fn, vals, site.pc);
  if (site.names.length > 0) writeNames(u, site, frame, vals);
  return resumeInInterpreter(u.ts, frame, f !== null, null);
}

/**
 * An OSR unit reached the header of the loop enclosing the one it was
 * entered at (BuildOptions.osrHandOver): rebuild the frame there and run the
 * unit entered at that header (compiled now if need be), else interpret.
 * Not a failed speculation: nothing is counted against the unit.
 */
function handOver(u: OptUnit, k: number, f: Frame | null, fn: PyFunction | null, vals: readonly unknown[]): PyValue {
  const site = u.sites[k] as DeoptSite;
  if (f === null || site.parents.length > 0) return deopt(u, k, f, fn, vals);
  const frame = materialize(u, site, f, fn, vals, site.pc);
  if (site.names.length > 0) writeNames(u, site, frame, vals);
  const next = u.valid ? u.owner.handOver(frame, site.pc) : null;
  return next !== null ? next(frame) : resumeInInterpreter(u.ts, frame, true, null);
}

/** A site's deferred STORE_NAMEs into the materialized frame's mapping (placeholders of names not stored yet are skipped). */
function writeNames(u: OptUnit, site: DeoptSite, frame: Frame, vals: readonly unknown[]): void {
  let j = site.nlocals + site.stackLen;
  for (let n = 0; n < site.names.length; n++, j++) {
    const v = vals[j];
    if (v === undefined) continue;
    JIT_RUNTIME.storeName(frame, u.code.names[site.names[n] as number] as string, box(v, site.nameKinds[n] as number) as PyValue);
  }
}

/** An exception left a raising instruction: hand it to the interpreter in a materialized frame (handlers, traceback). */
function throwIn(u: OptUnit, k: number, e0: unknown, f: Frame | null, fn: PyFunction | null, vals: readonly unknown[]): PyValue {
  const site = u.sites[k] as DeoptSite;
  // The interpreter unwinds Python exceptions only (handlers match them): a JS stack overflow becomes
  // RecursionError here, as the eval loop converts it; anything else is a VM bug and propagates as is.
  let e: unknown;
  try {
    e = JIT_RUNTIME.asPythonException(e0);
  } catch {
    throw e0; // converting a stack overflow overflowed again: a shallower frame converts it
  }
  if (e === null) throw e0;
  u.throws++;
  u.owner.threw(u);
  if (site.parents.length > 0) return resumeInlined(u, site, f, fn, vals, site.pc + 1, e);
  const frame = materialize(u, site, f, fn, vals, site.pc + 1);
  if (site.names.length > 0) writeNames(u, site, frame, vals);
  return resumeInInterpreter(u.ts, frame, f !== null, e);
}

/** `entry(frame)` of a unit compiled for other globals (the same code object run by another module dict), or invalidated: run the frame interpreted. */
function fallback(u: OptUnit, f: Frame): PyValue {
  return resumeInInterpreter(u.ts, f, true, null);
}

/** UNPACK_SEQUENCE: items in sequence order (Proj j = item j); the interpreter's own opcode for anything but an exact tuple/list of the right length. */
function unpack(u: OptUnit, fn: PyFunction | null, f: Frame | null, v: PyValue, count: number, word: number): readonly PyValue[] {
  const R = JIT_RUNTIME;
  if ((v instanceof R.PyTuple && v.cls === R.TupleType) || (v instanceof R.PyList && v.cls === R.ListType)) {
    const items = v.items;
    if (items.length === count) return v instanceof R.PyTuple ? items : items.slice(); // a tuple's items never change
  }
  const func = f?.func ?? fn;
  const g = f?.globals ?? func?.globals ?? u.globals;
  const b = f?.builtins ?? func?.builtins ?? u.builtins;
  const tmp = new Frame(u.code, u.rt, g, b, func ?? null, null);
  const base = u.rt.stackBase;
  tmp.localsplus[base] = v;
  tmp.sp = base + 1;
  R.execRare(u.ts, tmp, word);
  const out = new Array<PyValue>(count);
  for (let j = 0; j < count; j++) out[j] = tmp.localsplus[base + count - 1 - j] as PyValue;
  return out;
}

/** A frame for runtime helpers that need one while a `fast` activation (no frame) runs: same code, globals and function. */
function scratchFrame(u: OptUnit, fn: PyFunction | null): Frame {
  return new Frame(u.code, u.rt, fn?.globals ?? u.globals, fn?.builtins ?? u.builtins, fn, null);
}

/**
 * ExecRare: the interpreter's execRare on the frame's value stack (a scratch
 * frame for a `fast` activation): `inputs` go to stack slots `spillFrom…`,
 * `f.sp` to `depth`; returns the stack slots from `resultFrom` up afterwards.
 */
function execRareOp(u: OptUnit, f: Frame | null, fn: PyFunction | null, pc: number, word: number, spillFrom: number, depth: number, resultFrom: number, inputs: readonly PyValue[]): PyValue[] {
  const fr = f ?? scratchFrame(u, fn);
  const base = u.rt.stackBase;
  const lp = fr.localsplus;
  for (let j = 0; j < inputs.length; j++) lp[base + spillFrom + j] = inputs[j] as PyValue;
  fr.sp = base + depth;
  fr.pc = pc + 1;
  JIT_RUNTIME.execRare(u.ts, fr, word);
  const n = fr.sp - base - resultFrom;
  const out = new Array<PyValue>(n > 0 ? n : 0);
  for (let j = 0; j < n; j++) out[j] = lp[base + resultFrom + j] as PyValue;
  return out;
}

/** RAISE_VARARGS argc ≥ 1: the exception to throw (operands spilled like the baseline's). */
function raiseOp(u: OptUnit, f: Frame | null, fn: PyFunction | null, pc: number, inputs: readonly PyValue[]): unknown {
  const fr = f ?? scratchFrame(u, fn);
  const base = u.rt.stackBase;
  for (let j = 0; j < inputs.length; j++) fr.localsplus[base + j] = inputs[j] as PyValue;
  fr.sp = base + inputs.length;
  fr.pc = pc + 1;
  return JIT_RUNTIME.raise(u.ts, fr, inputs.length).exc;
}

/** LOAD_DEREF of an empty cell: the interpreter's NameError / UnboundLocalError. */
function derefUnbound(u: OptUnit, f: Frame | null, fn: PyFunction | null, slot: number): never {
  return JIT_RUNTIME.loadDerefSlow(f ?? scratchFrame(u, fn), slot);
}

/**
 * LOAD_NAME / STORE_NAME cache of one site (module bodies): the entry index
 * of the name in the frame's exact-dict locals mapping, valid while the
 * dict's `keysVersion` is unchanged (adding/removing keys bumps it, also
 * before any compaction moves entries). The generated code checks it inline.
 */
export class NameCache {
  d: PyDict | null = null;
  kv = -1;
  idx = -1;
}

function exactDict(v: unknown): v is PyDict {
  return v instanceof PyDict && v.cls.isImmutable;
}

/** LOAD_NAME off the inline cache: the interpreter's loadName, then (re)fill the cache when the name is an entry of an exact dict. */
function loadNameSlow(f: Frame, name: string, c: NameCache): PyValue {
  const d = f.locals;
  if (exactDict(d)) {
    const i = d.find(name);
    if (i >= 0) {
      c.d = d;
      c.kv = d.keysVersion;
      c.idx = i;
      return d.valueList[i] as PyValue;
    }
  }
  return JIT_RUNTIME.loadName(f, name);
}

/**
 * LOAD_NAME without running code (LoadNameGuard): the exact-dict locals
 * mapping, then globals, then builtins; undefined when the name is in none
 * of them or the mapping is not an exact dict (the caller deoptimizes).
 */
function peekName(f: Frame, name: string, local: boolean): PyValue | undefined {
  const d = f.locals;
  if (d !== null) {
    if (!exactDict(d)) return undefined;
    const v = d.getStr(name);
    if (v !== undefined || local) return v;
  } else if (local) {
    return undefined;
  }
  return f.globals.getStr(name) ?? f.builtins.getStr(name);
}

/** CheckLocalsDict: names live in an exact dict (module bodies; deferred STORE_NAMEs are safe). */
function localsIsDict(f: Frame | null): boolean {
  return f !== null && exactDict(f.locals);
}

/** STORE_NAME off the inline cache (or into a watched dict, which must notify): the interpreter's storeName, then refill the cache. */
function storeNameSlow(f: Frame, name: string, v: PyValue, c: NameCache): void {
  JIT_RUNTIME.storeName(f, name, v);
  const d = f.locals;
  if (exactDict(d)) {
    const i = d.find(name);
    if (i >= 0) {
      c.d = d;
      c.kv = d.keysVersion;
      c.idx = i;
    }
  }
}

/** A sunk `range` iterator, built only when a frame state holding it is materialized. */
function newRangeIter(next: number, stop: number, step: number): PyValue {
  return new PyRangeIterator(next, stop, step);
}

/** What the generated code gets as `O`: the tier-2 runtime plus the interpreter's JIT runtime. */
export const OPT_RUNTIME: Readonly<Record<string, unknown>> = {
  ...JIT_RUNTIME,
  deopt,
  deoptArgs,
  handOver,
  throwIn,
  fallback,
  runtimeOf,
  unpack,
  execRareOp,
  raiseOp,
  derefUnbound,
  PyCell: JIT_RUNTIME.PyCell,
  newRangeIter,
  PyBuiltinFunction,
  PyFunction,
  loadNameSlow,
  storeNameSlow,
  peekName,
  localsIsDict,
  PyRangeIterator,
  PyInstance,
  initReturnedNonNone,
  grownSlots,
  grownRawSlots,
  boxRawSlot,
  rawSlotStored,
  unaryNegative,
  unaryPositive,
  unaryInvert,
  MAX_COMPILED_DEPTH,
  MAX_SAFE: 9007199254740991,
};
