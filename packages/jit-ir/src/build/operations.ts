/**
 * Operand-level translations: constants and globals, arithmetic and
 * comparisons (typed int53/float64 ops behind guards when the feedback or
 * the operands' representations support it, else the generic helper),
 * subscripts (exact list/tuple fast forms), and opcodes run by the
 * interpreter's execRare on the spilled stack.
 */
import { JIT_RUNTIME, SEEN } from "@pyvm/interpreter";
import { Op, OPCODE_NAMES, opcodeDef, stackEffect } from "@pyvm/bytecode";
import { Repr, type FrameState, type Value } from "../ir/graph.js";
import { OPS } from "../ir/ops.js";
import { hintAt, type Hint } from "./feedback.js";
import { BuilderCore } from "./core.js";
import { FLOAT_BINOPS, INT_BINOPS, NB, NotCompilable, pushCount, VIter, VRange } from "./model.js";

export abstract class OperationsBuilder extends BuilderCore {
  /** An opcode run by the interpreter's execRare on the spilled top of the stack. */
  protected execRare(op: number, arg: number): void {
    const s = this.state.stack;
    const d = s.length;
    const def = opcodeDef(op);
    const pops = d - (d + stackEffect(op, arg, false) - pushCount(op, arg));
    // The whole stack is spilled: several of these opcodes read below what they pop (MATCH_* read the subject
    // they leave in place, CALL_FUNCTION_EX's error messages name the callable, *_ADD/*_UPDATE the container).
    const reach = d;
    const fs = this.frameState();
    const inputs = s.slice(d - reach).map((e) => (e instanceof VIter ? this.constValue(undefined) : e instanceof VRange ? null : this.box(e)));
    if (inputs.some((x) => x === null)) throw new NotCompilable(`range object under ${def.name}`);
    const m = this.emit("ExecRare", inputs as Value[], [op | (arg << 8), d - reach, d, d - pops], fs);
    s.length = d - pops;
    const pushes = pushCount(op, arg);
    for (let j = 0; j < pushes; j++) this.push(this.emit("Proj", [m], [j]));
    this.checkValid();
  }

  protected loadConst(i: number): Value {
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


  protected loadGlobal(arg: number): void {
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
  protected numericKind(a: Value, b: Value): "int" | "float" | "generic" {
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
        // Two operands proven int53 make an int whatever the site saw (an inlined callee's feedback
        // may come from other callers): a float op would box an int result as a float.
        return ka === "int" && kb === "int" ? "int" : "float";
      case "none":
        if (ka === "int" && kb === "int") return "int";
        if ((ka === "float" && kb !== "tagged") || (kb === "float" && ka !== "tagged")) return "float";
        if (!this.speculateBlind) return "generic";
        if (ka === "float" || kb === "float") return "float";
        if (ka === "int" || kb === "int") return "int";
        return "generic";
      default:
        // Operands this code already proved int53 (or float64) run the typed op whatever the
        // site saw before: a bigint seen here came from an operation that now deopts instead
        // of overflowing (and a masked result, passes/truncate.ts, never overflows at all).
        if (ka === "int" && kb === "int") return "int";
        if (ka === "float" && kb === "float") return "float";
        return "generic";
    }
  }

  /** Float operands: at least one must really be a float (else int op int would become float). */
  protected floatOperands(a: Value, b: Value): [Value, Value] | null {
    if (a === b && a.repr === Repr.Tagged && this.constOf.get(a) === undefined) {
      // x * x: one exact-float check serves both operands.
      const f = this.asFloat(a, true);
      return f === null ? null : [f, f];
    }
    const aFloat = a.repr === Repr.Float64;
    const bFloat = b.repr === Repr.Float64;
    let fa: Value | null;
    let fb: Value | null;
    if (this.fb.operandKindsAt(this.pc) === SEEN.FLOAT) {
      // Only floats seen here: an exact-float check per tagged operand (cheaper than int-or-float).
      fa = this.asFloat(a, !this.constOf.has(a));
      fb = this.asFloat(b, !this.constOf.has(b));
    } else if (aFloat || bFloat) {
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

  protected binaryOp(nbArg: number): void {
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

  protected compareOp(cmp: number): void {
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

  protected unary(op: number): void {
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
  protected checkType(obj: Value, t: unknown, fs: FrameState): Value {
    if (this.knownType.get(obj) === t) return obj;
    const r = this.emit("CheckType", [obj], [this.g.addConst(t)], fs);
    this.knownType.set(r, t);
    this.refine(obj, r);
    return r;
  }

  protected seqType(hint: Hint): unknown {
    return hint === "list" ? JIT_RUNTIME.ListType : hint === "tuple" ? JIT_RUNTIME.TupleType : undefined;
  }

  /**
   * BINARY_SUBSCR_DICT / STORE_SUBSCR_DICT with a key whose hash and equality run no Python code: the dict,
   * checked exact. A tagged key (a list element, a loop variable) whose site saw only str (or only int) keys
   * is speculated to be one behind CheckStr / CheckInt, which refines it on the stack: callers re-read it.
   */
  protected dictSite(form: string, obj: Value, key: Value): Value | null {
    if (this.generic(this.pc) || obj.repr !== Repr.Tagged) return null;
    const s = this.fb.specializedOpAt(this.pc) as number | string;
    if ((typeof s === "number" ? OPCODE_NAMES[s] : s) !== form) return null;
    if (key.repr !== Repr.Int53 && key.repr !== Repr.Str && key.repr !== Repr.Bool) {
      if (key.repr !== Repr.Tagged || this.constOf.has(key)) return null;
      // The dict itself is "other" to the feedback; list/tuple bits come with it.
      const kinds = this.fb.operandKindsAt(this.pc) & ~(SEEN.OTHER | SEEN.LIST | SEEN.TUPLE);
      if (kinds === SEEN.STR) this.check("CheckStr", key);
      else if (kinds === SEEN.INT) this.check("CheckInt", key);
      else return null;
    }
    return this.checkType(obj, JIT_RUNTIME.DictType, this.frameState());
  }

  protected binarySubscr(): void {
    const key = this.peek(0);
    const obj = this.peek(1);
    const d = this.dictSite("BINARY_SUBSCR_DICT", obj, key);
    if (d !== null) {
      const r = this.emit("DictGet", [d, this.peek(0)], [], this.frameState());
      this.pop();
      this.pop();
      this.push(r);
      return;
    }
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

  protected storeSubscr(): void {
    const key = this.peek(0);
    const obj = this.peek(1);
    const d = this.dictSite("STORE_SUBSCR_DICT", obj, key);
    if (d !== null) {
      const k = this.pop();
      this.pop();
      this.emit("DictSet", [d, k, this.box(this.pop())]);
      return;
    }
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

}
