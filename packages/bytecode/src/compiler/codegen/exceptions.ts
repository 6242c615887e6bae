/**
 * `try`/`except`/`finally`, `except*` and `with`, in CPython 3.11's
 * zero-cost shapes: protected ranges are opened with SETUP_FINALLY /
 * SETUP_CLEANUP / SETUP_WITH pseudo-instructions and closed with POP_BLOCK;
 * the assembler turns them into exception-table entries. On entry to a
 * handler the unwinder has cut the stack to the recorded depth and pushed the
 * exception (after the faulting instruction index when `lasti` is set).
 *
 *     try/except:  SETUP_FINALLY h; <body>; POP_BLOCK; <else>; JUMP end
 *                  h: SETUP_CLEANUP c; PUSH_EXC_INFO
 *                     <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
 *                     STORE e | POP_TOP; <handler>; POP_BLOCK; POP_EXCEPT; (e = None; del e); JUMP end
 *                  next: … RERAISE 0
 *                  c: COPY 3; POP_EXCEPT; RERAISE 1
 *     try/finally: the finally body is emitted twice: after the body (normal
 *                  exit) and in the handler, between PUSH_EXC_INFO and RERAISE 0.
 *     with:        <ctx>; BEFORE_WITH; SETUP_WITH h; (STORE target | POP_TOP); <body>;
 *                  POP_BLOCK; LOAD_CONST None ×3; CALL 2; POP_TOP; JUMP end
 *                  h: SETUP_CLEANUP c; PUSH_EXC_INFO; WITH_EXCEPT_START;
 *                     POP_JUMP_IF_TRUE ok; RERAISE 2
 *                  ok: POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP
 */
import { Op } from "../../opcodes/generated/opcodes.js";
import type * as ast from "../ast.js";
import { type Block, PSEUDO } from "../flowgraph.js";
import { type Compiler, NONE } from "./compiler.js";
import { expr } from "./expressions.js";
import { callExitWithNones, stmts } from "./statements.js";
import { assignTarget } from "./unpacking.js";

function popExceptAndReraise(c: Compiler): void {
  c.emit(Op.COPY, 3);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 1);
}

export function tryStmt(c: Compiler, s: ast.Try): void {
  if (s.finalbody.length > 0) tryFinally(c, s, () => (s.handlers.length > 0 ? tryExcept(c, s) : stmts(c, s.body)));
  else tryExcept(c, s);
}

function tryFinally(c: Compiler, s: ast.Try | ast.TryStar, inner: () => void): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.jump(PSEUDO.SETUP_FINALLY, end);
  c.useBlock(body);
  c.pushFBlock("FINALLY_TRY", body, end, s.finalbody);
  inner();
  c.emit(PSEUDO.POP_BLOCK);
  c.popFBlock("FINALLY_TRY");
  stmts(c, s.finalbody);
  c.jump(PSEUDO.JUMP, exit);
  c.useBlock(end);
  c.jump(PSEUDO.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock("FINALLY_END", end, null);
  stmts(c, s.finalbody);
  c.popFBlock("FINALLY_END");
  c.emit(Op.RERAISE, 0);
  c.useBlock(cleanup);
  popExceptAndReraise(c);
  c.useBlock(exit);
}

function clearName(c: Compiler, name: string): void {
  c.loadConst(NONE);
  c.nameOp(name, "Store");
  c.nameOp(name, "Del");
}

function tryExcept(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.jump(PSEUDO.SETUP_FINALLY, except);
  c.useBlock(body);
  c.pushFBlock("TRY_EXCEPT", body, null);
  stmts(c, s.body);
  c.popFBlock("TRY_EXCEPT");
  c.emit(PSEUDO.POP_BLOCK);
  stmts(c, s.orelse);
  c.jump(PSEUDO.JUMP, end);
  const n = s.handlers.length;
  c.useBlock(except);
  c.jump(PSEUDO.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock("EXCEPTION_HANDLER", null, null);
  s.handlers.forEach((h, i) => {
    c.setLoc(h);
    if (h.type_ === null && i < n - 1) throw c.error("default 'except:' must be last", h);
    except = c.newBlock();
    if (h.type_ !== null) {
      expr(c, h.type_);
      c.emit(Op.CHECK_EXC_MATCH);
      c.jump(Op.POP_JUMP_IF_FALSE, except);
    }
    if (h.name !== null) {
      const name = h.name;
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameOp(name, "Store");
      c.jump(PSEUDO.SETUP_CLEANUP, cleanupEnd);
      c.useBlock(cleanupBody);
      c.pushFBlock("HANDLER_CLEANUP", cleanupBody, null, name);
      stmts(c, h.body);
      c.popFBlock("HANDLER_CLEANUP");
      c.emit(PSEUDO.POP_BLOCK);
      c.emit(PSEUDO.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      clearName(c, name);
      c.jump(PSEUDO.JUMP, end);
      c.useBlock(cleanupEnd);
      clearName(c, name);
      c.emit(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.emit(Op.POP_TOP);
      c.useBlock(cleanupBody);
      c.pushFBlock("HANDLER_CLEANUP", cleanupBody, null, null);
      stmts(c, h.body);
      c.popFBlock("HANDLER_CLEANUP");
      c.emit(PSEUDO.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      c.jump(PSEUDO.JUMP, end);
    }
    c.useBlock(except);
  });
  c.popFBlock("EXCEPTION_HANDLER");
  c.emit(Op.RERAISE, 0);
  c.useBlock(cleanup);
  popExceptAndReraise(c);
  c.useBlock(end);
}

export function tryStarStmt(c: Compiler, s: ast.TryStar): void {
  if (s.finalbody.length > 0) tryFinally(c, s, () => tryStarExcept(c, s));
  else tryStarExcept(c, s);
}

function tryStarExcept(c: Compiler, s: ast.TryStar): void {
  const body = c.newBlock();
  const exceptEntry = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  c.jump(PSEUDO.SETUP_FINALLY, exceptEntry);
  c.useBlock(body);
  c.pushFBlock("TRY_EXCEPT", body, null);
  stmts(c, s.body);
  c.popFBlock("TRY_EXCEPT");
  c.emit(PSEUDO.POP_BLOCK);
  c.jump(PSEUDO.JUMP, orelse);
  const n = s.handlers.length;
  c.useBlock(exceptEntry);
  c.jump(PSEUDO.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock("EXCEPTION_GROUP_HANDLER", null, null);
  s.handlers.forEach((h, i) => {
    c.setLoc(h);
    const except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      c.emit(Op.COPY, 1);
      c.emit(Op.BUILD_LIST, 0);
      c.emit(Op.SWAP, 2);
    }
    if (h.type_ !== null) {
      expr(c, h.type_);
      c.emit(Op.CHECK_EG_MATCH);
      c.emit(Op.COPY, 1);
      c.jump(Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newBlock();
    const cleanupBody = c.newBlock();
    if (h.name !== null) c.nameOp(h.name, "Store");
    else c.emit(Op.POP_TOP);
    c.jump(PSEUDO.SETUP_CLEANUP, cleanupEnd);
    c.useBlock(cleanupBody);
    c.pushFBlock("HANDLER_CLEANUP", cleanupBody, null, h.name);
    stmts(c, h.body);
    c.popFBlock("HANDLER_CLEANUP");
    c.emit(PSEUDO.POP_BLOCK);
    if (h.name !== null) clearName(c, h.name);
    c.jump(PSEUDO.JUMP, except);
    c.useBlock(cleanupEnd);
    if (h.name !== null) clearName(c, h.name);
    c.emit(Op.LIST_APPEND, 3);
    c.emit(Op.POP_TOP);
    c.jump(PSEUDO.JUMP, exceptWithError);
    c.useBlock(except);
    c.jump(PSEUDO.JUMP, exceptWithError);
    c.useBlock(noMatch);
    c.emit(Op.POP_TOP);
    c.useBlock(exceptWithError);
    if (i === n - 1) {
      c.emit(Op.LIST_APPEND, 1);
      c.jump(PSEUDO.JUMP, reraiseStar);
    }
  });
  c.popFBlock("EXCEPTION_GROUP_HANDLER");
  const reraise = c.newBlock();
  c.useBlock(reraiseStar);
  c.emit(Op.PREP_RERAISE_STAR);
  c.emit(Op.COPY, 1);
  c.jump(Op.POP_JUMP_IF_NOT_NONE, reraise);
  c.emit(Op.POP_TOP);
  c.emit(PSEUDO.POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.jump(PSEUDO.JUMP, end);
  c.useBlock(reraise);
  c.emit(PSEUDO.POP_BLOCK);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 0);
  c.useBlock(cleanup);
  popExceptAndReraise(c);
  c.useBlock(orelse);
  stmts(c, s.orelse);
  c.useBlock(end);
}

/** The tail shared by `with` and `async with` handlers (compiler_with_except_finish). */
export function withExceptFinish(c: Compiler, cleanup: Block): void {
  const exit = c.newBlock();
  c.jump(Op.POP_JUMP_IF_TRUE, exit);
  c.emit(Op.RERAISE, 2);
  c.useBlock(cleanup);
  popExceptAndReraise(c);
  c.useBlock(exit);
  c.emit(Op.POP_TOP);
  c.emit(PSEUDO.POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_TOP);
}

export function withStmt(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos];
  if (item === undefined) throw new Error("internal compiler error: with item");
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  expr(c, item.context_expr);
  c.emit(Op.BEFORE_WITH);
  c.jump(PSEUDO.SETUP_WITH, final);
  c.useBlock(block);
  c.pushFBlock("WITH", block, final, s);
  if (item.optional_vars !== null) assignTarget(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) stmts(c, s.body);
  else withStmt(c, s, pos + 1);
  c.emit(PSEUDO.POP_BLOCK);
  c.popFBlock("WITH");
  c.setLoc(s);
  callExitWithNones(c);
  c.emit(Op.POP_TOP);
  c.jump(PSEUDO.JUMP, exit);
  c.useBlock(final);
  c.jump(PSEUDO.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useBlock(exit);
}

