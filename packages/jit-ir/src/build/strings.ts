/**
 * str operations in the optimizing tier's builder.
 *
 * An exact str is a JS string, so a value of representation `str` needs no
 * unboxing: what tier 2 gains is the dispatch. Where the feedback says an
 * instruction ran on str operands (BINARY_OP_ADD_STR, compares and
 * subscripts whose operand kinds were only str / str and int), or the
 * operands are already str values (results of str ops, str constants), the
 * instruction becomes a typed op behind `CheckStr` guards:
 *
 * - `a + b` → StrConcat; compares → StrCompare (`==`/`!=` inline, orderings
 *   in code-point order); `x in s` → StrContains;
 * - `s[i]` → StrAt (deopt when out of range: the interpreter raises);
 *   `s[a:b:k]` (BUILD_SLICE right before BINARY_SUBSCR, int or None bounds,
 *   a constant step) → StrSlice, no slice object;
 * - f-strings: FORMAT_VALUE of a str is the str, of a small int `String(n)`,
 *   else FormatValue (formatValue: conversions, __format__); BUILD_STRING →
 *   BuildString, a concatenation;
 * - `len(x)` of the builtin len → StrLen on a str, LenFast (exact
 *   str/list/tuple/dict/set/frozenset, deopt otherwise) on anything else; `ord(c)` →
 *   StrOrd;
 * - `s.m(args)` of a str method with a kernel for its argument types
 *   (objects/str/str-kernels.ts: the method minus argument parsing) →
 *   StrCall{Str,Int,Bool,Obj}, whose result representation is the
 *   kernel's, so `s.find(x) < 0` or `ch.isalpha()` need no checks after it.
 *
 * Every op calls the interpreter's own helpers (JIT_RUNTIME), so the tiers
 * agree; a guard that fails hands the instruction back to the interpreter,
 * which raises the exact error.
 */
import { JIT_RUNTIME, SEEN } from "@pyvm/interpreter";
import { FORMAT_VALUE_FLAGS, Op } from "@pyvm/bytecode";
import { Repr, type Value } from "../ir/graph.js";
import { opAt } from "./cfg.js";
import { hintAt } from "./feedback.js";
import { NB, VIter, VRange } from "./model.js";
import { OperationsBuilder } from "./operations.js";

const KERNEL_OPS = { str: "StrCallStr", int: "StrCallInt", bool: "StrCallBool", object: "StrCallObj" } as const;

/** PYVM_OPT_STR=0 turns these lowerings off (A/B measurements, bisecting). */
const STR_OPS = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.["PYVM_OPT_STR"] !== "0";

export abstract class StringsBuilder extends OperationsBuilder {
  /** `s[a:b]` built at BUILD_SLICE: the BINARY_SUBSCR at `pc` only takes the result. */
  private pendingSlice: { readonly pc: number; readonly result: Value } | null = null;

  /** A str constant (LOAD_CONST, or a global read as a constant) as a str value, else null. */
  private strConst(v: Value): Value | null {
    const c = this.constOf.get(v);
    if (typeof c !== "string") return null;
    const k = this.g.addConst(c);
    const key = `S${k}`;
    let x = this.constCache.get(key);
    if (x === undefined) {
      x = this.emit("ConstStr", [], [k]);
      this.constCache.set(key, x);
      this.constOf.set(x, c);
      this.origin.set(x, v);
    }
    return x;
  }

  /** `v` as a str value: a str as is, a str constant, else (when `speculate`) a tagged value behind CheckStr. */
  protected asStr(v: Value, speculate: boolean): Value | null {
    if (v.repr === Repr.Str) return v;
    const c = this.strConst(v);
    if (c !== null) return c;
    if (speculate && v.repr === Repr.Tagged && !this.constOf.has(v)) return this.check("CheckStr", v);
    return null;
  }

  /** `v` as an int53 for a str kernel / slice bound: no check of a constant that is not an int. */
  private asSmallInt(v: Value): Value | null {
    if (v.repr === Repr.Int53) return v;
    if (v.repr !== Repr.Tagged) return null;
    if (this.constOf.has(v) && typeof this.constOf.get(v) !== "number") return null;
    return this.asInt(v);
  }

  /**
   * The two operands on top of the stack as str values (checked where the feedback saw str
   * operands, or already str), popped; null, with nothing popped, otherwise.
   */
  private strOperands(): [Value, Value] | null {
    const b = this.peek(0);
    const a = this.peek(1);
    if (hintAt(this.fb, this.pc) !== "str" && !(a.repr === Repr.Str && b.repr === Repr.Str)) return null;
    const sa = this.asStr(a, true);
    const sb = sa === null ? null : this.asStr(b, true);
    if (sa === null || sb === null) return null;
    this.pop();
    this.pop();
    return [sa, sb];
  }

  protected override binaryOp(nbArg: number): void {
    const nb = nbArg >= 13 ? nbArg - 13 : nbArg;
    if (STR_OPS && nb === NB.ADD && !this.generic(this.pc)) {
      const ops = this.strOperands();
      if (ops !== null) {
        this.push(this.emit("StrConcat", ops));
        return;
      }
    }
    if (STR_OPS && nb === NB.REMAINDER && !this.generic(this.pc)) {
      // `fmt % args` with a str (usually constant) format: str's own formatting, no binaryOp dispatch.
      const s = this.asStr(this.peek(1), false);
      if (s !== null) {
        const fs = this.frameState();
        const x = this.box(this.pop());
        this.pop();
        this.push(this.emit("StrMod", [s, x], [nbArg], fs));
        this.checkValid();
        return;
      }
    }
    super.binaryOp(nbArg);
  }

  protected override compareOp(cmp: number): void {
    if (STR_OPS && !this.generic(this.pc)) {
      const ops = this.strOperands();
      if (ops !== null) {
        this.push(this.emit("StrCompare", ops, [cmp]));
        return;
      }
    }
    super.compareOp(cmp);
  }

  /** The result of the BUILD_SLICE lowered with the subscript at this pc (then cleared), else null. */
  private takePendingSlice(): Value | null {
    const p = this.pendingSlice;
    if (p === null || p.pc !== this.pc) return null;
    this.pendingSlice = null;
    return p.result;
  }

  protected override binarySubscr(): void {
    const sliced = this.takePendingSlice();
    if (sliced !== null) {
      this.pop();
      this.pop();
      this.push(sliced);
      return;
    }
    if (STR_OPS && !this.generic(this.pc)) {
      const key = this.peek(0);
      const obj = this.peek(1);
      const seen = this.fb.operandKindsAt(this.pc);
      if ((obj.repr === Repr.Str && key.repr === Repr.Int53) || (seen === (SEEN.STR | SEEN.INT) && obj.repr !== Repr.Int53)) {
        const s = this.asStr(obj, true);
        const i = s === null ? null : this.asSmallInt(key);
        if (s !== null && i !== null) {
          const r = this.emit("StrAt", [s, i], [], this.frameState());
          this.pop();
          this.pop();
          this.push(r);
          return;
        }
      }
    }
    super.binarySubscr();
  }

  /** `x in s` with a str container: StrContains (the item speculated to be a str). */
  protected strContainsOp(invert: boolean): boolean {
    if (!STR_OPS || this.generic(this.pc)) return false;
    const container = this.asStr(this.peek(0), false);
    if (container === null) return false;
    const item = this.asStr(this.peek(1), true);
    if (item === null) return false;
    this.pop();
    this.pop();
    const r = this.emit("StrContains", [container, item]);
    this.push(invert ? this.emit("BoolNot", [r]) : r);
    return true;
  }

  protected override execRare(op: number, arg: number): void {
    if (op === Op.BUILD_SLICE && ((STR_OPS && this.strSlice(arg)) || this.seqSlice(arg))) return;
    if (STR_OPS && op === Op.FORMAT_VALUE && this.formatValue(arg)) return;
    if (STR_OPS && op === Op.BUILD_STRING && this.buildString(arg)) return;
    super.execRare(op, arg);
  }

  /**
   * BUILD_SLICE argc right before a BINARY_SUBSCR on a str: StrSlice now, taken by that
   * BINARY_SUBSCR. Guards carry the frame state before BUILD_SLICE (building a slice has no
   * effects, so the interpreter may redo both instructions).
   */
  private strSlice(argc: number): boolean {
    const next = this.pc + 1;
    if (!this.sliceBeforeSubscr(argc, 1) || opAt(this.code, next) !== Op.BINARY_SUBSCR) return false;
    const obj = this.peek(argc);
    const seen = this.fb.operandKindsAt(next);
    if (obj.repr !== Repr.Str && !(obj.repr === Repr.Tagged && (seen & ~SEEN.OTHER) === SEEN.STR)) return false;
    const step = this.sliceStep(argc);
    if (step === 0) return false;
    const b = this.sliceBounds(argc);
    if (b === null) return false;
    const s = this.asStr(this.peek(argc), true);
    if (s === null) return false;
    const r = this.emit("StrSlice", [s, ...b.bounds], [b.mask, step]);
    for (let k = 0; k < argc; k++) this.pop();
    // Stands for the slice object until the BINARY_SUBSCR, which replaces both by the result.
    this.push(r);
    this.pendingSlice = { pc: next, result: r };
    return true;
  }

  /**
   * Whether BUILD_SLICE argc can be lowered with the subscript right after it: neither is
   * generic, the subscript is not a jump target, and the slice's operands and the `below`
   * stack entries under them (the object; for a store also the value) are plain values.
   */
  private sliceBeforeSubscr(argc: number, below: number): boolean {
    const next = this.pc + 1;
    if (this.generic(this.pc) || this.generic(next) || next >= this.code.code.length || this.cfg.isLeader[next] === 1) return false;
    const st = this.state.stack;
    if (st.length < argc + below) return false;
    for (let k = st.length - argc - below; k < st.length; k++) if (st[k] instanceof VRange || st[k] instanceof VIter) return false;
    return true;
  }

  /** The constant step of BUILD_SLICE argc (1 without one or for None), or 0 when it is not a non-zero constant. */
  private sliceStep(argc: number): number {
    if (argc !== 3) return 1;
    const c = this.constOf.get(this.peek(0));
    if (c === JIT_RUNTIME.None) return 1;
    return typeof c === "number" ? c : 0;
  }

  /** BUILD_SLICE argc's start and stop as int53 values (mask bit 1: start given, bit 2: stop), or null. */
  private sliceBounds(argc: number): { readonly bounds: Value[]; readonly mask: number } | null {
    const bounds: Value[] = [];
    let mask = 0;
    for (let j = 0; j < 2; j++) {
      const v = this.peek(argc - 1 - j);
      if (this.constOf.get(v) === JIT_RUNTIME.None) continue;
      const i = this.asSmallInt(v);
      if (i === null) return null;
      bounds.push(i);
      mask |= 1 << j;
    }
    return { bounds, mask };
  }

  /**
   * BUILD_SLICE argc right before a BINARY_SUBSCR of an exact list or tuple, or a
   * STORE_SUBSCR into an exact list (the subscript's feedback saw only that type):
   * SeqSlice / ListSetSlice now, with the frame state before BUILD_SLICE, and the
   * subscript only takes the result (no slice object is built).
   */
  private seqSlice(argc: number): boolean {
    const next = this.pc + 1;
    if (next >= this.code.code.length) return false;
    const store = opAt(this.code, next) === Op.STORE_SUBSCR;
    if (!store && opAt(this.code, next) !== Op.BINARY_SUBSCR) return false;
    if (!this.sliceBeforeSubscr(argc, store ? 2 : 1)) return false;
    const seen = this.fb.operandKindsAt(next) & (SEEN.LIST | SEEN.TUPLE | SEEN.STR);
    const t = seen === SEEN.LIST ? JIT_RUNTIME.ListType : seen === SEEN.TUPLE && !store ? JIT_RUNTIME.TupleType : undefined;
    const obj = this.peek(argc);
    if (t === undefined || obj.repr !== Repr.Tagged || this.constOf.has(obj)) return false;
    const step = this.sliceStep(argc);
    if (step === 0) return false;
    const fs = this.frameState();
    const sb = this.sliceBounds(argc);
    if (sb === null) return false;
    const { bounds, mask } = sb;
    const o = this.checkType(obj, t, fs);
    if (store) {
      const value = this.box(this.peek(argc + 1));
      this.emit("ListSetSlice", [o, value, ...bounds], [mask, step], fs);
      for (let k = 0; k < argc; k++) this.pop();
      // The STORE_SUBSCR pops the value, the list and this placeholder for the slice.
      this.push(o);
      this.pendingSlice = { pc: next, result: o };
      return true;
    }
    const r = this.emit("SeqSlice", [o, ...bounds], [mask, step]);
    this.knownType.set(r, t);
    for (let k = 0; k < argc; k++) this.pop();
    this.push(r);
    this.pendingSlice = { pc: next, result: r };
    return true;
  }

  protected override storeSubscr(): void {
    if (this.takePendingSlice() !== null) {
      // ListSetSlice (seqSlice) already stored; converting the value may have run Python code.
      this.pop();
      this.pop();
      this.pop();
      this.checkValid();
      return;
    }
    super.storeSubscr();
  }

  /** FORMAT_VALUE: a str or small int without spec or with `!s` needs no call; else FormatValue. */
  private formatValue(flags: number): boolean {
    const hasSpec = (flags & FORMAT_VALUE_FLAGS.HAVE_SPEC) !== 0;
    const conv = flags & FORMAT_VALUE_FLAGS.CONV_MASK;
    const v = this.peek(hasSpec ? 1 : 0);
    if (!hasSpec && (conv === FORMAT_VALUE_FLAGS.NONE || conv === FORMAT_VALUE_FLAGS.STR)) {
      if (v.repr === Repr.Str) return true; // the value is its own text
      if (v.repr === Repr.Int53) {
        this.pop();
        this.push(this.emit("Int53ToStr", [v]));
        return true;
      }
    }
    const fs = this.frameState();
    const inputs = hasSpec ? [this.box(v), this.box(this.peek(0))] : [this.box(v)];
    this.pop();
    if (hasSpec) this.pop();
    this.push(this.emit("FormatValue", inputs, [flags], fs));
    this.checkValid();
    return true;
  }

  /** BUILD_STRING n: every operand is a str (FORMAT_VALUE results, str constants): a concatenation. */
  private buildString(n: number): boolean {
    const st = this.state.stack;
    if (st.length < n) return false;
    for (let k = st.length - n; k < st.length; k++) if (st[k] instanceof VRange || st[k] instanceof VIter) return false;
    const parts: Value[] = [];
    for (let k = 0; k < n; k++) parts.unshift(this.box(this.pop()));
    this.push(this.emit("BuildString", parts));
    return true;
  }

  /**
   * `s.m(args)` (LOAD_METHOD left str's method descriptor `m` as a constant, `self` is a str
   * value) through m's kernel when the arguments have (or are guarded to) the kernel's types.
   */
  protected strKernelCall(argc: number, base: number, m: unknown, self: Value): boolean {
    if (!STR_OPS) return false;
    if (argc === 1 && this.listAppend(base, m, self)) return true;
    if (self.repr !== Repr.Str || this.generic(this.pc)) return false;
    const kernel = JIT_RUNTIME.strMethodKernel(m, argc);
    if (kernel === undefined) return false;
    const st = this.state.stack;
    const rest = st.slice(base + 2);
    if (rest.some((v) => v instanceof VRange || v instanceof VIter)) return false;
    const fs = this.frameState();
    const args: Value[] = [self];
    for (let j = 0; j < argc; j++) {
      const v = rest[j] as Value;
      const p = kernel.params[j];
      const a =
        p === "str" ? this.asStr(v, true) : p === "int" ? this.asSmallInt(v) : v.repr === Repr.Tagged && !this.constOf.has(v) ? this.checkType(v, JIT_RUNTIME.ListType, fs) : null;
      if (a === null) return false;
      args.push(a);
    }
    st.length = base;
    this.push(this.emit(KERNEL_OPS[kernel.result], args, [this.g.addConst(m), argc], fs));
    return true;
  }

  /**
   * `lst.append(x)` where LOAD_METHOD found list's own `append`, on an exact list (CheckType):
   * ListAppend and None, without the descriptor call's argument array.
   */
  private listAppend(base: number, m: unknown, self: Value): boolean {
    if (!(m instanceof JIT_RUNTIME.PyMethodDescriptor) || m.objclass !== JIT_RUNTIME.ListType || m.name !== "append") return false;
    if (self.repr !== Repr.Tagged || this.generic(this.pc)) return false;
    const x = this.state.stack[base + 2];
    if (x === undefined || x instanceof VRange || x instanceof VIter) return false;
    // Exact list (a class attribute `append = list.append` on another class reaches here too: then CheckType fails).
    const lst = this.checkType(self, JIT_RUNTIME.ListType, this.frameState());
    const v = this.box(x);
    this.state.stack.length = base;
    this.emit("ListAppend", [lst, v]);
    this.push(this.constValue(JIT_RUNTIME.None));
    return true;
  }

  /**
   * `len(x)` / `ord(c)` of the builtins (PyBuiltinFunction.intrinsic), `int(s)` of a str value
   * (StrToInt: plain digits, else deopt), `str(n)` of a small int; the stack is [NULL, callee, x].
   */
  protected strBuiltinCall(callee: unknown): boolean {
    if (!STR_OPS || this.generic(this.pc)) return false;
    const x = this.peek(0);
    let r: Value | null = null;
    if (callee === JIT_RUNTIME.IntType) {
      if (x.repr === Repr.Str) r = this.emit("StrToInt", [x], [], this.frameState());
    } else if (callee === JIT_RUNTIME.StrType) {
      if (x.repr === Repr.Int53) r = this.emit("Int53ToStr", [x]);
    } else if (!(callee instanceof JIT_RUNTIME.PyBuiltinFunction) || callee.intrinsic === null) {
      return false;
    } else if (callee.intrinsic === "len") {
      if (x.repr === Repr.Str) r = this.emit("StrLen", [x]);
      else if (x.repr === Repr.Tagged) r = this.emit("LenFast", [x], [], this.frameState());
    } else {
      const s = this.asStr(x, true);
      if (s !== null) r = this.emit("StrOrd", [s], [], this.frameState());
    }
    if (r === null) return false;
    this.pop();
    this.pop();
    this.pop();
    this.push(r);
    return true;
  }
}
