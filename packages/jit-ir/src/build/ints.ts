/**
 * Arbitrary-size int arithmetic in the optimizing tier's builder.
 *
 * An int is a JS number while it is a safe integer and a bigint beyond
 * (objects/int.ts), so a value that has outgrown 2^53 cannot take the int53
 * ops: before this layer such sites (feedback INT|BIGINT: the pi spigot,
 * factorials, hashes mod 2^64) were GenericBinaryOp / GenericCompare — the
 * full binaryOp dispatch, a CheckValid after each, results of unknown type.
 * Here, where the feedback saw only ints (small or big) at an instruction,
 *
 * - `+ - * // % & | ^ >>` become IntArith behind CheckAnyInt guards
 *   (typeof number or bigint: bool and everything else deopt): a direct
 *   call of the interpreter's int helper (intAdd … intRshift), no dispatch,
 *   no CheckValid (int arithmetic runs no Python code); a zero divisor or a
 *   negative shift count deopts so the interpreter raises;
 * - compares become IntCompare: JS's relational operators compare a number
 *   and a bigint exactly, and canonical ints make `===` Python's `==`;
 * - results are known ints: the next op needs no guard, and the same
 *   operation on the same operands in one block is computed once (ints are
 *   immutable and these ops have no effects: `t * l` twice in one statement
 *   is one multiplication; a block entered from one predecessor inherits its
 *   results).
 *
 * Operands that are small ints already keep the int53 ops (an LCG's
 * `(x * 1103515245 + 12345) & 0x7FFFFFFF` becomes wrapping int32 arithmetic,
 * passes/truncate.ts), and a site that deoptimized (genericPcs) stays
 * generic.
 */
import { SEEN } from "@pyvm/interpreter";
import { Repr, type Block, type Value } from "../ir/graph.js";
import { NB, type State } from "./model.js";
import { StringsBuilder } from "./strings.js";

/** PYVM_OPT_BIGINT=0 turns these lowerings off (A/B measurements, bisecting). */
const INT_OPS = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.["PYVM_OPT_BIGINT"] !== "0";

/** BINARY_OP operations (nb, in-place folded) IntArith implements. */
const ARITH = new Set<number>([NB.ADD, NB.SUBTRACT, NB.MULTIPLY, NB.FLOOR_DIVIDE, NB.REMAINDER, NB.AND, NB.OR, NB.XOR, NB.RSHIFT]);
/** Those whose operands commute. */
const COMMUTES = new Set<number>([NB.ADD, NB.MULTIPLY, NB.AND, NB.OR, NB.XOR]);

export abstract class IntsBuilder extends StringsBuilder {
  /** Tagged values known to be exact ints (CheckAnyInt / IntArith results). */
  private readonly anyInts = new Set<Value>();
  /** `nb:a:b` → the IntArith result computed in the current block or the blocks that dominate it through single edges. */
  private arithCache = new Map<string, Value>();
  /** Single-predecessor blocks → the IntArith results available when control left their predecessor. */
  private readonly arithAt = new Map<Block, Map<string, Value>>();

  protected override enterBlock(block: Block, state: State): void {
    super.enterBlock(block, state);
    this.arithCache = new Map(this.arithAt.get(block));
  }

  protected override edge(target: number, state: State, uncond = false): { block: Block; args: Value[] } {
    const e = super.edge(target, state, uncond);
    // A block entered only from here sees every value computed so far (`n * t` of an if's test in its arms).
    if (this.arithCache.size > 0 && this.inherited.get(target)?.block === e.block) this.arithAt.set(e.block, new Map(this.arithCache));
    return e;
  }

  /**
   * Whether the feedback at this instruction saw ints only, at least one of them big, and the
   * site never deoptimized (genericPcs: the tier's "do not speculate here", which a failing
   * CheckAnyInt must not defeat).
   */
  private bigIntSite(): boolean {
    if (!INT_OPS || this.generic(this.pc)) return false;
    const seen = this.fb.operandKindsAt(this.pc);
    return (seen & SEEN.BIGINT) !== 0 && (seen & ~(SEEN.INT | SEEN.BIGINT)) === 0;
  }

  /** A small int already: an int53 value or a number constant. */
  private smallInt(v: Value): boolean {
    return v.repr === Repr.Int53 || typeof this.constOf.get(v) === "number";
  }

  /**
   * Whether this instruction takes IntArith / IntCompare: a big-int site whose operands are not both
   * small ints already (those take the int53 ops, which passes/truncate.ts can turn into wrapping
   * int32 arithmetic under a mask: an LCG's `(x * C + D) & 0x7FFFFFFF`).
   */
  private takesAnyInt(): boolean {
    return this.bigIntSite() && !(this.smallInt(this.peek(0)) && this.smallInt(this.peek(1)));
  }

  /** `v` as a tagged exact int: known ints and int constants as they are, others behind CheckAnyInt; null for a constant of another type. */
  private asAnyInt(v: Value): Value | null {
    if (v.repr === Repr.Int53) return this.box(v);
    if (v.repr !== Repr.Tagged) return null;
    if (this.anyInts.has(v)) return v;
    if (this.constOf.has(v)) {
      const c = this.constOf.get(v);
      return typeof c === "number" || typeof c === "bigint" ? v : null;
    }
    const key = `CheckAnyInt:${v.id}`;
    let r = this.checkCache.get(key);
    if (r === undefined) {
      r = this.emit("CheckAnyInt", [v], [], this.frameState());
      this.checkCache.set(key, r);
      this.anyInts.add(r);
      this.refine(v, r);
    }
    return r;
  }

  /** The two operands on top of the stack as exact ints, popped; null, with nothing popped, otherwise. */
  private intOperands(): [Value, Value] | null {
    const a = this.asAnyInt(this.peek(1));
    const b = a === null ? null : this.asAnyInt(this.peek(0));
    if (a === null || b === null) return null;
    this.pop();
    this.pop();
    return [a, b];
  }

  protected override binaryOp(nbArg: number): void {
    const nb = nbArg >= 13 ? nbArg - 13 : nbArg;
    if (ARITH.has(nb) && this.takesAnyInt()) {
      const fs = this.frameState();
      const ops = this.intOperands();
      if (ops !== null) {
        const [a, b] = ops;
        // Commuting operations: one key for both operand orders.
        const swap = COMMUTES.has(nb) && b.id < a.id;
        const key = `${nb}:${swap ? b.id : a.id}:${swap ? a.id : b.id}`;
        let r = this.arithCache.get(key);
        if (r === undefined) {
          r = this.emit("IntArith", [a, b], [nb], fs);
          this.anyInts.add(r);
          this.arithCache.set(key, r);
        }
        this.push(r);
        return;
      }
    }
    super.binaryOp(nbArg);
  }

  protected override compareOp(cmp: number): void {
    // <, <=, ==, !=, >, >= (CMP_OPS 0..5).
    if (cmp <= 5 && this.takesAnyInt()) {
      const ops = this.intOperands();
      if (ops !== null) {
        this.push(this.emit("IntCompare", ops, [cmp]));
        return;
      }
    }
    super.compareOp(cmp);
  }
}
