/**
 * Comprehensions and generator expressions. As in CPython 3.11 each one is
 * a nested function (`<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`)
 * taking the already-evaluated outermost iterator as its only argument `.0`:
 *
 *     outer:  MAKE_FUNCTION <listcomp>; <outermost iterable>; GET_ITER; CALL 0
 *     inner:  BUILD_LIST 0; LOAD_FAST .0
 *             top: FOR_ITER end; <target>; <ifs → top>; <elt>; LIST_APPEND depth+1; JUMP top
 *             end: RETURN_VALUE
 *
 * (`[f, it]` with CALL 0 calls f(it): the function sits in the "method" slot.)
 * Generator expressions YIELD_VALUE each element instead; async
 * comprehensions use GET_AITER/GET_ANEXT with an END_ASYNC_FOR handler, and a
 * non-generator async comprehension is awaited by the caller.
 */
import { Op } from "../../opcodes/generated/opcodes.js";
import type * as ast from "../ast.js";
import { PSEUDO } from "../flowgraph.js";
import { addYieldFrom, awaitCallResult, emitYield } from "./async.js";
import { type Compiler, NONE } from "./compiler.js";
import { at, expr, iterableExpr, jumpIf } from "./expressions.js";
import { assignTarget } from "./unpacking.js";

type Comp = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

const NAMES = { ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>" } as const;

export function comprehensionExpr(c: Compiler, e: Comp): void {
  const outermost = at(e.generators, 0);
  const outerScopeType = c.u.scopeType;
  c.enterScope(NAMES[e.type], "comprehension", e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && e.type !== "GeneratorExp" && outerScopeType !== "async_function" && outerScopeType !== "comprehension") {
    throw c.error("asynchronous comprehension outside of an asynchronous function", e);
  }
  if (e.type === "ListComp") c.emit(Op.BUILD_LIST, 0);
  else if (e.type === "SetComp") c.emit(Op.BUILD_SET, 0);
  else if (e.type === "DictComp") c.emit(Op.BUILD_MAP, 0);
  generator(c, e, 0, 0);
  if (e.type !== "GeneratorExp") c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  c.makeClosure(code, 0);
  iterableExpr(c, outermost.iter);
  c.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.emit(Op.CALL, 0);
  if (isAsyncGenerator && e.type !== "GeneratorExp") awaitCallResult(c, 0);
}

function generator(c: Compiler, e: Comp, genIndex: number, depth: number): void {
  const gen = at(e.generators, genIndex);
  if (gen.is_async) asyncGenerator(c, e, genIndex, depth);
  else syncGenerator(c, e, genIndex, depth);
}

function element(c: Compiler, e: Comp, depth: number): void {
  switch (e.type) {
    case "GeneratorExp":
      expr(c, e.elt);
      emitYield(c);
      c.emit(Op.POP_TOP);
      return;
    case "ListComp":
      expr(c, e.elt);
      c.emit(Op.LIST_APPEND, depth + 1);
      return;
    case "SetComp":
      expr(c, e.elt);
      c.emit(Op.SET_ADD, depth + 1);
      return;
    case "DictComp":
      expr(c, e.key);
      expr(c, e.value);
      c.emit(Op.MAP_ADD, depth + 1);
      return;
  }
}

function syncGenerator(c: Compiler, e: Comp, genIndex: number, depth: number): void {
  let start: ReturnType<Compiler["newBlock"]> | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = at(e.generators, genIndex);
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.emit(Op.LOAD_FAST, 0);
  } else {
    const it = gen.iter;
    const elts = it.type === "List" || it.type === "Tuple" ? it.elts : null;
    const only = elts !== null && elts.length === 1 ? elts[0] : undefined;
    if (only !== undefined && only.type !== "Starred") {
      expr(c, only);
      start = null;
    } else {
      iterableExpr(c, it);
      c.emit(Op.GET_ITER);
    }
  }
  if (start !== null) {
    depth++;
    c.useBlock(start);
    c.jump(Op.FOR_ITER, anchor);
  }
  assignTarget(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  if (genIndex + 1 < e.generators.length) generator(c, e, genIndex + 1, depth);
  else element(c, e, depth);
  c.useBlock(ifCleanup);
  if (start !== null) {
    c.jump(PSEUDO.JUMP, start);
    c.useBlock(anchor);
  }
}

function asyncGenerator(c: Compiler, e: Comp, genIndex: number, depth: number): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const gen = at(e.generators, genIndex);
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.emit(Op.LOAD_FAST, 0);
  } else {
    expr(c, gen.iter);
    c.emit(Op.GET_AITER);
  }
  c.useBlock(start);
  c.pushFBlock("ASYNC_COMPREHENSION_GENERATOR", start, null);
  c.jump(PSEUDO.SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.loadConst(NONE);
  addYieldFrom(c);
  c.emit(PSEUDO.POP_BLOCK);
  assignTarget(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  depth++;
  if (genIndex + 1 < e.generators.length) generator(c, e, genIndex + 1, depth);
  else element(c, e, depth);
  c.useBlock(ifCleanup);
  c.jump(PSEUDO.JUMP, start);
  c.popFBlock("ASYNC_COMPREHENSION_GENERATOR");
  c.useBlock(except);
  c.emit(Op.END_ASYNC_FOR);
}
