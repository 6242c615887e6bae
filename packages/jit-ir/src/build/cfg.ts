/**
 * Control-flow facts about assembled bytecode that the IR builder needs
 * before it abstractly interprets anything:
 *
 * - the static stack depth of every reachable instruction (the same walk as
 *   the compiler's stack-depth pass and the baseline tier's
 *   `stack-depth.ts`; the builder refuses code with exception handlers, so
 *   only fall-through and jump edges are followed);
 * - basic-block leaders (instruction 0, jump targets, the instruction after
 *   any jump or branch) and the bytecode predecessors of each leader;
 * - a reverse post-order of the leaders from the entry (0 or an OSR loop
 *   header), so every block but a loop header is built after all its
 *   predecessors;
 * - which fast locals are definitely bound at each leader (a forward
 *   must-analysis over STORE_FAST / DELETE_FAST), so loads elsewhere need an
 *   unbound check only where Python could raise UnboundLocalError.
 */
import { BASE_OPCODE, CO, LOCAL_KIND, Op, opcodeDef, stackEffect, type CodeObject } from "@pyvm/bytecode";

export interface BytecodeCfg {
  /** Stack depth before each instruction, -1 when unreachable. */
  readonly depth: Int32Array;
  readonly maxDepth: number;
  /** Leader pcs in reverse post-order (0 first). */
  readonly order: readonly number[];
  readonly isLeader: Uint8Array;
  /** Bytecode predecessors (source instruction pcs) of each reachable leader. */
  readonly preds: ReadonlyMap<number, readonly number[]>;
  /** Leaders that are the target of a backward edge (loop headers). */
  readonly loopHeaders: ReadonlySet<number>;
  /** Per leader: bit i set when local i is bound on every path reaching it. */
  readonly boundAt: ReadonlyMap<number, Uint8Array>;
}

export type CfgResult = { readonly ok: true; readonly cfg: BytecodeCfg } | { readonly ok: false; readonly reason: string };

export function opAt(code: CodeObject, pc: number): number {
  return BASE_OPCODE[(code.code[pc] ?? 0) & 0xff] ?? 0;
}

export function argAt(code: CodeObject, pc: number): number {
  return (code.code[pc] ?? 0) >>> 8;
}

/** Successor pcs of the instruction at `pc` with the stack depth on each edge. */
export function successors(code: CodeObject, pc: number, depth: number): { pc: number; depth: number }[] {
  const op = opAt(code, pc);
  const arg = argAt(code, pc);
  const def = opcodeDef(op);
  const out: { pc: number; depth: number }[] = [];
  if (def.control !== "always" && def.control !== "exit") out.push({ pc: pc + 1, depth: depth + stackEffect(op, arg, false) });
  if (def.operand === "jump") out.push({ pc: arg, depth: depth + stackEffect(op, arg, true) });
  return out;
}

/** Code objects are immutable: one analysis per (code, entry pc), shared by refusal checks, OSR seeds and builds. */
const cfgCache = new WeakMap<CodeObject, Map<number, CfgResult>>();

/** `start`: where the graph is entered (0, or an OSR loop header): the reverse post-order starts there. Callers must not mutate the result. */
export function analyzeCfg(code: CodeObject, start = 0): CfgResult {
  let perCode = cfgCache.get(code);
  if (perCode === undefined) cfgCache.set(code, (perCode = new Map()));
  let r = perCode.get(start);
  if (r === undefined) {
    r = analyzeCfgUncached(code, start);
    perCode.set(start, r);
  }
  return r;
}

function analyzeCfgUncached(code: CodeObject, start: number): CfgResult {
  const n = code.code.length;
  const depth = new Int32Array(n).fill(-1);
  let maxDepth = 0;
  const work = [0];
  depth[0] = 0;
  while (work.length > 0) {
    const pc = work.pop() as number;
    for (const s of successors(code, pc, depth[pc] as number)) {
      if (s.pc < 0 || s.pc >= n) return { ok: false, reason: `control reaches instruction ${s.pc} outside the code` };
      if (s.depth < 0) return { ok: false, reason: `negative stack depth at ${s.pc}` };
      const cur = depth[s.pc] as number;
      if (cur === -1) {
        depth[s.pc] = s.depth;
        if (s.depth > maxDepth) maxDepth = s.depth;
        work.push(s.pc);
      } else if (cur !== s.depth) {
        return { ok: false, reason: `inconsistent stack depth at ${s.pc}` };
      }
    }
  }

  const isLeader = new Uint8Array(n);
  isLeader[0] = 1;
  for (let pc = 0; pc < n; pc++) {
    if (depth[pc] === -1) continue;
    const def = opcodeDef(opAt(code, pc));
    if (def.operand === "jump") isLeader[argAt(code, pc)] = 1;
    if ((def.operand === "jump" || def.control !== undefined) && pc + 1 < n) isLeader[pc + 1] = 1;
    // A generator's resume point (tier-2 resume units are entered there, build/generator.ts).
    if (opAt(code, pc) === Op.YIELD_VALUE && pc + 1 < n) isLeader[pc + 1] = 1;
  }
  const blockOf = (pc: number): number => {
    let p = pc;
    while (isLeader[p] === 0) p--;
    return p;
  };
  const preds = new Map<number, number[]>();
  const succOfBlock = new Map<number, number[]>();
  for (let pc = 0; pc < n; pc++) {
    if (depth[pc] === -1) continue;
    const last = pc + 1 >= n || isLeader[pc + 1] === 1 || depth[pc + 1] === -1;
    const def = opcodeDef(opAt(code, pc));
    if (!last && def.operand !== "jump" && def.control === undefined) continue;
    // A yield suspends the frame: its resume point is entered anew (no edge; build/generator.ts).
    if (opAt(code, pc) === Op.YIELD_VALUE) continue;
    const from = blockOf(pc);
    for (const s of successors(code, pc, depth[pc] as number)) {
      let list = preds.get(s.pc);
      if (list === undefined) preds.set(s.pc, (list = []));
      list.push(pc);
      let ss = succOfBlock.get(from);
      if (ss === undefined) succOfBlock.set(from, (ss = []));
      ss.push(s.pc);
    }
  }

  // Reverse post-order over blocks from 0 (iterative DFS), and back edges.
  const order: number[] = [];
  const loopHeaders = new Set<number>();
  const state = new Map<number, number>(); // 1 = on stack, 2 = done
  const stack: { b: number; i: number }[] = [{ b: start, i: 0 }];
  state.set(start, 1);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { b: number; i: number };
    const ss = succOfBlock.get(top.b) ?? [];
    if (top.i < ss.length) {
      const s = ss[top.i++] as number;
      const st = state.get(s);
      if (st === undefined) {
        state.set(s, 1);
        stack.push({ b: s, i: 0 });
      } else if (st === 1) {
        loopHeaders.add(s);
      }
    } else {
      state.set(top.b, 2);
      order.push(top.b);
      stack.pop();
    }
  }
  order.reverse();

  // Definite assignment of fast locals at each leader.
  const nlocals = code.nlocalsplus;
  const boundAt = new Map<number, Uint8Array>();
  const entry = new Uint8Array(nlocals);
  let nargs = code.argcount + code.kwonlyargcount;
  if (code.flags & CO.VARARGS) nargs++;
  if (code.flags & CO.VARKEYWORDS) nargs++;
  for (let i = 0; i < Math.min(nargs, nlocals); i++) entry[i] = 1;
  for (let i = 0; i < nlocals; i++) if ((code.localsplusKinds[i] ?? 0) & (LOCAL_KIND.CELL | LOCAL_KIND.FREE)) entry[i] = 1;
  if (start === 0) {
    boundAt.set(0, entry);
  } else {
    // An OSR graph's blocks are those reachable from its loop header: seed the
    // header with what is definitely bound there on every path from the
    // function entry (without a seed nothing would propagate and every local
    // would look maybe-unbound, with a CheckBound at each use).
    const whole = analyzeCfg(code, 0);
    boundAt.set(start, (whole.ok ? whole.cfg.boundAt.get(start) : undefined)?.slice() ?? new Uint8Array(nlocals));
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of order) {
      const cur = boundAt.get(b);
      if (cur === undefined) continue;
      const st = Uint8Array.from(cur);
      let pc = b;
      for (;;) {
        const op = opAt(code, pc);
        if (op === Op.STORE_FAST) st[argAt(code, pc)] = 1;
        else if (op === Op.DELETE_FAST) st[argAt(code, pc)] = 0;
        const def = opcodeDef(op);
        const end = pc + 1 >= n || isLeader[pc + 1] === 1 || def.operand === "jump" || def.control !== undefined;
        if (end) {
          for (const s of successors(code, pc, 0)) {
            const prev = boundAt.get(s.pc);
            if (prev === undefined) {
              boundAt.set(s.pc, Uint8Array.from(st));
              changed = true;
            } else {
              for (let i = 0; i < nlocals; i++) {
                if (prev[i] === 1 && st[i] === 0) {
                  prev[i] = 0;
                  changed = true;
                }
              }
            }
          }
          break;
        }
        pc++;
      }
    }
  }
  return { ok: true, cfg: { depth, maxDepth, order, isLeader, preds, loopHeaders, boundAt } };
}
