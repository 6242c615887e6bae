/**
 * Bytecode + feedback → IR graph, by abstract interpretation.
 *
 * The builder walks basic blocks in reverse post-order (cfg.ts) carrying an
 * abstract frame: one SSA value per fast local (null = unbound) and per
 * value-stack slot. Blocks with one predecessor inherit the predecessor's
 * state as is (values of any representation flow straight in); blocks where
 * control merges — and loop headers — get one tagged block parameter per
 * local and stack slot, and every edge into them boxes what it passes (the
 * unboxing pass later turns int/float loop-carried parameters back into
 * raw numbers).
 *
 * Speculation: arithmetic and comparisons become typed ops (Int53Add,
 * Float64Mul, …) when the feedback (feedback.ts) or the static
 * representations of the operands say so, behind guards (`CheckInt`,
 * `CheckFloat`, `CheckNumber`) that carry the frame state before the
 * instruction. A checked value replaces the tagged one everywhere in the
 * abstract state, so a local checked once stays unboxed for the rest of the
 * path. `for x in range(...)` over int bounds is a counted loop: the range
 * object and its iterator are never allocated (a virtual iterator whose
 * current position is an int53 block parameter; a deoptimization
 * materializes a real iterator through `MaterializeRangeIter`).
 *
 * Everything else is a `Generic*`/call op on the baseline tier's runtime
 * helpers. After any op that can run arbitrary Python code a `CheckValid`
 * (frame state after the instruction) lets running code notice that a
 * global it read as a constant was rebound meanwhile.
 *
 * Code the builder cannot handle yields `{ ok: false, reason }`: generators,
 * exception handlers, cells, frame introspection, module/class bodies and
 * any opcode without a translation here.
 */
import { CO, CodeObject, Op, OPCODE_NAMES, opcodeDef, stackEffect } from "@pyvm/bytecode";
import { JIT_RUNTIME, type CodeFeedback } from "@pyvm/interpreter";
import { Graph, Repr, type Block, type FrameState, type Instr, type Param, type Value } from "../ir/graph.js";
import { OPS, type OpName } from "../ir/ops.js";
import { analyzeCfg, argAt, opAt, type BytecodeCfg } from "./cfg.js";
import { hintAt, type Hint } from "./feedback.js";
import { optimizeGraph } from "../passes/pipeline.js";
import { verifyGraph } from "../verify.js";

export interface GlobalLookup {
  readonly value: unknown;
  readonly fromBuiltins: boolean;
}

export interface BuildOptions {
  /** Build the on-stack-replacement entry at this loop-header pc instead of the call entry. */
  readonly osrPc?: number;
  /**
   * The current value of a global name (globals, then builtins) for
   * `LoadGlobalConst`; undefined = not found / do not constant-fold.
   * Without this option every LOAD_GLOBAL reads at run time.
   */
  readonly globalValue?: (name: string) => GlobalLookup | undefined;
  /** Bytecode pcs where the builder must not speculate (a guard there failed too often). */
  readonly genericPcs?: ReadonlySet<number>;
  /** Speculate int/float arithmetic without feedback when the other operand's type is known (default true). */
  readonly speculateWithoutFeedback?: boolean;
  /** The VM's `range` type: calls of it feeding GET_ITER become counted loops. */
  readonly rangeType?: unknown;
  /** The VM's small-int range iterator type (for OSR entry into a counted loop). */
  readonly rangeIteratorType?: unknown;
  /** Run the optimization pipeline (passes/pipeline.ts) on the built graph (default true). */
  readonly optimize?: boolean;
  /**
   * Inline calls of small loop-free Python functions whose inlined body
   * neither raises nor has effects (only pure ops and guards): their frame
   * states get the caller's as `parent` (deoptimization must rebuild both
   * frames). Needs `feedbackOf` for the callee's feedback. Off by default.
   */
  readonly inline?: { readonly maxInstructions: number; readonly maxDepth: number };
  /** The feedback of another code object (an inlining candidate), if it has run. */
  readonly feedbackOf?: (code: CodeObject) => CodeFeedback | undefined;
  /** The globals dict of the function being compiled: callees sharing it resolve globals with `globalValue`. */
  readonly globals?: unknown;
  /**
   * Compile code with exception handlers (try/except/finally/with). Only the
   * normal-flow part is built: an exception thrown by a `raises` op inside a
   * protected range must deoptimize with that op's frame state (the state
   * before its instruction) and let the interpreter unwind to the handler at
   * that pc (exception table, traceback entry, lasti). Off by default: the
   * code generator must implement that.
   */
  readonly exceptionHandlers?: boolean;
}

/** What an inlined callee is built against. */
interface InlineContext {
  /** The caller's continuation (see FrameState.parent). */
  readonly parentFs: FrameState;
  readonly funcK: number;
  readonly args: readonly Value[];
  /** The outermost caller's CALL pc: the `pc` of every inlined instruction (its line is the call's). */
  readonly callPc: number;
  readonly depth: number;
  /** Code objects being built on this inlining path (no recursive inlining). */
  readonly chain: readonly CodeObject[];
}

export type BuildResult = { readonly ok: true; readonly graph: Graph } | { readonly ok: false; readonly reason: string };

/** A `range(start, stop, step)` call result that only GET_ITER consumes. */
class VRange {
  constructor(
    readonly start: Value,
    readonly stop: Value,
    readonly step: Value,
    readonly dir: 1 | -1 | 0,
  ) {}
}

/** A range iterator kept in registers: `cur` is the next value to produce. */
class VIter {
  constructor(
    readonly cur: Value,
    readonly stop: Value,
    readonly step: Value,
    readonly dir: 1 | -1,
  ) {}
}

type Entry = Value | VRange | VIter;

interface State {
  locals: (Value | null)[];
  stack: Entry[];
  /**
   * Module bodies: the current value of names (co_names index) as last
   * loaded or stored. STORE_NAME always writes through, so this is only a
   * cache for LOAD_NAME, dropped by any op that could run Python code.
   */
  names: Map<number, Value>;
}

/** How many values an opcode pushes on its fall-through path. */
function pushCount(op: number, arg: number): number {
  const c = opcodeDef(op).pushes;
  if (typeof c === "number") return c;
  // Variadic pushes among the execRare opcodes: UNPACK_EX pushes before + 1 + after.
  if (c === "unpack_ex") return (arg & 0xff) + 1 + (arg >> 8);
  if (c === "arg") return arg;
  if (c === "arg+1") return arg + 1;
  if (c === "arg+2") return arg + 2;
  if (c === "2*arg") return 2 * arg;
  throw new NotCompilable(`push count ${String(c)} of ${opcodeDef(op).name}`);
}

function copyState(s: State): State {
  return { locals: s.locals.slice(), stack: s.stack.slice(), names: new Map(s.names) };
}

class NotCompilable {
  constructor(readonly reason: string) {}
}

const INTROSPECTION_NAMES: ReadonlySet<string> = new Set(["locals", "vars", "dir", "exec", "eval", "_getframe", "currentframe", "f_locals"]);

/** Layout of a merge block's parameters: per stack slot, a plain value or a virtual iterator's (stop, step). */
interface MergeInfo {
  readonly block: Block;
  readonly localParams: Param[];
  readonly stackLayout: ({ kind: "value"; param: Param } | { kind: "iter"; cur: Param; stop: Param; step: Param; dir: 1 | -1 })[];
  readonly nameParams: Map<number, Param>;
}

/** An edge into a merge block does not know a name the block's parameters expect: rebuild without names there. */
class RetryWithoutNames {
  constructor(
    readonly pc: number,
    readonly names: readonly number[],
  ) {}
}

function isPyFunctionLike(v: unknown): v is { code: CodeObject; closure: unknown; globals: unknown; defaults?: unknown } {
  return typeof v === "object" && v !== null && (v as { code?: unknown }).code instanceof CodeObject && "closure" in v && "globals" in v;
}

export function buildGraph(code: CodeObject, feedback: CodeFeedback, options: BuildOptions = {}): BuildResult {
  try {
    const noNames = new Set<string>();
    let graph: Graph | null = null;
    for (let attempt = 0; graph === null; attempt++) {
      try {
        graph = new Builder(code, feedback, options, null, null, noNames).build();
      } catch (e) {
        if (!(e instanceof RetryWithoutNames)) throw e;
        if (attempt > 20) throw new NotCompilable("module names at merge points do not settle");
        for (const k of e.names) noNames.add(`${e.pc}:${k}`);
      }
    }
    if (options.optimize !== false) {
      const r = optimizeGraph(graph);
      if (!r.ok) return r;
    } else {
      const errors = verifyGraph(graph);
      if (errors.length > 0) return { ok: false, reason: `IR verifier after build: ${errors.map((e) => `b${e.block}: ${e.message}`).join("; ")}` };
    }
    return { ok: true, graph };
  } catch (e) {
    if (e instanceof NotCompilable) return { ok: false, reason: e.reason };
    throw e;
  }
}

/**
 * Why the builder refuses `code`, or null. Only instructions reachable by
 * normal control flow must be translatable: with `exceptionHandlers` the
 * handlers themselves run in the interpreter (an exception raised in a
 * protected range deoptimizes there, see BuildOptions.exceptionHandlers).
 */
export function builderRefusal(code: CodeObject, exceptionHandlers = false): string | null {
  if ((code.flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE)) !== 0) return "generator/coroutine";
  // Module bodies keep their names in the globals dict (LOAD_NAME/STORE_NAME); class bodies and exec'd code may use other mappings.
  if ((code.flags & CO.OPTIMIZED) === 0 && code.name !== "<module>") return "class body or exec'd code (names live in a mapping)";
  if (code.exceptionTable.length > 0 && !exceptionHandlers) return "exception handlers (try/with) are not supported by tier 2 yet";
  if ((code.flags & CO.OPTIMIZED) !== 0) for (const n of code.names) if (INTROSPECTION_NAMES.has(n)) return `uses '${n}' (frame introspection)`;
  const cfg = analyzeCfg(code);
  if (!cfg.ok) return cfg.reason;
  for (let pc = 0; pc < code.code.length; pc++) {
    if ((cfg.cfg.depth[pc] ?? -1) < 0) continue;
    const op = opAt(code, pc);
    if (!SUPPORTED.has(op)) return `opcode ${OPCODE_NAMES[op] ?? op} at ${pc} has no tier-2 translation`;
  }
  return null;
}

const SUPPORTED = new Set<number>([
  Op.NOP, Op.POP_TOP, Op.PUSH_NULL, Op.COPY, Op.SWAP, Op.LOAD_CONST, Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST,
  Op.LOAD_GLOBAL, Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD, Op.BINARY_SUBSCR, Op.STORE_SUBSCR,
  Op.BINARY_OP, Op.COMPARE_OP, Op.IS_OP, Op.CONTAINS_OP, Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_NOT, Op.UNARY_INVERT,
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.GET_ITER, Op.FOR_ITER, Op.RETURN_VALUE,
  Op.KW_NAMES, Op.CALL, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.LIST_APPEND, Op.UNPACK_SEQUENCE,
  Op.LOAD_NAME, Op.STORE_NAME, Op.RAISE_VARARGS,
  Op.MAKE_CELL, Op.COPY_FREE_VARS, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF,
]);

/**
 * Opcodes run by the interpreter's execRare on a spilled stack (ExecRare):
 * they touch only the value stack and the frame (not fast locals). For the
 * *_ADD/*_EXTEND/*_UPDATE/MERGE family the oparg says how deep below the
 * popped operands they read the container being built.
 */
const VIA_EXEC_RARE = new Set<number>([
  Op.STORE_GLOBAL, Op.DELETE_GLOBAL, Op.DELETE_ATTR, Op.DELETE_SUBSCR, Op.BUILD_SLICE,
  Op.CALL_FUNCTION_EX, Op.MAKE_FUNCTION, Op.BUILD_SET, Op.BUILD_MAP, Op.BUILD_CONST_KEY_MAP, Op.BUILD_STRING,
  Op.SET_ADD, Op.MAP_ADD, Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE, Op.LIST_TO_TUPLE,
  Op.UNPACK_EX, Op.FORMAT_VALUE, Op.LOAD_ASSERTION_ERROR, Op.IMPORT_NAME, Op.IMPORT_FROM,
  Op.GET_LEN, Op.MATCH_MAPPING, Op.MATCH_SEQUENCE, Op.MATCH_KEYS, Op.MATCH_CLASS, Op.COPY_DICT_WITHOUT_KEYS,
]);
const READS_BELOW = new Set<number>([Op.SET_ADD, Op.MAP_ADD, Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE]);
for (const op of VIA_EXEC_RARE) SUPPORTED.add(op);

/** Ops with effects that cannot change a module's names behind the builder's back (see State.names). */
const NAME_SAFE = new Set<string>(["LoadName", "StoreName", "Tick"]);

/** The quickened CALL form for a Python function with exact positional arguments (-1 when this opcode table has none). */
const CALL_PY_EXACT_ARGS = OPCODE_NAMES.indexOf("CALL_PY_EXACT_ARGS");

/** BINARY_OP operator numbers (NB_*). */
const NB = { ADD: 0, AND: 1, FLOOR_DIVIDE: 2, MULTIPLY: 5, REMAINDER: 6, OR: 7, SUBTRACT: 10, TRUE_DIVIDE: 11, XOR: 12 } as const;

const INT_BINOPS: ReadonlyMap<number, OpName> = new Map<number, OpName>([
  [NB.ADD, "Int53Add"], [NB.SUBTRACT, "Int53Sub"], [NB.MULTIPLY, "Int53Mul"], [NB.FLOOR_DIVIDE, "Int53FloorDiv"],
  [NB.REMAINDER, "Int53Mod"], [NB.AND, "Int53BitAnd"], [NB.OR, "Int53BitOr"], [NB.XOR, "Int53BitXor"],
]);
const FLOAT_BINOPS: ReadonlyMap<number, OpName> = new Map<number, OpName>([
  [NB.ADD, "Float64Add"], [NB.SUBTRACT, "Float64Sub"], [NB.MULTIPLY, "Float64Mul"], [NB.TRUE_DIVIDE, "Float64Div"],
]);

class Builder {
  private readonly g: Graph;
  private readonly cfg: BytecodeCfg;
  private readonly merges = new Map<number, MergeInfo>();
  private readonly inherited = new Map<number, { block: Block; state: State }>();
  /** Params of merge/entry blocks that may hold `undefined` (an unbound local). */
  private readonly maybeUnbound = new Set<Value>();
  /** Compile-time values of Const / LoadGlobalConst results. */
  private readonly constOf = new Map<Value, unknown>();
  /** CheckType results → the builtin type they proved. */
  private readonly knownType = new Map<Value, unknown>();
  /** CheckFloat results → the tagged value they unboxed (to keep object identity for `is`). */
  private readonly origin = new Map<Value, Value>();
  private readonly speculateBlind: boolean;

  // Per block being built.
  private cur!: Block;
  private state!: State;
  private boxCache = new Map<Value, Value>();
  private checkCache = new Map<string, Value>();
  private constCache = new Map<string, Value>();
  private iterCache = new Map<VIter, Value>();
  // Per instruction being built.
  private pc = 0;
  private fsBefore: FrameState | null = null;
  /** The abstract state when the current instruction started (frame states describe it). */
  private atStart: State = { locals: [], stack: [], names: new Map() };

  /** Set by RETURN_VALUE when building an inlined callee. */
  private readonly returns: { block: Block; value: Value }[] = [];

  constructor(
    private readonly code: CodeObject,
    private readonly fb: CodeFeedback,
    private readonly opts: BuildOptions,
    graph: Graph | null = null,
    private readonly inlineCtx: InlineContext | null = null,
    /** `pc:namei` of names not carried as parameters into the merge block at pc (see RetryWithoutNames). */
    private readonly noNames: ReadonlySet<string> = new Set(),
  ) {
    this.g = graph ?? new Graph(code.qualname);
    this.speculateBlind = opts.speculateWithoutFeedback ?? true;
    const refusal = builderRefusal(code, opts.exceptionHandlers === true);
    if (refusal !== null) throw new NotCompilable(refusal);
    const cfg = analyzeCfg(code, opts.osrPc ?? 0);
    if (!cfg.ok) throw new NotCompilable(cfg.reason);
    this.cfg = cfg.cfg;
  }

  build(): Graph {
    const g = this.g;
    const code = this.code;
    const osr = this.opts.osrPc ?? -1;
    g.osrPc = osr;
    const entry = g.newBlock(-1);
    this.enterBlock(entry, { locals: [], stack: [], names: new Map() });
    const n = code.nlocalsplus;
    if (osr < 0) {
      const bound = this.cfg.boundAt.get(0);
      for (let i = 0; i < n; i++) {
        const p = g.addParam(entry, Repr.Tagged);
        this.state.locals.push(bound?.[i] === 1 ? p : null);
      }
      this.startInstruction(0);
      this.emit("Tick", [], [], this.frameState());
      this.jumpTo(0);
    } else {
      const d = this.cfg.depth[osr] ?? -1;
      if (d < 0) throw new NotCompilable(`OSR pc ${osr} is unreachable`);
      if (!this.cfg.loopHeaders.has(osr)) throw new NotCompilable(`OSR pc ${osr} is not a loop header`);
      const bound = this.cfg.boundAt.get(osr);
      for (let i = 0; i < n; i++) {
        const p = g.addParam(entry, Repr.Tagged);
        if (bound?.[i] !== 1) this.maybeUnbound.add(p);
        this.state.locals.push(p);
      }
      for (let k = 0; k < d; k++) this.state.stack.push(g.addParam(entry, Repr.Tagged));
      this.startInstruction(osr);
      this.osrVirtualizeIterator(osr);
      this.jumpTo(osr);
    }
    for (const leader of this.cfg.order) this.buildBlock(leader);
    if (g.dependencies.length === 0) removeCheckValid(g);
    return g;
  }

  /** Build an inlined callee into the shared graph: its entry block and its returns (blocks not yet terminated). */
  buildInline(): { entry: Block; returns: { block: Block; value: Value }[] } {
    const ctx = this.inlineCtx as InlineContext;
    const entry = this.g.newBlock(-1);
    this.enterBlock(entry, { locals: [], stack: [], names: new Map() });
    for (let i = 0; i < this.code.nlocalsplus; i++) this.state.locals.push(ctx.args[i] ?? null);
    this.startInstruction(0);
    this.jumpTo(0);
    for (const leader of this.cfg.order) this.buildBlock(leader);
    return { entry, returns: this.returns };
  }

  /** At an OSR entry into `for x in <range iterator>`: keep the iterator in registers. */
  private osrVirtualizeIterator(osr: number): void {
    const t = this.opts.rangeIteratorType;
    if (t === undefined || opAt(this.code, osr) !== Op.FOR_ITER || this.generic(osr)) return;
    if (hintAt(this.fb, osr) !== "range") return;
    const top = this.state.stack[this.state.stack.length - 1];
    if (top === undefined || top instanceof VRange || top instanceof VIter) return;
    const fs = this.frameState();
    const m = this.emit("UnpackRangeIter", [top], [], fs);
    const cur = this.emit("CheckInt", [this.emit("Proj", [m], [0])], [], fs);
    const stop = this.emit("CheckInt", [this.emit("Proj", [m], [1])], [], fs);
    const step = this.emit("CheckInt", [this.emit("Proj", [m], [2])], [], fs);
    const zero = this.constInt(0);
    this.emit("Guard", [this.emit("Int53Compare", [step, zero], [4])], [], fs);
    this.state.stack[this.state.stack.length - 1] = new VIter(cur, stop, step, 1);
  }

  private startInstruction(pc: number): void {
    this.pc = pc;
    this.fsBefore = null;
    this.atStart = copyState(this.state);
  }

  // ---- blocks and edges -----------------------------------------------------

  private enterBlock(block: Block, state: State): void {
    this.cur = block;
    this.state = state;
    this.boxCache = new Map();
    this.checkCache = new Map();
    this.constCache = new Map();
    this.iterCache = new Map();
  }

  private isMerge(pc: number): boolean {
    return (this.cfg.preds.get(pc)?.length ?? 0) > 1 || this.cfg.loopHeaders.has(pc);
  }

  private buildBlock(leader: number): void {
    let block: Block;
    let state: State;
    const m = this.merges.get(leader);
    if (m !== undefined) {
      block = m.block;
      state = {
        locals: m.localParams.slice(),
        stack: m.stackLayout.map((s) => (s.kind === "value" ? s.param : new VIter(s.cur, s.stop, s.step, s.dir))),
        names: new Map(m.nameParams),
      };
    } else {
      const inh = this.inherited.get(leader);
      if (inh === undefined) return; // not reached from the entry of this graph
      block = inh.block;
      state = copyState(inh.state);
    }
    this.enterBlock(block, state);
    const n = this.code.code.length;
    for (let pc = leader; pc < n; pc++) {
      this.startInstruction(pc);
      const op = opAt(this.code, pc);
      const ended = this.instruction(op, argAt(this.code, pc));
      if (ended) return;
      const def = opcodeDef(op);
      if (pc + 1 >= n) throw new NotCompilable("control falls off the end of the code");
      if (this.cfg.isLeader[pc + 1] === 1 || def.control !== undefined) {
        this.jumpTo(pc + 1);
        return;
      }
    }
  }

  /** Terminate the current block with a jump to `target` carrying the current state. */
  private jumpTo(target: number): void {
    const e = this.edge(target, this.state);
    this.cur.terminator = { kind: "jump", target: e.block, args: e.args };
  }

  /** The block for an edge to bytecode `target` and the values it passes. */
  private edge(target: number, state: State): { block: Block; args: Value[] } {
    if (this.isMerge(target)) {
      let m = this.merges.get(target);
      if (m === undefined) {
        const block = this.g.newBlock(target);
        const bound = this.cfg.boundAt.get(target);
        const localParams = state.locals.map((_, i) => {
          const p = this.g.addParam(block, Repr.Tagged);
          if (bound?.[i] !== 1) this.maybeUnbound.add(p);
          return p;
        });
        const stackLayout = state.stack.map((e): MergeInfo["stackLayout"][number] => {
          if (e instanceof VRange) throw new NotCompilable("a range object reaches a merge point");
          if (e instanceof VIter) {
            // Loop-invariant bounds come back as the same value on every edge; simplify drops such parameters.
            return { kind: "iter", cur: this.g.addParam(block, Repr.Int53), stop: this.g.addParam(block, Repr.Int53), step: this.g.addParam(block, Repr.Int53), dir: e.dir };
          }
          return { kind: "value", param: this.g.addParam(block, Repr.Tagged) };
        });
        const nameParams = new Map<number, Param>();
        for (const k of state.names.keys()) if (!this.noNames.has(`${target}:${k}`)) nameParams.set(k, this.g.addParam(block, Repr.Tagged));
        m = { block, localParams, stackLayout, nameParams };
        this.merges.set(target, m);
      }
      const args: Value[] = state.locals.map((v) => (v === null ? this.constValue(undefined) : this.box(v)));
      if (state.stack.length !== m.stackLayout.length) throw new NotCompilable(`stack depth mismatch at ${target}`);
      state.stack.forEach((e, k) => {
        const slot = m.stackLayout[k];
        if (slot === undefined) return;
        if (slot.kind === "iter") {
          if (!(e instanceof VIter) || e.dir !== slot.dir) throw new NotCompilable(`iterator merge at ${target}`);
          args.push(e.cur, e.stop, e.step);
        } else if (e instanceof VIter) {
          // The merge holds a real iterator here (the first edge brought one): allocate this one.
          args.push(this.emit("NewRangeIter", [e.cur, e.stop, e.step]));
        } else {
          if (e instanceof VRange) throw new NotCompilable(`range object at merge ${target}`);
          args.push(this.box(e));
        }
      });
      const missing = [...m.nameParams.keys()].filter((k) => !state.names.has(k));
      if (missing.length > 0) throw new RetryWithoutNames(target, missing);
      for (const k of m.nameParams.keys()) args.push(this.box(state.names.get(k) as Value));
      return { block: m.block, args };
    }
    if (this.inherited.has(target)) throw new NotCompilable(`second edge into single-predecessor block ${target}`);
    const block = this.g.newBlock(target);
    this.inherited.set(target, { block, state: copyState(state) });
    return { block, args: [] };
  }

  // ---- values ------------------------------------------------------------------

  private emit(op: OpName, inputs: Value[], imm: readonly (number | string)[] = [], frameState: FrameState | null = null): Instr {
    if (OPS[op].effects && !NAME_SAFE.has(op) && this.state.names.size > 0) this.state.names.clear();
    return this.g.addInstr(this.cur, op, OPS[op].result, inputs, imm, this.inlineCtx?.callPc ?? this.pc, frameState);
  }

  private constValue(v: unknown): Value {
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

  private constInt(v: number): Value {
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
  private box(v: Value): Value {
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
  private frameState(): FrameState {
    if (this.fsBefore === null) this.fsBefore = this.snapshot(this.pc, this.atStart);
    return this.fsBefore;
  }

  private snapshot(pc: number, state: State): FrameState {
    const ctx = this.inlineCtx;
    const own = { pc, locals: state.locals.slice(), stack: state.stack.map((e) => this.materialize(e)) };
    return ctx === null ? { ...own, parent: null } : { ...own, parent: ctx.parentFs, funcK: ctx.funcK };
  }

  private materialize(e: Entry): Value {
    if (e instanceof VRange) throw new NotCompilable("a range object would need materializing");
    if (e instanceof VIter) {
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
  private refine(from: Value, to: Value): void {
    const s = this.state;
    for (let i = 0; i < s.locals.length; i++) if (s.locals[i] === from) s.locals[i] = to;
    for (let i = 0; i < s.stack.length; i++) if (s.stack[i] === from) s.stack[i] = to;
  }

  private check(op: "CheckInt" | "CheckFloat" | "CheckNumber" | "CheckStr" | "CheckBound", v: Value, imm: readonly number[] = []): Value {
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

  private asInt(v: Value): Value | null {
    if (v.repr === Repr.Int53) return v;
    // A global read as a constant (its rebinding invalidates the code): no run-time check.
    const c = this.constOf.get(v);
    if (typeof c === "number") return this.constInt(c);
    if (v.repr === Repr.Tagged) return this.check("CheckInt", v);
    return null;
  }

  /** A float64 for float arithmetic; `exact` demands a float (not an int) when tagged. */
  private asFloat(v: Value, exact: boolean): Value | null {
    if (v.repr === Repr.Float64) return v;
    if (v.repr === Repr.Int53) return this.emit("Int53ToFloat64", [v]);
    const c = this.constOf.get(v);
    if (c instanceof JIT_RUNTIME.PyFloat && c.cls === JIT_RUNTIME.FloatType) return this.constFloat(c.value);
    if (!exact && typeof c === "number") return this.constFloat(c);
    if (v.repr === Repr.Tagged) return this.check(exact ? "CheckFloat" : "CheckNumber", v);
    return null;
  }

  private generic(pc: number): boolean {
    return this.opts.genericPcs?.has(pc) ?? false;
  }

  private pop(): Value {
    const e = this.state.stack.pop();
    if (e === undefined) throw new NotCompilable(`stack underflow at ${this.pc}`);
    if (e instanceof VRange || e instanceof VIter) throw new NotCompilable(`a virtual iterator is used as a value at ${this.pc}`);
    return e;
  }

  private peek(k: number): Value {
    const e = this.state.stack[this.state.stack.length - 1 - k];
    if (e === undefined || e instanceof VRange || e instanceof VIter) throw new NotCompilable(`unsupported stack use at ${this.pc}`);
    return e;
  }

  private push(v: Entry): void {
    this.state.stack.push(v);
  }

  /** After an op that can run Python code: notice invalidation, resuming after the instruction. */
  private checkValid(): void {
    const fs = this.snapshot(this.pc + 1, this.state);
    this.emit("CheckValid", [], [], fs);
  }

  private toBool(v: Value): Value {
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

  // ---- instructions ----------------------------------------------------------------

  /** Translate one instruction; true when it terminated the block. */
  private instruction(op: number, arg: number): boolean {
    const s = this.state;
    switch (op) {
      case Op.NOP:
      case Op.KW_NAMES:
        return false;
      case Op.POP_TOP:
        s.stack.pop();
        return false;
      case Op.PUSH_NULL:
        this.push(this.constValue(null));
        return false;
      case Op.COPY: {
        const e = s.stack[s.stack.length - arg];
        if (e === undefined) throw new NotCompilable("COPY below the stack");
        this.push(e);
        return false;
      }
      case Op.SWAP: {
        const i = s.stack.length - 1;
        const j = s.stack.length - arg;
        const a = s.stack[i];
        const b = s.stack[j];
        if (a === undefined || b === undefined) throw new NotCompilable("SWAP below the stack");
        s.stack[i] = b;
        s.stack[j] = a;
        return false;
      }
      case Op.LOAD_CONST:
        this.push(this.loadConst(arg));
        return false;
      case Op.LOAD_FAST: {
        const v = s.locals[arg];
        if (v === undefined || v === null) {
          this.cur.terminator = { kind: "deopt", frameState: this.frameState(), reason: "unbound local" };
          return true;
        }
        this.push(this.maybeUnbound.has(v) ? this.check("CheckBound", v) : v);
        return false;
      }
      case Op.STORE_FAST:
        s.locals[arg] = this.pop();
        return false;
      case Op.DELETE_FAST: {
        const v = s.locals[arg];
        if (v === undefined || v === null) {
          this.cur.terminator = { kind: "deopt", frameState: this.frameState(), reason: "unbound local" };
          return true;
        }
        if (this.maybeUnbound.has(v)) this.check("CheckBound", v);
        s.locals[arg] = null;
        return false;
      }
      case Op.LOAD_GLOBAL:
        this.loadGlobal(arg);
        return false;
      case Op.LOAD_NAME: {
        let v = s.names.get(arg);
        if (v === undefined) {
          v = this.emit("LoadName", [], [arg], this.frameState());
          s.names.set(arg, v);
        }
        this.push(v);
        return false;
      }
      case Op.STORE_NAME: {
        const v = this.pop();
        this.emit("StoreName", [this.box(v)], [arg], this.frameState());
        s.names.set(arg, v);
        return false;
      }
      case Op.LOAD_ATTR: {
        const o = this.box(this.pop());
        this.push(this.emit("LoadAttr", [o], [this.pc, arg], this.frameState()));
        this.checkValid();
        return false;
      }
      case Op.STORE_ATTR: {
        const o = this.box(this.pop());
        const v = this.box(this.pop());
        this.emit("StoreAttr", [o, v], [this.pc, arg], this.frameState());
        this.checkValid();
        return false;
      }
      case Op.LOAD_METHOD: {
        const o = this.box(this.pop());
        const m = this.emit("LoadMethod", [o], [this.pc, arg], this.frameState());
        this.push(this.emit("Proj", [m], [0]));
        this.push(this.emit("Proj", [m], [1]));
        this.checkValid();
        return false;
      }
      case Op.BINARY_SUBSCR:
        this.binarySubscr();
        return false;
      case Op.STORE_SUBSCR:
        this.storeSubscr();
        return false;
      case Op.BINARY_OP:
        this.binaryOp(arg);
        return false;
      case Op.COMPARE_OP:
        this.compareOp(arg);
        return false;
      case Op.IS_OP: {
        const b = this.pop();
        const a = this.pop();
        const r = this.emit("IsIdentical", [this.box(a), this.box(b)]);
        this.push(arg === 1 ? this.emit("BoolNot", [r]) : r);
        return false;
      }
      case Op.CONTAINS_OP: {
        const container = this.box(this.pop());
        const item = this.box(this.pop());
        const r = this.emit("GenericContains", [container, item], [], this.frameState());
        this.push(arg === 1 ? this.emit("BoolNot", [r]) : r);
        this.checkValid();
        return false;
      }
      case Op.UNARY_NOT:
        this.push(this.emit("BoolNot", [this.toBool(this.pop())]));
        return false;
      case Op.UNARY_NEGATIVE:
      case Op.UNARY_POSITIVE:
      case Op.UNARY_INVERT:
        this.unary(op);
        return false;
      case Op.JUMP_FORWARD:
        this.jumpTo(arg);
        return true;
      case Op.JUMP_BACKWARD:
        this.emit("Tick", [], [], this.frameState());
        this.jumpTo(arg);
        return true;
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE:
        this.popJump(op, arg);
        return true;
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
        this.jumpOrPop(op === Op.JUMP_IF_TRUE_OR_POP, arg);
        return true;
      case Op.GET_ITER: {
        const top = s.stack[s.stack.length - 1];
        if (top instanceof VRange) {
          s.stack[s.stack.length - 1] = this.rangeIter(top);
          return false;
        }
        const o = this.box(this.pop());
        this.push(this.emit("GetIter", [o], [], this.frameState()));
        this.checkValid();
        return false;
      }
      case Op.FOR_ITER:
        this.forIter(arg);
        return true;
      case Op.RETURN_VALUE:
        if (this.inlineCtx !== null) {
          this.returns.push({ block: this.cur, value: this.pop() });
          return true;
        }
        this.cur.terminator = { kind: "return", value: this.box(this.pop()) };
        return true;
      case Op.CALL:
        this.call(arg);
        return false;
      case Op.BUILD_TUPLE:
      case Op.BUILD_LIST: {
        const items: Value[] = [];
        for (let k = 0; k < arg; k++) items.unshift(this.box(this.pop()));
        this.push(this.emit(op === Op.BUILD_TUPLE ? "BuildTuple" : "BuildList", items));
        return false;
      }
      case Op.LIST_APPEND: {
        const v = this.box(this.pop());
        this.emit("ListAppend", [this.peek(arg - 1), v]);
        return false;
      }
      case Op.UNPACK_SEQUENCE: {
        const seq = this.box(this.pop());
        const m = this.emit("UnpackSequence", [seq], [arg], this.frameState());
        for (let k = 0; k < arg; k++) this.push(this.emit("Proj", [m], [arg - 1 - k]));
        this.checkValid();
        return false;
      }
      case Op.MAKE_CELL: {
        const v = s.locals[arg];
        s.locals[arg] = this.emit("MakeCell", [v === null || v === undefined ? this.constValue(undefined) : this.box(v)], [arg]);
        return false;
      }
      case Op.COPY_FREE_VARS: {
        const first = this.code.nlocalsplus - arg;
        for (let k = 0; k < arg; k++) s.locals[first + k] = this.emit("CopyFreeVar", [], [first + k, k]);
        return false;
      }
      case Op.LOAD_CLOSURE: {
        const cell = s.locals[arg];
        if (cell === null || cell === undefined) throw new NotCompilable(`LOAD_CLOSURE of slot ${arg} before its cell exists`);
        this.push(cell);
        return false;
      }
      case Op.LOAD_DEREF: {
        const cell = s.locals[arg];
        if (cell === null || cell === undefined) throw new NotCompilable(`LOAD_DEREF of slot ${arg} before its cell exists`);
        this.push(this.emit("LoadCell", [this.box(cell)], [arg], this.frameState()));
        return false;
      }
      case Op.STORE_DEREF: {
        const cell = s.locals[arg];
        if (cell === null || cell === undefined) throw new NotCompilable(`STORE_DEREF of slot ${arg} before its cell exists`);
        this.emit("StoreCell", [this.box(cell), this.box(this.pop())]);
        return false;
      }
      case Op.RAISE_VARARGS: {
        const fs = this.frameState();
        const operands: Value[] = [];
        for (let k = 0; k < arg; k++) operands.unshift(this.box(this.pop()));
        this.emit("Raise", operands, [arg], fs);
        this.cur.terminator = { kind: "deopt", frameState: fs, reason: "unreachable after raise" };
        return true;
      }
      default:
        if (VIA_EXEC_RARE.has(op)) {
          this.execRare(op, arg);
          return false;
        }
        throw new NotCompilable(`opcode ${OPCODE_NAMES[op] ?? op} has no tier-2 translation`);
    }
  }

  /** An opcode run by the interpreter's execRare on the spilled top of the stack. */
  private execRare(op: number, arg: number): void {
    const s = this.state.stack;
    const d = s.length;
    const def = opcodeDef(op);
    const pops = d - (d + stackEffect(op, arg, false) - pushCount(op, arg));
    const reach = Math.min(d, pops + (READS_BELOW.has(op) ? arg : 0));
    const fs = this.frameState();
    const inputs = s.slice(d - reach).map((e) => (e instanceof VIter ? this.constValue(undefined) : e instanceof VRange ? null : this.box(e)));
    if (inputs.some((x) => x === null)) throw new NotCompilable(`range object under ${def.name}`);
    const m = this.emit("ExecRare", inputs as Value[], [op | (arg << 8), d - reach, d, d - pops], fs);
    s.length = d - pops;
    const pushes = pushCount(op, arg);
    for (let j = 0; j < pushes; j++) this.push(this.emit("Proj", [m], [j]));
    this.checkValid();
  }

  private loadConst(i: number): Value {
    const c = this.fb.consts[i];
    if (typeof c === "number") return this.constInt(c);
    if (typeof c === "boolean") {
      const key = `b${c ? 1 : 0}`;
      let x = this.constCache.get(key);
      if (x === undefined) {
        x = this.emit("ConstBool", [], [c ? 1 : 0]);
        this.constCache.set(key, x);
      }
      return x;
    }
    if (c instanceof JIT_RUNTIME.PyFloat && c.cls === JIT_RUNTIME.FloatType) return this.constFloat(c.value);
    return this.constValue(c);
  }

  private constFloat(value: number): Value {
    const key = `f${Object.is(value, -0) ? "-0" : String(value)}`;
    let x = this.constCache.get(key);
    if (x === undefined) {
      x = this.emit("ConstFloat64", [], [value]);
      this.constCache.set(key, x);
    }
    return x;
  }

  private loadGlobal(arg: number): void {
    const namei = arg >>> 1;
    if (arg & 1) this.push(this.constValue(null));
    const name = this.code.names[namei] ?? "";
    const found = this.opts.globalValue?.(name);
    if (found !== undefined) {
      const k = this.g.addConst(found.value);
      const v = this.emit("LoadGlobalConst", [], [k, namei]);
      this.constOf.set(v, found.value);
      if (!this.g.dependencies.some((d) => d.kind === "global" && d.name === name)) {
        this.g.dependencies.push({ kind: "global", name, fromBuiltins: found.fromBuiltins, value: found.value });
      }
      this.push(v);
      return;
    }
    this.push(this.emit("LoadGlobal", [], [this.pc, namei], this.frameState()));
  }

  // ---- arithmetic ----------------------------------------------------------------

  /** Which typed lowering to use for a numeric instruction with operands a, b. */
  private numericKind(a: Value, b: Value): "int" | "float" | "generic" {
    if (this.generic(this.pc)) return "generic";
    const hint: Hint = hintAt(this.fb, this.pc);
    const known = (v: Value): "int" | "float" | "tagged" | "other" =>
      v.repr === Repr.Int53 ? "int" : v.repr === Repr.Float64 ? "float" : v.repr === Repr.Tagged ? "tagged" : "other";
    const ka = known(a);
    const kb = known(b);
    if (ka === "other" || kb === "other") return "generic";
    switch (hint) {
      case "int":
        return ka === "float" || kb === "float" ? "generic" : "int";
      case "float":
        return "float";
      case "none":
        if (ka === "int" && kb === "int") return "int";
        if ((ka === "float" && kb !== "tagged") || (kb === "float" && ka !== "tagged")) return "float";
        if (!this.speculateBlind) return "generic";
        if (ka === "float" || kb === "float") return "float";
        if (ka === "int" || kb === "int") return "int";
        return "generic";
      default:
        return "generic";
    }
  }

  /** Float operands: at least one must really be a float (else int op int would become float). */
  private floatOperands(a: Value, b: Value): [Value, Value] | null {
    const aFloat = a.repr === Repr.Float64;
    const bFloat = b.repr === Repr.Float64;
    let fa: Value | null;
    let fb: Value | null;
    if (aFloat || bFloat) {
      fa = this.asFloat(a, false);
      fb = this.asFloat(b, false);
    } else if (a.repr === Repr.Int53) {
      fb = this.asFloat(b, true);
      fa = this.asFloat(a, false);
    } else {
      fa = this.asFloat(a, true);
      fb = this.asFloat(b, false);
    }
    return fa === null || fb === null ? null : [fa, fb];
  }

  private binaryOp(nbArg: number): void {
    const nb = nbArg >= 13 ? nbArg - 13 : nbArg;
    const b = this.pop();
    const a = this.pop();
    this.state.stack.push(a, b); // frame state before the instruction keeps the operands
    const kind = this.numericKind(a, b);
    let r: Value | null = null;
    if (kind === "int") {
      if (nb === NB.TRUE_DIVIDE) {
        const ia = this.asInt(a);
        const ib = this.asInt(b);
        if (ia !== null && ib !== null) {
          r = this.emit("Float64Div", [this.emit("Int53ToFloat64", [ia]), this.emit("Int53ToFloat64", [ib])], [], this.frameState());
        }
      } else {
        const op = INT_BINOPS.get(nb);
        if (op !== undefined) {
          const ia = this.asInt(a);
          const ib = this.asInt(b);
          if (ia !== null && ib !== null) r = this.emit(op, [ia, ib], [], OPS[op].guard ? this.frameState() : null);
        }
      }
    } else if (kind === "float") {
      const op = FLOAT_BINOPS.get(nb);
      if (op !== undefined) {
        const ops = this.floatOperands(a, b);
        if (ops !== null) r = this.emit(op, ops, [], OPS[op].guard ? this.frameState() : null);
      }
    }
    const sb = this.pop();
    const sa = this.pop();
    if (r === null) {
      r = this.emit("GenericBinaryOp", [this.box(sa), this.box(sb)], [nbArg], this.frameState());
      this.push(r);
      this.checkValid();
      return;
    }
    this.push(r);
  }

  private compareOp(cmp: number): void {
    const b = this.peek(0);
    const a = this.peek(1);
    const kind = this.numericKind(a, b);
    let r: Value | null = null;
    if (kind === "int") {
      const ia = this.asInt(a);
      const ib = this.asInt(b);
      if (ia !== null && ib !== null) r = this.emit("Int53Compare", [ia, ib], [cmp]);
    } else if (kind === "float") {
      const ops = this.floatOperands(a, b);
      if (ops !== null) r = this.emit("Float64Compare", ops, [cmp]);
    }
    const sb = this.pop();
    const sa = this.pop();
    if (r === null) {
      r = this.emit("GenericCompare", [this.box(sa), this.box(sb)], [cmp], this.frameState());
      this.push(r);
      this.checkValid();
      return;
    }
    this.push(r);
  }

  private unary(op: number): void {
    const v = this.peek(0);
    let r: Value | null = null;
    if (op === Op.UNARY_NEGATIVE) {
      if (v.repr === Repr.Int53) r = this.emit("Int53Neg", [v]);
      else if (v.repr === Repr.Float64) r = this.emit("Float64Neg", [v]);
    } else if (op === Op.UNARY_POSITIVE && (v.repr === Repr.Int53 || v.repr === Repr.Float64)) {
      r = v;
    }
    this.pop();
    if (r === null) {
      r = this.emit("GenericUnary", [this.box(v)], [op], this.frameState());
      this.push(r);
      this.checkValid();
      return;
    }
    this.push(r);
  }

  // ---- subscripts --------------------------------------------------------------------

  /** `obj` checked to be exactly of the builtin type `t` (list/tuple: their class cannot change), reusing an earlier check. */
  private checkType(obj: Value, t: unknown, fs: FrameState): Value {
    if (this.knownType.get(obj) === t) return obj;
    const r = this.emit("CheckType", [obj], [this.g.addConst(t)], fs);
    this.knownType.set(r, t);
    this.refine(obj, r);
    return r;
  }

  private seqType(hint: Hint): unknown {
    return hint === "list" ? JIT_RUNTIME.ListType : hint === "tuple" ? JIT_RUNTIME.TupleType : undefined;
  }

  private binarySubscr(): void {
    const key = this.peek(0);
    const obj = this.peek(1);
    const t = this.generic(this.pc) ? undefined : this.seqType(hintAt(this.fb, this.pc));
    if (t !== undefined && (key.repr === Repr.Int53 || key.repr === Repr.Tagged) && obj.repr === Repr.Tagged) {
      const fs = this.frameState();
      const o = this.checkType(obj, t, fs);
      const i = this.asInt(key);
      if (i !== null) {
        const r = this.emit("SeqGet", [o, i], [], fs);
        this.pop();
        this.pop();
        this.push(r);
        return;
      }
    }
    const k = this.box(this.pop());
    const o = this.box(this.pop());
    this.push(this.emit("GetItem", [o, k], [], this.frameState()));
    this.checkValid();
  }

  private storeSubscr(): void {
    const key = this.peek(0);
    const obj = this.peek(1);
    const t = this.generic(this.pc) ? undefined : hintAt(this.fb, this.pc) === "list" ? JIT_RUNTIME.ListType : undefined;
    if (t !== undefined && (key.repr === Repr.Int53 || key.repr === Repr.Tagged) && obj.repr === Repr.Tagged) {
      const fs = this.frameState();
      const o = this.checkType(obj, t, fs);
      const i = this.asInt(key);
      if (i !== null) {
        this.pop();
        this.pop();
        const v = this.box(this.pop());
        this.emit("ListSet", [o, i, v], [], fs);
        return;
      }
    }
    const k = this.box(this.pop());
    const o = this.box(this.pop());
    const v = this.box(this.pop());
    this.emit("SetItem", [o, k, v], [], this.frameState());
    this.checkValid();
  }

  // ---- control flow -------------------------------------------------------------------

  private popJump(op: number, target: number): void {
    const v = this.peek(0);
    let cond: Value;
    let jumpIfTrue: boolean;
    if (op === Op.POP_JUMP_IF_NONE || op === Op.POP_JUMP_IF_NOT_NONE) {
      cond = v.repr === Repr.Tagged ? this.emit("IsIdentical", [v, this.constValue(JIT_RUNTIME.None)]) : this.emit("ConstBool", [], [0]);
      jumpIfTrue = op === Op.POP_JUMP_IF_NONE;
    } else {
      cond = this.toBool(v);
      jumpIfTrue = op === Op.POP_JUMP_IF_TRUE;
    }
    this.pop();
    const jump = this.edge(target, this.state);
    const fall = this.edge(this.pc + 1, this.state);
    this.cur.terminator = jumpIfTrue
      ? { kind: "branch", cond, ifTrue: jump.block, trueArgs: jump.args, ifFalse: fall.block, falseArgs: fall.args }
      : { kind: "branch", cond, ifTrue: fall.block, trueArgs: fall.args, ifFalse: jump.block, falseArgs: jump.args };
  }

  private jumpOrPop(jumpIfTrue: boolean, target: number): void {
    const cond = this.toBool(this.peek(0));
    const jump = this.edge(target, this.state);
    this.pop();
    const fall = this.edge(this.pc + 1, this.state);
    this.cur.terminator = jumpIfTrue
      ? { kind: "branch", cond, ifTrue: jump.block, trueArgs: jump.args, ifFalse: fall.block, falseArgs: fall.args }
      : { kind: "branch", cond, ifTrue: fall.block, trueArgs: fall.args, ifFalse: jump.block, falseArgs: jump.args };
  }

  private rangeIter(r: VRange): VIter {
    if (r.dir === 0) throw new NotCompilable("range step of unknown sign");
    return new VIter(r.start, r.stop, r.step, r.dir);
  }

  private forIter(target: number): void {
    const top = this.state.stack[this.state.stack.length - 1];
    if (top instanceof VIter) {
      const cond = this.emit("Int53Compare", [top.cur, top.stop], [top.dir > 0 ? 0 : 4]);
      const next = this.emit("Int53Add", [top.cur, top.step], [], this.frameState());
      const exitState: State = { locals: this.state.locals, stack: this.state.stack.slice(0, -1), names: this.state.names };
      const bodyState: State = { locals: this.state.locals, stack: [...this.state.stack.slice(0, -1), new VIter(next, top.stop, top.step, top.dir), top.cur], names: this.state.names };
      const body = this.edge(this.pc + 1, bodyState);
      const exit = this.edge(target, exitState);
      this.cur.terminator = { kind: "branch", cond, ifTrue: body.block, trueArgs: body.args, ifFalse: exit.block, falseArgs: exit.args };
      return;
    }
    const it = this.peek(0);
    const v = this.emit("IterNext", [it], [], this.frameState());
    const done = this.emit("IsUndefined", [v]);
    const exitState: State = { locals: this.state.locals, stack: this.state.stack.slice(0, -1), names: this.state.names };
    const bodyState: State = { locals: this.state.locals, stack: [...this.state.stack, v], names: this.state.names };
    const exit = this.edge(target, exitState);
    const body = this.edge(this.pc + 1, bodyState);
    this.cur.terminator = { kind: "branch", cond: done, ifTrue: exit.block, trueArgs: exit.args, ifFalse: body.block, falseArgs: body.args };
  }

  // ---- calls ---------------------------------------------------------------------------

  private kwNamesBefore(): number {
    const pc = this.pc;
    if (pc === 0 || this.cfg.isLeader[pc] === 1 || opAt(this.code, pc - 1) !== Op.KW_NAMES) return -1;
    const names = JIT_RUNTIME.kwNamesOf(this.fb.consts[argAt(this.code, pc - 1)] as never);
    return this.g.addConst(names);
  }

  private call(argc: number): void {
    const s = this.state.stack;
    const base = s.length - argc - 2;
    const first = s[base];
    const second = s[base + 1];
    if (first === undefined || second === undefined || first instanceof VRange || first instanceof VIter || second instanceof VRange || second instanceof VIter) {
      throw new NotCompilable(`unsupported CALL stack at ${this.pc}`);
    }
    const kwk = this.kwNamesBefore();
    const nullFirst = this.constOf.has(first) && this.constOf.get(first) === null;
    let callee = this.constOf.get(second);
    if (callee === undefined && nullFirst && kwk === -1 && this.opts.rangeType !== undefined && second.repr === Repr.Tagged && [...this.state.names.values()].includes(second) && this.rangeCandidate(argc)) {
      // A name called right before GET_ITER in a module body: speculate that it is still `range`.
      const checked = this.emit("CheckIdentity", [second], [this.g.addConst(this.opts.rangeType)], this.frameState());
      this.constOf.set(checked, this.opts.rangeType);
      callee = this.opts.rangeType;
    }
    if (nullFirst && kwk === -1 && callee !== undefined) {
      if (this.opts.rangeType !== undefined && callee === this.opts.rangeType && this.tryRange(argc, base)) return;
      if (isPyFunctionLike(callee)) {
        const c = callee.code;
        const simple =
          c.argcount === argc && c.kwonlyargcount === 0 && (c.flags & (CO.VARARGS | CO.VARKEYWORDS | CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE)) === 0;
        if (simple && this.tryInline(callee, argc, base)) return;
        if (simple) {
          const fs = this.frameState();
          const args: Value[] = [];
          for (let k = 0; k < argc; k++) args.unshift(this.box(this.pop()));
          s.length = base;
          this.push(this.emit("CallDirect", args, [this.g.addConst(callee), this.pc], fs));
          this.checkValid();
          return;
        }
      }
    }
    if (kwk === -1 && this.speculatedCall(argc, base, first, second, nullFirst)) return;
    const fs = this.frameState();
    const args: Value[] = [];
    for (let k = 0; k < argc; k++) args.unshift(this.box(this.pop()));
    const b = this.box(this.pop());
    const a = this.box(this.pop());
    this.push(this.emit("Call", [a, b, ...args], [this.pc, kwk], fs));
    this.checkValid();
  }

  /**
   * A call site the interpreter specialized to one Python function with
   * exact positional arguments (CALL_PY_EXACT_ARGS; its call cache names the
   * function): guard the callee's identity and call it directly. Covers both
   * `f(x)` ([NULL, f, x]) and `obj.m(x)` after LOAD_METHOD ([m, obj, x]).
   */
  private speculatedCall(argc: number, base: number, first: Value, second: Value, nullFirst: boolean): boolean {
    if (this.generic(this.pc) || CALL_PY_EXACT_ARGS < 0 || this.fb.specializedOpAt(this.pc) !== CALL_PY_EXACT_ARGS) return false;
    const view = this.fb.cacheAt(this.pc);
    const fn = view?.kind === "call" ? view.target : undefined;
    if (!isPyFunctionLike(fn)) return false;
    const callee = nullFirst ? second : first;
    const nargs = nullFirst ? argc : argc + 1;
    const c = fn.code;
    if (c.argcount !== nargs || c.kwonlyargcount !== 0 || (c.flags & (CO.VARARGS | CO.VARKEYWORDS | CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE)) !== 0) return false;
    if (callee.repr !== Repr.Tagged) return false;
    const fs = this.frameState();
    const k = this.g.addConst(fn);
    if (this.constOf.get(callee) !== fn) {
      const checked = this.emit("CheckIdentity", [callee], [k], fs);
      this.constOf.set(checked, fn);
    }
    const s = this.state.stack;
    const args = s.slice(base + (nullFirst ? 2 : 1)).map((v) => {
      if (v instanceof VRange || v instanceof VIter) throw new NotCompilable(`unsupported CALL stack at ${this.pc}`);
      return this.box(v);
    });
    s.length = base;
    this.push(this.emit("CallDirect", args, [k, this.pc], fs));
    this.checkValid();
    return true;
  }

  /**
   * Inline a call of `fn` (exact positional arity, checked by the caller)
   * when the options allow it and the built body is loop-free, small, and
   * made only of pure ops and guards. On refusal the graph is left as it was.
   */
  private tryInline(fn: { code: CodeObject; globals: unknown }, argc: number, base: number): boolean {
    const lim = this.opts.inline;
    const ctx = this.inlineCtx;
    const code = fn.code;
    if (lim === undefined || (ctx?.depth ?? 0) >= lim.maxDepth) return false;
    if (code === this.code || (ctx?.chain.includes(code) ?? false) || this.generic(this.pc)) return false;
    if (code.code.length > lim.maxInstructions || code.exceptionTable.length > 0 || builderRefusal(code) !== null) return false;
    for (let pc = 0; pc < code.code.length; pc++) if (opAt(code, pc) === Op.JUMP_BACKWARD) return false;
    const fb = this.opts.feedbackOf?.(code);
    if (fb === undefined) return false;
    const s = this.state.stack;
    const args = s.slice(base + 2);
    if (args.some((a) => a instanceof VRange || a instanceof VIter)) return false;
    const parentFs = this.snapshot(this.pc + 1, { locals: this.atStart.locals, stack: this.atStart.stack.slice(0, base), names: new Map() });
    const blocksBefore = this.g.blocks.length;
    const sub: InlineContext = {
      parentFs,
      funcK: this.g.addConst(fn),
      args: args as Value[],
      callPc: ctx?.callPc ?? this.pc,
      depth: (ctx?.depth ?? 0) + 1,
      chain: [...(ctx?.chain ?? [this.code]), code],
    };
    const sameGlobals = this.opts.globals !== undefined && fn.globals === this.opts.globals;
    const { genericPcs: _avoid, osrPc: _osr, globalValue, ...rest } = this.opts;
    const calleeOpts: BuildOptions = sameGlobals && globalValue !== undefined ? { ...rest, globalValue } : rest;
    let built: { entry: Block; returns: { block: Block; value: Value }[] };
    try {
      built = new Builder(code, fb, calleeOpts, this.g, sub).buildInline();
    } catch (e) {
      if (!(e instanceof NotCompilable)) throw e;
      this.g.blocks.length = blocksBefore;
      return false;
    }
    const added = this.g.blocks.slice(blocksBefore);
    const size = added.reduce((n, b) => n + b.instrs.length, 0);
    const clean = added.every((b) => b.instrs.every((i) => !OPS[i.op as OpName].raises && !OPS[i.op as OpName].effects));
    if (!clean || size > lim.maxInstructions || built.returns.length === 0) {
      this.g.blocks.length = blocksBefore;
      return false;
    }
    // Enter the callee, continue after the call with its result.
    this.cur.terminator = { kind: "jump", target: built.entry, args: [] };
    const cont = this.g.newBlock(this.pc + 1);
    let result: Value;
    const only = built.returns.length === 1 ? built.returns[0] : undefined;
    if (only !== undefined) {
      only.block.terminator = { kind: "jump", target: cont, args: [] };
      result = only.value;
    } else {
      result = this.g.addParam(cont, Repr.Tagged);
      for (const r of built.returns) {
        const v = r.value.repr === Repr.Tagged ? r.value : this.g.addInstr(r.block, "Box", Repr.Tagged, [r.value], [], sub.callPc);
        r.block.terminator = { kind: "jump", target: cont, args: [v] };
      }
    }
    // Blocks must be listed after their dominators for readability; the continuation is last.
    this.enterBlock(cont, { locals: this.state.locals.slice(), stack: s.slice(0, base), names: new Map(this.state.names) });
    this.push(result);
    return true;
  }

  private rangeCandidate(argc: number): boolean {
    if (argc < 1 || argc > 3 || this.generic(this.pc)) return false;
    const next = this.pc + 1;
    return next < this.code.code.length && opAt(this.code, next) === Op.GET_ITER && this.cfg.isLeader[next] !== 1;
  }

  /** `range(...)` immediately consumed by GET_ITER with int arguments: a virtual range. */
  private tryRange(argc: number, base: number): boolean {
    if (!this.rangeCandidate(argc)) return false;
    const args = this.state.stack.slice(base + 2) as Value[];
    if (args.some((a) => a.repr !== Repr.Int53 && a.repr !== Repr.Tagged)) return false;
    let dir: 1 | -1 = 1;
    if (argc === 3) {
      const step = this.constOf.get(args[2] as Value);
      if (typeof step !== "number" || step === 0) return false;
      dir = step > 0 ? 1 : -1;
    }
    const ints = args.map((a) => this.asInt(a));
    if (ints.some((x) => x === null)) return false;
    const iv = ints as Value[];
    const start = argc === 1 ? this.constInt(0) : (iv[0] as Value);
    const stop = argc === 1 ? (iv[0] as Value) : (iv[1] as Value);
    const step = argc === 3 ? (iv[2] as Value) : this.constInt(1);
    this.state.stack.length = base;
    this.push(new VRange(start, stop, step, dir));
    return true;
  }
}

/** Drop `CheckValid` from a graph that assumes nothing that could be invalidated. */
function removeCheckValid(g: Graph): void {
  for (const b of g.blocks) {
    const keep = b.instrs.filter((i) => i.op !== "CheckValid");
    if (keep.length !== b.instrs.length) b.instrs.splice(0, b.instrs.length, ...keep);
  }
}
