/**
 * Bytecode liveness of fast locals: which locals may still be read (by
 * LOAD_FAST / DELETE_FAST) before being overwritten, at each instruction.
 *
 * The builder uses it to keep dead locals out of frame states and merge-block
 * parameters: a dead local's value can never influence the rest of the
 * function, so a deoptimization may leave it unbound, and a loop no longer
 * carries (and boxes at every back edge) a temporary that each iteration
 * recomputes before reading it. Cell and free slots are always live (closures
 * and zero-argument `super()` read them through the cell), and so is every
 * local of code with exception handlers (a handler may read any local, and
 * the handler edges are not followed here).
 *
 * Standard backward dataflow over instructions: live_in(pc) = use(pc) ∪
 * (live_out(pc) − def(pc)), live_out(pc) = ∪ live_in(successors), iterated
 * to a fixpoint (reverse instruction order converges in a few rounds).
 */
import { LOCAL_KIND, Op, opcodeDef, type CodeObject } from "@pyvm/bytecode";
import { argAt, opAt } from "./cfg.js";
import { readsOwnFrame } from "./model.js";
import { isGeneratorCode } from "./generator.js";

export class Liveness {
  private constructor(
    private readonly words: number,
    /** Per pc: `words` 32-bit words, bit i = local i live before the instruction; null = everything live. */
    private readonly bits: Uint32Array | null,
    private readonly always: Uint8Array,
  ) {}

  /** Whether local `i` may be read at or after `pc` before being stored. */
  isLive(pc: number, i: number): boolean {
    const b = this.bits;
    if (b === null || this.always[i] === 1) return true;
    const w = b[pc * this.words + (i >>> 5)];
    return w === undefined || (w & (1 << (i & 31))) !== 0;
  }

  static compute(code: CodeObject, depth: Int32Array): Liveness {
    const n = code.code.length;
    const nl = code.nlocalsplus;
    const words = Math.max(1, (nl + 31) >>> 5);
    const always = new Uint8Array(nl);
    for (let i = 0; i < nl; i++) if (((code.localsplusKinds[i] ?? 0) & (LOCAL_KIND.CELL | LOCAL_KIND.FREE)) !== 0) always[i] = 1;
    // Zero-argument super() reads the first argument from the frame (no LOAD_FAST of it).
    if (nl > 0 && code.argcount + code.kwonlyargcount > 0 && readsOwnFrame(code)) always[0] = 1;
    if (code.exceptionTable.length > 0 || nl === 0) return new Liveness(words, null, always);
    // Generators: each suspension writes every bound local (gi_frame.f_locals; build/generator.ts).
    if (isGeneratorCode(code)) return new Liveness(words, null, always);
    // One extra row (pc = n): a frame state after the last instruction sees nothing live.
    const bits = new Uint32Array((n + 1) * words);
    const succ: number[][] = [];
    for (let pc = 0; pc < n; pc++) {
      if ((depth[pc] ?? -1) < 0) {
        succ.push([]);
        continue;
      }
      const def = opcodeDef(opAt(code, pc));
      const out: number[] = [];
      if (def.control !== "always" && def.control !== "exit") out.push(pc + 1);
      if (def.operand === "jump") out.push(argAt(code, pc));
      succ.push(out);
    }
    const tmp = new Uint32Array(words);
    let changed = true;
    while (changed) {
      changed = false;
      for (let pc = n - 1; pc >= 0; pc--) {
        if ((depth[pc] ?? -1) < 0) continue;
        tmp.fill(0);
        for (const s of succ[pc] as number[]) {
          if (s < 0 || s > n) continue;
          for (let w = 0; w < words; w++) tmp[w] = (tmp[w] as number) | (bits[s * words + w] as number);
        }
        const op = opAt(code, pc);
        if (op === Op.STORE_FAST) {
          const i = argAt(code, pc);
          tmp[i >>> 5] = (tmp[i >>> 5] as number) & ~(1 << (i & 31));
        } else if (op === Op.LOAD_FAST || op === Op.DELETE_FAST || op === Op.MAKE_CELL) {
          const i = argAt(code, pc);
          tmp[i >>> 5] = (tmp[i >>> 5] as number) | (1 << (i & 31));
        }
        const base = pc * words;
        for (let w = 0; w < words; w++) {
          if (bits[base + w] !== tmp[w]) {
            bits[base + w] = tmp[w] as number;
            changed = true;
          }
        }
      }
    }
    return new Liveness(words, bits, always);
  }
}
