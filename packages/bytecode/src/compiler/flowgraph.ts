/**
 * The control-flow graph the code generator emits into, and the passes that
 * run on it before assembly (CPython 3.11's flowgraph half of `compile.c`).
 *
 * A unit's code is a list of basic blocks in layout order; a block falls
 * through to the next one in that order unless it ends in an unconditional
 * transfer. Jumps point at blocks, not offsets. Besides real opcodes the graph
 * holds five pseudo-instructions (numbers ≥ 256) that never reach the output:
 * `JUMP` (becomes JUMP_FORWARD or JUMP_BACKWARD once layout is known),
 * `SETUP_FINALLY` / `SETUP_CLEANUP` / `SETUP_WITH` (push an exception handler;
 * CLEANUP and WITH also preserve `lasti`) and `POP_BLOCK` (pop it). The
 * passes here:
 *
 * 1. `markReachable` + `removeUnreachable`: drop blocks that cannot run
 *    (code after `return`, `raise`, `break` …); handler blocks count as
 *    reachable from their SETUP.
 * 2. `labelExceptionTargets`: walk the graph with a stack of active handlers
 *    and give every instruction its innermost handler block; SETUP_* and
 *    POP_BLOCK then become no-ops.
 * 3. `computeStackDepth`: propagate entry depths along all edges (handler
 *    entry depth = depth at SETUP + 1, or + 2 with lasti), checking every
 *    block is reached with one consistent depth, and return the maximum.
 */
import { Op } from "../opcodes/generated/opcodes.js";
import { opcodeDef, stackEffect } from "../opcodes/table.js";
import type { Loc } from "./errors.js";

export const PSEUDO = {
  JUMP: 256,
  SETUP_FINALLY: 257,
  SETUP_CLEANUP: 258,
  SETUP_WITH: 259,
  POP_BLOCK: 260,
} as const;

export interface Instr {
  op: number;
  arg: number;
  target: Block | null;
  loc: Loc;
  /** Innermost exception handler (set by labelExceptionTargets). */
  handler: Block | null;
}

export class Block {
  readonly instrs: Instr[] = [];
  /** Next block in layout order (fall-through successor). */
  next: Block | null = null;
  reachable = false;
  startDepth = -1;
  /** Handler entered with the faulting instruction index pushed (SETUP_CLEANUP/SETUP_WITH). */
  preserveLasti = false;
  /** Exception handler target of some SETUP_*. */
  isHandler = false;
  /** First instruction index after layout. */
  offset = 0;
  exceptStack: Block[] | null = null;

  constructor(readonly id: number) {}

  last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }

  /** Whether control can fall off the end into `next`. */
  fallsThrough(): boolean {
    const last = this.last();
    return last === undefined || !isTerminator(last.op);
  }
}

export function isSetup(op: number): boolean {
  return op === PSEUDO.SETUP_FINALLY || op === PSEUDO.SETUP_CLEANUP || op === PSEUDO.SETUP_WITH;
}

export function isJump(op: number): boolean {
  if (op === PSEUDO.JUMP) return true;
  if (op >= 256) return false;
  return opcodeDef(op).operand === "jump";
}

/** Never falls through: unconditional jumps, returns, raises. */
export function isTerminator(op: number): boolean {
  if (op === PSEUDO.JUMP) return true;
  if (op >= 256) return false;
  const c = opcodeDef(op).control;
  return c === "always" || c === "exit";
}

/** Stack effect including the pseudo-instructions (on the jump/handler path when `jump`). */
export function instrStackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case PSEUDO.JUMP:
    case PSEUDO.POP_BLOCK:
      return 0;
    case PSEUDO.SETUP_FINALLY:
      return jump ? 1 : 0;
    case PSEUDO.SETUP_CLEANUP:
      return jump ? 2 : 0;
    case PSEUDO.SETUP_WITH:
      return jump ? 1 : 0;
    default:
      return stackEffect(op, arg, jump);
  }
}

export class CompileInternalError extends Error {}

/** Blocks in layout order starting at `entry`. */
export function layout(entry: Block): Block[] {
  const out: Block[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) out.push(b);
  return out;
}

export function markReachable(entry: Block): void {
  const todo: Block[] = [entry];
  entry.reachable = true;
  const visit = (b: Block | null) => {
    if (b !== null && !b.reachable) {
      b.reachable = true;
      todo.push(b);
    }
  };
  while (todo.length > 0) {
    const b = todo.pop();
    if (b === undefined) break;
    for (const ins of b.instrs) if (ins.target !== null) visit(ins.target);
    if (b.fallsThrough()) visit(b.next);
  }
}

/** Unlink unreachable blocks from the layout and drop instructions after a terminator. */
export function removeUnreachable(entry: Block): void {
  markReachable(entry);
  let prev: Block | null = null;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (!b.reachable) {
      if (prev !== null) prev.next = b.next;
      continue;
    }
    const cut = b.instrs.findIndex((ins) => isTerminator(ins.op));
    if (cut >= 0) b.instrs.length = cut + 1;
    prev = b;
  }
}

export function labelExceptionTargets(entry: Block): void {
  const todo: Block[] = [entry];
  entry.exceptStack = [];
  const visited = new Set<Block>([entry]);
  while (todo.length > 0) {
    const b = todo.pop();
    if (b === undefined) break;
    let stack = b.exceptStack ?? [];
    b.exceptStack = null;
    let handler: Block | null = stack[stack.length - 1] ?? null;
    for (const ins of b.instrs) {
      if (isSetup(ins.op)) {
        const t = ins.target;
        if (t === null) throw new CompileInternalError("SETUP without target");
        t.isHandler = true;
        if (ins.op !== PSEUDO.SETUP_FINALLY) t.preserveLasti = true;
        if (!visited.has(t)) {
          visited.add(t);
          t.exceptStack = [...stack];
          todo.push(t);
        }
        stack = [...stack, t];
        handler = t;
        ins.handler = null;
      } else if (ins.op === PSEUDO.POP_BLOCK) {
        stack = stack.slice(0, -1);
        handler = stack[stack.length - 1] ?? null;
        ins.handler = null;
      } else {
        ins.handler = handler;
        if (ins.target !== null && !visited.has(ins.target)) {
          visited.add(ins.target);
          ins.target.exceptStack = [...stack];
          todo.push(ins.target);
        }
      }
    }
    if (b.fallsThrough() && b.next !== null && !visited.has(b.next)) {
      visited.add(b.next);
      b.next.exceptStack = stack;
      todo.push(b.next);
    }
  }
}

/** Maximum stack depth over all paths; sets every block's `startDepth`. */
export function computeStackDepth(entry: Block, name: string): number {
  let max = 0;
  const todo: Block[] = [];
  const push = (b: Block, depth: number) => {
    if (b.startDepth < 0) {
      b.startDepth = depth;
      todo.push(b);
    } else if (b.startDepth !== depth) {
      throw new CompileInternalError(`inconsistent stack depth in ${name}: block ${b.id} entered with ${depth} and ${b.startDepth}`);
    }
  };
  push(entry, 0);
  while (todo.length > 0) {
    const b = todo.pop();
    if (b === undefined) break;
    let depth = b.startDepth;
    let fallthrough = true;
    for (const ins of b.instrs) {
      const effect = instrStackEffect(ins.op, ins.arg, false);
      const newDepth = depth + effect;
      if (newDepth < 0) throw new CompileInternalError(`negative stack depth in ${name} at block ${b.id}`);
      if (newDepth > max) max = newDepth;
      if (ins.target !== null) {
        const targetDepth = depth + instrStackEffect(ins.op, ins.arg, true);
        if (targetDepth > max) max = targetDepth;
        push(ins.target, targetDepth);
      }
      depth = newDepth;
      if (isTerminator(ins.op)) {
        fallthrough = false;
        break;
      }
    }
    if (fallthrough && b.next !== null) push(b.next, depth);
  }
  return max;
}

/** Opcode a pseudo jump becomes, given the layout. */
export function resolveJumpOp(op: number, from: number, to: number): number {
  if (op === PSEUDO.JUMP) return to <= from ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD;
  return op;
}
