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
 * class bodies and exec'd code, frame introspection, exception handlers
 * (unless `exceptionHandlers`), and any opcode without a translation.
 *
 * Files: model.ts (options, abstract values, opcode tables, refusal),
 * core.ts (state, blocks and edges, values, frame states, guards),
 * operations.ts (constants, globals, arithmetic, subscripts, execRare), this
 * file (entry points, instruction dispatch, control flow, calls, inlining).
 */
import { CO, CodeObject, Op, OPCODE_NAMES, opcodeDef } from "@pyvm/bytecode";
import { JIT_RUNTIME, PyBoundMethod, PyType, TypeFlags, plainInitOf, type AttrEntryView, type CodeFeedback, type InlineCacheView } from "@pyvm/interpreter";
import { Graph, Repr, type Block, type FrameState, type Instr, type Value } from "../ir/graph.js";
import { OPS, type OpName } from "../ir/ops.js";
import { argAt, opAt, successors } from "./cfg.js";
import { hintAt } from "./feedback.js";
import { optimizeGraph } from "../passes/pipeline.js";
import { incomingArgs } from "../passes/rewrite.js";
import { verifyGraph } from "../verify.js";
import { IntsBuilder } from "./ints.js";
import { GENERATOR_YIELD, isGeneratorCode, isResumePc, resumeOptions } from "./generator.js";
import {
  builderRefusal,
  readsOwnFrame,
  CALL_PY_EXACT_ARGS,
  copyState,
  isPyFunctionLike,
  NotCompilable,
  RetryWithoutNames,
  VIA_EXEC_RARE,
  VIter,
  VRange,
  type BuildOptions,
  type BuildResult,
  INLINE_OPS,
  type InlineContext,
  type State,
} from "./model.js";

export { builderRefusal, readsOwnFrame, type BuildOptions, type BuildResult, type GlobalLookup } from "./model.js";

/**
 * A call of a function that may read its caller's frame (`sys._getframe`,
 * `f_back`, `currentframe`): the caller must have a real, current frame
 * (tier 1 writes its locals back before calls and keeps `f.pc` exact); tier 2
 * runs frameless or inlined and keeps values in registers, so it refuses the
 * unit (an inlining attempt just gives up).
 */
function refuseIntrospectingCallee(code: CodeObject): void {
  for (const n of code.names) if (CALLER_INTROSPECTION.has(n)) throw new NotCompilable(`calls ${code.qualname}, which uses '${n}' (its caller's frame must be the interpreter's)`);
}

const CALLER_INTROSPECTION: ReadonlySet<string> = new Set(["_getframe", "currentframe", "f_back"]);

export function buildGraph(code: CodeObject, feedback: CodeFeedback, options: BuildOptions = {}): BuildResult {
  try {
    const noNames = new Set<string>();
    let graph: Graph | null = null;
    for (let attempt = 0; graph === null; attempt++) {
      try {
        graph = new Builder(code, feedback, isGeneratorCode(code) ? resumeOptions(options) : options, null, null, noNames).build();
      } catch (e) {
        if (!(e instanceof RetryWithoutNames)) throw e;
        if (attempt > 20) throw new NotCompilable("module names at merge points do not settle");
        for (const k of e.keys) noNames.add(k);
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

class Builder extends IntsBuilder {
  /** The enclosing loop header where an OSR unit hands over (BuildOptions.osrHandOver), or -1. */
  private handOverAt = -1;

  build(): Graph {
    const g = this.g;
    const code = this.code;
    const osr = this.opts.osrPc ?? -1;
    g.osrPc = osr;
    const entry = g.newBlock(-1);
    this.enterBlock(entry, { locals: [], stack: [], names: new Map(), dirty: new Set() });
    const n = code.nlocalsplus;
    if (osr < 0) {
      const bound = this.cfg.boundAt.get(0);
      for (let i = 0; i < n; i++) {
        const p = g.addParam(entry, Repr.Tagged);
        this.state.locals.push(bound?.[i] === 1 ? p : null);
      }
      this.startInstruction(0);
      this.emit("Tick", [], [], this.frameState());
      if ((code.flags & CO.OPTIMIZED) === 0) this.emit("CheckLocalsDict", [], [], this.frameState());
      this.jumpTo(0);
    } else {
      const d = this.cfg.depth[osr] ?? -1;
      if (d < 0) throw new NotCompilable(`OSR pc ${osr} is unreachable`);
      if (!this.cfg.loopHeaders.has(osr) && !isResumePc(code, osr)) throw new NotCompilable(`OSR pc ${osr} is not a loop header`);
      const bound = this.cfg.boundAt.get(osr);
      for (let i = 0; i < n; i++) {
        const p = g.addParam(entry, Repr.Tagged);
        if (bound?.[i] !== 1) this.maybeUnbound.add(p);
        this.state.locals.push(this.live.isLive(osr, i) ? p : null);
      }
      for (let k = 0; k < d; k++) this.state.stack.push(g.addParam(entry, Repr.Tagged));
      this.startInstruction(osr);
      if ((code.flags & CO.OPTIMIZED) === 0) this.emit("CheckLocalsDict", [], [], this.frameState());
      // Names read as constants are looked up in globals/builtins: the locals mapping must be the globals.
      if (this.constNames().size > 0) this.emit("CheckLocalsGlobals", [], [], this.frameState());
      this.osrSpeculateEntryTypes(osr);
      this.osrVirtualizeIterator(osr);
      this.jumpTo(osr);
    }
    if (osr >= 0 && this.opts.osrHandOver === true) this.handOverAt = enclosingLoopHeader(code, osr);
    for (const leader of this.cfg.order) this.buildBlock(leader);
    if (this.dropNames.length > 0) throw new RetryWithoutNames(this.dropNames);
    checkAfterDependentStores(g, code);
    if (g.dependencies.length === 0) removeCheckValid(g);
    return g;
  }

  /** Build an inlined callee into the shared graph: its entry block and its returns (blocks not yet terminated). */
  buildInline(): { entry: Block; returns: { block: Block; value: Value }[] } {
    const ctx = this.inlineCtx as InlineContext;
    const entry = this.g.newBlock(-1);
    this.enterBlock(entry, { locals: [], stack: [], names: new Map(), dirty: new Set() });
    for (let i = 0; i < this.code.nlocalsplus; i++) this.state.locals.push(ctx.args[i] ?? null);
    this.startInstruction(0);
    // The inlined frame is one recursion level (InlineOk checked the limit before entering).
    this.emit("DepthEnter", []);
    // Every Python call counts one step of the execution budget (VMThread.ticks), inlined ones too.
    this.emit("Tick", [], [], this.frameState());
    this.jumpTo(0);
    for (const leader of this.cfg.order) this.buildBlock(leader);
    return { entry, returns: this.returns };
  }

  /**
   * At an OSR entry: check the live values whose current type the frame
   * showed (`osrEntryTypes`) once, with the header's frame state, so the
   * loop sees int53/float64 values (and `unbox-params` can keep its phis
   * raw). Floats are checked without remembering their tagged origin: the
   * merge receives a `Box` of the raw value. Range iterators anywhere on the
   * stack (the enclosing loops' too) become virtual iterators, so every
   * `for` of a loop nest entered in its innermost loop stays a counted loop.
   */
  private osrSpeculateEntryTypes(osr: number): void {
    const types = this.opts.osrEntryTypes;
    if (types === undefined || this.generic(osr)) return;
    const s = this.state;
    const fs = this.frameState();
    const slot = (v: Value, t: "int" | "float" | "range" | undefined): Value => {
      if (t === undefined || t === "range" || v.repr !== Repr.Tagged) return v;
      return this.emit(t === "int" ? "CheckInt" : "CheckFloat", [v], [], fs);
    };
    const n = s.locals.length;
    for (let i = 0; i < n; i++) {
      const v = s.locals[i];
      if (v !== null && v !== undefined) s.locals[i] = slot(v, types[i]);
    }
    for (let k = 0; k < s.stack.length; k++) {
      const e = s.stack[k];
      if (e === undefined || e instanceof VRange || e instanceof VIter) continue;
      s.stack[k] = types[n + k] === "range" && this.opts.rangeIteratorType !== undefined ? this.unpackRangeIter(e, fs, k) : slot(e, types[n + k]);
    }
  }

  /** At an OSR entry into `for x in <range iterator>`: keep the iterator in registers. */
  private osrVirtualizeIterator(osr: number): void {
    const t = this.opts.rangeIteratorType;
    if (t === undefined || opAt(this.code, osr) !== Op.FOR_ITER || this.generic(osr)) return;
    if (hintAt(this.fb, osr) !== "range") return;
    const top = this.state.stack[this.state.stack.length - 1];
    if (top === undefined || top instanceof VRange || top instanceof VIter) return;
    this.state.stack[this.state.stack.length - 1] = this.unpackRangeIter(top, this.frameState(), this.state.stack.length - 1);
  }

  /**
   * Entering a `for` loop (the first edge into its FOR_ITER header) over a
   * range iterator the unit did not make — a comprehension's `.0`, an
   * argument — where the feedback saw only range iterators: take it apart
   * into a counted loop as an OSR entry does (a failing check resumes the
   * interpreter at the header). The object stays the loop's `origin`, so
   * code holding it sees it advance.
   */
  protected override jumpTo(target: number): void {
    const st = this.state.stack;
    const top = st[st.length - 1];
    if (
      top !== undefined && !(top instanceof VRange) && !(top instanceof VIter) && top.repr === Repr.Tagged &&
      this.opts.rangeIteratorType !== undefined && this.cfg.loopHeaders.has(target) && !this.merges.has(target) &&
      opAt(this.code, target) === Op.FOR_ITER && target !== this.opts.osrPc && !this.generic(target) && hintAt(this.fb, target) === "range"
    ) {
      st[st.length - 1] = this.unpackRangeIter(top, this.snapshot(target, this.state), st.length - 1);
    }
    super.jumpTo(target);
  }

  /** A range iterator checked (exact, int53 bounds, positive step) and taken apart into a virtual iterator. */
  private unpackRangeIter(it: Value, fs: FrameState, slot: number): VIter {
    const m = this.emit("UnpackRangeIter", [it], [], fs);
    const cur = this.emit("CheckInt", [this.emit("Proj", [m], [0])], [], fs);
    const stop = this.emit("CheckInt", [this.emit("Proj", [m], [1])], [], fs);
    const step = this.emit("CheckInt", [this.emit("Proj", [m], [2])], [], fs);
    const zero = this.constInt(0);
    this.emit("Guard", [this.emit("Int53Compare", [step, zero], [4])], [], fs);
    this.checkStepPastStop(stop, step, fs);
    // The object stays the iterator's `origin` (kept current) unless a merge showed no user code can hold it.
    return new VIter(cur, stop, step, 1, this.noNames.has(`origin:${slot}`) ? null : it);
  }

  private buildBlock(leader: number): void {
    let block: Block;
    let state: State;
    const m = this.merges.get(leader);
    if (m !== undefined) {
      block = m.block;
      state = {
        locals: m.localParams.slice(),
        stack: m.stackLayout.map((s) => (s.kind === "value" ? s.param : new VIter(s.cur, s.stop, s.step, s.dir, s.origin))),
        names: new Map(m.nameParams),
        dirty: new Set(m.dirty),
      };
      if (!this.cfg.loopHeaders.has(leader)) this.sameOnEveryEdge(block, state);
    } else {
      const inh = this.inherited.get(leader);
      if (inh === undefined) return; // not reached from the entry of this graph
      block = inh.block;
      state = copyState(inh.state);
    }
    this.builtBlocks.add(block);
    this.enterBlock(block, state);
    if (leader === this.handOverAt) {
      this.startInstruction(leader);
      this.cur.terminator = { kind: "deopt", frameState: this.frameState(), reason: "OSR hand-over to the enclosing loop", handOver: true };
      return;
    }
    if (m !== undefined && this.cfg.loopHeaders.has(leader)) {
      // The loop's entry state, for guards hoisted out of it (passes/licm.ts).
      this.startInstruction(leader);
      this.emit("LoopState", [], [], this.frameState());
    }
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

  /**
   * A merge that is not a loop header has all its incoming edges built: a
   * local or stack slot that receives the same value on every edge (or the
   * boxes of one raw value) is that value after the merge, not the block
   * parameter, so constants (a class called after `x if c else y`), checked
   * and unboxed values keep what the builder knows about them. The unused
   * parameter is dropped by simplify.
   */
  private sameOnEveryEdge(block: Block, state: State): void {
    const incoming = incomingArgs(this.g, block);
    if (incoming.length === 0) return;
    const unboxed = (v: Value): Value => {
      const i = v as Instr;
      return i.kind === "instr" && i.op === "Box" ? (i.inputs[0] as Value) : v;
    };
    const common = (p: Value): Value | null => {
      if (this.maybeUnbound.has(p)) return null;
      const j = (p as { index?: number }).index;
      if (j === undefined) return null;
      let v: Value | null = null;
      for (const args of incoming) {
        const a = args[j];
        if (a === undefined) return null;
        const u = unboxed(a);
        if (v === null) v = u;
        else if (v !== u) return null;
      }
      return v;
    };
    state.locals = state.locals.map((p) => (p === null ? null : (common(p) ?? p)));
    state.stack = state.stack.map((e) => (e instanceof VIter || e instanceof VRange ? e : (common(e) ?? e)));
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
        if (v === undefined && this.constNames().has(arg)) {
          this.push(this.moduleNameConst(arg));
          return false;
        }
        if (v === undefined) {
          v = this.emit("LoadName", [], [arg], this.frameState());
          s.names.set(arg, v);
        } else if (this.mayBeUndefined(v)) {
          // A loop header's placeholder for a name the loop stores before reading (see loopNames).
          v = this.emit("CheckBound", [v], [], this.frameState());
          s.names.set(arg, v);
        }
        this.push(v);
        return false;
      }
      case Op.STORE_NAME: {
        // Deferred: written when something could observe the mapping (flushNames), or by a deopt.
        s.names.set(arg, this.pop());
        s.dirty.add(arg);
        return false;
      }
      case Op.LOAD_ATTR: {
        const attr = this.moduleAttr(this.peek(0), arg) ?? this.typeAttr(this.peek(0), arg);
        if (attr !== null) {
          this.pop();
          this.push(attr);
          return false;
        }
        if (this.speculatedLoadAttr()) return false;
        const o = this.box(this.pop());
        this.push(this.emit("LoadAttr", [o], [this.pc, arg], this.frameState()));
        this.checkValid();
        return false;
      }
      case Op.STORE_ATTR: {
        if (this.speculatedStoreAttr()) return false;
        const o = this.box(this.pop());
        const v = this.box(this.pop());
        this.emit("StoreAttr", [o, v], [this.pc, arg], this.frameState());
        this.checkValid();
        return false;
      }
      case Op.LOAD_METHOD: {
        const attr = this.moduleAttr(this.peek(0), arg) ?? this.typeAttr(this.peek(0), arg);
        if (attr !== null) {
          // `module.f(...)`: the two CALL slots are NULL and the attribute (as LOAD_METHOD_MODULE pushes them).
          this.pop();
          this.push(this.constValue(null));
          this.push(attr);
          return false;
        }
        if (this.speculatedLoadMethod()) return false;
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
      case Op.SEND: {
        // `yield from` (build/generator.ts): finished → [return value] at the target, else [receiver, value] on to YIELD_VALUE.
        const fs = this.frameState();
        const v = this.box(this.pop());
        const recv = this.box(this.pop());
        const r = this.emit("Send", [recv, v], [], fs);
        const ret = this.emit("SendReturned", []);
        const done = this.emit("IsUndefined", [r]);
        const s = this.state;
        const exit = this.edge(arg, { locals: s.locals, stack: [...s.stack, ret], names: s.names, dirty: s.dirty });
        const body = this.edge(this.pc + 1, { locals: s.locals, stack: [...s.stack, recv, r], names: s.names, dirty: s.dirty });
        this.cur.terminator = { kind: "branch", cond: done, ifTrue: exit.block, trueArgs: exit.args, ifFalse: body.block, falseArgs: body.args };
        return true;
      }
      case Op.DELETE_SUBSCR: {
        // `del obj[key]` (e.g. a sliding window's `del w[0]`): the interpreter's delItem, without execRare's spilled stack.
        const k = this.box(this.pop());
        const o = this.box(this.pop());
        this.emit("DelItem", [o, k], [], this.frameState());
        this.checkValid();
        return false;
      }
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
        if (this.strContainsOp(arg === 1)) return false;
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
          const it = this.rangeIter(top);
          s.stack[s.stack.length - 1] = it;
          // After GET_ITER (the range object is never made): a failing check resumes at FOR_ITER with the iterator.
          this.checkStepPastStop(it.stop, it.step, this.snapshot(this.pc + 1, s));
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
      case Op.YIELD_VALUE:
        // Suspend (build/generator.ts): the code generator writes this state to the frame and returns the top.
        this.flushNames();
        this.cur.terminator = { kind: "deopt", frameState: this.frameState(), reason: GENERATOR_YIELD };
        return true;
      case Op.RETURN_VALUE:
        if (this.inlineCtx !== null) {
          const value = this.pop();
          this.emit("DepthExit", []);
          this.returns.push({ block: this.cur, value });
          return true;
        }
        this.flushNames();
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
      // Set/dict comprehensions: the container BUILD_SET/BUILD_MAP made, `arg` below the operands.
      case Op.SET_ADD: {
        const fs = this.frameState();
        const v = this.box(this.pop());
        this.emit("SetAdd", [this.box(this.peek(arg - 1)), v], [], fs);
        this.checkValid();
        return false;
      }
      case Op.MAP_ADD: {
        const fs = this.frameState();
        const v = this.box(this.pop());
        const k = this.box(this.pop());
        this.emit("MapAdd", [this.box(this.peek(arg - 1)), k, v], [], fs);
        this.checkValid();
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
      // ---- f(*args, **kwargs) (the call's tuple and dict; see call.ts callFunctionEx) ----
      case Op.BUILD_MAP: {
        const fs = this.frameState();
        const items: Value[] = [];
        for (let k = 0; k < 2 * arg; k++) items.unshift(this.box(this.pop()));
        this.push(this.emit("BuildMap", items, [], fs));
        // Hashing the keys may run Python code; an empty dict runs none.
        if (arg > 0) this.checkValid();
        return false;
      }
      case Op.LIST_EXTEND:
      case Op.DICT_MERGE: {
        const fs = this.frameState();
        const src = this.box(this.pop());
        const target = s.stack[s.stack.length - arg];
        const callable = s.stack[s.stack.length - arg - 2];
        if (target === undefined || target instanceof VRange || target instanceof VIter || target.repr !== Repr.Tagged) throw new NotCompilable(`unsupported ${OPCODE_NAMES[op] ?? op} stack at ${this.pc}`);
        if (op === Op.LIST_EXTEND) this.emit("ListExtend", [target, src], [], fs);
        else if (this.forwardKwargs(arg, target, src)) return false;
        else {
          if (callable === undefined || callable instanceof VRange || callable instanceof VIter) throw new NotCompilable(`unsupported DICT_MERGE stack at ${this.pc}`);
          this.emit("DictMerge", [this.box(callable), target, src], [], fs);
        }
        this.checkValid();
        return false;
      }
      case Op.LIST_TO_TUPLE:
        this.push(this.emit("ListToTuple", [this.box(this.pop())]));
        return false;
      case Op.CALL_FUNCTION_EX: {
        if (this.knownCallEx(arg)) return false;
        const fs = this.frameState();
        const kwargs = arg & 1 ? this.box(this.pop()) : null;
        const args = this.box(this.pop());
        const callable = this.box(this.pop());
        this.pop();
        const merge = this.mergeAt === this.pc ? 1 : 0;
        this.push(this.emit("CallEx", kwargs === null ? [callable, args] : [callable, args, kwargs], [this.pc, merge], fs));
        this.checkValid();
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

  /**
   * CALL_FUNCTION_EX of a function known at compile time whose tuple and
   * dict were built in this block from known parts (`f(a, *(1, 2), k=v,
   * **{"x": 1})`: BUILD_LIST/LIST_EXTEND of constant tuples/LIST_TO_TUPLE or
   * BUILD_TUPLE, BUILD_MAP with constant str keys and DICT_MERGE of such
   * maps): bound like a CALL with those positionals and keywords
   * (`bindCall`). The tuple and dict are still built (the guards' frame
   * state holds them: a failing guard re-executes CALL_FUNCTION_EX).
   */
  private knownCallEx(arg: number): boolean {
    const s = this.state.stack;
    const base = s.length - 3 - (arg & 1);
    const callable = s[base + 1];
    const tuple = s[base + 2];
    const dict = arg & 1 ? s[base + 3] : null;
    if (callable === undefined || callable instanceof VRange || callable instanceof VIter || tuple === undefined || tuple instanceof VRange || tuple instanceof VIter) return false;
    const fn = this.constOf.get(callable);
    if (!isPyFunctionLike(fn) || this.constOf.get(s[base] as Value) !== null) return false;
    const pos = this.knownItems(tuple as Value);
    if (pos === null) return false;
    let kw: { keys: string[]; vals: Value[] } = { keys: [], vals: [] };
    if (dict !== null) {
      if (dict === undefined || dict instanceof VRange || dict instanceof VIter) return false;
      const k = this.knownEntries(dict as Value, this.mergeAt === this.pc);
      if (k === null) return false;
      kw = k;
    }
    refuseIntrospectingCallee(fn.code);
    return this.bindCall(base, fn, callable as Value, pos, kw.keys, kw.vals, false, this.frameState());
  }

  /** The items of a tuple built in this block from known parts, or null. */
  private knownItems(t: Value): Value[] | null {
    const ti = t as Instr;
    if (ti.kind !== "instr") return null;
    if (ti.op === "BuildTuple") return ti.inputs.slice();
    if (ti.op !== "ListToTuple") return null;
    const list = ti.inputs[0] as Instr;
    const instrs = this.cur.instrs;
    const at = instrs.indexOf(list);
    if (at < 0 || list.op !== "BuildList") return null;
    const items = list.inputs.slice();
    for (let j = at + 1; j < instrs.length; j++) {
      const i = instrs[j] as Instr;
      if (i === ti) return items;
      // The list lives only on the value stack until LIST_TO_TUPLE: only these ops can change it.
      if (!i.inputs.includes(list)) continue;
      if (i.op === "ListAppend" && i.inputs[0] === list) items.push(i.inputs[1] as Value);
      else if (i.op === "ListExtend" && i.inputs[0] === list) {
        const src = this.constOf.get(i.inputs[1] as Value) as { items?: unknown[] } | undefined;
        if (src === undefined || src === null || !Array.isArray(src.items)) return null;
        for (const x of src.items) {
          if (typeof x === "number" && Number.isSafeInteger(x)) items.push(this.constInt(x));
          else if (typeof x === "string" || typeof x === "boolean") items.push(this.constValue(x));
          else return null;
        }
      } else if (i.inputs.includes(list)) return null;
    }
    return null;
  }

  /** The str keys and values of a dict built in this block from known parts (`self` = a mapping merged into the call's empty dict), or null. */
  private knownEntries(d: Value, merged: boolean): { keys: string[]; vals: Value[] } | null {
    const di = d as Instr;
    if (di.kind === "instr" && di.op === "BuildKwargs" && merged && this.inlineCtx !== null && this.untouchedHere(di)) {
      // An inlined callee forwarding its own **kwargs (`f(*args, **kwargs)`): the dict its caller's bound call
      // built, which no op of this body has used (nothing could have changed it).
      return { keys: [...(this.g.consts[di.imm[0] as number] as readonly string[])], vals: di.inputs.slice() };
    }
    if (di.kind !== "instr" || di.op !== "BuildMap") return null;
    const own = this.mapEntries(di);
    if (own === null) return null;
    if (merged) return own;
    const instrs = this.cur.instrs;
    const at = instrs.indexOf(di);
    if (at < 0) return null;
    for (let j = at + 1; j < instrs.length; j++) {
      const i = instrs[j] as Instr;
      if (!i.inputs.includes(di)) continue;
      if (i.op !== "DictMerge" || i.inputs[1] !== di) return null;
      const src = i.inputs[2] as Instr;
      if (src.kind !== "instr" || src.op !== "BuildMap" || instrs.indexOf(src) < 0) return null;
      const more = this.mapEntries(src);
      if (more === null) return null;
      for (let k = 0; k < more.keys.length; k++) {
        if (own.keys.includes(more.keys[k] as string)) return null;
        own.keys.push(more.keys[k] as string);
        own.vals.push(more.vals[k] as Value);
      }
    }
    return own;
  }

  /** Blocks from this index on were built by this builder (an inlined body's own blocks). */
  private readonly firstOwnBlock = this.g.blocks.length;

  /** No instruction of this builder's blocks takes `v` as an input. */
  private untouchedHere(v: Value): boolean {
    const blocks = this.g.blocks;
    for (let b = this.firstOwnBlock; b < blocks.length; b++) for (const i of (blocks[b] as Block).instrs) if (i.inputs.includes(v)) return false;
    return true;
  }

  private mapEntries(m: Instr): { keys: string[]; vals: Value[] } | null {
    const keys: string[] = [];
    const vals: Value[] = [];
    for (let k = 0; k < m.inputs.length; k += 2) {
      const key = this.constOf.get(m.inputs[k] as Value);
      if (typeof key !== "string" || keys.includes(key)) return null;
      keys.push(key);
      vals.push(m.inputs[k + 1] as Value);
    }
    return { keys, vals };
  }

  /** The CALL_FUNCTION_EX whose `**` operand is the mapping itself, not yet copied into a dict (forwardKwargs). */
  private mergeAt = -1;

  /**
   * `f(*args, **kwargs)` forwarding: BUILD_MAP 0, a load, DICT_MERGE 1 and
   * CALL_FUNCTION_EX 1 copy `kwargs` into a fresh dict only for the call,
   * whose binding copies its entries again. When the empty dict is the last
   * instruction of the block (nothing else saw it) and the call follows on
   * the same line, the dict is dropped and the call gets the mapping itself
   * (`CallEx` merge = 1: the runtime copies a mapping that is not an exact
   * dict first, with DICT_MERGE's errors).
   */
  private forwardKwargs(arg: number, target: Value, src: Value): boolean {
    const next = this.pc + 1;
    if (arg !== 1 || next >= this.code.code.length || this.cfg.isLeader[next] === 1 || opAt(this.code, next) !== Op.CALL_FUNCTION_EX || (argAt(this.code, next) & 1) === 0) return false;
    if (this.code.lineOf(next) !== this.code.lineOf(this.pc)) return false;
    const instrs = this.cur.instrs;
    const last = instrs[instrs.length - 1];
    if (last === undefined || last !== target || last.op !== "BuildMap" || last.inputs.length !== 0) return false;
    instrs.pop();
    const s = this.state.stack;
    s[s.length - 1] = src;
    this.mergeAt = next;
    return true;
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

  /**
   * Every virtual iterator is made (here or by `unpackRangeIter`) only where
   * `stop + step` is a safe integer: a value the loop produces lies before
   * `stop`, so its successor `cur + step`, which the loop uses only then,
   * needs no overflow guard (`forIter`). Int-ranges drops this one guard
   * when the bounds are known.
   */
  private checkStepPastStop(stop: Value, step: Value, fs: FrameState): void {
    this.emit("Int53Add", [stop, step], [], fs);
  }

  private forIter(target: number): void {
    const top = this.state.stack[this.state.stack.length - 1];
    if (top instanceof VIter) {
      // A real iterator user code may hold (an OSR entry's) is read and stepped as PyRangeIterator.next
      // does: the loop body may have advanced it (`next(it)`).
      const cur = top.origin !== null ? this.emit("RangeIterCurrent", [top.origin]) : top.cur;
      const cond = this.emit("Int53Compare", [cur, top.stop], [top.dir > 0 ? 0 : 4]);
      // cur + step is used only while cur is before stop (the body, RangeIterAdvance): exact (checkStepPastStop).
      const next = this.emit("Int53AddExact", [cur, top.step]);
      if (top.origin !== null) this.emit("RangeIterAdvance", [top.origin, cur, next, top.stop], [top.dir]);
      const exitState: State = { locals: this.state.locals, stack: this.state.stack.slice(0, -1), names: this.state.names, dirty: this.state.dirty };
      const bodyState: State = { locals: this.state.locals, stack: [...this.state.stack.slice(0, -1), new VIter(next, top.stop, top.step, top.dir, top.origin), cur], names: this.state.names, dirty: this.state.dirty };
      const body = this.edge(this.pc + 1, bodyState);
      const exit = this.edge(target, exitState);
      this.cur.terminator = { kind: "branch", cond, ifTrue: body.block, trueArgs: body.args, ifFalse: exit.block, falseArgs: exit.args };
      return;
    }
    const it = this.peek(0);
    const v = this.emit("IterNext", [it], [], this.frameState());
    const done = this.emit("IsUndefined", [v]);
    const exitState: State = { locals: this.state.locals, stack: this.state.stack.slice(0, -1), names: this.state.names, dirty: this.state.dirty };
    const bodyState: State = { locals: this.state.locals, stack: [...this.state.stack, v], names: this.state.names, dirty: this.state.dirty };
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
    // An iterator of a counted loop passed on (`f(iter(range(n)))`, a comprehension's argument — CALL 0 with
    // [function, iterator] as the method/self pair): a real one.
    for (let k = Math.max(base, 0); k < s.length; k++) {
      const e = s[k];
      if (e instanceof VIter) s[k] = e.origin ?? this.emit("NewRangeIter", [e.cur, e.stop, e.step]);
    }
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
    if (isPyFunctionLike(callee)) refuseIntrospectingCallee(callee.code);
    if (nullFirst && kwk === -1 && callee !== undefined) {
      if (this.opts.rangeType !== undefined && callee === this.opts.rangeType && this.tryRange(argc, base)) return;
      if (argc === 1 && this.tryFloatKernel(callee)) return;
      if (argc === 1 && this.strBuiltinCall(callee)) return;
      if (callee instanceof PyType && this.typeCall(argc, base, second)) return;
      if (isPyFunctionLike(callee)) {
        const c = callee.code;
        const simple =
          c.argcount === argc && c.kwonlyargcount === 0 && (c.flags & (CO.VARARGS | CO.VARKEYWORDS | CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE)) === 0;
        if (simple && this.tryInline(callee, second, s.slice(base + 2) as Value[], base)) return;
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
    if (nullFirst && callee !== undefined && isPyFunctionLike(callee) && this.boundCall(argc, base, callee, second, kwk)) return;
    if (nullFirst && callee !== undefined && this.boundMethodCall(argc, base, callee, second, kwk)) return;
    if (!nullFirst && isPyFunctionLike(this.constOf.get(first)) && this.boundCall(argc, base, this.constOf.get(first) as never, first, kwk, second)) return;
    if (!nullFirst && kwk === -1 && this.builtinMethodCall(argc, base, first, second)) return;
    if (!nullFirst && kwk === -1 && this.knownMethodCall(argc, base, first, second)) return;
    if (!nullFirst && kwk === -1 && this.polyMethodCall(argc, base, first, second)) return;
    if (kwk === -1 && this.speculatedCall(argc, base, first, second, nullFirst)) return;
    if (kwk === -1 && nullFirst && callee === undefined && this.typeCall(argc, base, second)) return;
    this.genericCall(argc, kwk);
  }

  /** CALL through the runtime's call helper (the two CALL slots, then the arguments, are on the stack). */
  private genericCall(argc: number, kwk: number): void {
    const fs = this.frameState();
    const args: Value[] = [];
    for (let k = 0; k < argc; k++) args.unshift(this.box(this.pop()));
    const b = this.box(this.pop());
    const a = this.box(this.pop());
    this.push(this.emit("Call", [a, b, ...args], [this.pc, kwk], fs));
    this.checkValid();
  }

  /**
   * `f(args, name=value)` of a Python function known at compile time whose
   * arguments do not simply match its positional parameters (keywords,
   * missing trailing parameters, keyword-only parameters, `*args`,
   * `**kwargs`): the arguments are bound to the callee's parameter slots
   * here, as `bindArguments` would — positionals first, extra positionals
   * into a new `*args` tuple (`BuildTuple`), keywords to their slots or into
   * a new `**kwargs` dict (`BuildKwargs`), missing positionals from
   * `__defaults__` (each guarded by `CheckDefault`) and missing keyword-only
   * ones from `__kwdefaults__` (`CheckKwDefault`) — behind a `CheckCode` of
   * the callee (a replaced `__code__` binds differently), then a direct (or
   * inlined) call with one argument per slot (the callee's `fast` entry
   * takes them all). `self` is the receiver of a method call (`obj.m(…)`,
   * a bound method constant): the first positional argument. `fn` is the
   * function whose defaults are read now; `fnValue` the called value, or
   * null when `fn` is not a constant of this unit (a bound method's
   * function: read from `bmValue` at run time and called by code). Anything
   * the binding would reject (unknown or duplicate keyword, missing
   * argument, too many positionals) stays a generic call, which raises.
   */
  private boundCall(
    argc: number,
    base: number,
    fn: { code: CodeObject; defaults?: unknown; kwdefaults?: unknown; globals: unknown; closure: unknown },
    fnValue: Value,
    kwk: number,
    self: Value | null = null,
    byCode = false,
  ): boolean {
    const kwnames = kwk >= 0 ? (this.g.consts[kwk] as readonly string[]) : [];
    const raw = this.state.stack.slice(base + 2);
    if (raw.some((v) => v instanceof VRange || v instanceof VIter)) return false;
    const vals = raw as Value[];
    const pos = vals.slice(0, argc - kwnames.length);
    if (self !== null) pos.unshift(self);
    const c = fn.code;
    // Exact positional calls of plain callees are direct calls already (CallDirect / knownMethodCall).
    if (c.argcount === pos.length && kwnames.length === 0 && c.kwonlyargcount === 0 && (c.flags & (CO.VARARGS | CO.VARKEYWORDS)) === 0 && !byCode) return false;
    // A failing guard resumes the interpreter at the KW_NAMES before this CALL (it sets the eval loop's
    // keyword names; the stack is the same there), so the generic CALL sees the keywords.
    const gfs = kwk >= 0 ? this.snapshot(this.pc - 1, this.atStart) : this.frameState();
    return this.bindCall(base, fn, fnValue, pos, kwnames, vals.slice(argc - kwnames.length), byCode, gfs);
  }

  /**
   * The binding of `boundCall` for positional values `pos` and keywords
   * `kwnames` (values `kwVals`), guards with frame state `gfs`, then the
   * direct or inlined call replacing the stack from `base` on with its
   * result. False (nothing emitted) when the binding would raise.
   */
  private bindCall(
    base: number,
    fn: { code: CodeObject; defaults?: unknown; kwdefaults?: unknown; globals: unknown; closure: unknown },
    fnValue: Value,
    pos: readonly Value[],
    kwnames: readonly string[],
    kwValues: readonly Value[],
    byCode: boolean,
    gfs: FrameState,
  ): boolean {
    const c = fn.code;
    if (this.generic(this.pc) || fnValue.repr !== Repr.Tagged || this.opts.boundCalls === false) return false;
    if ((c.flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE)) !== 0) return false;
    const hasVar = (c.flags & CO.VARARGS) !== 0;
    const hasKw = (c.flags & CO.VARKEYWORDS) !== 0;
    const n = c.argcount;
    const total = n + c.kwonlyargcount;
    if (pos.length > n && !hasVar) return false;
    const slots: (Value | null)[] = new Array<Value | null>(total).fill(null);
    for (let i = 0; i < pos.length && i < n; i++) slots[i] = pos[i] as Value;
    const kwKeys: string[] = [];
    const kwVals: Value[] = [];
    const names = c.localsplusNames;
    for (let j = 0; j < kwnames.length; j++) {
      const name = kwnames[j] as string;
      const value = kwValues[j] as Value;
      let idx = -1;
      for (let p = c.posonlyargcount; p < total; p++) {
        if (names[p] === name) {
          idx = p;
          break;
        }
      }
      if (idx >= 0) {
        if (slots[idx] !== null) return false;
        slots[idx] = value;
      } else {
        if (!hasKw || kwKeys.includes(name)) return false;
        kwKeys.push(name);
        kwVals.push(value);
      }
    }
    const defaults = Array.isArray(fn.defaults) ? (fn.defaults as unknown[]) : [];
    const d = defaults.length;
    for (let i = 0; i < n; i++) if (slots[i] === null && i < n - d) return false;
    const kwdefaults = fn.kwdefaults as { getStr(name: string): unknown } | null | undefined;
    for (let i = n; i < total; i++) if (slots[i] === null && (kwdefaults === null || kwdefaults === undefined || kwdefaults.getStr(names[i] as string) === undefined)) return false;
    const fs = this.frameState();
    const codeK = this.g.addConst(c);
    const checked = this.emit("CheckCode", [fnValue], [codeK], gfs);
    if (!byCode) this.constOf.set(checked, fn);
    for (let i = 0; i < n; i++) {
      if (slots[i] !== null) continue;
      const j = i - (n - d);
      const dv = defaults[j];
      this.emit("CheckDefault", [checked], [d, j, this.g.addConst(dv)], gfs);
      slots[i] = typeof dv === "number" ? this.constInt(dv) : this.constValue(dv);
    }
    for (let i = n; i < total; i++) {
      if (slots[i] !== null) continue;
      const name = names[i] as string;
      const dv = (kwdefaults as { getStr(name: string): unknown }).getStr(name);
      this.emit("CheckKwDefault", [checked], [this.g.addConst(name), this.g.addConst(dv)], gfs);
      slots[i] = typeof dv === "number" ? this.constInt(dv) : this.constValue(dv);
    }
    const args = slots as Value[];
    if (hasVar) args.push(this.emit("BuildTuple", pos.slice(n).map((v) => this.box(v))));
    if (hasKw) args.push(this.emit("BuildKwargs", kwVals.map((v) => this.box(v)), [this.g.addConst(kwKeys)]));
    if (!byCode && this.tryInline(fn, checked, args, base)) return true;
    const boxed = args.map((a) => this.box(a));
    this.state.stack.length = base;
    if (byCode) this.push(this.emit("CallCode", [checked, ...boxed], [codeK, this.pc], fs));
    else this.push(this.emit("CallDirect", boxed, [this.g.addConst(fn), this.pc], fs));
    this.checkValid();
    return true;
  }

  /**
   * A call of a bound method known at compile time (`add = obj.m` read as a
   * constant): its function and receiver are read from it (`BoundFunc`,
   * `BoundSelf`: the constant stays the only VM object the unit holds) and
   * the call is bound like `obj.m(…)`, the function called by code.
   */
  private boundMethodCall(argc: number, base: number, callee: unknown, second: Value, kwk: number): boolean {
    if (!(callee instanceof PyBoundMethod)) return false;
    const fn = callee.func;
    if (!isPyFunctionLike(fn)) return false;
    refuseIntrospectingCallee(fn.code);
    const fnValue = this.emit("BoundFunc", [second]);
    const self = this.emit("BoundSelf", [second]);
    return this.boundCall(argc, base, fn, fnValue, kwk, self, true);
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
    // The call cache names the function, or only its code (the interpreter guards the code).
    const target = view?.kind === "call" ? view.target : undefined;
    const fn = isPyFunctionLike(target) ? target : null;
    const c = fn !== null ? fn.code : target instanceof CodeObject ? target : null;
    if (c === null) return false;
    refuseIntrospectingCallee(c);
    const callee = nullFirst ? second : first;
    const nargs = nullFirst ? argc : argc + 1;
    if (fn === null && this.constOf.has(callee)) return false;
    if (c.argcount !== nargs || c.kwonlyargcount !== 0 || (c.flags & (CO.VARARGS | CO.VARKEYWORDS | CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE)) !== 0) return false;
    if (callee.repr !== Repr.Tagged) return false;
    const fs = this.frameState();
    if (fn === null) {
      // A function value computed at run time (a closure cell, an attribute, an argument): guard its code, not its
      // identity, so closures and lambdas made anew for each call keep the direct call.
      const checked = this.emit("CheckCode", [callee], [this.g.addConst(c)], fs);
      const s = this.state.stack;
      const raw = s.slice(base + (nullFirst ? 2 : 1));
      if (raw.some((v) => v instanceof VRange || v instanceof VIter)) throw new NotCompilable(`unsupported CALL stack at ${this.pc}`);
      const args = (raw as Value[]).map((v) => this.box(v));
      s.length = base;
      this.push(this.emit("CallCode", [checked, ...args], [this.g.addConst(c), this.pc], fs));
      this.checkValid();
      return true;
    }
    const k = this.g.addConst(fn);
    let fnValue = callee;
    if (this.constOf.get(callee) !== fn) {
      fnValue = this.emit("CheckIdentity", [callee], [k], fs);
      this.constOf.set(fnValue, fn);
    }
    const s = this.state.stack;
    const raw = s.slice(base + (nullFirst ? 2 : 1));
    if (raw.some((v) => v instanceof VRange || v instanceof VIter)) throw new NotCompilable(`unsupported CALL stack at ${this.pc}`);
    if (this.tryInline(fn, fnValue, raw as Value[], base)) return true;
    const args = (raw as Value[]).map((v) => this.box(v));
    s.length = base;
    this.push(this.emit("CallDirect", args, [k, this.pc], fs));
    this.checkValid();
    return true;
  }

  /**
   * Inline a call of `fn` (exact positional arity, checked by the caller;
   * `fnValue` is the called value, `args` the positional arguments, `base`
   * the stack depth below the two CALL slots) when the options allow it:
   * same globals, loop-free, no handlers, small, and its built body made
   * only of pure ops and INLINE_OPS. The caller branches on `InlineOk`
   * (code unchanged, recursion limit not reached) between the inlined body
   * and an ordinary `CallDirect`; both continue in one block with the
   * result. On refusal the graph is left as it was.
   */
  private tryInline(fn: { code: CodeObject; globals: unknown }, fnValue: Value, args: readonly Value[], base: number, initSelf: Value | null = null): boolean {
    const lim = this.opts.inline;
    const ctx = this.inlineCtx;
    const code = fn.code;
    if (lim === undefined || (ctx?.depth ?? 0) >= lim.maxDepth || this.generic(this.pc) || fnValue.repr !== Repr.Tagged) return false;
    const chain = ctx?.chain ?? [this.code];
    if (chain.filter((c) => c === code).length > (lim.maxRecursion ?? 0)) return false;
    if (this.opts.globals === undefined || fn.globals !== this.opts.globals || this.opts.globalValue === undefined) return false;
    if (code.code.length > lim.maxInstructions || code.exceptionTable.length > 0 || builderRefusal(code) !== null || readsOwnFrame(code)) return false;
    if ((code.flags & CO.OPTIMIZED) === 0) return false;
    for (let pc = 0; pc < code.code.length; pc++) if (opAt(code, pc) === Op.JUMP_BACKWARD) return false;
    const budget = ctx?.budget ?? this.inlineBudget;
    if (budget.left <= 0) return false;
    const fb = this.opts.feedbackOf?.(code);
    if (fb === undefined) return false;
    if (args.some((a) => (a as unknown) instanceof VRange || (a as unknown) instanceof VIter)) return false;
    // Frame states of the callee's parents carry no deferred module names.
    if (this.state.dirty.size > 0) this.flushNames();
    const fsCall = this.frameState();
    // An `__init__` (initSelf: the new instance) returns to a caller that already holds the instance (FrameState.initCall).
    const parentStack = initSelf === null ? this.atStart.stack.slice(0, base) : [...this.atStart.stack.slice(0, base), initSelf];
    const parentFs0 = this.snapshot(this.pc + 1, { locals: this.atStart.locals, stack: parentStack, names: new Map(), dirty: new Set() });
    const parentFs = initSelf === null ? parentFs0 : { ...parentFs0, initCall: true };
    const blocksBefore = this.g.blocks.length;
    const depsBefore = this.g.dependencies.length;
    const funcK = this.g.addConst(fn);
    const sub: InlineContext = {
      parentFs,
      funcK,
      args,
      callPc: ctx?.callPc ?? this.pc,
      depth: (ctx?.depth ?? 0) + 1,
      chain: [...chain, code],
      budget,
      inLoop: ctx?.inLoop ?? this.inLoop(this.pc),
    };
    const { genericPcs: _avoid, osrPc: _osr, osrEntryTypes: _types, ...calleeOpts } = this.opts;
    const leftBefore = budget.left;
    const undo = (): false => {
      this.g.blocks.length = blocksBefore;
      this.g.dependencies.length = depsBefore;
      budget.left = leftBefore;
      return false;
    };
    let built: { entry: Block; returns: { block: Block; value: Value }[] };
    try {
      built = new Builder(code, fb, calleeOpts, this.g, sub).buildInline();
    } catch (e) {
      if (!(e instanceof NotCompilable)) throw e;
      return undo();
    }
    // Nested inlining charged the budget already; this body's own instructions are charged here.
    const added = this.g.blocks.slice(blocksBefore);
    let size = 0;
    for (const b of added) {
      for (const i of b.instrs) {
        const d = OPS[i.op as OpName];
        if (!INLINE_OPS.has(i.op) && (d.guard || d.raises || d.effects)) return undo();
        size++;
      }
    }
    if (built.returns.length === 0 || size > leftBefore) return undo();
    budget.left = leftBefore - size;
    // The continuation's result: raw when every inlined return is an int53 (or every one a float64, or a bool), else tagged.
    if (initSelf !== null) {
      // Cls(...): the call's value is the instance once __init__ returned None (InitResult raises at the CALL otherwise).
      for (const r of built.returns) r.value = this.isNoneConst(r.value) ? initSelf : this.g.addInstr(r.block, "InitResult", Repr.Tagged, [this.box0(r.block, r.value, sub.callPc), initSelf], [], this.pc, fsCall);
    }
    const reprs = new Set(built.returns.map((r) => r.value.repr));
    const only = reprs.size === 1 ? [...reprs][0] : undefined;
    const resultRepr = only === Repr.Int53 || only === Repr.Float64 || only === Repr.Bool ? only : Repr.Tagged;
    // cur: InlineOk ? inlined body : call.
    const ok = this.emit("InlineOk", [fnValue], [this.g.addConst(code)]);
    const slow = this.g.newBlock(this.pc);
    this.cur.terminator = { kind: "branch", cond: ok, ifTrue: built.entry, trueArgs: [], ifFalse: slow, falseArgs: [] };
    const cont = this.g.newBlock(this.pc + 1);
    const result = this.g.addParam(cont, resultRepr);
    for (const r of built.returns) {
      const v = r.value.repr === resultRepr ? r.value : this.g.addInstr(r.block, "Box", Repr.Tagged, [r.value], [], sub.callPc);
      r.block.terminator = { kind: "jump", target: cont, args: [v] };
    }
    const after = { locals: this.state.locals.slice(), stack: this.state.stack.slice(0, base), names: new Map(this.state.names), dirty: new Set(this.state.dirty) };
    if (lim.deoptOnMiss === true) {
      // Another function object's code now, or at the recursion limit: the interpreter makes the call.
      slow.terminator = { kind: "deopt", frameState: fsCall, reason: "inlined function changed or recursion limit" };
      this.enterBlock(cont, after);
      this.push(result);
      return true;
    }
    // The ordinary call (another function object's code now, or at the recursion limit).
    this.enterBlock(slow, copyState(this.state));
    const boxed = args.map((a) => this.box(a));
    this.state.stack.length = base;
    let r = this.emit("CallDirect", boxed, [funcK, this.pc], fsCall);
    if (initSelf !== null) r = this.emit("InitResult", [r, initSelf], [], fsCall);
    this.push(r);
    this.checkValid();
    if (resultRepr !== Repr.Tagged) r = this.emit(resultRepr === Repr.Int53 ? "CheckInt" : resultRepr === Repr.Float64 ? "CheckFloat" : "CheckBool", [r], [], this.snapshot(this.pc + 1, this.state));
    this.cur.terminator = { kind: "jump", target: cont, args: [r] };
    this.enterBlock(cont, after);
    this.push(result);
    return true;
  }

  /** Whether `v` is the constant None. */
  private isNoneConst(v: Value): boolean {
    const i = v as Instr;
    return i.kind === "instr" && i.op === "Const" && this.g.consts[i.imm[0] as number] === JIT_RUNTIME.None;
  }

  /** `v` tagged, boxed at the end of `block` if need be (an inlined return's value). */
  private box0(block: Block, v: Value, pc: number): Value {
    return v.repr === Repr.Tagged ? v : this.g.addInstr(block, "Box", Repr.Tagged, [v], [], pc);
  }

  /**
   * `Cls(args)` of a plain class known at compile time (plainInitOf: metaclass
   * `type`, `__new__` from object, `__init__` a Python function with exactly
   * `1 + argc` positional parameters): `NewInstance`, then `__init__` inlined
   * (or called directly) with the instance first, the instance as the value
   * (`InitResult`: its return must be None). The class's layout and `__init__`
   * are a `type` dependency (any change to the class or its bases
   * invalidates); the callee value itself is a constant or guarded by
   * identity. No generic type call, argument array or interpreter frame.
   */
  private typeCall(argc: number, base: number, second: Value): boolean {
    if (this.opts.allocation === false || this.generic(this.pc) || second.repr !== Repr.Tagged) return false;
    let cls = this.constOf.get(second);
    let init: unknown;
    const view = this.fb.cacheAt(this.pc);
    if (view?.kind === "call" && view.value !== undefined && (cls === undefined || view.target === cls) && plainInitOf(view.target as never) === view.value) {
      cls = view.target;
      init = view.value;
    } else if (cls instanceof PyType) {
      init = plainInitOf(cls);
    } else return false;
    if (!(cls instanceof PyType) || !isPyFunctionLike(init) || (cls.flags & TypeFlags.BASE_EXC_SUBCLASS) !== 0) return false;
    const c = init.code;
    if (c.argcount !== argc + 1 || c.kwonlyargcount !== 0 || (c.flags & (CO.VARARGS | CO.VARKEYWORDS | CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE)) !== 0) return false;
    refuseIntrospectingCallee(c);
    const s = this.state.stack;
    const raw = s.slice(base + 2);
    if (raw.some((v) => v instanceof VRange || v instanceof VIter)) return false;
    const fs = this.frameState();
    const k = this.g.addConst(cls);
    if (this.constOf.get(second) !== cls) {
      const checked = this.emit("CheckIdentity", [second], [k], fs);
      this.constOf.set(checked, cls);
    }
    if (!this.g.dependencies.some((d) => d.kind === "type" && d.type === cls)) this.g.dependencies.push({ kind: "type", type: cls });
    // The class version: a fresh instance's shape fact (the empty shape at this version, passes/shape-checks.ts).
    const obj = this.emit("NewInstance", [], [k, cls.version]);
    const args = [obj, ...(raw as Value[])];
    const fnValue = this.constValue(init);
    if (this.tryInline(init, fnValue, args, base, obj)) return true;
    const boxed = args.map((a) => this.box(a));
    s.length = base;
    const r = this.emit("CallDirect", boxed, [this.g.addConst(init), this.pc], fs);
    this.push(this.emit("InitResult", [r, obj], [], fs));
    this.checkValid();
    return true;
  }

  /** IR instructions inlined bodies may add to this unit (the outermost builder's; callees share it through InlineContext). */
  private readonly inlineBudget = { left: this.opts.inline?.budget ?? 400 };

  // ---- attributes (the interpreter's monomorphic attribute caches) ------------------------

  /** The attribute cache at this pc when the interpreter specialized it to one of `forms` and it is monomorphic. */
  private attrCache(forms: readonly string[]): (InlineCacheView & { kind: "attr" }) | null {
    if (this.generic(this.pc)) return null;
    const s = this.fb.specializedOpAt(this.pc) as number | string;
    const name = typeof s === "number" ? OPCODE_NAMES[s] : s;
    if (name === undefined || !forms.includes(name)) return null;
    const c = this.fb.cacheAt(this.pc);
    if (c === undefined || c.kind !== "attr" || c.polymorphic || c.typeVersion < 0 || c.shape === null || c.shape === undefined) return null;
    return c;
  }

  /** `obj` guarded to have `shape` and the type version the cache saw (which fixes its class and slot layout). */
  private checkShape(obj: Value, shape: object, version: number, fs: FrameState): Value {
    const known = this.shapeFacts.get(obj);
    if (known !== undefined && known.shape === shape && known.version === version) return known.checked;
    const r = this.emit("CheckShape", [obj], [this.g.addConst(shape), version], fs);
    const fact = { shape, version, checked: r };
    this.shapeFacts.set(obj, fact);
    this.shapeFacts.set(r, fact);
    return r;
  }

  /** LOAD_ATTR_SLOT / LOAD_ATTR_CLASS: a slot load (or the class attribute as a constant) behind a shape guard. */
  private speculatedLoadAttr(): boolean {
    const c = this.attrCache(["LOAD_ATTR_SLOT", "LOAD_ATTR_CLASS"]);
    const obj = this.peek(0);
    if (c === null) return this.polyLoadAttr();
    if (obj.repr !== Repr.Tagged) return false;
    if (c.slot < 0 && c.value === undefined) return false;
    const fs = this.frameState();
    const o = this.checkShape(obj, c.shape as object, c.typeVersion, fs);
    const r = c.slot >= 0 ? this.emit("LoadSlot", [o], [c.slot], fs) : typeof c.value === "number" ? this.constInt(c.value) : this.constValue(c.value);
    this.pop();
    this.push(r);
    return true;
  }

  /** STORE_ATTR_SLOT: a slot store, or the cached shape transition that adds the attribute, behind a shape guard. */
  private speculatedStoreAttr(): boolean {
    const c = this.attrCache(["STORE_ATTR_SLOT"]);
    const obj = this.peek(0);
    if (c === null) return this.polyStoreAttr();
    if (obj.repr !== Repr.Tagged || c.slot < 0) return false;
    const fs = this.frameState();
    if (c.fromShape !== null) {
      const o = this.checkShape(obj, c.fromShape, c.typeVersion, fs);
      this.pop();
      this.emit("AddSlot", [o, this.box(this.pop())], [c.slot, this.g.addConst(c.shape)], fs);
      // The receiver now has the shape after the store (same type version). Another value may be the same
      // object (two loads of one list item), so no other value's shape is known any more.
      const fact = { shape: c.shape as object, version: c.typeVersion, checked: o };
      this.shapeFacts.clear();
      this.polyFacts.clear();
      this.shapeFacts.set(obj, fact);
      this.shapeFacts.set(o, fact);
    } else {
      const o = this.checkShape(obj, c.shape as object, c.typeVersion, fs);
      this.pop();
      this.emit("StoreSlot", [o, this.box(this.pop())], [c.slot]);
    }
    return true;
  }

  /**
   * LOAD_METHOD_TYPE on an instance: the method is a constant (the type version fixes it), the receiver is self.
   * A site still unquickened (LOAD_METHOD) whose monomorphic cache holds a method entry counts too: only tier-1
   * code ran it (tier 1 fills the cache but does not quicken), and the interpreter would quicken it to LOAD_METHOD_TYPE.
   */
  private speculatedLoadMethod(): boolean {
    if (this.strMethod()) return true;
    const c = this.attrCache(["LOAD_METHOD_TYPE", "LOAD_METHOD"]);
    const obj = this.peek(0);
    if (c === null) return this.polyLoadMethod();
    if (obj.repr !== Repr.Tagged || c.slot !== -1 || c.value === undefined) return false;
    const o = this.checkShape(obj, c.shape as object, c.typeVersion, this.frameState());
    this.pop();
    this.push(this.constValue(c.value));
    this.push(o);
    return true;
  }

  /**
   * LOAD_METHOD_TYPE on an exact str (a JS string: str subclass instances are objects): the
   * method descriptor is a constant (builtin types never change) behind a CheckStr, so the
   * CALL can run its entry directly (builtinMethodCall).
   */
  private strMethod(): boolean {
    if (this.generic(this.pc)) return false;
    const op = this.fb.specializedOpAt(this.pc) as number | string;
    if ((typeof op === "number" ? OPCODE_NAMES[op] : op) !== "LOAD_METHOD_TYPE") return false;
    const c = this.fb.cacheAt(this.pc);
    if (c === undefined || c.kind !== "attr" || c.polymorphic || c.shape !== null || c.slot !== -1) return false;
    const m = c.value;
    if (!(m instanceof JIT_RUNTIME.PyMethodDescriptor) || m.objclass !== JIT_RUNTIME.StrType) return false;
    const obj = this.peek(0);
    if (obj.repr !== Repr.Tagged && obj.repr !== Repr.Str) return false;
    const o = obj.repr === Repr.Str ? obj : this.check("CheckStr", obj);
    this.pop();
    this.push(this.constValue(m));
    this.push(o);
    return true;
  }

  /**
   * `obj.m(args)` where LOAD_METHOD left a builtin type's method descriptor as a constant (its
   * receiver guarded to that exact type or shape): the descriptor's entry for this many
   * positional arguments is called directly, no call dispatch.
   */
  private builtinMethodCall(argc: number, base: number, first: Value, second: Value): boolean {
    const m = this.constOf.get(first);
    if (!(m instanceof JIT_RUNTIME.PyMethodDescriptor) || this.generic(this.pc)) return false;
    if (this.strKernelCall(argc, base, m, second)) return true;
    const s = this.state.stack;
    const rest = s.slice(base + 2);
    if (rest.some((v) => v instanceof VRange || v instanceof VIter)) return false;
    const fs = this.frameState();
    const args = [this.box(second), ...rest.map((v) => this.box(v as Value))];
    s.length = base;
    this.push(this.emit("CallMethodDescr", args, [this.g.addConst(m), this.pc, m.entryFor(argc) === m.raw ? 1 : 0], fs));
    this.checkValid();
    return true;
  }

  // ---- polymorphic attribute sites (LOAD_ATTR_POLY / STORE_ATTR_POLY / LOAD_METHOD_POLY) ----------------

  /**
   * The typed entries of the polymorphic attribute cache at this pc when the
   * interpreter runs it as `form` (instance receivers only; duplicates
   * dropped), or null.
   */
  private polyEntries(form: string): AttrEntryView[] | null {
    if (this.generic(this.pc)) return null;
    const s = this.fb.specializedOpAt(this.pc);
    if (OPCODE_NAMES[s] !== form) return null;
    const c = this.fb.cacheAt(this.pc);
    if (c === undefined || c.kind !== "attr" || c.entries === null || c.entries.length === 0) return null;
    const out: AttrEntryView[] = [];
    for (const e of c.entries) {
      if (e.typeVersion < 0 || e.shape === null) return null;
      if (out.some((x) => x.shape === e.shape && x.typeVersion === e.typeVersion && x.fromShape === e.fromShape)) continue;
      out.push(e);
    }
    return out.length > 0 && out.length <= MAX_POLY_ARMS ? out : null;
  }

  /**
   * `obj` guarded to be an instance with one of `pairs` (shape, type version):
   * the site's entries in the order of the index the guard yields (`idx`), or
   * `mono` when a CheckShape already fixed obj to one of them.
   */
  private checkShapes<E>(obj: Value, pairs: readonly (readonly [object, number])[], entries: readonly E[], fs: FrameState): { mono: E; checked: Value } | { idx: Value; order: E[] } | null {
    const pos = (shape: object, version: number): number => pairs.findIndex(([s, v]) => s === shape && v === version);
    const known = this.shapeFacts.get(obj);
    if (known !== undefined) {
      const j = pos(known.shape, known.version);
      return j < 0 ? null : { mono: entries[j] as E, checked: known.checked };
    }
    const poly = this.polyFacts.get(obj);
    if (poly !== undefined) {
      const map = poly.pairs.map(([s, v]) => pos(s, v));
      if (map.every((j) => j >= 0)) return { idx: poly.idx, order: map.map((j) => entries[j] as E) };
    }
    const imm: (number | string)[] = [];
    for (const [s, v] of pairs) imm.push(this.g.addConst(s), v);
    const idx = this.emit("CheckShapes", [obj], imm, fs);
    this.polyFacts.set(obj, { pairs, idx });
    return { idx, order: entries.slice() };
  }

  /** LOAD_ATTR_POLY: every entry a slot (LoadSlot / LoadSlotAt) or every one a class attribute (a constant / SelectConst). */
  private polyLoadAttr(): boolean {
    const es = this.polyEntries("LOAD_ATTR_POLY");
    const obj = this.peek(0);
    if (es === null || obj.repr !== Repr.Tagged) return false;
    const slots = es.every((e) => e.slot >= 0);
    if (!slots && !es.every((e) => e.slot < 0 && e.value !== undefined)) return false;
    const fs = this.frameState();
    const r = this.checkShapes(obj, es.map((e) => [e.shape as object, e.typeVersion] as const), es, fs);
    if (r === null) return false;
    let v: Value;
    if ("mono" in r) {
      v = slots ? this.emit("LoadSlot", [r.checked], [r.mono.slot], fs) : this.attrConst(r.mono.value);
    } else if (slots) {
      const ss = r.order.map((e) => e.slot);
      v = ss.every((x) => x === ss[0]) ? this.emit("LoadSlot", [obj], [ss[0] as number], fs) : this.emit("LoadSlotAt", [obj, r.idx], ss, fs);
    } else {
      v = this.selectConst(r.idx, r.order.map((e) => e.value));
    }
    this.pop();
    this.push(v);
    return true;
  }

  /** STORE_ATTR_POLY where every entry stores into an existing slot: StoreSlot (one slot index) behind CheckShapes. */
  private polyStoreAttr(): boolean {
    const es = this.polyEntries("STORE_ATTR_POLY");
    const obj = this.peek(0);
    if (es === null || obj.repr !== Repr.Tagged || !es.every((e) => e.fromShape === null && e.slot >= 0 && e.slot === es[0]?.slot)) return false;
    const r = this.checkShapes(obj, es.map((e) => [e.shape as object, e.typeVersion] as const), es, this.frameState());
    if (r === null) return false;
    const o = "mono" in r ? r.checked : obj;
    this.pop();
    this.emit("StoreSlot", [o, this.box(this.pop())], [es[0]?.slot as number]);
    return true;
  }

  /**
   * LOAD_METHOD_POLY where every entry is a method of the class: the method
   * as a constant when all classes share it, else SelectConst of the matched
   * index (the CALL after it dispatches on that index: polyMethodCall).
   */
  private polyLoadMethod(): boolean {
    const es = this.polyEntries("LOAD_METHOD_POLY");
    const obj = this.peek(0);
    if (es === null || obj.repr !== Repr.Tagged || !es.every((e) => e.slot === -1 && e.value !== undefined)) return false;
    const r = this.checkShapes(obj, es.map((e) => [e.shape as object, e.typeVersion] as const), es, this.frameState());
    if (r === null) return false;
    let m: Value;
    if ("mono" in r) m = this.constValue(r.mono.value);
    else {
      const fns = r.order.map((e) => e.value);
      m = this.selectConst(r.idx, fns);
      if (fns.some((f) => f !== fns[0])) this.polyMethods.set(m, { idx: r.idx, fns });
    }
    this.pop();
    this.push(m);
    this.push(obj);
    return true;
  }

  /** SelectConst values: the dispatch index and the method per index (see polyLoadMethod). */
  private readonly polyMethods = new Map<Value, { readonly idx: Value; readonly fns: readonly unknown[] }>();

  /** consts[values[idx]]; a constant when every value is the same. */
  private selectConst(idx: Value, values: readonly unknown[]): Value {
    if (values.every((v) => v === values[0])) return this.attrConst(values[0]);
    return this.emit("SelectConst", [idx], values.map((v) => this.g.addConst(v)));
  }

  private attrConst(v: unknown): Value {
    return typeof v === "number" ? this.constInt(v) : this.constValue(v);
  }

  /**
   * `obj.m(args)` after a polymorphic LOAD_METHOD whose classes have
   * different methods: one arm per method (the CheckShapes index picks it;
   * the last arm needs no test), each a known-method call (direct, inlined
   * or generic), meeting in a continuation block with the result.
   */
  private polyMethodCall(argc: number, base: number, first: Value, second: Value): boolean {
    const info = this.polyMethods.get(first);
    if (info === undefined || this.generic(this.pc)) return false;
    if (this.state.stack.slice(base).some((v) => v instanceof VRange || v instanceof VIter)) return false;
    if (this.state.dirty.size > 0) this.flushNames();
    // The CALL's frame state, built here where it dominates every arm (it may materialize a virtual iterator).
    this.frameState();
    const groups: { fn: unknown; at: number[] }[] = [];
    info.fns.forEach((fn, j) => {
      const gr = groups.find((x) => x.fn === fn);
      if (gr === undefined) groups.push({ fn, at: [j] });
      else gr.at.push(j);
    });
    const start = copyState(this.state);
    const cont = this.g.newBlock(this.pc + 1);
    const result = this.g.addParam(cont, Repr.Tagged);
    const arms = groups.map(() => this.g.newBlock(this.pc));
    // The tests: idx === j for each index of every group but the last (CheckShapes yields one of the indexes).
    for (let gi = 0; gi < groups.length - 1; gi++) {
      for (const j of (groups[gi] as { at: number[] }).at) {
        const cond = this.emit("Int53Compare", [info.idx, this.constInt(j)], [2]);
        const next = this.g.newBlock(this.pc);
        this.cur.terminator = { kind: "branch", cond, ifTrue: arms[gi] as Block, trueArgs: [], ifFalse: next, falseArgs: [] };
        this.enterBlock(next, copyState(start));
      }
    }
    this.cur.terminator = { kind: "jump", target: arms[groups.length - 1] as Block, args: [] };
    groups.forEach((gr, gi) => {
      this.enterBlock(arms[gi] as Block, copyState(start));
      const fnv = this.constValue(gr.fn);
      this.state.stack[base] = fnv;
      if (!this.knownMethodCall(argc, base, fnv, second)) this.genericCall(argc, -1);
      const r = this.box(this.pop());
      this.cur.terminator = { kind: "jump", target: cont, args: [r] };
    });
    this.enterBlock(cont, { locals: start.locals.slice(), stack: start.stack.slice(0, base), names: new Map(), dirty: new Set() });
    this.push(result);
    return true;
  }

  /** `obj.m(args)` where the method is a Python function known at compile time: a direct call with the receiver first. */
  private knownMethodCall(argc: number, base: number, first: Value, second: Value): boolean {
    const fn = this.constOf.get(first);
    if (!isPyFunctionLike(fn) || this.generic(this.pc)) return false;
    const c = fn.code;
    refuseIntrospectingCallee(c);
    if (c.argcount !== argc + 1 || c.kwonlyargcount !== 0 || (c.flags & (CO.VARARGS | CO.VARKEYWORDS | CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE)) !== 0) return false;
    const s = this.state.stack;
    const rest = s.slice(base + 2);
    if (rest.some((v) => v instanceof VRange || v instanceof VIter)) return false;
    if (this.tryInline(fn, first, [second, ...(rest as Value[])], base)) return true;
    const fs = this.frameState();
    const args = [this.box(second), ...rest.map((v) => this.box(v as Value))];
    s.length = base;
    this.push(this.emit("CallDirect", args, [this.g.addConst(fn), this.pc], fs));
    this.checkValid();
    return true;
  }

  /**
   * `f(x)` of a builtin with a pure double kernel (`floatKernel`, e.g.
   * math.sqrt) known at compile time, on a float or small-int argument: the
   * kernel on the raw double, deoptimizing to the interpreter's call where
   * the builtin would raise.
   */
  private tryFloatKernel(callee: unknown): boolean {
    if (!(callee instanceof JIT_RUNTIME.PyBuiltinFunction) || callee.floatKernel === null || this.generic(this.pc)) return false;
    const x = this.peek(0);
    if (x.repr !== Repr.Float64 && x.repr !== Repr.Int53 && x.repr !== Repr.Tagged) return false;
    const fs = this.frameState();
    const fx = this.asFloat(x, false);
    if (fx === null) return false;
    const r = this.emit("Float64Call1", [fx], [this.g.addConst(callee)], fs);
    this.pop();
    this.pop();
    this.pop();
    this.push(r);
    return true;
  }

  /**
   * Attribute `co_names[namei]` of a module known at compile time (a global
   * read as a constant) whose dict holds it: a constant, with a dependency
   * on that dict key (rebinding `math.sqrt` invalidates the code). Only for
   * exact modules and names the module type itself does not define.
   */
  private moduleAttr(obj: Value, namei: number): Value | null {
    if (this.generic(this.pc)) return null;
    const m = this.constOf.get(obj);
    if (!(m instanceof JIT_RUNTIME.PyModule) || m.cls !== JIT_RUNTIME.ModuleType) return null;
    const name = this.code.names[namei];
    if (name === undefined || JIT_RUNTIME.ModuleType.lookup(name) !== undefined) return null;
    const value = m.dict.getStr(name);
    if (value === undefined) return null;
    if (!this.g.dependencies.some((d) => d.kind === "dictKey" && d.dict === m.dict && d.name === name)) {
      this.g.dependencies.push({ kind: "dictKey", dict: m.dict, name, value });
    }
    if (typeof value === "number") return this.constInt(value);
    return this.constValue(value);
  }

  /**
   * `Cls.name` / `Cls.name(...)` of a class known at compile time (a global read as a constant) whose
   * metatype is `type`: a plain function or builtin method descriptor found on the class (its
   * `__get__(None, Cls)` is itself) is a constant, watched through the class's version (`Base.__init__(self, …)`,
   * `Exception.__init__(self, code)`). Not when `type` itself defines the name as anything but a method
   * (its data descriptors — `__name__`, `__dict__` … — come first). LOAD_METHOD then pushes NULL and the value.
   */
  private typeAttr(obj: Value, namei: number): Value | null {
    if (this.generic(this.pc)) return null;
    const t = this.constOf.get(obj);
    const R = JIT_RUNTIME;
    // `type` is the metatype of every builtin type (int's included).
    if (!(t instanceof PyType) || t.cls !== R.IntType.cls) return null;
    const name = this.code.names[namei];
    if (name === undefined) return null;
    const meta = (R.IntType.cls as PyType).lookup(name);
    if (meta !== undefined && !(meta instanceof R.PyMethodDescriptor)) return null;
    const value = this.opts.classAttr === undefined ? t.lookup(name) : this.opts.classAttr(t, name);
    if (!isPyFunctionLike(value) && !(value instanceof R.PyMethodDescriptor)) return null;
    if (!this.g.dependencies.some((d) => d.kind === "type" && d.type === t)) this.g.dependencies.push({ kind: "type", type: t });
    return this.constValue(value);
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
    let guardStep = false;
    if (argc === 3) {
      const step = this.constOf.get(args[2] as Value);
      if (typeof step === "number" && step !== 0) dir = step > 0 ? 1 : -1;
      else if (step === undefined) guardStep = true; // speculate a positive step (`range(a, b, k)`); deopt otherwise
      else return false;
    }
    const ints = args.map((a) => this.asInt(a));
    if (ints.some((x) => x === null)) return false;
    const iv = ints as Value[];
    if (guardStep) this.emit("Guard", [this.emit("Int53Compare", [iv[2] as Value, this.constInt(0)], [4])], [], this.frameState());
    const start = argc === 1 ? this.constInt(0) : (iv[0] as Value);
    const stop = argc === 1 ? (iv[0] as Value) : (iv[1] as Value);
    const step = argc === 3 ? (iv[2] as Value) : this.constInt(1);
    this.state.stack.length = base;
    this.push(new VRange(start, stop, step, dir));
    return true;
  }
}

/** Entries of a polymorphic attribute site tier 2 dispatches on (the interpreter keeps at most 1 + MAX_POLY_ENTRIES). */
const MAX_POLY_ARMS = 5;

/**
 * A module body's StoreName of a name the unit itself read as a constant
 * (an inlined callee's global, a module constant) invalidates the unit: a
 * CheckValid right after it, with the store's own frame state (resuming
 * there writes the same value again), so no stale constant is used after it.
 */
function checkAfterDependentStores(g: Graph, code: CodeObject): void {
  const names = new Set(g.dependencies.filter((d) => d.kind === "global").map((d) => d.name));
  if (names.size === 0) return;
  for (const b of g.blocks) {
    for (let j = b.instrs.length - 1; j >= 0; j--) {
      const i = b.instrs[j] as Instr;
      if (i.op !== "StoreName" || i.frameState === null || !names.has(code.names[i.imm[0] as number] as string)) continue;
      const c = g.addInstr(b, "CheckValid", OPS.CheckValid.result, [], [], i.pc, i.frameState);
      b.instrs.pop();
      b.instrs.splice(j + 1, 0, c);
    }
  }
}

/**
 * The header of the innermost loop enclosing the loop at `header`, or -1:
 * the greatest pc below it that a backward jump from at or after `header`
 * targets (Python's loops are structured: a loop is its header up to its
 * last backward jump there).
 */
function enclosingLoopHeader(code: CodeObject, header: number): number {
  let best = -1;
  for (let pc = header; pc < code.code.length; pc++) {
    for (const s of successors(code, pc, 0)) if (s.pc < header && s.pc > best) best = s.pc;
  }
  return best;
}

/** Drop `CheckValid` from a graph that assumes nothing that could be invalidated. */
function removeCheckValid(g: Graph): void {
  for (const b of g.blocks) {
    const keep = b.instrs.filter((i) => i.op !== "CheckValid");
    if (keep.length !== b.instrs.length) b.instrs.splice(0, b.instrs.length, ...keep);
  }
}
