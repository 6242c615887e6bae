/**
 * Assembler: turns a unit's control-flow graph into a `CodeObject`.
 *
 * Runs the flow-graph passes (unreachable-code removal, exception-target
 * labelling, stack depth), inserts the 3.11 prologue (MAKE_CELL for each
 * cell, COPY_FREE_VARS), lays the blocks out, drops the pseudo-instructions
 * and NOPs, resolves jumps to absolute instruction indexes (choosing
 * JUMP_FORWARD / JUMP_BACKWARD), rewrites cell/free operands from
 * "index among cells then frees" to localsplus indexes, and builds the flat
 * exception table (one entry per run of consecutive instructions sharing a
 * handler; depth = handler entry depth − 1 − lasti) and the positions table.
 */
import { CodeObject, LOCAL_KIND, type CodeConst, type ExceptionTableEntry } from "../code-object.js";
import { Op } from "../opcodes/generated/opcodes.js";
import { encodeInstruction, opcodeDef } from "../opcodes/table.js";
import type { Loc } from "./errors.js";
import {
  type Block,
  CompileInternalError,
  computeStackDepth,
  labelExceptionTargets,
  layout,
  PSEUDO,
  removeUnreachable,
  resolveJumpOp,
} from "./flowgraph.js";

export interface AssemblerInput {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  /** Flags computed from the symbol table (CO_NOFREE is added here). */
  readonly flags: number;
  readonly entry: Block;
  readonly consts: readonly CodeConst[];
  readonly names: readonly string[];
  readonly varnames: readonly string[];
  /** Number of leading varnames that are parameters (including *args / **kwargs). */
  readonly nparams: number;
  readonly cellvars: readonly string[];
  readonly freevars: readonly string[];
}

const NOFREE = 0x0040;

export function assemble(u: AssemblerInput): CodeObject {
  // localsplus layout: varnames, cells that are not also varnames, frees.
  const localsplusNames: string[] = [...u.varnames];
  const kinds: number[] = u.varnames.map((_, i) => LOCAL_KIND.LOCAL | (i < u.nparams ? LOCAL_KIND.ARG : 0));
  const derefToSlot: number[] = [];
  for (const name of u.cellvars) {
    const i = u.varnames.indexOf(name);
    if (i >= 0) {
      kinds[i] = (kinds[i] ?? 0) | LOCAL_KIND.CELL;
      derefToSlot.push(i);
    } else {
      derefToSlot.push(localsplusNames.length);
      localsplusNames.push(name);
      kinds.push(LOCAL_KIND.CELL);
    }
  }
  for (const name of u.freevars) {
    derefToSlot.push(localsplusNames.length);
    localsplusNames.push(name);
    kinds.push(LOCAL_KIND.FREE);
  }

  removeUnreachable(u.entry);
  // Prologue: MAKE_CELL for every cell, then COPY_FREE_VARS.
  const first = u.entry.instrs[0];
  const ploc: Loc = first?.loc ?? { lineno: u.firstlineno, end_lineno: u.firstlineno, col_offset: -1, end_col_offset: -1 };
  // CPython order: COPY_FREE_VARS, then MAKE_CELL by localsplus slot (argument cells first).
  const prologue = [];
  if (u.freevars.length > 0) prologue.push({ op: Op.COPY_FREE_VARS, arg: u.freevars.length, target: null, loc: ploc, handler: null });
  const cellOrder = u.cellvars.map((_, i) => i).sort((a, b) => (derefToSlot[a] ?? 0) - (derefToSlot[b] ?? 0));
  for (const i of cellOrder) prologue.push({ op: Op.MAKE_CELL, arg: i, target: null, loc: ploc, handler: null });
  u.entry.instrs.unshift(...prologue);

  labelExceptionTargets(u.entry);
  const stacksize = computeStackDepth(u.entry, u.qualname);

  const blocks = layout(u.entry);
  const tail = blocks[blocks.length - 1];
  if (tail !== undefined && tail.fallsThrough()) throw new CompileInternalError(`${u.qualname}: control falls off the end of the code`);
  // Drop pseudo-instructions and NOPs, assign offsets.
  let n = 0;
  for (const b of blocks) {
    b.offset = n;
    const kept = b.instrs.filter((ins) => ins.op === PSEUDO.JUMP || (ins.op < 256 && ins.op !== Op.NOP));
    b.instrs.length = 0;
    b.instrs.push(...kept);
    n += kept.length;
  }
  const code = new Uint32Array(n);
  const positions = new Int32Array(n * 4);
  const table: ExceptionTableEntry[] = [];
  let open: { start: number; handler: Block } | null = null;
  const close = (end: number) => {
    if (open === null) return;
    const h = open.handler;
    table.push({ start: open.start, end, target: h.offset, depth: h.startDepth - 1 - (h.preserveLasti ? 1 : 0), lasti: h.preserveLasti });
    open = null;
  };
  let i = 0;
  for (const b of blocks) {
    for (const ins of b.instrs) {
      let op = ins.op;
      let arg = ins.arg;
      if (ins.target !== null) {
        arg = ins.target.offset;
        op = resolveJumpOp(op, i, arg);
      } else if (opcodeDef(op).operand === "free") {
        const slot = derefToSlot[arg];
        if (slot === undefined) throw new CompileInternalError(`${u.qualname}: bad cell index ${arg}`);
        arg = slot;
      }
      code[i] = encodeInstruction(op, arg);
      positions[i * 4] = ins.loc.lineno;
      positions[i * 4 + 1] = ins.loc.end_lineno;
      positions[i * 4 + 2] = ins.loc.col_offset;
      positions[i * 4 + 3] = ins.loc.end_col_offset;
      if (open !== null && open.handler !== ins.handler) close(i);
      if (open === null && ins.handler !== null) open = { start: i, handler: ins.handler };
      i++;
    }
  }
  close(n);

  let flags = u.flags;
  if (u.cellvars.length === 0 && u.freevars.length === 0) flags |= NOFREE;
  return new CodeObject({
    name: u.name,
    qualname: u.qualname,
    filename: u.filename,
    firstlineno: u.firstlineno,
    argcount: u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags,
    stacksize,
    code,
    consts: u.consts,
    names: u.names,
    localsplusNames,
    localsplusKinds: Uint8Array.from(kinds),
    exceptionTable: table,
    positions,
  });
}
