/**
 * The builder's machinery shared by every opcode translation: the abstract
 * state (one value per local and stack slot, module names), blocks and
 * edges (single-predecessor blocks inherit their predecessor's values, merge
 * blocks get parameters), emitting instructions, frame states (the state
 * before the current instruction; virtual iterators materialized lazily),
 * boxing, and guards that refine the state (a value checked once stays
 * checked).
 */
import { CO, CodeObject, Op } from "@pyvm/bytecode";
import { JIT_RUNTIME, type CodeFeedback } from "@pyvm/interpreter";
import { Graph, Repr, type Block, type FrameState, type Instr, type Param, type Value } from "../ir/graph.js";
import { OPS, type OpName } from "../ir/ops.js";
import { analyzeCfg, argAt, opAt, successors, type BytecodeCfg } from "./cfg.js";
import { Liveness } from "./liveness.js";
import { isGeneratorCode, resumeRefusal } from "./generator.js";
import {
  builderRefusal,
  copyState,
  NAME_SAFE,
  NotCompilable,
  RetryWithoutNames,
  VIter,
  VRange,
  type BuildOptions,
  type Entry,
  type InlineContext,
  type MergeInfo,
  type State,
} from "./model.js";

/** A module-level loop's names (see BuilderCore.loopNames). */
interface LoopNames {
  /** Read (LOAD_NAME) before any store, in bytecode order, and bound when compiling: carried, read on loop entry. */
  readonly readFirst: number[];
  /** Stored before any read: carried, entering the loop passes a placeholder (no read needed). */
  readonly storedFirst: number[];
  /** Stored anywhere in the loop: carried dirty (the stores are written at exits and deopts). */
  readonly stored: Set<number>;
}

/** Ops with effects that change no instance's shape or class (AddSlot updates its own receiver's fact). */
const SHAPE_SAFE = new Set<string>(["StoreSlot", "AddSlot", "Tick", "ListSet", "ListAppend", "InlineOk", "DepthEnter", "DepthExit", "NewInstance", "BuildTuple", "BuildList", "NewRangeIter", "RangeIterAdvance", "RangeIterCurrent", "DictSet"]);

export abstract class BuilderCore {
  protected readonly g: Graph;
  protected readonly cfg: BytecodeCfg;
  /** Which fast locals are live at each pc: dead ones stay out of frame states and merge parameters. */
  protected readonly live: Liveness;
  protected readonly merges = new Map<number, MergeInfo>();
  protected readonly inherited = new Map<number, { block: Block; state: State }>();
  /** Params of merge/entry blocks that may hold `undefined` (an unbound local). */
  protected readonly maybeUnbound = new Set<Value>();
  /** Compile-time values of Const / LoadGlobalConst results. */
  protected readonly constOf = new Map<Value, unknown>();
  /** CheckType results → the builtin type they proved. */
  protected readonly knownType = new Map<Value, unknown>();
  /** CheckFloat results → the tagged value they unboxed (to keep object identity for `is`). */
  protected readonly origin = new Map<Value, Value>();
  protected readonly speculateBlind: boolean;

  // Per block being built.
  protected cur!: Block;
  protected state!: State;
  protected boxCache = new Map<Value, Value>();
  protected checkCache = new Map<string, Value>();
  protected constCache = new Map<string, Value>();
  protected iterCache = new Map<VIter, Value>();
  /** Values whose shape and type version a CheckShape proved, until an op with effects could change them. */
  protected shapeFacts = new Map<Value, { readonly shape: object; readonly version: number; readonly checked: Value }>();
  /** Values a CheckShapes matched against several (shape, type version) pairs: the pairs and the matched index, until an op with effects. */
  protected polyFacts = new Map<Value, { readonly pairs: readonly (readonly [object, number])[]; readonly idx: Value }>();
  // Per instruction being built.
  protected pc = 0;
  protected fsBefore: FrameState | null = null;
  /** The abstract state when the current instruction started (frame states describe it). */
  protected atStart: State = { locals: [], stack: [], names: new Map(), dirty: new Set() };

  /** `pc:namei` of names some edge into the merge block at pc does not know: the build is retried without them (RetryWithoutNames). */
  protected readonly dropNames: string[] = [];
  /** Blocks whose instructions have been built (a merge's parameters can no longer change meaning). */
  protected readonly builtBlocks = new Set<Block>();

  /** Set by RETURN_VALUE when building an inlined callee. */
  protected readonly returns: { block: Block; value: Value }[] = [];

  constructor(
    protected readonly code: CodeObject,
    protected readonly fb: CodeFeedback,
    protected readonly opts: BuildOptions,
    graph: Graph | null = null,
    protected readonly inlineCtx: InlineContext | null = null,
    /** `pc:namei` of names not carried as parameters into the merge block at pc (see RetryWithoutNames). */
    protected readonly noNames: ReadonlySet<string> = new Set(),
  ) {
    this.g = graph ?? new Graph(code.qualname);
    this.speculateBlind = opts.speculateWithoutFeedback ?? true;
    const refusal = isGeneratorCode(code) && inlineCtx === null ? resumeRefusal(code, opts.osrPc ?? -1) : builderRefusal(code, opts.exceptionHandlers === true);
    if (refusal !== null) throw new NotCompilable(refusal);
    const cfg = analyzeCfg(code, opts.osrPc ?? 0);
    if (!cfg.ok) throw new NotCompilable(cfg.reason);
    this.cfg = cfg.cfg;
    this.live = Liveness.compute(code, this.cfg.depth);
  }

  protected startInstruction(pc: number): void {
    this.pc = pc;
    this.fsBefore = null;
    this.atStart = copyState(this.state);
  }

  // ---- blocks and edges -----------------------------------------------------

  protected enterBlock(block: Block, state: State): void {
    this.cur = block;
    this.state = state;
    this.boxCache = new Map();
    this.checkCache = new Map();
    this.constCache = new Map();
    this.iterCache = new Map();
    this.shapeFacts = new Map();
    this.polyFacts = new Map();
  }

  protected isMerge(pc: number): boolean {
    return (this.cfg.preds.get(pc)?.length ?? 0) > 1 || this.cfg.loopHeaders.has(pc);
  }

  /** Terminate the current block with a jump to `target` carrying the current state. */
  protected jumpTo(target: number): void {
    const e = this.edge(target, this.state, true);
    this.cur.terminator = { kind: "jump", target: e.block, args: e.args };
  }

  /**
   * The block for an edge to bytecode `target` and the values it passes.
   * `uncond`: the edge is the current block's only successor (its extra
   * instructions run only when control takes it).
   */
  protected edge(target: number, state: State, uncond = false): { block: Block; args: Value[] } {
    if (this.isMerge(target)) {
      let m = this.merges.get(target);
      if (m === undefined) {
        const block = this.g.newBlock(target);
        const bound = this.cfg.boundAt.get(target);
        const localParams = state.locals.map((_, i) => {
          if (!this.live.isLive(target, i)) return null;
          const p = this.g.addParam(block, Repr.Tagged);
          if (bound?.[i] !== 1) this.maybeUnbound.add(p);
          return p;
        });
        const stackLayout = state.stack.map((e): MergeInfo["stackLayout"][number] => {
          if (e instanceof VRange) throw new NotCompilable("a range object reaches a merge point");
          if (e instanceof VIter) {
            // Loop-invariant bounds come back as the same value on every edge; simplify drops such parameters.
            return { kind: "iter", cur: this.g.addParam(block, Repr.Int53), stop: this.g.addParam(block, Repr.Int53), step: this.g.addParam(block, Repr.Int53), dir: e.dir, origin: e.origin };
          }
          return { kind: "value", param: this.g.addParam(block, Repr.Tagged) };
        });
        const scan = this.loopNames(target);
        const nameParams = new Map<number, Param>();
        const carried = new Set<number>(state.names.keys());
        if (scan !== null) for (const k of [...scan.readFirst, ...scan.storedFirst]) carried.add(k);
        for (const k of carried) {
          if (this.noNames.has(`${target}:${k}`)) continue;
          const p = this.g.addParam(block, Repr.Tagged);
          // Entering the loop passes no value for a name the loop stores before reading it (see loopNames).
          if (scan?.storedFirst.includes(k) === true) this.maybeUnbound.add(p);
          nameParams.set(k, p);
        }
        const dirty = new Set<number>();
        if (!this.noNames.has(`${target}:clean`)) {
          for (const k of nameParams.keys()) if (state.dirty.has(k) || (scan?.stored.has(k) ?? false)) dirty.add(k);
        }
        m = { block, localParams, stackLayout, nameParams, dirty };
        this.merges.set(target, m);
      }
      const args: Value[] = [];
      state.locals.forEach((v, i) => {
        if (m.localParams[i] !== null) args.push(v === null ? this.constValue(undefined) : this.box(v));
      });
      if (state.stack.length !== m.stackLayout.length) throw new NotCompilable(`stack depth mismatch at ${target}`);
      state.stack.forEach((e, k) => {
        const slot = m.stackLayout[k];
        if (slot === undefined) return;
        if (slot.kind === "iter") {
          if (!(e instanceof VIter) || e.dir !== slot.dir) throw new NotCompilable(`iterator merge at ${target}`);
          // An OSR entry's iterator meeting one the unit made at the same slot (`range()` again in an enclosing
          // loop): that GET_ITER's operand is a fresh range, so no user code holds the entry's iterator either;
          // rebuild with it unpacked without an origin (old counted-loop code, no per-step load/store).
          if (e.origin !== slot.origin) throw new RetryWithoutNames([`origin:${k}`]);
          args.push(e.cur, e.stop, e.step);
        } else if (e instanceof VIter) {
          // The merge holds a real iterator here (the first edge brought one): allocate this one (or its origin, kept current).
          args.push(e.origin ?? this.emit("NewRangeIter", [e.cur, e.stop, e.step]));
        } else {
          if (e instanceof VRange) throw new NotCompilable(`range object at merge ${target}`);
          args.push(this.box(e));
        }
      });
      // Module names: a name dirty here but not at the merge is written now (always allowed: it is its current value).
      // (At the end of the instruction: its frame state is the target's.)
      for (const k of [...state.dirty]) {
        if (!m.dirty.has(k)) this.flushName(state, k, this.snapshot(target, state));
      }
      // Entering a loop (an unconditional forward edge) may read what the header carries; other edges rebuild
      // without it (finishing this build first, so one retry learns every such name).
      const entering = uncond && this.pc <= target;
      const scan = entering ? this.loopNames(target) : null;
      let fs: FrameState | null = null;
      for (const k of m.nameParams.keys()) {
        const known = state.names.get(k);
        const mustBeDirty = m.dirty.has(k) && !state.dirty.has(k);
        let v: Value;
        if (known !== undefined && !mustBeDirty) {
          v = known;
        } else if (scan !== null && scan.storedFirst.includes(k)) {
          v = this.constValue(undefined);
        } else if (entering) {
          // A dirty name is written back later: it must come from the locals mapping itself, not globals/builtins.
          fs ??= this.snapshot(target, state);
          v = this.loadNameAtEntry(k, fs, m.dirty.has(k));
        } else {
          this.dropNames.push(known === undefined ? `${target}:${k}` : `${target}:clean`);
          v = this.constValue(undefined);
        }
        // A placeholder (or a parameter that may hold one) makes the parameter maybe-undefined: LOAD_NAME checks it.
        const p = m.nameParams.get(k) as Param;
        if (this.mayBeUndefined(v) && !this.maybeUnbound.has(p)) {
          if (this.builtBlocks.has(m.block)) this.dropNames.push(`${target}:${k}`);
          else this.maybeUnbound.add(p);
        }
        args.push(this.box(v));
      }
      return { block: m.block, args };
    }
    if (this.inherited.has(target)) throw new NotCompilable(`second edge into single-predecessor block ${target}`);
    const block = this.g.newBlock(target);
    this.inherited.set(target, { block, state: copyState(state) });
    return { block, args: [] };
  }

  /**
   * Module bodies: the names a loop header carries as parameters besides
   * those its first edge knows: every name the loop reads (LOAD_NAME between
   * the header and its last back edge) that is bound now, so `total += i`
   * in a module-level loop keeps `total` in a register. Edges entering the
   * loop read them (`loadNameAtEntry`); a back edge where some op with
   * effects dropped a name's value rebuilds without it (RetryWithoutNames).
   */
  private loopNames(header: number): LoopNames | null {
    const code = this.code;
    const lookup = this.opts.globalValue;
    if ((code.flags & CO.OPTIMIZED) !== 0 || this.inlineCtx !== null) return null;
    if (!this.cfg.loopHeaders.has(header) || this.generic(header)) return null;
    const cached = this.loopNamesCache.get(header);
    if (cached !== undefined) return cached;
    let end = -1;
    for (let pc = header; pc < code.code.length; pc++) {
      if (successors(code, pc, 0).some((s) => s.pc === header)) end = pc;
    }
    const r: LoopNames = { readFirst: [], storedFirst: [], stored: new Set() };
    const seen = new Set<number>();
    for (let pc = header; pc <= end; pc++) {
      const op = opAt(code, pc);
      if ((op !== Op.LOAD_NAME && op !== Op.STORE_NAME) || (this.cfg.depth[pc] ?? -1) < 0) continue;
      const k = argAt(code, pc);
      if (op === Op.STORE_NAME) r.stored.add(k);
      if (seen.has(k)) continue;
      seen.add(k);
      const name = code.names[k];
      // The first access in bytecode order (a heuristic: a read on another path before the store only costs a CheckBound deopt).
      if (op === Op.STORE_NAME) r.storedFirst.push(k);
      else if (name !== undefined && lookup?.(name) !== undefined && !this.constNames().has(k)) r.readFirst.push(k);
    }
    this.loopNamesCache.set(header, r);
    return r;
  }

  private readonly loopNamesCache = new Map<number, LoopNames>();

  /**
   * Module bodies entered by OSR: names the code never stores or deletes
   * from the outermost loop around the entry on (functions, classes, modules
   * and constants bound before the loop), bound now in globals or builtins.
   * LOAD_NAME reads them as constants (`LoadGlobalConst` with a dependency:
   * rebinding one invalidates the unit) behind one `CheckLocalsGlobals` at
   * the entry, instead of a dict lookup per access and a loop parameter.
   */
  protected constNames(): ReadonlySet<number> {
    if (this.constNamesCache !== null) return this.constNamesCache;
    const r = new Set<number>();
    this.constNamesCache = r;
    const code = this.code;
    const osr = this.opts.osrPc ?? -1;
    const lookup = this.opts.globalValue;
    if ((code.flags & CO.OPTIMIZED) !== 0 || this.inlineCtx !== null || osr < 0 || lookup === undefined || this.generic(osr) || this.opts.constModuleNames === false) return r;
    // The outermost loop around the entry starts at the smallest backward-jump target at or before it.
    let from = osr;
    for (let pc = osr; pc < code.code.length; pc++) {
      if (opAt(code, pc) === Op.JUMP_BACKWARD) {
        const t = argAt(code, pc);
        if (t <= osr && t < from) from = t;
      }
    }
    const stored = new Set<number>();
    for (let pc = from; pc < code.code.length; pc++) {
      const op = opAt(code, pc);
      if (op === Op.STORE_NAME || op === Op.DELETE_NAME || op === Op.IMPORT_STAR) stored.add(op === Op.IMPORT_STAR ? -1 : argAt(code, pc));
    }
    if (stored.has(-1)) return r;
    for (let pc = from; pc < code.code.length; pc++) {
      if (opAt(code, pc) !== Op.LOAD_NAME) continue;
      const k = argAt(code, pc);
      const name = code.names[k];
      if (!stored.has(k) && name !== undefined && lookup(name) !== undefined) r.add(k);
    }
    return r;
  }

  private constNamesCache: Set<number> | null = null;

  /** LOAD_NAME of a name in `constNames`: its current value as a constant with a dependency (see loadGlobal). */
  protected moduleNameConst(k: number): Value {
    const name = this.code.names[k] as string;
    const found = this.opts.globalValue?.(name);
    if (found === undefined) throw new NotCompilable(`name ${name} vanished during the build`);
    const v = this.emit("LoadGlobalConst", [], [this.g.addConst(found.value), k]);
    this.constOf.set(v, found.value);
    if (!this.g.dependencies.some((d) => d.kind === "global" && d.name === name)) {
      this.g.dependencies.push({ kind: "global", name, fromBuiltins: found.fromBuiltins, value: found.value });
    }
    if (typeof found.value === "number") return this.constInt(found.value);
    return v;
  }

  /** A module name's value that may be a loop's `undefined` placeholder (see loopNames). */
  protected mayBeUndefined(v: Value): boolean {
    return this.maybeUnbound.has(v) || (this.constOf.has(v) && this.constOf.get(v) === undefined);
  }

  /** Write a dirty name to the mapping now (StoreName; skips a placeholder `undefined`). */
  protected flushName(state: State, k: number, fs: FrameState = this.frameState()): void {
    const v = state.names.get(k);
    state.dirty.delete(k);
    if (v === undefined) return;
    // Written from here on: the state before this instruction need not write it again.
    if (this.atStart.dirty.delete(k)) this.fsBefore = null;
    const maybe = this.mayBeUndefined(v) ? 1 : 0;
    this.g.addInstr(this.cur, "StoreName", OPS.StoreName.result, [this.box(v)], [k, maybe], this.inlineCtx?.callPc ?? this.pc, fs);
  }

  /** Write every deferred STORE_NAME (before anything that could observe the mapping). */
  protected flushNames(): void {
    for (const k of [...this.state.dirty]) this.flushName(this.state, k);
  }

  /**
   * A loop-carried name read on the edge into its loop (frame state `fs`, the
   * header's): `LoadNameGuard`, and when the name holds a small int or an
   * exact float now, a check of that type, so `unbox-params` can keep the
   * header's parameter raw.
   */
  private loadNameAtEntry(k: number, fs: FrameState, local: boolean): Value {
    const v = this.emit("LoadNameGuard", [], [k, local ? 1 : 0], fs);
    const name = this.code.names[k] as string;
    const now = this.opts.globalValue?.(name)?.value;
    if (typeof now === "number") return this.emit("CheckInt", [v], [], fs);
    if (now instanceof JIT_RUNTIME.PyFloat && now.cls === JIT_RUNTIME.FloatType) return this.emit("CheckFloat", [v], [], fs);
    return v;
  }

  // ---- values ------------------------------------------------------------------

  protected emit(op: OpName, inputs: Value[], imm: readonly (number | string)[] = [], frameState: FrameState | null = null): Instr {
    if (OPS[op].effects && !NAME_SAFE.has(op) && this.state.names.size > 0) {
      if (this.state.dirty.size > 0) {
        this.flushNames();
        // The op's frame state was taken before the flush: what it could observe is written now, and an
        // exception from it must not write the old values back over what it stored.
        if (frameState?.names !== undefined) {
          const { names: _written, ...rest } = frameState;
          frameState = rest;
        }
      }
      this.state.names.clear();
    }
    if (OPS[op].effects && !SHAPE_SAFE.has(op)) {
      if (this.shapeFacts.size > 0) this.shapeFacts.clear();
      if (this.polyFacts.size > 0) this.polyFacts.clear();
    }
    return this.g.addInstr(this.cur, op, OPS[op].result, inputs, imm, this.inlineCtx?.callPc ?? this.pc, frameState);
  }

  protected constValue(v: unknown): Value {
    const k = this.g.addConst(v);
    const key = `c${k}`;
    let x = this.constCache.get(key);
    if (x === undefined) {
      x = this.emit("Const", [], [k]);
      this.constCache.set(key, x);
      this.constOf.set(x, v);
    }
    return x;
  }

  protected constFloat(value: number): Value {
    const key = `f${Object.is(value, -0) ? "-0" : String(value)}`;
    let x = this.constCache.get(key);
    if (x === undefined) {
      x = this.emit("ConstFloat64", [], [value]);
      this.constCache.set(key, x);
    }
    return x;
  }

  protected constInt(v: number): Value {
    const key = `i${v}`;
    let x = this.constCache.get(key);
    if (x === undefined) {
      x = this.emit("ConstInt53", [], [v]);
      this.constCache.set(key, x);
      this.constOf.set(x, v);
    }
    return x;
  }

  /** The value as a PyValue. */
  protected box(v: Value): Value {
    if (v.repr === Repr.Tagged) return v;
    const o = this.origin.get(v);
    if (o !== undefined) return o;
    let b = this.boxCache.get(v);
    if (b === undefined) {
      b = this.emit("Box", [v]);
      this.boxCache.set(v, b);
    }
    return b;
  }

  /** The interpreter state before the current instruction (values unboxed as they are; virtual iterators materialized lazily). */
  protected frameState(): FrameState {
    if (this.fsBefore === null) this.fsBefore = this.snapshot(this.pc, this.atStart);
    return this.fsBefore;
  }

  private loopSpans: (readonly [number, number])[] | null = null;

  /** Whether `pc` lies inside a loop of this code (between a loop header and its last back edge). */
  protected inLoop(pc: number): boolean {
    if (this.loopSpans === null) {
      this.loopSpans = [];
      for (const h of this.cfg.loopHeaders) {
        let end = -1;
        for (const p of this.cfg.preds.get(h) ?? []) if (p >= h && p > end) end = p;
        if (end >= 0) this.loopSpans.push([h, end]);
      }
    }
    for (const [h, end] of this.loopSpans) if (pc >= h && pc <= end) return true;
    return false;
  }

  protected snapshot(pc: number, state: State): FrameState {
    const ctx = this.inlineCtx;
    const live = this.live;
    // Outside loops, a frame state keeps every local the state still has, dead ones included: an
    // exception raised there shows them in `tb_frame.f_locals`, and a guard's deopt leaves them out
    // (`dead`, `deoptView`). Inside a loop only live locals: compiled code keeps every value a
    // handler can read alive at each throwing point of its `try`, which cost float loops 15-30%
    // (merge blocks get parameters for live locals only, `edge`: no loop carries a dead one).
    // Code with exception handlers keeps them everywhere: its own handlers can catch what it raises and read them.
    const keepDead = (ctx?.chain[0] ?? this.code).exceptionTable.length > 0 || !(ctx?.inLoop ?? this.inLoop(pc));
    const dead: number[] = [];
    const locals = state.locals.map((v, i) => {
      if (v === null || live.isLive(pc, i)) return v;
      if (!keepDead) return null;
      dead.push(i);
      return v;
    });
    const own = {
      pc,
      locals,
      ...(dead.length === 0 ? {} : { dead }),
      stack: state.stack.map((e) => this.materialize(e)),
      ...(state.dirty.size === 0 ? {} : { names: [...state.dirty].map((k) => [k, state.names.get(k) as Value] as const) }),
    };
    return ctx === null ? { ...own, parent: null } : { ...own, parent: ctx.parentFs, funcK: ctx.funcK };
  }

  protected materialize(e: Entry): Value {
    if (e instanceof VRange) throw new NotCompilable("a range object would need materializing");
    if (e instanceof VIter) {
      // An OSR-unpacked iterator is kept current (RangeIterAdvance): the object itself.
      if (e.origin !== null) return e.origin;
      let m = this.iterCache.get(e);
      if (m === undefined) {
        m = this.emit("MaterializeRangeIter", [e.cur, e.stop, e.step]);
        this.iterCache.set(e, m);
      }
      return m;
    }
    return e;
  }

  /** Replace `from` by its checked form `to` in the abstract state (a value checked once stays checked). */
  protected refine(from: Value, to: Value): void {
    const s = this.state;
    for (let i = 0; i < s.locals.length; i++) if (s.locals[i] === from) s.locals[i] = to;
    for (let i = 0; i < s.stack.length; i++) if (s.stack[i] === from) s.stack[i] = to;
  }

  protected check(op: "CheckInt" | "CheckFloat" | "CheckNumber" | "CheckStr" | "CheckBound", v: Value, imm: readonly number[] = []): Value {
    const key = `${op}:${v.id}:${imm.join(",")}`;
    let r = this.checkCache.get(key);
    if (r === undefined) {
      r = this.emit(op, [v], imm, this.frameState());
      this.checkCache.set(key, r);
      if (op === "CheckFloat") this.origin.set(r, v);
      if (op !== "CheckNumber") this.refine(v, r);
    }
    return r;
  }

  protected asInt(v: Value): Value | null {
    if (v.repr === Repr.Int53) return v;
    // A global read as a constant (its rebinding invalidates the code): no run-time check.
    const c = this.constOf.get(v);
    if (typeof c === "number") return this.constInt(c);
    if (v.repr === Repr.Tagged) return this.check("CheckInt", v);
    return null;
  }

  /** A float64 for float arithmetic; `exact` demands a float (not an int) when tagged. */
  protected asFloat(v: Value, exact: boolean): Value | null {
    if (v.repr === Repr.Float64) return v;
    if (v.repr === Repr.Int53) return this.emit("Int53ToFloat64", [v]);
    const c = this.constOf.get(v);
    if (c instanceof JIT_RUNTIME.PyFloat && c.cls === JIT_RUNTIME.FloatType) return this.constFloat(c.value);
    if (!exact && typeof c === "number") return this.constFloat(c);
    if (v.repr === Repr.Tagged) return this.check(exact ? "CheckFloat" : "CheckNumber", v);
    return null;
  }

  protected generic(pc: number): boolean {
    return this.opts.genericPcs?.has(pc) ?? false;
  }

  protected pop(): Value {
    const e = this.state.stack.pop();
    if (e === undefined) throw new NotCompilable(`stack underflow at ${this.pc}`);
    if (e instanceof VRange || e instanceof VIter) throw new NotCompilable(`a virtual iterator is used as a value at ${this.pc}`);
    return e;
  }

  protected peek(k: number): Value {
    const e = this.state.stack[this.state.stack.length - 1 - k];
    if (e === undefined || e instanceof VRange || e instanceof VIter) throw new NotCompilable(`unsupported stack use at ${this.pc}`);
    return e;
  }

  protected push(v: Entry): void {
    this.state.stack.push(v);
  }

  /** After an op that can run Python code: notice invalidation, resuming after the instruction. */
  protected checkValid(): void {
    const fs = this.snapshot(this.pc + 1, this.state);
    this.emit("CheckValid", [], [], fs);
  }

  protected toBool(v: Value): Value {
    switch (v.repr) {
      case Repr.Bool:
        return v;
      case Repr.Int53:
        return this.emit("Int53Truthy", [v]);
      case Repr.Float64:
        return this.emit("Float64Truthy", [v]);
      case Repr.Str:
        return this.emit("StrTruthy", [v]);
      default:
        return this.emit("Truthy", [v], [], this.frameState());
    }
  }

}
