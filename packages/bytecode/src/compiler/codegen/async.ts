/**
 * Generators and coroutines: `yield`, `yield from`, `await`, `async for`
 * and `async with`. There is no RETURN_GENERATOR/RESUME in pyvm: calling a
 * generator function creates the generator from the code flags, and the first
 * resumption starts at instruction 0 with nothing pushed. Delegation is the
 * 3.11 loop
 *
 *     <iterable>; GET_YIELD_FROM_ITER (or GET_AWAITABLE n); LOAD_CONST None
 *     top: SEND end; YIELD_VALUE; JUMP_BACKWARD top
 *     end:                                   (the sub-iterator's return value)
 *
 * so a suspended frame whose current instruction is the YIELD_VALUE right
 * after a SEND is delegating to the object below the top of its stack.
 * `async for` guards GET_ANEXT with a SETUP_FINALLY whose handler is
 * END_ASYNC_FOR (StopAsyncIteration ends the loop).
 */
import { Op } from "../../opcodes/generated/opcodes.js";
import type * as ast from "../ast.js";
import { PSEUDO } from "../flowgraph.js";
import { type Compiler, NONE } from "./compiler.js";
import { withExceptFinish } from "./exceptions.js";
import { expr } from "./expressions.js";
import { callExitWithNones, stmts } from "./statements.js";
import { assignTarget } from "./unpacking.js";

/** The SEND/YIELD_VALUE delegation loop; expects [receiver, value] on the stack, leaves the result. */
export function addYieldFrom(c: Compiler): void {
  const start = c.newBlock();
  const resume = c.newBlock();
  const exit = c.newBlock();
  c.useBlock(start);
  c.jump(Op.SEND, exit);
  c.useBlock(resume);
  c.emit(Op.YIELD_VALUE);
  c.jump(PSEUDO.JUMP, start);
  c.useBlock(exit);
}

/** GET_AWAITABLE flag; LOAD_CONST None; yield-from loop (awaits the object on top of the stack). */
export function awaitCallResult(c: Compiler, flag: number): void {
  c.emit(Op.GET_AWAITABLE, flag);
  c.loadConst(NONE);
  addYieldFrom(c);
}

function isTopLevelAwait(_c: Compiler): boolean {
  return false;
}

export function awaitExpr(c: Compiler, e: ast.Await): void {
  if (!isTopLevelAwait(c)) {
    if (c.u.ste.type !== "function") throw c.error("'await' outside function");
    if (c.u.scopeType !== "async_function" && c.u.scopeType !== "comprehension") throw c.error("'await' outside async function");
  }
  expr(c, e.value);
  awaitCallResult(c, 0);
}

/** YIELD_VALUE, wrapped for async generators. */
export function emitYield(c: Compiler): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.emit(Op.ASYNC_GEN_WRAP);
  c.emit(Op.YIELD_VALUE);
}

export function yieldExpr(c: Compiler, e: ast.Yield): void {
  if (c.u.ste.type !== "function") throw c.error("'yield' outside function");
  if (e.value !== null) expr(c, e.value);
  else c.loadConst(NONE);
  emitYield(c);
}

export function yieldFromExpr(c: Compiler, e: ast.YieldFrom): void {
  if (c.u.ste.type !== "function") throw c.error("'yield' outside function");
  if (c.u.scopeType === "async_function") throw c.error("'yield from' inside async function");
  expr(c, e.value);
  c.emit(Op.GET_YIELD_FROM_ITER);
  c.loadConst(NONE);
  addYieldFrom(c);
}

export function asyncFor(c: Compiler, s: ast.AsyncFor): void {
  if (c.u.scopeType !== "async_function") throw c.error("'async for' outside async function");
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  expr(c, s.iter);
  c.emit(Op.GET_AITER);
  c.useBlock(start);
  c.pushFBlock("FOR_LOOP", start, end);
  c.jump(PSEUDO.SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.loadConst(NONE);
  addYieldFrom(c);
  c.emit(PSEUDO.POP_BLOCK);
  assignTarget(c, s.target);
  stmts(c, s.body);
  c.artificialJump(start);
  c.popFBlock("FOR_LOOP");
  c.useBlock(except);
  c.withLoc(s.iter, () => c.emit(Op.END_ASYNC_FOR));
  stmts(c, s.orelse);
  c.useBlock(end);
}

export function asyncWith(c: Compiler, s: ast.AsyncWith, pos: number): void {
  if (c.u.scopeType !== "async_function") throw c.error("'async with' outside async function");
  const item = s.items[pos];
  if (item === undefined) throw new Error("internal compiler error: async with item");
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  expr(c, item.context_expr);
  c.emit(Op.BEFORE_ASYNC_WITH);
  awaitCallResult(c, 1);
  c.jump(PSEUDO.SETUP_WITH, final);
  c.useBlock(block);
  c.pushFBlock("ASYNC_WITH", block, final, s);
  if (item.optional_vars !== null) assignTarget(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) stmts(c, s.body);
  else asyncWith(c, s, pos + 1);
  c.popFBlock("ASYNC_WITH");
  c.emit(PSEUDO.POP_BLOCK);
  c.setLoc(s);
  callExitWithNones(c);
  awaitCallResult(c, 2);
  c.emit(Op.POP_TOP);
  c.jump(PSEUDO.JUMP, exit);
  c.useBlock(final);
  c.jump(PSEUDO.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  awaitCallResult(c, 2);
  withExceptFinish(c, cleanup);
  c.useBlock(exit);
}
